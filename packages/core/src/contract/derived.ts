/**
 * The shapes of answers the rules derive (API.md): next targets, alternatives, plans, today, guidance after a set,
 * insights, import results and the shared report. The fields a client reads are listed; deeper parts that the rule
 * areas are still growing (plan items, the report's sections) are described by their required fields and accept
 * more.
 */
import { z } from "zod";
import { HABIT_FACTORS } from "../insights/index.js";
import { backupSchema } from "../records/backup.js";
import { PLAN_BLOCK_KINDS } from "../records/plan.js";
import { GRADES, PATTERNS, TIERS, UNITS, WEEKDAYS } from "../records/vocab.js";
import { MODIFICATION_KINDS } from "../substitution/index.js";
import {
  bloodFlowSuggestionAnswer,
  dayAnswer,
  exerciseAnswer,
  idAnswer,
  instantAnswer,
  readinessAnswer,
  sessionAnswer,
  setAnswer,
} from "./records.js";
import { clinicianReportAnswer } from "./report.js";

/** What the next session of an exercise does (progression's `ProgressionDecision`; a type test keeps them equal). */
export const PROGRESSION_DECISIONS = [
  "start",
  "increase",
  "hold",
  "reduce",
  "regress",
  "substitute",
  "step-up",
  "deload",
  "return",
  "retest",
] as const;

/** A rep range `[lo, hi]`. */
const repRangeAnswer = z.tuple([z.number(), z.number()]);

/** The next target of one exercise (O1-O6, M1): what to lift next time and why. */
export const nextTargetAnswer = z.object({
  exerciseId: z.string(),
  reps: repRangeAnswer,
  loadKg: z.number().nullable(),
  sets: z.number().int(),
  decision: z.enum(PROGRESSION_DECISIONS),
  why: z.string(),
  /** Timed items: seconds per set; distance items: metres per set (no load). */
  seconds: z.number().optional(),
  metres: z.number().optional(),
  response: z.string().optional(),
  regressTo: z.string().optional(),
  stepUpTo: z.string().optional(),
  substitute: z.object({ exerciseId: z.string(), name: z.string(), why: z.string() }).optional(),
  guarding: z.boolean().optional(),
  pending: z.boolean().optional(),
});

/** One ranked alternative (S1) with the reason in the user's words. */
export const alternativeAnswer = z.object({
  exercise: exerciseAnswer,
  why: z.string(),
  gradeFrom: z.enum(GRADES),
  gradeTo: z.enum(GRADES),
});

/** One modification of an exercise (S2). */
export const modificationAnswer = z.object({
  kind: z.enum(MODIFICATION_KINDS),
  text: z.string(),
  exerciseId: z.string().optional(),
});

/** One item of a plan block: an exercise with its dose and why it is there. */
export const planItemAnswer = z.object({
  exerciseId: z.string(),
  sets: z.number().int(),
  reps: repRangeAnswer,
  seconds: z.number().optional(),
  distanceM: z.number().optional(),
  loadKg: z.number().optional(),
  targetRir: z.number(),
  restSeconds: z.number(),
  // G4: the 1-based index of the one cued working set (API.md "Added 2026-12").
  beltCue: z.number().int().min(1).optional(),
  why: z.string().optional(),
  /** M1, P6: an offered change of exercise, never applied silently. */
  proposal: z.object({ exerciseId: z.string(), why: z.string(), kind: z.literal("step-up").optional() }).optional(),
  declinedStepUps: z.array(z.string()).optional(),
  stepUpFrom: z.string().optional(),
  /** T5: a suspect moved to this day for its test, from the plan's day on this weekday (plan reasons and Today's notes say why). */
  testMovedFrom: z.enum(WEEKDAYS).optional(),
  /** Today only: the item's next target in short. */
  next: z
    .object({ decision: z.enum(PROGRESSION_DECISIONS), why: z.string(), pending: z.literal(true).optional() })
    .optional(),
});

/** A block of a plan day (alignment, main, glute-core, cooldown, recovery). */
export const planBlockAnswer = z.object({
  kind: z.enum(PLAN_BLOCK_KINDS),
  items: z.array(planItemAnswer),
  notes: z.array(z.string()).optional(),
});

/** The weekly plan (§5): its days, blocks, shortfalls and the reasons behind it. */
export const planAnswer = z.object({
  id: idAnswer,
  createdAt: instantAnswer,
  days: z.array(
    z.object({
      index: z.number().int(),
      weekday: z.enum(WEEKDAYS),
      title: z.string(),
      minutes: z.number(),
      blocks: z.array(planBlockAnswer),
    }),
  ),
  shortfalls: z.array(z.string()),
  reasons: z.array(z.string()),
  /** P6: each pin planned, held back by a higher rule, or left out for time. */
  pins: z
    .array(
      z.object({
        exerciseId: z.string(),
        state: z.enum(["planned", "held-back", "no-room"]),
        heldBackBy: z.string().optional(),
        text: z.string(),
      }),
    )
    .optional(),
  /** T6: exercises brought back into this block after two re-test passes (never brought back twice). */
  returned: z.array(z.string()).optional(),
});

