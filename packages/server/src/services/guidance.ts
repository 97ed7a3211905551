/**
 * Guidance after a logged set (SPEC §6 G3, G4): replays the session's stop rules over its stored sets plus the new
 * one, so "stopped" and "flagged" are always derived from the log (G6).
 */
import {
  addDays,
  bestE1rm,
  type Exercise,
  type LoggedSet,
  replaySessionGuidance,
  setGuidance,
  type TrainingSession,
} from "@spotter/core";
import type { Deps } from "../context.js";
import { alternativesFor } from "./alternatives.js";
import { loadUserLog } from "./log.js";
import { trainingLockFor } from "./recovery.js";

/** The guidance answer of `POST /sessions/:id/sets`. */
export interface GuidanceAnswer {
  action: "continue" | "hold" | "reduce" | "stop-exercise";
  next?: { loadKg: number | null; reps: number | null; warmup: boolean };
  beltCue: boolean;
  message: string;
  rule: string;
  alternatives?: unknown[];
}

/** The guidance for a set (new or already stored), and whether the set must be stored flagged. */
export async function guidanceForSet(
  deps: Deps,
  userId: string,
  session: TrainingSession,
  set: LoggedSet,
  exercise: Exercise,
): Promise<{ answer: GuidanceAnswer; flagged: boolean }> {
  const log = await loadUserLog(deps, userId);
  const { profile, exercises } = log;
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const stored = log.sessions.find((s) => s.id === session.id)?.sets ?? [];
  const earlier = stored.filter((s) => s.id !== set.id && s.createdAt <= set.createdAt);
  const lock = await trainingLockFor(deps, userId, session, log);
  const recoveryIds = lock?.allowedIds ?? null;
  const replay = replaySessionGuidance({
    sets: earlier,
    sessionPainBefore: session.painBefore,
    exercisesById: byId,
    unit: profile.unit,
    ...(recoveryIds ? { recoveryExerciseIds: recoveryIds } : {}),
  });
  // The belt cue reads the estimated 1RM from the last 8 weeks of this exercise.
  const since = addDays(session.date, -56);
  const history = log.sessions
    .filter((s) => s.date >= since && s.date <= session.date)
    .flatMap((s) => s.sets.filter((x) => x.exerciseId === exercise.id));
  const e1rmKg = bestE1rm(history);
  const g = setGuidance({
    exercise,
    set,
    previousSetsOfExercise: earlier.filter((s) => s.exerciseId === exercise.id),
    sessionPainBefore: session.painBefore,
    stoppedExerciseIds: replay.stoppedExerciseIds,
    unit: profile.unit,
    e1rmKg,
    beltThresholdPct: profile.settings.beltThresholdPct,
    outsideRecovery: recoveryIds !== null && !recoveryIds.includes(exercise.id),
  });
  const answer: GuidanceAnswer = {
    action: g.action,
    rule: g.rule,
    beltCue: g.beltCue,
    message: g.message,
    ...(g.next ? { next: g.next } : {}),
  };
  if (lock?.tier === "R1" && g.rule === "outside-recovery") {
    // R1: no exercise is offered in its place; the only advice is urgent care (S0.2).
    answer.rule = "training-locked";
    answer.message =
      "Training is locked: the warning signs you reported need emergency care. Stop here and call your local emergency number or go to an emergency department. The set is saved and marked.";
  } else if (g.action === "stop-exercise") {
    answer.alternatives = await alternativesFor(deps, userId, exercise, "pain", { limit: 5 });
  }
  return { answer, flagged: g.flagged };
}
