/**
 * G3 and G6 over a whole session: replays the stop rules over the sets in the order they were stored, so that
 * which exercises are stopped, and which sets are flagged, is derived from the log and follows every edit.
 */
import type { Exercise } from "../records/exercise.js";
import type { Unit } from "../records/vocab.js";
import { type GuidanceSet, type SetGuidance, setGuidance } from "./stopRules.js";

/** What the replay reads. */
export interface SessionReplayInput<S extends GuidanceSet> {
  /** The session's sets in the order they were stored. */
  sets: ReadonlyArray<S>;
  sessionPainBefore: number | null;
  /** Exercises by id; an exercise missing here is judged without a load step (no load suggestion). */
  exercisesById: ReadonlyMap<string, Pick<Exercise, "id" | "beltEligible" | "increment">>;
  unit: Unit;
  /** Under an R2 lock, on an R3 day or in a session started at pain 6+: the exercises of the recovery session (sets
   * of any other are stopped and flagged). After a second exercise above 5, loaded work ends the same way. */
  recoveryExerciseIds?: ReadonlyArray<string>;
  recoveryBecause?: "lock" | "recovery-day";
  /** The recovery session's exercises, used when loaded work ends mid-session. */
  recoveryIdsWhenEnded?: ReadonlyArray<string>;
}

/** The replay's answer. */
export interface SessionReplay<S extends GuidanceSet> {
  /** Each set with the guidance it got. */
  steps: Array<{ set: S; guidance: SetGuidance }>;
  /** Exercises stopped today, in the order they were stopped. */
  stoppedExerciseIds: string[];
  /** Exercises stopped by pain above 5 (G3: a second one ends loaded work for the day). */
  stoppedAbove5Ids: string[];
}

/** G3/G6: the guidance of every set of a session and the exercises stopped, replayed from the log. */
export function replaySessionGuidance<S extends GuidanceSet>(input: SessionReplayInput<S>): SessionReplay<S> {
  const stopped: string[] = [];
  const above5: string[] = [];
  const previous = new Map<string, S[]>();
  const steps: Array<{ set: S; guidance: SetGuidance }> = [];
  for (const set of input.sets) {
    const exercise = input.exercisesById.get(set.exerciseId) ?? {
      id: set.exerciseId,
      beltEligible: false,
      increment: { kg: 0, lb: 0 },
    };
    const before = previous.get(set.exerciseId) ?? [];
    const ended = above5.length >= 2;
    const recoveryIds = input.recoveryExerciseIds ?? (ended ? (input.recoveryIdsWhenEnded ?? []) : undefined);
    const guidance = setGuidance({
      exercise,
      set,
      previousSetsOfExercise: before,
      sessionPainBefore: input.sessionPainBefore,
      stoppedExerciseIds: stopped,
      stoppedAbove5Ids: above5,
      unit: input.unit,
      outsideRecovery: recoveryIds !== undefined && !recoveryIds.includes(set.exerciseId),
      recoveryBecause: input.recoveryExerciseIds ? (input.recoveryBecause ?? "lock") : "loaded-work-ended",
    });
    if (guidance.action === "stop-exercise" && !stopped.includes(set.exerciseId)) stopped.push(set.exerciseId);
    if (guidance.rule === "pain-above-5" && !above5.includes(set.exerciseId)) above5.push(set.exerciseId);
    previous.set(set.exerciseId, [...before, set]);
    steps.push({ set, guidance });
  }
  return { steps, stoppedExerciseIds: stopped, stoppedAbove5Ids: above5 };
}

/** G3: the planned items still to do today, without those of stopped exercises. */
export function withoutStoppedExercises<T extends { exerciseId: string }>(
  planned: ReadonlyArray<T>,
  stoppedExerciseIds: ReadonlyArray<string>,
): T[] {
  return planned.filter((p) => !stoppedExerciseIds.includes(p.exerciseId));
}
