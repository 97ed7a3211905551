/**
 * The full JSON backup (SPEC X2): everything a user has logged, in the shapes the API answers, so that a backup
 * imports back losslessly (`POST /import?format=spotter`). The validator checks each record with the same limits
 * as the write endpoints, so a hand-edited or damaged backup is refused naming the field, before anything is written.
 */
import { z } from "zod";
import type { Checkin } from "./checkin.js";
import { FUNCTION_ITEM_IDS } from "./checkin.js";
import { type Clearance, profileRuleSchema, restrictionRuleSchema } from "./clearance.js";
import { DAILY_KINDS, type DailyEntry } from "./daily.js";
import { customExerciseSchema, type ExerciseDef } from "./exercise.js";
import { storedPlanSchema } from "./plan.js";
import { type Profile, profileUpdateSchema } from "./profile.js";
import { type InflammatoryScreenInput, inflammatoryScreenInputSchema } from "./screens.js";
import { type SessionWithSets, zExerciseNotes } from "./session.js";
import { type TextField, zTextField } from "./text.js";
import {
  EVERYDAY_PAIN,
  NERVE_KINDS,
  NERVE_TRENDS,
  PAIN_KINDS,
  RED_FLAG_KEYS,
  REGIONS,
  SET_TYPES,
  SLEEP_POSITIONS,
  UNITS,
  zDay,
  zInstant,
  zKg,
  zPain,
} from "./vocab.js";

/** The `format` value that marks a Spotter backup. */
export const BACKUP_FORMAT = "spotter-backup";
/** The backup layout version this code writes and reads. */
export const BACKUP_VERSION = 5;

/** A T6 re-test answer as the backup carries it (version 2 on; older backups have none). */
export interface BackupRetest {
  exerciseId: string;
  accept: boolean;
  date: string;
}

/** An R7 screen answer as the backup carries it (version 3 on). */
export interface BackupScreen {
  kind: "inflammatory";
  date: string;
  answers: InflammatoryScreenInput;
  createdAt: string;
}

/** A remembered import mapping (version 5 on): the exercise the user chose for a file's name from an app. */
export interface BackupImportMapping {
  app: string;
  name: string;
  exerciseId: string;
}

/** A stored plan as the backup carries it (the plan body is kept as it was made). */
export interface BackupPlan {
  id: string;
  createdAt: string;
  plan: unknown;
}

/** The whole backup, as `GET /export` answers it. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  profile: Profile;
  /** The user's own (custom) exercises; catalog exercises are named by id and need no copy. */
  exercises: ExerciseDef[];
  checkins: Checkin[];
  sessions: SessionWithSets[];
  plans: BackupPlan[];
  daily: DailyEntry[];
  clearances: Clearance[];
  /** T6: the user's answers to re-test offers (version 2 on). */
  retests: BackupRetest[];
  /** R7: the user's screen answers (version 3 on; clearances carry their X5 rules from version 3). */
  screens: BackupScreen[];
  /** Import mapping overrides the user chose, remembered per app (version 5 on). */
  importMappings: BackupImportMapping[];
}

// Every text by the one text rule (records/text.ts): the same characters and limits as the write endpoints.
const zId = zTextField("id", { min: 1 });
const zClient = zTextField("id", { min: 1 });
const zText = (field: TextField) => zTextField(field).nullable();

