/**
 * The plain-data shapes the progression rules read. They are narrow picks of the stored records, so a full
 * `SessionWithSets` or `Checkin` fits, and tests can build small fixtures.
 */
import type { Checkin } from "../records/checkin.js";
import type { LoggedSet, TrainingSession } from "../records/session.js";

/** The fields of a logged set that progression reads. */
export type ProgressionSet = Pick<
  LoggedSet,
  "exerciseId" | "warmup" | "setType" | "reps" | "loadKg" | "seconds" | "rir" | "rpe" | "pain" | "painKind"
> &
  Partial<Pick<LoggedSet, "distanceM">>;

/** A session with its sets, as progression reads it (a `SessionWithSets` fits). */
export type SessionLog = Pick<
  TrainingSession,
  "id" | "date" | "startedAt" | "finishedAt" | "painBefore" | "painAfter"
> & { sets: ReadonlyArray<ProgressionSet> };

/** The fields of a check-in that progression reads. */
export type CheckinPain = Pick<Checkin, "date" | "painNow">;

/** A status from the trigger statistics (T2), passed in by the caller. */
export type ProgressionTriggerStatus = "trigger" | "suspected" | "tolerated" | "unknown";
