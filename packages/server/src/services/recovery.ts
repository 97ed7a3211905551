/**
 * What a lock leaves trainable in a session (S0.2): under an R2 lock only the recovery session's exercises; under
 * an R1 lock nothing at all (a session can no longer start, but one started before the answer may still send sets).
 * Sets outside it are stored, flagged and stopped (G3, G6).
 */
import { isRecoveryExercise, type TrainingSession } from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog, type UserLog } from "./log.js";
import { readinessFor } from "./readiness.js";

/** The lock on the session's day and the exercise ids it leaves trainable, or null when there is no lock. */
export async function trainingLockFor(
  deps: Deps,
  userId: string,
  session: TrainingSession,
  log?: UserLog,
): Promise<{ tier: "R1" | "R2"; allowedIds: string[] } | null> {
  const data = log ?? (await loadUserLog(deps, userId));
  const readiness = await readinessFor(deps, userId, session.date, data);
  if (readiness.tier === "R1") return { tier: "R1", allowedIds: [] };
  if (readiness.tier !== "R2") return null;
  return {
    tier: "R2",
    allowedIds: data.exercises.filter((e) => isRecoveryExercise(e.id, data.exercises)).map((e) => e.id),
  };
}
