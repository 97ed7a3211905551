/**
 * The shapes the API answers for stored records (API.md): the user, tokens, check-ins, readiness, sessions and
 * their sets, exercises, the profile, daily entries and share links. Every field is listed: an answer with a field
 * its schema does not list fails the answer check (server `routes.ts`), so a field added to a record is added here
 * too, and the OpenAPI document describes it.
 */
import { z } from "zod";
import { FUNCTION_ITEM_IDS } from "../records/checkin.js";
import { RESTRICTION_KINDS } from "../records/clearance.js";
import { BLOOD_FLOW_KINDS, DAILY_KINDS } from "../records/daily.js";
import { NUTRIENT_IDS, SUPPLEMENT_UNITS } from "../records/nutrients.js";
import { INFLAMMATORY_ITEMS } from "../records/screens.js";
import {
  AGE_BANDS,
  DIRECTIONS,
  EQUIPMENT,
  EVERYDAY_PAIN,
  EXPERIENCE_LEVELS,
  GOALS,
  GRADES,
  LATERALITIES,
  NERVE_KINDS,
  NERVE_TRENDS,
  PAIN_KINDS,
  PATTERNS,
  RED_FLAG_KEYS,
  REGIONS,
  SET_TYPES,
  SEXES,
  SLEEP_POSITIONS,
  SUPPORTS,
  TIERS,
  UNITS,
  WEEKDAYS,
} from "../records/vocab.js";

/** A local calendar day, `YYYY-MM-DD`. */
export const dayAnswer = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant as ISO-8601 text. */
export const instantAnswer = z.iso.datetime({ offset: true });
/** A server-made record id. */
export const idAnswer = z.string().min(1);
const nullable = <T extends z.ZodType>(s: T) => s.nullable();
/** An object with one optional field per key (a check-in's function answers, a screen's answers). */
const optionalEach = <K extends string, T extends z.ZodType>(keys: readonly K[], value: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value.optional()])) as Record<K, z.ZodOptional<T>>);
/** A yes, a no, or not answered (null). */
const yesNoAnswer = z.boolean().nullable();

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

/** R7: one stored screen answer, with the local day it was answered. */
export const inflammatoryAnswer = z.object({
  date: dayAnswer,
  onsetBefore45: yesNoAnswer,
  longerThan3Months: yesNoAnswer,
  answers: optionalEach(INFLAMMATORY_ITEMS, yesNoAnswer).optional(),
});

/** R7: the latest inflammatory screen and its outcome. */
export const inflammatoryScreenAnswer = z.object({
  latest: inflammatoryAnswer.nullable(),
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
  regions: z.array(z.enum(REGIONS)),
  nerve: z.array(z.object({ kind: z.enum(NERVE_KINDS), region: z.enum(REGIONS), trend: z.enum(NERVE_TRENDS) })),
  redFlags: optionalEach(RED_FLAG_KEYS, yesNoAnswer),
  /** R8: red-flag keys answered again after a re-ask (absent: none). */
  confirmed: z.array(z.enum(RED_FLAG_KEYS)).optional(),
  sleep: nullable(
    z.object({
      hours: nullable(z.number()),
      quality: nullable(z.number().int()).optional(),
      position: nullable(z.enum(SLEEP_POSITIONS)).optional(),
      supportUsed: yesNoAnswer.optional(),
    }),
  ),
  habits: nullable(
    z.object({
      lumbarSupport: yesNoAnswer.optional(),
      sittingHours: nullable(z.number()).optional(),
      foamRolling: yesNoAnswer.optional(),
    }),
  ),
  /** The function check: item id -> 0 (no difficulty) .. 4 (cannot do it). */
  function: nullable(optionalEach(FUNCTION_ITEM_IDS, z.number().int())),
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
  /** True when the exercise moves external load that can be raised in steps. */
  loaded: z.boolean().optional(),
  cues: z.array(z.string()),
  grade: z.enum(GRADES),
  level: z.enum(EXPERIENCE_LEVELS),
  increment: z.object({ kg: z.number(), lb: z.number() }),
  custom: z.boolean(),
  easier: z.string().optional(),
  harder: z.string().optional(),
});

/** X5: one restriction rule as stored, with its id (the profile adds the day and the clinician of its clearance). */
const ruleAnswerFields = {
  id: idAnswer,
  /** The last day it holds (inclusive); absent: until a later clearance lifts it. */
  until: dayAnswer.optional(),
  from: dayAnswer.optional(),
  by: z.string().optional(),
};
const scopeAnswer = z.array(z.string()).optional();
/** X5: a restriction rule of a clearance. */
export const restrictionRuleAnswer = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal(RESTRICTION_KINDS[0]), value: z.enum(PATTERNS), ...ruleAnswerFields }),
  z.object({
    kind: z.literal(RESTRICTION_KINDS[1]),
    value: z.enum(DIRECTIONS),
    threshold: z.number().int().optional(),
    ...ruleAnswerFields,
  }),
  z.object({ kind: z.literal(RESTRICTION_KINDS[2]), value: z.string(), ...ruleAnswerFields }),
  z.object({
    kind: z.literal(RESTRICTION_KINDS[3]),
    value: z.union([z.object({ percent: z.number() }), z.object({ kg: z.number() })]),
    scope: scopeAnswer,
    ...ruleAnswerFields,
  }),
  z.object({ kind: z.literal(RESTRICTION_KINDS[4]), value: z.number(), scope: scopeAnswer, ...ruleAnswerFields }),
]);

