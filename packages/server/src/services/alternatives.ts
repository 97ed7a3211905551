/** S1 alternatives for an exercise, for this user's triggers, equipment and today's tier. */
import type { Exercise, Profile } from "@spotter/core";
import type { Deps } from "../context.js";

/** Alternatives best first, in the API's shape `{exercise, why, gradeFrom, gradeTo}`. */
export async function alternativesFor(
  _deps: Deps,
  _userId: string,
  _exercise: Exercise,
  _reason: "trigger" | "pain" | "equipment",
  _exercises: Exercise[],
  _profile: Profile,
): Promise<unknown[]> {
  return [];
}
