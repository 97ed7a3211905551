/**
 * Training sessions and their logged sets (SPEC §6 G2, G5, G6): types and the validators for the session and set
 * endpoints. Loads travel in kg with gram precision; the database keeps integer grams.
 */
import { z } from "zod";
import { zRecordDay } from "./dates.js";
import { zTextField } from "./text.js";
import {
  PAIN_KINDS,
  type PainKind,
  SET_TYPES,
  type SetType,
  UNITS,
  type Unit,
  zClientId,
  zInstant,
  zKg,
  zPain,
} from "./vocab.js";

/** Where a session came from. */
export type SessionSource = "spotter" | "strong" | "hevy" | "fitnotes" | "spotter-backup";

/** A stored training session (without its sets). */
export interface TrainingSession {
  id: string;
  clientId: string;
  date: string;
  startedAt: string;
  finishedAt: string | null;
  painBefore: number | null;
  painAfter: number | null;
  note: string | null;
  title: string | null;
  /** True when the session is the recovery session (G3: started at pain 6 or more, or R2/R3). */
  recovery: boolean;
  source: SessionSource;
  /** Notes on the exercises of this session, by exercise id (absent or null: none). */
  exerciseNotes?: Record<string, string> | null;
  createdAt: string;
  updatedAt: string;
}

/** A stored set. `pain` is null only for imported sets, which carry no pain value (T1). */
export interface LoggedSet {
  id: string;
  clientId: string;
  sessionId: string;
  exerciseId: string;
  setIndex: number;
  warmup: boolean;
  setType: SetType;
  reps: number | null;
  loadKg: number | null;
  seconds: number | null;
  distanceM: number | null;
  rir: number | null;
  rpe: number | null;
  belt: boolean;
  pain: number | null;
  painKind: PainKind | null;
  /** Set after a stop rule had already fired for this exercise (G3), or outside an R2 recovery session. */
  flagged: boolean;
  /** The unit the set was lifted in (the load is stored in kg either way); null or absent: not known. */
  unit?: Unit | null;
  /** The lifter's note on this set. */
  note?: string | null;
  /** One client-made id shared by the sets of exercises done as a superset (alternating, one rest). */
  supersetId?: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A session with its sets, as `GET /sessions/:id` answers it. */
export interface SessionWithSets extends TrainingSession {
  sets: LoggedSet[];
}

/** Validator for `POST /sessions`. */
export const sessionInputSchema = z.strictObject({
  clientId: zClientId,
  date: zRecordDay,
  startedAt: zInstant,
  painBefore: zPain,
  title: zTextField("title").nullable().optional(),
});
/** A parsed `POST /sessions` body. */
export type SessionInput = z.infer<typeof sessionInputSchema>;

/** Notes on the exercises of a session: exercise id -> note (at most 100 exercises). */
export const zExerciseNotes = z
  .record(zTextField("id", { min: 1 }), zTextField("shortNote"))
  .refine((r) => Object.keys(r).length <= 100, "may hold at most 100 exercises");

/** Validator for `PATCH /sessions/:id`. */
export const sessionPatchSchema = z.strictObject({
  exerciseNotes: zExerciseNotes.nullable().optional(),
  date: zRecordDay.optional(),
  startedAt: zInstant.optional(),
  finishedAt: zInstant.nullable().optional(),
  painBefore: zPain.optional(),
  painAfter: zPain.nullable().optional(),
  note: zTextField("note").nullable().optional(),
  title: zTextField("title").nullable().optional(),
});
/** A parsed `PATCH /sessions/:id` body. */
export type SessionPatch = z.infer<typeof sessionPatchSchema>;

/** Validator for `POST /sessions/:id/finish`. */
export const sessionFinishSchema = z.strictObject({
  finishedAt: zInstant,
  painAfter: zPain,
  note: zTextField("note").nullable().optional(),
});
/** A parsed finish body. */
export type SessionFinish = z.infer<typeof sessionFinishSchema>;

const zRpe = z
  .number()
  .min(1)
  .max(10)
  .refine((n) => Number.isInteger(n * 2), "must be in half points (e.g. 7.5)");

const setFields = {
  exerciseId: zTextField("id", { min: 1 }),
  setIndex: z.int().min(0).max(200),
  warmup: z.boolean(),
  setType: z.enum(SET_TYPES).optional(),
  reps: z.int().min(0).max(1000).nullable().optional(),
  loadKg: zKg.nullable().optional(),
  seconds: z.int().min(0).max(86400).nullable().optional(),
  distanceM: z.number().min(0).max(1_000_000).nullable().optional(),
  rir: z.int().min(0).max(10).nullable().optional(),
  rpe: zRpe.nullable().optional(),
  belt: z.boolean(),
  pain: zPain,
  painKind: z.enum(PAIN_KINDS),
  unit: z.enum(UNITS).optional(),
  note: zTextField("shortNote").nullable().optional(),
  supersetId: zTextField("id", { min: 1 }).nullable().optional(),
};

/** Validator for `POST /sessions/:id/sets`. */
export const setInputSchema = z.strictObject({ clientId: zClientId, ...setFields });
/** A parsed set body. */
export type SetInput = z.infer<typeof setInputSchema>;

/** Validator for `PATCH /sessions/:id/sets/:setId`. */
export const setPatchSchema = z.strictObject({
  exerciseId: setFields.exerciseId.optional(),
  setIndex: setFields.setIndex.optional(),
  warmup: setFields.warmup.optional(),
  setType: setFields.setType,
  reps: setFields.reps,
  loadKg: setFields.loadKg,
  seconds: setFields.seconds,
  distanceM: setFields.distanceM,
  rir: setFields.rir,
  rpe: setFields.rpe,
  belt: setFields.belt.optional(),
  pain: setFields.pain.optional(),
  painKind: setFields.painKind.optional(),
  unit: setFields.unit,
  note: setFields.note,
  supersetId: setFields.supersetId,
});
/** A parsed set patch. */
export type SetPatch = z.infer<typeof setPatchSchema>;

// In a module without zod, so the live session's set list does not load the validators with it.
export { effectiveRir } from "./setReserve.js";

/** The pain kind as a category the stop rules read ("none" when not logged). */
export function painKindOf(set: Pick<LoggedSet, "painKind">): PainKind {
  return set.painKind ?? "none";
}
