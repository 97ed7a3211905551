/**
 * The profile record (SPEC §1): its type, the validator for `PUT /profile`, and the defaults that apply before the
 * user has filled anything in. Nothing here is required: every field has a default.
 */
import { z } from "zod";
import { isValidTimeZone } from "../time.js";
import type { RestrictionRule } from "./clearance.js";
import { zTextField } from "./text.js";
import {
  AGE_BANDS,
  type AgeBand,
  DIRECTIONS,
  type Direction,
  EQUIPMENT,
  type Equipment,
  EXPERIENCE_LEVELS,
  type Experience,
  GOALS,
  type Goal,
  PATTERNS,
  type Pattern,
  SEXES,
  type Sex,
  SLEEP_POSITIONS,
  type SleepPosition,
  UNITS,
  type Unit,
  WEEKDAYS,
  type Weekday,
} from "./vocab.js";

/** An aggravating movement the user names: one exercise, a whole pattern, or a direction of spinal load (P9). */
export type AggravatingEntry = { exerciseId: string } | { pattern: Pattern } | { direction: Direction };

/** A professional clearance as shown on the profile (recorded only through `POST /clearance`). */
export interface ClearanceStatus {
  status: "none" | "cleared" | "restricted";
  date?: string;
  by?: string;
  restrictions?: string;
  /** X5: the rules in force (the profile's answer lists every clearance's rules that still hold, with their dates). */
  rules?: (RestrictionRule & { from?: string; by?: string })[];
}

/** Reminder window and movement-break interval. */
export interface Reminders {
  from: string;
  to: string;
  breakMinutes: number;
}

/** The user-adjustable values that SPEC marks *default*. */
export interface Settings {
  /** O1 target reps in reserve. */
  targetRir: number;
  /** G4 belt cue threshold, percent of estimated 1RM. */
  beltThresholdPct: number;
  /** O5 deload every Nth week. */
  deloadEveryWeeks: number;
  /** P4 share of lower-body sets that are single-limb under R4. */
  singleLimbShareR4: number;
  /** N1 water from drinks per kg of body weight. */
  waterMlPerKg: number;
  /** Size of one tap on the water button. */
  waterServingMl: number;
  /** P4 weekly set ranges per muscle, by goal. */
  weeklySets: Record<Goal, [number, number]>;
  /** P9: a direction named as aggravating excludes exercises whose demand in it is at least this (0-3 scale). */
  directionThreshold: number;
}

/** The full profile as stored and as `GET /profile` answers it. */
export interface Profile {
  unit: Unit;
  bodyWeightKg: number | null;
  timeZone: string;
  sex: Sex | null;
  ageBand: AgeBand | null;
  sleepPosition: SleepPosition;
  sittingHours: number;
  equipment: Equipment[];
  daysPerWeek: number;
  trainingDays: Weekday[] | null;
  sessionMinutes: number;
  goal: Goal;
  experience: Experience;
  aggravating: AggravatingEntry[];
  /** P6: exercise ids the user wants kept in the plan (below safety rules in precedence). */
  pinned: string[];
  cleared: string[];
  reminders: Reminders;
  settings: Settings;
  diagnosisNotes: string | null;
  /** Read-only: set by `POST /clearance`. */
  clearance: ClearanceStatus;
  /** Read-only: set by `POST /profile/notice`. ISO instant or null. */
  noticeAcceptedAt: string | null;
}

// The defaults live in a module of their own without zod, so a web page that needs only them does not load the
// validators (records/profileDefaults.ts).
export { DEFAULT_SETTINGS, defaultProfile } from "./profileDefaults.js";

// The zone check is time.ts's (the one time-zone module); the profile's validator and its callers read it here.
export { isValidTimeZone };

const zHhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time as HH:MM");
const zRange = z
  .tuple([z.int().min(0).max(40), z.int().min(1).max(40)])
  .refine(([lo, hi]) => lo <= hi, "low end must not exceed high end");

/** Validator for `PUT /profile`: any subset of the writable fields; unknown fields are rejected. */
export const profileUpdateSchema = z.strictObject({
  unit: z.enum(UNITS).optional(),
  bodyWeightKg: z.number().min(20).max(400).nullable().optional(),
  timeZone: z.string().refine(isValidTimeZone, "is not a known IANA time zone").optional(),
  sex: z.enum(SEXES).nullable().optional(),
  ageBand: z.enum(AGE_BANDS).nullable().optional(),
  sleepPosition: z.enum(SLEEP_POSITIONS).optional(),
  sittingHours: z.number().min(0).max(24).optional(),
  equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length).optional(),
  daysPerWeek: z.int().min(2).max(6).optional(),
  trainingDays: z.array(z.enum(WEEKDAYS)).min(2).max(6).nullable().optional(),
  sessionMinutes: z.int().min(30).max(120).optional(),
  goal: z.enum(GOALS).optional(),
  experience: z.enum(EXPERIENCE_LEVELS).optional(),
  aggravating: z
    .array(
      z.union([
        z.strictObject({ exerciseId: zTextField("id", { min: 1 }) }),
        z.strictObject({ pattern: z.enum(PATTERNS) }),
        z.strictObject({ direction: z.enum(DIRECTIONS) }),
      ]),
    )
    .max(200)
    .optional(),
  pinned: z
    .array(zTextField("id", { min: 1 }))
    .max(50)
    .optional(),
  cleared: z
    .array(zTextField("id", { min: 1 }))
    .max(200)
    .optional(),
  reminders: z.strictObject({ from: zHhMm, to: zHhMm, breakMinutes: z.int().min(15).max(240) }).optional(),
  settings: z
    .strictObject({
      targetRir: z.int().min(0).max(5).optional(),
      beltThresholdPct: z.int().min(70).max(100).optional(),
      deloadEveryWeeks: z.int().min(3).max(12).optional(),
      singleLimbShareR4: z.number().min(0).max(1).optional(),
      waterMlPerKg: z.int().min(20).max(60).optional(),
      waterServingMl: z.int().min(50).max(2000).optional(),
      directionThreshold: z.int().min(1).max(3).optional(),
      weeklySets: z
        .strictObject({ hypertrophy: zRange.optional(), strength: zRange.optional(), general: zRange.optional() })
        .optional(),
    })
    .optional(),
  diagnosisNotes: zTextField("note").nullable().optional(),
});

/** A parsed `PUT /profile` body. */
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

/** Applies an update to a profile, returning a new profile (settings merge key by key). */
export function applyProfileUpdate(profile: Profile, update: ProfileUpdate): Profile {
  const { settings, ...rest } = update;
  const next: Profile = { ...profile };
  for (const [k, v] of Object.entries(rest)) {
    if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  }
  if (settings) {
    const { weeklySets, ...flat } = settings;
    next.settings = { ...profile.settings };
    for (const [k, v] of Object.entries(flat)) {
      if (v !== undefined) (next.settings as unknown as Record<string, unknown>)[k] = v;
    }
    if (weeklySets) {
      next.settings.weeklySets = { ...profile.settings.weeklySets };
      for (const g of GOALS) {
        const r = weeklySets[g];
        if (r) next.settings.weeklySets[g] = r;
      }
    }
  }
  if (next.trainingDays && next.trainingDays.length !== next.daysPerWeek && update.daysPerWeek === undefined) {
    next.daysPerWeek = new Set(next.trainingDays).size;
  }
  return next;
}
