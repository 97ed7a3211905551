/**
 * Guidance after a logged set (SPEC §6 G3, G4): loads the log and the session day's readiness, and asks the coach
 * facade (`setGuidanceOf`), which replays the session's stop rules so "stopped" and "flagged" always come from the
 * log (G6).
 */
import { type Exercise, type GuidanceAnswer, type LoggedSet, setGuidanceOf, type TrainingSession } from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog, type UserLog } from "./log.js";
import { readinessFor } from "./readiness.js";

export type { GuidanceAnswer };

/** The guidance for a set (new or already stored), and whether the set must be stored flagged. */
export async function guidanceForSet(
  deps: Deps,
  userId: string,
  session: TrainingSession,
  set: LoggedSet,
  exercise: Exercise,
  /** The log when the caller has already loaded it (the set route does, once per request). */
  loaded?: UserLog,
): Promise<{ answer: GuidanceAnswer; flagged: boolean }> {
  const log = loaded ?? (await loadUserLog(deps, userId));
  const sessionReadiness = await readinessFor(deps, userId, session.date, log);
  return setGuidanceOf(log, { session, set, exercise, sessionReadiness, nowMs: deps.now() });
}
