/**
 * The exercise in front of the user and its day: which item is chosen (kept on the phone, so a reload or "Try
 * again" reopens it, not exercise 1), its next target, last time's sets, the day's load as one the lifter can put
 * on, the warm-ups and how far the exercise has come.
 */
import { type Exercise, loadableKg, type Unit } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { nextTargetKeys } from "../../api/keys.js";
import { sessionApi } from "../../api/session.js";
import { readAt, saveAt } from "./localState.js";
import { firstOpenIndex, lastTimeOf, plannedWarmups, progressOf, workingLoadKg } from "./model.js";
import type { LiveData } from "./useLiveData.js";

/** The chosen exercise of the session kept under `localKey`, with its targets. */
export function useCurrentExercise(
  localKey: string,
  sessionId: string,
  data: Pick<LiveData, "items" | "progressAll" | "sets" | "stopped" | "history">,
  byId: ReadonlyMap<string, Exercise>,
  unit: Unit,
) {
  const { items, sets, stopped } = data;
  const [chosenId, setChosenId] = useState<string | null>(() => readAt(localKey));
  const chosenAt = chosenId === null ? -1 : items.findIndex((i) => i.exerciseId === chosenId);
  const chosen = chosenAt >= 0 ? chosenAt : null;
  /** Chooses the item at `i` and keeps the choice. */
  const setChosen = (i: number) => {
    const id = items[i]?.exerciseId ?? null;
    setChosenId(id);
    saveAt(localKey, id);
  };
  /** Chooses an exercise by id when `list` (the items, or the items as they are about to be) holds it. */
  const goTo = (list: readonly { exerciseId: string }[], exerciseId: string) => {
    if (list.some((i) => i.exerciseId === exerciseId)) {
      setChosenId(exerciseId);
      saveAt(localKey, exerciseId);
    }
  };
  const index = Math.min(chosen ?? firstOpenIndex(data.progressAll), Math.max(0, items.length - 1));
  const item = items[index];
  const exercise = item ? byId.get(item.exerciseId) : undefined;

  const next = useQuery({
    queryKey: nextTargetKeys.of(item?.exerciseId ?? ""),
    queryFn: () => sessionApi.nextTarget(item?.exerciseId ?? ""),
    enabled: Boolean(item),
    retry: false,
  });
  const lastTime = item && data.history.data ? lastTimeOf(data.history.data, item.exerciseId, sessionId) : null;
  // The day's load as one the lifter can put on in their unit (130 lb, never 132.28 lb): target, warm-ups, prefill.
  const workingKg = item ? workingLoadKg(item, next.data, lastTime?.sets) : null;
  const targetLoad = workingKg !== null && exercise ? loadableKg(workingKg, exercise, unit) : workingKg;
  const warmups = item ? plannedWarmups(item, exercise, targetLoad, unit) : [];
  const progress = item ? progressOf(item, sets, warmups.length, stopped) : null;

  return { index, item, exercise, next, lastTime, targetLoad, warmups, progress, setChosen, goTo };
}