const zSet = z.object({
  id: zId,
  clientId: zClient,
  // An export names each set's session; a restore reads the session from the one the set is listed under.
  sessionId: zId.optional(),
  exerciseId: zId,
  setIndex: z.int().min(0).max(200),
  warmup: z.boolean(),
  setType: z.enum(SET_TYPES),
  reps: z.int().min(0).max(1000).nullable(),
  loadKg: zKg.nullable(),
  seconds: z.int().min(0).max(86400).nullable(),
  distanceM: z.number().min(0).max(1_000_000).nullable(),
  rir: z.int().min(0).max(10).nullable(),
  rpe: z.number().min(1).max(10).nullable(),
  belt: z.boolean(),
  pain: zPain.nullable(),
  painKind: z.enum(PAIN_KINDS).nullable(),
  flagged: z.boolean(),
  // Version 4 on: the unit lifted in, the set's note and its superset (older backups have none).
  unit: z.enum(UNITS).nullable().optional(),
  note: zTextField("shortNote").nullable().optional(),
  supersetId: zId.nullable().optional(),
  // Version 5 on: the exercise name the set's source file gave it (X1 identity), for sets imported from an app.
  sourceName: zTextField("name").nullable().optional(),
  createdAt: zInstant,
  updatedAt: zInstant,
});

const zSession = z.object({
  id: zId,
  clientId: zClient,
  date: zDay,
  startedAt: zInstant,
  finishedAt: zInstant.nullable(),
  painBefore: zPain.nullable(),
  painAfter: zPain.nullable(),
  note: zText("note"),
  title: zText("title"),
  recovery: z.boolean(),
  source: z.enum(["spotter", "strong", "hevy", "fitnotes", "spotter-backup"]),
  exerciseNotes: zExerciseNotes.nullable().optional(),
  createdAt: zInstant,
  updatedAt: zInstant,
  sets: z.array(zSet).max(2000),
});

const zCheckin = z.object({
  id: zId,
  clientId: zClient,
  date: zDay,
  painNow: zPain,
  everydayPain: z.enum(EVERYDAY_PAIN),
  regions: z.array(z.enum(REGIONS)).max(REGIONS.length),
  nerve: z.array(z.object({ kind: z.enum(NERVE_KINDS), region: z.enum(REGIONS), trend: z.enum(NERVE_TRENDS) })).max(30),
  redFlags: z.object(Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, z.boolean().nullable().optional()]))),
  confirmed: z.array(z.enum(RED_FLAG_KEYS)).max(RED_FLAG_KEYS.length).optional(),
  sleep: z
    .object({
      hours: z.number().min(0).max(24).nullable().optional(),
      quality: z.int().min(1).max(5).nullable().optional(),
      position: z.enum(SLEEP_POSITIONS).nullable().optional(),
      supportUsed: z.boolean().nullable().optional(),
    })
    .nullable(),
  habits: z
    .object({
      lumbarSupport: z.boolean().nullable().optional(),
      sittingHours: z.number().min(0).max(24).nullable().optional(),
      foamRolling: z.boolean().nullable().optional(),
    })
    .nullable(),
  function: z
    .object(Object.fromEntries(FUNCTION_ITEM_IDS.map((k) => [k, z.int().min(0).max(4).optional()])))
    .nullable(),
  note: zText("note"),
  createdAt: zInstant,
  updatedAt: zInstant,
});

const zDaily = z.object({
  id: zId,
  clientId: zClient,
  date: zDay,
  kind: z.enum(DAILY_KINDS),
  amountMl: z.int().min(1).max(10_000).nullable(),
  name: zText("name"),
  amount: z.number().positive().finite().nullable(),
  unit: zText("unit"),
  minutes: z.int().min(0).max(240).nullable(),
  used: z.boolean().nullable(),
  at: zInstant,
  createdAt: zInstant,
});

const zClearance = z.object({
  // X5 (version 3 on): the rules a clearance holds and the earlier rules it lifts.
  rules: z.array(restrictionRuleSchema).max(30).optional(),
  lifts: z.array(zId).max(100).optional(),
  id: zId,
  date: zDay,
  by: zTextField("by", { min: 1 }),
  restrictions: zText("restrictions"),
  recordedAt: zInstant,
});

// The profile's writable fields are checked as `PUT /profile` checks them; the read-only ones ride along.
const zProfile = profileUpdateSchema.extend({
  clearance: z
    .object({
      status: z.enum(["none", "cleared", "restricted"]),
      date: zDay.optional(),
      by: zTextField("by").optional(),
      restrictions: zTextField("restrictions").optional(),
      // X5: the rules in force when the backup was made, as the profile lists them (an export writes them).
      rules: z.array(profileRuleSchema).max(200).optional(),
    })
    .optional(),
  noticeAcceptedAt: zInstant.nullable().optional(),
});