/** A new plan with what changed against the one before. */
export const newPlanAnswer = planAnswer.extend({
  changes: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
});

/** Today (§8): the readiness, the day's session adapted to it, or a rest day with its suggestions. */
export const todayAnswer = z.object({
  date: dayAnswer,
  planId: idAnswer,
  readiness: readinessAnswer,
  restDay: z.boolean(),
  session: z
    .object({
      dayIndex: z.number().int(),
      title: z.string(),
      minutes: z.number(),
      recovery: z.boolean(),
      blocks: z.array(planBlockAnswer),
    })
    .nullable(),
  notes: z.array(z.string()).optional(),
  suggestions: z.array(bloodFlowSuggestionAnswer).optional(),
});

/** The stop-rule guidance after a set (G3, G4) with alternatives when it says stop. */
export const setGuidanceAnswer = z.object({
  action: z.enum(["continue", "hold", "reduce", "stop-exercise"]),
  rule: z.string(),
  beltCue: z.boolean(),
  message: z.string(),
  next: z.object({ loadKg: z.number().nullable(), reps: z.number().nullable(), warmup: z.boolean() }).optional(),
  alternatives: z.array(alternativeAnswer).optional(),
  /** G3: the recovery items, when loaded work ends for the day. */
  recovery: z.array(planItemAnswer).optional(),
});

/** A set just logged, with the guidance for the next one. */
export const loggedSetAnswer = z.object({
  set: setAnswer,
  guidance: setGuidanceAnswer,
  /** The personal records this set set (issue 16), absent when none. */
  records: z.array(z.enum(["heaviest", "e1rm", "reps", "volume"])).optional(),
});

/** One personal record: its value (kg, or reps), the set that made it and its day. */
export const personalRecordAnswer = z.object({
  value: z.number(),
  loadKg: z.number().optional(),
  reps: z.number().optional(),
  unit: z.enum(["kg", "lb"]).optional(),
  date: dayAnswer,
  setId: z.string(),
});

/** `GET /exercises/:id/history`: the sessions of one exercise newest first, its records and its e1RM over time. */
export const exerciseHistoryAnswer = z.object({
  sessions: z.array(
    z.object({ sessionId: z.string(), date: dayAnswer, note: z.string().nullable(), sets: z.array(setAnswer) }),
  ),
  records: z.object({
    heaviest: personalRecordAnswer.optional(),
    e1rm: personalRecordAnswer.optional(),
    reps: personalRecordAnswer.optional(),
    volume: personalRecordAnswer.optional(),
    repsAtLoad: z.array(personalRecordAnswer),
  }),
  e1rm: z.array(z.object({ date: dayAnswer, kg: z.number() })),
  /** Sessions of this exercise in the whole log (the list holds the newest `limit`). */
  total: z.number().int(),
});

/** A finished session with the next targets it changed. */
export const finishedSessionAnswer = sessionAnswer.extend({ progression: z.array(nextTargetAnswer) });

/** A new session with the readiness it started under. */
export const startedSessionAnswer = sessionAnswer.extend({ readiness: readinessAnswer });

/** T2: which criterion decided a trigger's status (insights' `TriggerReason`, "named-by-user" for a named one). */
export const TRIGGER_REASONS = [
  "sharp-events",
  "reds-within-14-days",
  "next-morning-worse",
  "one-sharp-event",
  "red-response",
  "next-morning-slightly-worse",
  "next-morning-confounded",
  "separated-trigger",
  "separated-tolerated",
  "retest-failed",
  "retest-passed",
  "tolerated",
  "no-next-morning",
  "next-morning-not-settled",
  "pain-above-3",
  "too-few-exposures",
  "no-rated-sets",
  "named-by-user",
] as const;

/** The subject of a trigger entry: one exercise or a whole pattern (exactly one of the two fields). */
export const triggerSubjectAnswer = z.object({
  exerciseId: z.string().optional(),
  pattern: z.enum(PATTERNS).optional(),
});

/** One trigger statistic (T1, T2) of an exercise or a pattern. */
export const triggerInsightAnswer = z.object({
  subject: triggerSubjectAnswer,
  status: z.enum(["trigger", "suspected", "tolerated", "unknown"]),
  exposures: z.number().int(),
  summary: z.string(),
  evidence: z.string(),
  /** "found" from the log; "named" when the user listed it as aggravating. */
  source: z.enum(["found", "named"]),
  name: z.string(),
  reason: z.enum(TRIGGER_REASONS),
  overruledByUser: z.boolean(),
  /** What Spotter does about it, in one line. */
  action: z.string(),
  /** True for pattern entries found in the log: information only, never used to exclude anything. */
  informational: z.boolean(),
  lastDate: dayAnswer.nullable(),
  // SPEC T5, T6: the test that decides the entry, when one concerns it.
  test: z
    .object({
      kind: z.enum(["separate", "retest"]),
      state: z.enum(["planned", "offered", "running", "done"]),
      rule: z.string(),
      result: z.enum(["trigger", "tolerated", "inconclusive"]).optional(),
    })
    .optional(),
});

