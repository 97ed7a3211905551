/** Under an R2 lock only the recovery session's exercises may be trained; other sets are stopped and flagged. */
import { isRecoveryExercise, type TrainingSession } from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog, type UserLog } from "./log.js";
import { readinessFor } from "./readiness.js";

/** The recovery work's exercise ids when the session's day is under an R2 lock, else null. */
export async function recoveryExerciseIdsFor(
  deps: Deps,
  userId: string,
  session: TrainingSession,
  log?: UserLog,
): Promise<string[] | null> {
  const data = log ?? (await loadUserLog(deps, userId));
  const readiness = await readinessFor(deps, userId, session.date, data);
  if (readiness.tier !== "R2") return null;
  return data.exercises.filter((e) => isRecoveryExercise(e.id, data.exercises)).map((e) => e.id);
}
