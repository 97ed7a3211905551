/**
 * The one call for `POST /sessions/:id/sets`: replays the session's earlier sets to learn which exercises are
 * already stopped (G3, derived from the log), then guides the new set. The caller stores the set with
 * `flagged` from the answer and attaches alternatives (S1) when the action is "stop-exercise".
 */
import type { Exercise } from "../records/exercise.js";
import type { Unit } from "../records/vocab.js";
import { replaySessionGuidance } from "./replay.js";
import { type GuidanceSet, type NextSet, type SetGuidance, setGuidance } from "./stopRules.js";

/** What guiding a newly logged set reads. */
export interface GuideSetInput {
  /** The session's sets stored before this one, in the order they were stored. */
  earlierSets: ReadonlyArray<GuidanceSet>;
  set: GuidanceSet;
  exercisesById: ReadonlyMap<string, Pick<Exercise, "id" | "beltEligible" | "increment">>;
  sessionPainBefore: number | null;
  unit: Unit;
  plannedNext?: NextSet;
  /** The exercise's current estimated 1RM (see `currentE1rm`). */
  e1rmKg?: number | null;
  beltThresholdPct?: number;
  /** Under an R2 lock: the recovery session's exercises. */
  recoveryExerciseIds?: ReadonlyArray<string>;
}

/** G3/G4: guidance for a set just logged, with the stops of the session so far replayed from its sets. */
export function guideLoggedSet(input: GuideSetInput): SetGuidance {
  const replay = replaySessionGuidance({
    sets: input.earlierSets,
    sessionPainBefore: input.sessionPainBefore,
    exercisesById: input.exercisesById,
    unit: input.unit,
    ...(input.recoveryExerciseIds ? { recoveryExerciseIds: input.recoveryExerciseIds } : {}),
  });
  const exercise = input.exercisesById.get(input.set.exerciseId) ?? {
    id: input.set.exerciseId,
    beltEligible: false,
    increment: { kg: 0, lb: 0 },
  };
  return setGuidance({
    exercise,
    set: input.set,
    previousSetsOfExercise: input.earlierSets.filter((s) => s.exerciseId === input.set.exerciseId),
    sessionPainBefore: input.sessionPainBefore,
    stoppedExerciseIds: replay.stoppedExerciseIds,
    unit: input.unit,
    ...(input.plannedNext ? { plannedNext: input.plannedNext } : {}),
    ...(input.e1rmKg !== undefined ? { e1rmKg: input.e1rmKg } : {}),
    ...(input.beltThresholdPct !== undefined ? { beltThresholdPct: input.beltThresholdPct } : {}),
    outsideRecovery:
      input.recoveryExerciseIds !== undefined && !input.recoveryExerciseIds.includes(input.set.exerciseId),
  });
}
