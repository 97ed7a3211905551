/**
 * The clinician report model (SPEC X3, core's `report/types.ts`) as a share link answers it: every number and every
 * sentence a renderer prints. A type test (`shapes.test.ts`) keeps each field of core's `ClinicianReport` listed.
 */
import { z } from "zod";
import {
  EVERYDAY_PAIN,
  NERVE_KINDS,
  NERVE_TRENDS,
  PATTERNS,
  RED_FLAG_KEYS,
  REGIONS,
  TIERS,
  UNITS,
} from "../records/vocab.js";
import { dayAnswer, instantAnswer } from "./records.js";

const num = z.number();
const maybe = z.number().nullable();
const countOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, num])) as Record<K, z.ZodNumber>);
const window = z.object({ from: dayAnswer, to: dayAnswer, checkins: num, mean: maybe });
const trigger = z.object({
  subject: z.union([z.object({ exerciseId: z.string() }), z.object({ pattern: z.enum(PATTERNS) })]),
  name: z.string(),
  source: z.enum(["found", "named"]),
  exposures: num,
  lastDate: dayAnswer.nullable(),
  evidence: z.string(),
});

/** The whole clinician report (X3). */
export const clinicianReportAnswer = z.object({
  kind: z.literal("spotter-clinician-report"),
  version: z.literal(1),
  from: dayAnswer,
  to: dayAnswer,
  days: z.number().int(),
  unit: z.enum(UNITS),
  timeZone: z.string(),
  generatedAt: instantAnswer,
  generatedLine: z.string(),
  notice: z.array(z.string()),
  diagnosisNotes: z.string().nullable(),
  pain: z.object({
    days: z.array(z.object({ date: dayAnswer, pain: maybe, avg7: maybe, avg28: maybe })),
    checkinDays: num,
    min: maybe,
    max: maybe,
    mean: maybe,
    firstWeek: window,
    lastWeek: window,
    change: maybe,
    direction: z.enum(["lower", "higher", "similar"]).nullable(),
    summary: z.string(),
  }),
  everydayPain: z.object({ counts: countOf(EVERYDAY_PAIN), daysWithPain: num, summary: z.string() }),
  checkins: z.array(
    z.object({
      date: dayAnswer,
      pain: num,
      everydayPain: z.enum(EVERYDAY_PAIN),
      everydayPainText: z.string(),
      regions: z.array(z.string()),
      regionsText: z.string(),
      sleepText: z.string(),
      functionScore: maybe,
      note: z.string().nullable(),
    }),
  ),
  nerve: z.object({
    entries: z.array(
      z.object({
        date: dayAnswer,
        kind: z.enum(NERVE_KINDS),
        region: z.enum(REGIONS),
        trend: z.enum(NERVE_TRENDS),
        kindText: z.string(),
        regionText: z.string(),
        trendText: z.string(),
      }),
    ),
    symptoms: z.array(
      z.object({
        kind: z.enum(NERVE_KINDS),
        side: z.enum(["left", "right", "centre"]),
        latest: z.enum(NERVE_TRENDS),
        lastDate: dayAnswer,
        text: z.string(),
      }),
    ),
    summary: z.string(),
  }),
  redFlags: z.object({
    yes: z.array(
      z.object({ date: dayAnswer, key: z.enum(RED_FLAG_KEYS), label: z.string(), tier: z.enum(["R1", "R2"]) }),
    ),
    answeredDates: z.array(dayAnswer),
    clearances: z.array(
      z.object({
        date: dayAnswer,
        by: z.string(),
        restrictions: z.string().nullable(),
        recordedAt: instantAnswer,
        recordedDay: dayAnswer,
        inRange: z.boolean(),
      }),
    ),
    summary: z.string(),
  }),
  readiness: z.object({
    days: z.array(z.object({ date: dayAnswer, tier: z.enum(TIERS), noCheckin: z.literal(true).optional() })),
    counts: countOf(TIERS),
    noCheckin: num,
    spells: z.array(z.object({ from: dayAnswer, to: dayAnswer, tier: z.enum(TIERS), reason: z.string() })),
    truncated: z.boolean(),
    summary: z.string(),
  }),
  triggers: z.object({
    confirmed: z.array(trigger),
    suspected: z.array(trigger),
    named: z.array(z.object({ name: z.string(), kind: z.enum(["exercise", "pattern"]) })),
    cleared: z.array(z.object({ exerciseId: z.string(), name: z.string(), evidence: z.string().nullable() })),
    tests: z.array(z.object({ exerciseId: z.string(), name: z.string(), test: z.string(), evidence: z.string() })),
    summary: z.string(),
  }),
  training: z.object({
    sessions: num,
    recoverySessions: num,
    workingSets: num,
    warmupSets: num,
    exercises: z.array(
      z.object({
        exerciseId: z.string(),
        name: z.string(),
        sessions: num,
        workingSets: num,
        bestLoadKg: maybe,
        bestLoadText: z.string(),
        meanPain: maybe,
        maxPain: maybe,
        sharpOrRadiating: num,
      }),
    ),
    painful: z.array(
      z.object({
        date: dayAnswer,
        title: z.string().nullable(),
        painBefore: maybe,
        painAfter: maybe,
        maxPain: maybe,
        why: z.string(),
        exercises: z.array(z.string()),
        note: z.string().nullable(),
      }),
    ),
    summary: z.string(),
  }),
  avoided: z.object({
    items: z.array(
      z.object({
        name: z.string(),
        why: z.string(),
        substitute: z.object({ exerciseId: z.string(), name: z.string(), why: z.string() }).nullable(),
        setsInRange: num,
      }),
    ),
    summary: z.string(),
  }),
  functionCheck: z
    .object({
      points: z.array(z.object({ date: dayAnswer, score: num })),
      first: maybe,
      latest: maybe,
      change: maybe,
      summary: z.string(),
    })
    .nullable(),
  restrictions: z.object({
    rules: z.array(z.object({ text: z.string(), from: dayAnswer, until: dayAnswer.nullable(), by: z.string() })),
    weeks: z.array(z.object({ weekStart: dayAnswer, sets: num, against: num })),
    summary: z.string(),
  }),
});
