/**
 * The shapes the API answers for stored records (API.md): the user, tokens, check-ins, readiness, sessions and
 * their sets, exercises, the profile, daily entries and share links. Objects accept fields they do not list, so a
 * field added to a record fails no answer; a listed field that is missing or of the wrong type does.
 */
import { z } from "zod";
import { DAILY_KINDS } from "../records/daily.js";
import {
  DIRECTIONS,
  EQUIPMENT,
  EVERYDAY_PAIN,
  EXPERIENCE_LEVELS,
  GRADES,
  LATERALITIES,
  PAIN_KINDS,
  PATTERNS,
  SET_TYPES,
  SUPPORTS,
  TIERS,
  UNITS,
} from "../records/vocab.js";

/** A local calendar day, `YYYY-MM-DD`. */
export const dayAnswer = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant as ISO-8601 text. */
export const instantAnswer = z.iso.datetime({ offset: true });
/** A server-made record id. */
export const idAnswer = z.string().min(1);
const nullable = <T extends z.ZodType>(s: T) => s.nullable();

/** `{user}`: who is logged in. */
export const userAnswer = z.object({
  user: z.object({ id: idAnswer, email: z.string(), role: z.enum(["admin", "user"]).optional() }),
});

/** A personal access token as listed (never the token itself). */
export const tokenAnswer = z.object({
  id: idAnswer,
  name: z.string(),
  createdAt: instantAnswer,
  lastUsedAt: nullable(instantAnswer),
});

/** A token just made: the only time the token is shown. */
export const newTokenAnswer = z.object({ id: idAnswer, name: z.string(), token: z.string().min(1) });

/** A readiness verdict (R1-R5) with its reasons. */
export const readinessAnswer = z.object({
  tier: z.enum(TIERS),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  askRedFlags: z.boolean(),
  /** R8: red-flag keys to ask again today. */
  ask: z.array(z.string()).optional(),
  /** R6, R7: advice that never changes the tier. */
  advice: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
});

/** R7: the latest inflammatory screen and its outcome. */
export const inflammatoryScreenAnswer = z.object({
  latest: z.object({ date: dayAnswer }).loose().nullable(),
  outcome: z.object({
    due: z.boolean(),
    count: z.number().int(),
    advice: z.object({ code: z.string(), message: z.string() }).optional(),
  }),
});

/** A stored check-in. */
export const checkinAnswer = z.object({
  id: idAnswer,
  clientId: z.string(),
  date: dayAnswer,
  painNow: z.number(),
  everydayPain: z.enum(EVERYDAY_PAIN),
  regions: z.array(z.string()),
  nerve: z.array(z.object({ kind: z.string(), region: z.string(), trend: z.string() })),
  redFlags: z.record(z.string(), z.boolean().nullable()),
  sleep: nullable(z.object({ hours: nullable(z.number()) }).loose()),
  habits: nullable(z.object({}).loose()),
  function: nullable(z.object({}).loose()),
  note: nullable(z.string()),
  createdAt: instantAnswer,
  updatedAt: instantAnswer,
});

/** A check-in with the day's readiness, as a write answers it. */
export const checkinWithReadinessAnswer = checkinAnswer.extend({ readiness: readinessAnswer });

/** A logged set. */
export const setAnswer = z.object({
  id: idAnswer,
  clientId: z.string(),
  sessionId: idAnswer,
  exerciseId: z.string(),
  setIndex: z.number().int(),
  warmup: z.boolean(),
  setType: z.enum(SET_TYPES),
  reps: nullable(z.number()),
  loadKg: nullable(z.number()),
  seconds: nullable(z.number()),
  distanceM: nullable(z.number()),
  rir: nullable(z.number()),
  rpe: nullable(z.number()),
  belt: z.boolean(),
  pain: nullable(z.number()),
  painKind: nullable(z.enum(PAIN_KINDS)),
  flagged: z.boolean(),
  unit: nullable(z.enum(["kg", "lb"])).optional(),
  note: nullable(z.string()).optional(),
  supersetId: nullable(z.string()).optional(),
  createdAt: instantAnswer,
  updatedAt: instantAnswer,
});

/** A training session with its sets. */
export const sessionAnswer = z.object({
  id: idAnswer,
  clientId: z.string(),
  date: dayAnswer,
  startedAt: instantAnswer,
  finishedAt: nullable(instantAnswer),
  painBefore: nullable(z.number()),
  painAfter: nullable(z.number()),
  note: nullable(z.string()),
  title: nullable(z.string()),
  recovery: z.boolean(),
  source: z.enum(["spotter", "strong", "hevy", "fitnotes", "spotter-backup"]),
  exerciseNotes: nullable(z.record(z.string(), z.string())).optional(),
  createdAt: instantAnswer,
  updatedAt: instantAnswer,
  sets: z.array(setAnswer),
});

