/**
 * What a lock leaves trainable in a session (S0.2): loads the session day's readiness and asks the coach facade
 * (`trainingLockOf`). Sets outside it are stored, flagged and stopped (G3, G6).
 */
import { type TrainingLockAnswer, type TrainingSession, trainingLockOf } from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog, type UserLog } from "./log.js";
import { readinessFor } from "./readiness.js";

/** The lock on the session's day and the exercise ids it leaves trainable, or null when there is no lock. */
export async function trainingLockFor(
  deps: Deps,
  userId: string,
  session: TrainingSession,
  log?: UserLog,
): Promise<TrainingLockAnswer | null> {
  const data = log ?? (await loadUserLog(deps, userId));
  return trainingLockOf(data, await readinessFor(deps, userId, session.date, data));
}
