/**
 * The daily check-in record (SPEC §2): its type and the validator for `POST /checkins` and `PATCH /checkins/:id`.
 * Red-flag answers are true, false or null (not answered); a missing key means not answered, never "no".
 */
import { z } from "zod";
import { zRecordDay } from "./dates.js";
import { zTextField } from "./text.js";
import {
  EVERYDAY_PAIN,
  type EverydayPain,
  NERVE_KINDS,
  NERVE_TRENDS,
  type NerveKind,
  type NerveTrend,
  RED_FLAG_KEYS,
  REGIONS,
  type RedFlagKey,
  type Region,
  SLEEP_POSITIONS,
  type SleepPosition,
  zClientId,
  zPain,
} from "./vocab.js";

/** The everyday tasks of the function check (texts live in `readiness/functionCheck.ts`). */
export const FUNCTION_ITEM_IDS = [
  "walking",
  "sitting",
  "standing",
  "dressing",
  "lifting",
  "bending",
  "sleeping",
  "carrying",
] as const;
/** One function-check item id. */
export type FunctionItemId = (typeof FUNCTION_ITEM_IDS)[number];

/** A nerve symptom entry; a symptom's identity is its kind plus its side (from the region). */
export interface NerveEntry {
  kind: NerveKind;
  region: Region;
  trend: NerveTrend;
}

/** Red-flag answers: every key present, each true, false or null (not answered). */
export type RedFlagAnswers = Record<RedFlagKey, boolean | null>;

/** Last night's sleep. */
export interface SleepEntry {
  hours: number | null;
  quality: number | null;
  position: SleepPosition | null;
  supportUsed: boolean | null;
}

/** Daily habits the check-in can carry (they feed T3). */
export interface HabitEntry {
  lumbarSupport: boolean | null;
  sittingHours: number | null;
  foamRolling: boolean | null;
}

/** A stored check-in, as the API answers it. */
export interface Checkin {
  id: string;
  clientId: string;
  date: string;
  painNow: number;
  everydayPain: EverydayPain;
  regions: Region[];
  nerve: NerveEntry[];
  redFlags: RedFlagAnswers;
  /** R8: red-flag keys answered again after a re-ask (absent: none). */
  confirmed?: RedFlagKey[];
  sleep: SleepEntry | null;
  habits: HabitEntry | null;
  /** Function check answers: item id -> 0 (no difficulty) .. 4 (cannot do it). */
  function: Partial<Record<FunctionItemId, number>> | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

const zNerve = z.strictObject({
  kind: z.enum(NERVE_KINDS),
  region: z.enum(REGIONS),
  trend: z.enum(NERVE_TRENDS),
});

const zRedFlags = z.strictObject(
  Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, z.boolean().nullable().optional()])) as Record<
    RedFlagKey,
    z.ZodOptional<z.ZodNullable<z.ZodBoolean>>
  >,
);

const zSleep = z.strictObject({
  hours: z.number().min(0).max(24).nullable().optional(),
  quality: z.int().min(1).max(5).nullable().optional(),
  position: z.enum(SLEEP_POSITIONS).nullable().optional(),
  supportUsed: z.boolean().nullable().optional(),
});

const zHabits = z.strictObject({
  lumbarSupport: z.boolean().nullable().optional(),
  sittingHours: z.number().min(0).max(24).nullable().optional(),
  foamRolling: z.boolean().nullable().optional(),
});

const zFunction = z.strictObject(
  Object.fromEntries(FUNCTION_ITEM_IDS.map((k) => [k, z.int().min(0).max(4).optional()])) as Record<
    FunctionItemId,
    z.ZodOptional<z.ZodInt>
  >,
);

const checkinFields = {
  painNow: zPain,
  everydayPain: z.enum(EVERYDAY_PAIN),
  regions: z.array(z.enum(REGIONS)).max(REGIONS.length).optional(),
  nerve: z.array(zNerve).max(30).optional(),
  redFlags: zRedFlags.optional(),
  confirmed: z.array(z.enum(RED_FLAG_KEYS)).max(RED_FLAG_KEYS.length).optional(),
  sleep: zSleep.nullable().optional(),
  habits: zHabits.nullable().optional(),
  function: zFunction.nullable().optional(),
  note: zTextField("note").nullable().optional(),
};

/** Validator for `POST /checkins`. */
export const checkinInputSchema = z.strictObject({
  clientId: zClientId,
  date: zRecordDay,
  ...checkinFields,
});
/** A parsed `POST /checkins` body. */
export type CheckinInput = z.infer<typeof checkinInputSchema>;

/** Validator for `PATCH /checkins/:id`: any of the answer fields. */
export const checkinPatchSchema = z.strictObject({
  painNow: checkinFields.painNow.optional(),
  everydayPain: checkinFields.everydayPain.optional(),
  regions: checkinFields.regions,
  nerve: checkinFields.nerve,
  redFlags: checkinFields.redFlags,
  confirmed: checkinFields.confirmed,
  sleep: checkinFields.sleep,
  habits: checkinFields.habits,
  function: checkinFields.function,
  note: checkinFields.note,
});
/** A parsed `PATCH /checkins/:id` body. */
export type CheckinPatch = z.infer<typeof checkinPatchSchema>;

/** Red-flag answers with every key, missing ones as null (not answered). */
export function normaliseRedFlags(
  input: Partial<Record<RedFlagKey, boolean | null | undefined>> | undefined,
): RedFlagAnswers {
  const out = {} as RedFlagAnswers;
  for (const k of RED_FLAG_KEYS) {
    const v = input?.[k];
    out[k] = v === true || v === false ? v : null;
  }
  return out;
}

/**
 * Merges red-flag answers for the same day: a "yes" already given stays yes whatever arrives later (SPEC §2);
 * otherwise a new answer replaces an old one, and a missing key keeps what was there.
 */
export function mergeRedFlags(
  previous: RedFlagAnswers,
  incoming: Partial<Record<RedFlagKey, boolean | null | undefined>> | undefined,
): RedFlagAnswers {
  const out = { ...previous };
  for (const k of RED_FLAG_KEYS) {
    if (previous[k] === true) continue;
    const v = incoming?.[k];
    if (v === true || v === false) out[k] = v;
  }
  return out;
}
