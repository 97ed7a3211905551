/** Under an R2 lock only the recovery session's exercises may be trained; other sets are stopped and flagged. */
import { isRecoveryExercise, type TrainingSession } from "@spotter/core";
import type { Deps } from "../context.js";
import { exercisesFor } from "./exercises.js";
import { readinessFor } from "./readiness.js";

/** The recovery work's exercise ids when the session's day is under an R2 lock, else null. */
export async function recoveryExerciseIdsFor(
  deps: Deps,
  userId: string,
  session: TrainingSession,
): Promise<string[] | null> {
  const readiness = await readinessFor(deps, userId, session.date);
  if (readiness.tier !== "R2") return null;
  const exercises = await exercisesFor(deps, userId);
  return exercises.filter((e) => isRecoveryExercise(e.id, exercises)).map((e) => e.id);
}