const zCustom = customExerciseSchema.extend({
  id: zId,
  aliases: z.array(zTextField("name", { trim: true, min: 1 })).max(40),
  loaded: z.boolean().optional(),
  easier: zTextField("id").optional(),
  harder: zTextField("id").optional(),
  cues: z.array(zTextField("cue", { min: 1 })).max(5),
});

/** Validator for a backup file (`POST /import?format=spotter`). Unknown fields are dropped, never trusted. */
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { message: `must be "${BACKUP_FORMAT}"` }),
  version: z
    .int()
    .min(1)
    .max(BACKUP_VERSION, { message: `must be ${BACKUP_VERSION} or lower` }),
  exportedAt: zInstant,
  profile: zProfile,
  exercises: z.array(zCustom).max(5000),
  checkins: z.array(zCheckin).max(50_000),
  sessions: z.array(zSession).max(50_000),
  plans: z.array(z.object({ id: zId, createdAt: zInstant, plan: storedPlanSchema })).max(5000),
  daily: z.array(zDaily).max(500_000),
  clearances: z.array(zClearance).max(1000),
  // Version 1 backups have no re-test answers; they import with none.
  retests: z
    .array(z.object({ exerciseId: zId, accept: z.boolean(), date: zDay }))
    .max(5000)
    .optional(),
  // Version 1-2 backups have no screens or rules; they import with none.
  screens: z
    .array(
      z.object({
        kind: z.literal("inflammatory"),
        date: zDay,
        answers: inflammatoryScreenInputSchema,
        createdAt: zInstant,
      }),
    )
    .max(1000)
    .optional(),
  // Version 1-4 backups have no remembered import mappings; they import with none.
  importMappings: z
    .array(
      z.object({
        app: z.enum(["strong", "hevy", "fitnotes"]),
        name: zTextField("name", { min: 1 }),
        exerciseId: zId,
      }),
    )
    .max(5000)
    .optional(),
});

/** A backup as the validator leaves it. */
export type BackupInput = z.infer<typeof backupSchema>;

/** What a backup is made from: the user's log as the server loads it. */
export interface BackupSource {
  profile: Profile;
  /** Every exercise the user sees; only the custom ones are written (the catalog is named by id). */
  exercises: readonly (ExerciseDef & { custom?: boolean })[];
  checkins: readonly Checkin[];
  sessions: readonly SessionWithSets[];
  plans: readonly { id: string; createdAt: number; plan: unknown }[];
  daily: readonly DailyEntry[];
  clearances: readonly Clearance[];
  retests?: readonly BackupRetest[];
  screens?: readonly BackupScreen[];
  importMappings?: readonly BackupImportMapping[];
}

/** The full backup of a user's log (X2), stamped with the given instant. */
export function buildBackup(src: BackupSource, exportedAt: string): Backup {
  const custom: ExerciseDef[] = src.exercises
    .filter((e) => e.custom === true)
    .map((e) => {
      const { grade: _g, increment: _i, custom: _c, ...def } = e as ExerciseDef & Record<string, unknown>;
      return def as ExerciseDef;
    });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    profile: src.profile,
    exercises: custom,
    checkins: [...src.checkins],
    sessions: [...src.sessions],
    plans: src.plans.map((p) => ({ id: p.id, createdAt: new Date(p.createdAt).toISOString(), plan: p.plan })),
    daily: [...src.daily],
    clearances: [...src.clearances],
    retests: (src.retests ?? []).map((r) => ({ exerciseId: r.exerciseId, accept: r.accept, date: r.date })),
    screens: (src.screens ?? []).map((x) => ({ ...x })),
    importMappings: (src.importMappings ?? []).map((m) => ({ ...m })),
  };
}