/** The profile (defaults until set). */
export const profileAnswer = z.object({
  unit: z.enum(UNITS),
  bodyWeightKg: nullable(z.number()),
  timeZone: z.string(),
  sex: nullable(z.enum(SEXES)),
  ageBand: nullable(z.enum(AGE_BANDS)),
  sleepPosition: z.enum(SLEEP_POSITIONS),
  sittingHours: z.number(),
  equipment: z.array(z.enum(EQUIPMENT)),
  daysPerWeek: z.number().int(),
  trainingDays: nullable(z.array(z.enum(WEEKDAYS))),
  sessionMinutes: z.number(),
  goal: z.enum(GOALS),
  experience: z.enum(EXPERIENCE_LEVELS),
  /** An exercise, a whole pattern, or a direction of spinal load (P9) the user names as aggravating. */
  aggravating: z.array(
    z.union([
      z.object({ exerciseId: z.string() }),
      z.object({ pattern: z.enum(PATTERNS) }),
      z.object({ direction: z.enum(DIRECTIONS) }),
    ]),
  ),
  pinned: z.array(z.string()),
  cleared: z.array(z.string()),
  reminders: z.object({ from: z.string(), to: z.string(), breakMinutes: z.number() }),
  settings: z.object({
    targetRir: z.number(),
    beltThresholdPct: z.number(),
    deloadEveryWeeks: z.number(),
    singleLimbShareR4: z.number(),
    waterMlPerKg: z.number(),
    waterServingMl: z.number(),
    weeklySets: z.object(
      Object.fromEntries(GOALS.map((g) => [g, z.tuple([z.number(), z.number()])])) as Record<
        (typeof GOALS)[number],
        z.ZodTuple<[z.ZodNumber, z.ZodNumber]>
      >,
    ),
    directionThreshold: z.number(),
  }),
  diagnosisNotes: nullable(z.string()),
  /** Read-only: set by `POST /clearance`; X5's rules in force, each with its clearance's day and clinician. */
  clearance: z.object({
    status: z.enum(["none", "cleared", "restricted"]),
    date: dayAnswer.optional(),
    by: z.string().optional(),
    restrictions: z.string().optional(),
    rules: z.array(restrictionRuleAnswer).optional(),
  }),
  noticeAcceptedAt: nullable(instantAnswer),
});

/** One daily entry (water, supplement, blood-flow work, a break, a support used); fields not of its kind are null. */
export const dailyEntryAnswer = z.object({
  id: idAnswer,
  clientId: z.string(),
  date: dayAnswer,
  kind: z.enum(DAILY_KINDS),
  amountMl: nullable(z.number()),
  name: nullable(z.string()),
  amount: nullable(z.number()),
  unit: nullable(z.enum(SUPPLEMENT_UNITS)),
  minutes: nullable(z.number()),
  used: yesNoAnswer,
  at: instantAnswer,
  createdAt: instantAnswer,
});

/** A blood-flow suggestion for a rest or light day. */
export const bloodFlowSuggestionAnswer = z.object({
  id: z.string(),
  kind: z.enum(BLOOD_FLOW_KINDS),
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
  /** How the target was found: from body weight, or the floor. */
  waterTargetBasis: z.enum(["body-weight", "floor"]),
  trainingHours: z.number(),
  waterServingMl: z.number(),
  supplements: z.array(
    z.object({ id: idAnswer, name: z.string(), amount: z.number(), unit: z.enum(SUPPLEMENT_UNITS) }),
  ),
  /** N2: each supplement's day total, with reference intake and upper limit where Spotter knows them. */
  supplementTotals: z.array(
    z.object({
      nutrient: nullable(z.enum(NUTRIENT_IDS)),
      label: z.string(),
      total: z.number(),
      unit: z.string(),
      referenceIntake: nullable(z.number()),
      upperLimit: nullable(z.number()),
      aboveUpperLimit: z.boolean(),
      uncountedEntries: z.number().int(),
      note: nullable(z.string()),
    }),
  ),
  bloodFlow: z.array(z.object({ id: idAnswer, kind: z.enum(BLOOD_FLOW_KINDS), minutes: z.number() })),
  bloodFlowMinutes: z.number(),
  breaks: z.number(),
  /** D2: true when the user sits enough for break reminders. */
  breakReminders: z.boolean(),
  nextBreakAt: nullable(instantAnswer),
  supportUsed: yesNoAnswer,
  lumbarSupportUsed: yesNoAnswer,
  warnings: z.array(z.object({ code: z.string(), message: z.string(), nutrient: z.enum(NUTRIENT_IDS).optional() })),
  cards: z.array(
    z.object({ id: z.string(), title: z.string(), text: z.string(), rule: z.string(), sources: z.array(z.string()) }),
  ),
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
  clearance: z.object({
    id: idAnswer,
    date: dayAnswer,
    by: z.string(),
    restrictions: nullable(z.string()),
    recordedAt: instantAnswer,
    rules: z.array(restrictionRuleAnswer).optional(),
    /** X5: ids of earlier rules this clearance ends. */
    lifts: z.array(z.string()).optional(),
  }),
  readiness: readinessAnswer,
  /** X5: one line on what recording it unlocked (a lock lifted, rules now shaping the plan). */
  unlocked: z.string(),
});