/** An exercise of the catalog or the user's own, with its spine-load grade and load steps. */
export const exerciseAnswer = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  pattern: z.enum(PATTERNS),
  primaryMuscles: z.array(z.string()),
  secondaryMuscles: z.array(z.string()),
  laterality: z.enum(LATERALITIES),
  equipment: z.array(z.enum(EQUIPMENT)),
  load: z.object({
    axial: z.number(),
    shear: z.number(),
    flexion: z.number(),
    extension: z.number(),
    rotation: z.number(),
    support: z.enum(SUPPORTS),
  }),
  beltEligible: z.boolean(),
  measure: z.enum(["reps", "seconds", "distance"]).optional(),
  cues: z.array(z.string()),
  grade: z.enum(GRADES),
  level: z.enum(EXPERIENCE_LEVELS),
  increment: z.object({ kg: z.number(), lb: z.number() }),
  custom: z.boolean(),
  easier: z.string().optional(),
  harder: z.string().optional(),
});

/** The profile (defaults until set). */
export const profileAnswer = z.object({
  unit: z.enum(UNITS),
  bodyWeightKg: nullable(z.number()),
  timeZone: z.string(),
  sex: nullable(z.string()),
  ageBand: nullable(z.string()),
  sleepPosition: z.string(),
  sittingHours: z.number(),
  equipment: z.array(z.string()),
  daysPerWeek: z.number().int(),
  trainingDays: nullable(z.array(z.string())),
  sessionMinutes: z.number(),
  goal: z.string(),
  experience: z.string(),
  aggravating: z.array(
    z
      .object({
        pattern: z.string().optional(),
        exerciseId: z.string().optional(),
        direction: z.enum(DIRECTIONS).optional(),
      })
      .loose(),
  ),
  pinned: z.array(z.string()),
  cleared: z.array(z.unknown()),
  reminders: z.object({ from: z.string(), to: z.string(), breakMinutes: z.number() }),
  settings: z.object({ targetRir: z.number(), deloadEveryWeeks: z.number() }).loose(),
  diagnosisNotes: nullable(z.string()),
  clearance: z.object({ status: z.string() }).loose(),
  noticeAcceptedAt: nullable(instantAnswer),
});

/** One daily entry (water, supplement, blood-flow work, a break, a support used). */
export const dailyEntryAnswer = z
  .object({ id: idAnswer, clientId: z.string(), date: dayAnswer, kind: z.enum(DAILY_KINDS), at: instantAnswer })
  .loose();

/** A blood-flow suggestion for a rest or light day. */
export const bloodFlowSuggestionAnswer = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  text: z.string(),
  minutes: z.number(),
  exerciseIds: z.array(z.string()),
  done: z.boolean(),
});

/** The user's day of the other 22 hours: water, supplements, blood-flow work, breaks, cards and entries. */
export const dailyDayAnswer = z.object({
  date: dayAnswer,
  waterMl: z.number(),
  waterTargetMl: z.number(),
  supplements: z.array(z.unknown()),
  supplementTotals: z.array(z.unknown()),
  bloodFlow: z.array(z.unknown()),
  breaks: z.number(),
  warnings: z.array(z.unknown()),
  cards: z.array(z.object({ id: z.string(), title: z.string(), text: z.string(), rule: z.string() }).loose()),
  suggestions: z.array(bloodFlowSuggestionAnswer),
  entries: z.array(dailyEntryAnswer),
});

/** A share link as its owner sees it (the token only once, as `url`, when made). */
export const shareAnswer = z.object({
  id: idAnswer,
  label: nullable(z.string()),
  from: nullable(dayAnswer),
  to: nullable(dayAnswer),
  createdAt: instantAnswer,
  expiresAt: instantAnswer,
  revokedAt: nullable(instantAnswer),
  status: z.enum(["active", "expired", "revoked"]),
  openedCount: z.number().int(),
  lastOpenedAt: nullable(instantAnswer),
});

/** A stored clearance with the readiness it leads to. */
export const clearanceAnswer = z.object({
  clearance: z.object({ id: idAnswer, date: dayAnswer, by: z.string(), recordedAt: instantAnswer }).loose(),
  readiness: readinessAnswer,
  /** X5: one line on what recording it unlocked (a lock lifted, rules now shaping the plan). */
  unlocked: z.string(),
});
