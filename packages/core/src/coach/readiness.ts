/** The day's readiness (R1-R5) and what a lock leaves trainable (S0.2), read from the log. */
import { isRecoveryExercise } from "../planning/index.js";
import { computeReadiness } from "../readiness/index.js";
import type { Readiness } from "../records/readiness.js";
import type { CoachLog } from "./types.js";

/** The user's readiness for a local day: core's `computeReadiness` over the log. */
export function coachReadiness(log: CoachLog, date: string): Readiness {
  return computeReadiness({
    date,
    checkins: log.checkins,
    sessions: log.sessions,
    clearances: log.clearances,
    timeZone: log.profile.timeZone,
  });
}

/** A lock on a session's day: R1 leaves nothing trainable, R2 only the recovery session's exercises. */
export interface TrainingLockAnswer {
  tier: "R1" | "R2";
  allowedIds: string[];
}

/**
 * The lock on a day, given its readiness, and the exercise ids it leaves trainable; null when there is no lock.
 * Under R1 a session can no longer start, but one started before the answer may still send sets.
 */
export function trainingLockOf(log: CoachLog, readiness: Pick<Readiness, "tier">): TrainingLockAnswer | null {
  if (readiness.tier === "R1") return { tier: "R1", allowedIds: [] };
  if (readiness.tier !== "R2") return null;
  return {
    tier: "R2",
    allowedIds: log.exercises.filter((e) => isRecoveryExercise(e.id, log.exercises)).map((e) => e.id),
  };
}
