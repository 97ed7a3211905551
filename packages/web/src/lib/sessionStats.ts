/** Summaries of a session for the history list: set counts and the top set of each exercise. */
import type { LoggedSet } from "@spotter/core";

/** Working sets (warm-ups left out). */
export function workingSets(sets: readonly LoggedSet[]): LoggedSet[] {
  return sets.filter((s) => !s.warmup);
}

/** The heaviest working set of each exercise (ties go to more reps), in the order the exercises were first logged. */
export function topSets(sets: readonly LoggedSet[]): LoggedSet[] {
  const best = new Map<string, LoggedSet>();
  for (const s of workingSets(sets)) {
    const b = best.get(s.exerciseId);
    const load = s.loadKg ?? 0;
    const bLoad = b?.loadKg ?? 0;
    if (!b || load > bLoad || (load === bLoad && (s.reps ?? 0) > (b.reps ?? 0))) best.set(s.exerciseId, s);
  }
  return [...best.values()];
}
