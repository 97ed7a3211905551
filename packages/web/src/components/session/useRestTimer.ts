/**
 * The live session's rest timer (G5): which rest runs, kept for this browser tab's session so it survives a reload
 * or a look at another tab, and stopped when a stop rule ends the exercise it belongs to.
 */
import { useEffect, useState } from "react";
import type { ItemProgress, SessionItem } from "./model.js";

/** A running rest: when it started, how long it is planned, and after which exercise. */
export type Rest = { startedAt: number; seconds: number; exerciseId: string };

/** A kept rest is dropped once it is ten minutes past its end: the lifter has moved on. */
const KEEP_AFTER_END_S = 600;

function readRest(key: string): Rest | null {
  try {
    const r = JSON.parse(sessionStorage.getItem(key) ?? "null") as Rest | null;
    return r && Date.now() - r.startedAt < (r.seconds + KEEP_AFTER_END_S) * 1000 ? r : null;
  } catch {
    return null;
  }
}

/** The rest of the session kept under `localKey`; `stopped` lists the exercises a stop rule ended. */
export function useRestTimer(localKey: string, stopped: readonly string[]) {
  const restKey = `spotter.rest.${localKey}`;
  const [rest, setRestState] = useState<Rest | null>(() => readRest(restKey));
  const setRest = (r: Rest | null) => {
    setRestState(r);
    try {
      if (r) sessionStorage.setItem(restKey, JSON.stringify(r));
      else sessionStorage.removeItem(restKey);
    } catch {
      // Kept in memory only.
    }
  };
  // A stop rule ended the exercise this rest belongs to: there is no next set to rest for, so the timer stops.
  const restStopped = rest !== null && stopped.includes(rest.exerciseId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: setRest is a plain setter made on each render
  useEffect(() => {
    if (restStopped) setRest(null);
  }, [restStopped]);
  return { rest, setRest };
}

/** The timer's line on what comes after the rest, when the rest belongs to the exercise on screen. */
export function restNextLabel(
  rest: Rest | null,
  item: SessionItem | undefined,
  progress: ItemProgress | null,
  exerciseName: string | undefined,
): string | undefined {
  if (!rest || !item || !progress || progress.stopped || rest.exerciseId !== item.exerciseId) return undefined;
  return `Next: ${progress.done ? "the next exercise" : `set ${progress.workingDone + 1} of ${exerciseName ?? ""}`}.`;
}
