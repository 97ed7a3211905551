/** Under an R2 lock only the recovery session's exercises may be trained; other sets are stopped and flagged. */
import type { TrainingSession } from "@spotter/core";
import type { Deps } from "../context.js";

/** The recovery session's exercise ids when the session's day is under an R2 lock, else null. */
export async function recoveryExerciseIdsFor(
  _deps: Deps,
  _userId: string,
  _session: TrainingSession,
): Promise<string[] | null> {
  return null;
}