/** One habit link (T3): next-day pain with and without a habit. */
export const habitAnswer = z.object({
  factor: z.enum(HABIT_FACTORS),
  daysWith: z.number().int(),
  daysWithout: z.number().int(),
  nextDayPainDelta: z.number().nullable(),
  meanWith: z.number().nullable(),
  meanWithout: z.number().nullable(),
  summary: z.string(),
});

/** The trends (T4) over a window: pain, sessions, weekly volume per muscle, e1RM and belt use. */
export const trendsAnswer = z.object({
  from: dayAnswer,
  to: dayAnswer,
  pain: z.array(
    z.object({
      date: dayAnswer,
      pain: z.number().nullable(),
      avg7: z.number().nullable(),
      avg28: z.number().nullable(),
      functionScore: z.number().nullable(),
    }),
  ),
  sessions: z.array(z.object({ date: dayAnswer, sessionId: idAnswer, recovery: z.boolean() })),
  volume: z.array(z.object({ week: z.string(), weekStart: dayAnswer, muscle: z.string(), sets: z.number() })),
  e1rm: z.array(
    z.object({
      exerciseId: z.string(),
      name: z.string(),
      points: z.array(z.object({ date: dayAnswer, sessionId: idAnswer, e1rmKg: z.number() })),
    }),
  ),
  belt: z.array(
    z.object({
      week: z.string(),
      weekStart: dayAnswer,
      beltedSets: z.number().int(),
      eligibleSets: z.number().int(),
      share: z.number().nullable(),
    }),
  ),
  /** G4: belt share of the last four weeks' working sets on belt-eligible lifts, with a warning above a third. */
  belt4Weeks: z.object({
    from: dayAnswer,
    to: dayAnswer,
    total: z.number().int(),
    belted: z.number().int(),
    share: z.number(),
    warn: z.boolean(),
    message: z.string(),
  }),
});

/** One line of an import report: the file's line (0 for a backup's record) and why. */
const importLineAnswer = z.object({ line: z.number().int(), reason: z.string() });
/** A reason with its count and the first lines it happened on. */
const reasonSummaryAnswer = z.object({ reason: z.string(), count: z.number().int(), lines: z.array(z.number().int()) });

/** What an import read, skipped and stored (or would store, on a dry run). */
export const importAnswer = z.object({
  format: z.enum(["strong", "hevy", "fitnotes", "spotter"]),
  unit: z.enum(UNITS).nullable(),
  unitFrom: z.enum(["file", "request"]).nullable(),
  /** The unit the user's profile shows weights in (they are stored exactly whatever the file's unit). */
  profileUnit: z.enum(UNITS),
  rows: z.number().int(),
  workouts: z.number().int(),
  sets: z.number().int(),
  alreadyImported: z.number().int(),
  checkins: z.number().int(),
  daily: z.number().int(),
  clearances: z.number().int(),
  plans: z.number().int(),
  profileRestored: z.boolean(),
  customExercises: z.array(z.object({ id: z.string(), name: z.string() })),
  /** How each name of the file was read: the exercise it maps to, and whether it was made or overridden. */
  mapping: z.array(
    z.object({
      name: z.string(),
      exerciseId: z.string(),
      exerciseName: z.string(),
      custom: z.boolean(),
      created: z.boolean(),
      overridden: z.boolean().optional(),
    }),
  ),
  skipped: z.array(importLineAnswer),
  skippedRows: z.number().int().optional(),
  skippedSummary: z.array(reasonSummaryAnswer).optional(),
  /** Rows stored with a change: control characters removed, a name or note cut to its limit. */
  changed: z.array(importLineAnswer).optional(),
  changedRows: z.number().int().optional(),
  changedSummary: z.array(reasonSummaryAnswer).optional(),
  distanceUnitFrom: z.enum(["file", "request", "export"]).nullable().optional(),
  dryRun: z.boolean(),
});

/** A weekly plan as stored (a backup's `plans[].plan`): the plan without its id and time. */
export const storedPlanAnswer = planAnswer.omit({ id: true, createdAt: true });

/** The JSON backup (X2): exactly what `POST /import?format=spotter` restores, each stored plan fully described. */
export const backupAnswer = backupSchema.extend({
  plans: z.array(z.object({ id: idAnswer, createdAt: instantAnswer, plan: storedPlanAnswer })),
});

/** A share link opened: the report and the current triggers, without anything that would identify the owner. */
export const sharedReportAnswer = z.object({
  report: clinicianReportAnswer,
  triggers: z.array(triggerInsightAnswer),
  share: z.object({ label: z.string().nullable(), expiresAt: instantAnswer }),
});

/** The readiness tier names, for clients that show them. */
export const tierAnswer = z.enum(TIERS);
