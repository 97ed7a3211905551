/**
 * Logging in the live session: a set from the form into the outbox (sent now or when the connection returns), the
 * superset's next exercise and its one rest per round, and an exercise added or switched to.
 */
import type { Exercise, Unit } from "@spotter/core";
import { useState } from "react";
import { enqueue } from "../../api/sync.js";
import { newClientId } from "../../lib/format.js";
import { afterSet, groupOf, useSupersets } from "../../lib/supersets.js";
import { unlockAudio } from "../RestTimer.js";
import { type AddedExercise, type Draft, draftToInput } from "./model.js";
import type { useCurrentExercise } from "./useCurrentExercise.js";
import type { LiveData } from "./useLiveData.js";
import type { Rest } from "./useRestTimer.js";

/** What the set entry needs of the session and of the other hooks. */
export interface SetEntryDeps {
  sessionId: string;
  localKey: string;
  unit: Unit;
  data: Pick<LiveData, "items" | "itemsWith" | "progressAll" | "added" | "saveAdded">;
  current: ReturnType<typeof useCurrentExercise>;
  /** The exercise's sets today (from `useGuidance`). */
  mine: readonly unknown[];
  setRest: (r: Rest | null) => void;
}

/** `log` for the set form, `addExercise` for the picker and a switch, the supersets, and the set just logged. */
export function useSetEntry(deps: SetEntryDeps) {
  const { data, current, unit } = deps;
  const [supersets, saveSupersets] = useSupersets(deps.localKey);
  const [justLogged, setJustLogged] = useState<string | null>(null);

  const log = (d: Draft) => {
    const { item, exercise, progress, index } = current;
    if (!item || !exercise) return;
    unlockAudio();
    const input = draftToInput(d, {
      clientId: newClientId(),
      exerciseId: item.exerciseId,
      setIndex: deps.mine.length,
      unit,
      measure: exercise.measure ?? "reps",
    });
    // No pain chosen, nothing sent: the form asks for it before it ever calls this.
    if (!input) return;
    // A superset's working sets carry its id, move on to its next exercise, and rest once per round.
    const group = d.warmup ? undefined : groupOf(supersets, item.exerciseId);
    const nowDone = !d.warmup && (progress?.workingDone ?? 0) + 1 >= item.sets;
    const after = afterSet(group, item.exerciseId, (x) =>
      x === item.exerciseId
        ? nowDone
        : Boolean(data.progressAll[data.items.findIndex((i) => i.exerciseId === x)]?.done),
    );
    enqueue({ kind: "set", sessionRef: deps.sessionId, input: group ? { ...input, supersetId: group.id } : input });
    setJustLogged(input.clientId);
    if (after.next !== item.exerciseId) current.goTo(data.items, after.next);
    else current.setChosen(index);
    if (!after.rest) {
      deps.setRest(null);
      return;
    }
    deps.setRest({
      startedAt: Date.now(),
      seconds: d.warmup ? Math.min(60, item.restSeconds) : item.restSeconds,
      exerciseId: after.next,
    });
  };

  /** Adds an exercise (once) and opens it; `replaces` is the exercise it stands in for after a switch. */
  const addExercise = (e: Exercise, replaces?: string) => {
    const nextAdded: AddedExercise[] = data.added.some((a) => a.exerciseId === e.id)
      ? data.added
      : [...data.added, { exerciseId: e.id, replaces }];
    data.saveAdded(nextAdded);
    current.goTo(data.itemsWith(nextAdded), e.id);
    deps.setRest(null);
    window.scrollTo({ top: 0 });
  };

  return { log, addExercise, supersets, saveSupersets, justLogged };
}
