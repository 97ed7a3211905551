/**
 * Reps in reserve of a logged set, kept apart from session.ts (whose validators pull zod into whatever imports them)
 * so a web screen that only shows sets does not load zod.
 */
import type { LoggedSet } from "./session.js";

/** Reps in reserve of a set: RIR when given, else 10 - RPE (API.md), else null. */
export function effectiveRir(set: Pick<LoggedSet, "rir" | "rpe">): number | null {
  if (set.rir !== null && set.rir !== undefined) return set.rir;
  if (set.rpe !== null && set.rpe !== undefined) return Math.max(0, 10 - set.rpe);
  return null;
}
