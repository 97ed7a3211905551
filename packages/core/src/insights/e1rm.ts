/**
 * A small local e1RM helper for the trends (T4, O6): Epley with reps in reserve added to the reps, from sets of 10 or
 * fewer reps counting RIR. Kept here so insights do not depend on the progression work.
 */
import type { InsightSet } from "./types.js";

/** Sets with more reps than this (counting RIR) give no estimate (O6). */
const MAX_REPS_WITH_RIR = 10;

/** Reps in reserve for the estimate: RIR, else 10 - RPE, else 0 (an unrated set is read as taken to failure). */
export function insightsRir(set: Pick<InsightSet, "rir" | "rpe">): number {
  if (set.rir !== null && set.rir !== undefined) return set.rir;
  if (set.rpe !== null && set.rpe !== undefined) return Math.max(0, 10 - set.rpe);
  return 0;
}

/**
 * Epley estimate of a set, NaN when the set cannot give one. Always a number (never null), so the hot loop over
 * five years of sets stays on unboxed doubles.
 */
export function e1rmOrNaN(set: Pick<InsightSet, "reps" | "loadKg" | "rir" | "rpe">): number {
  const w = set.loadKg;
  const reps = set.reps;
  if (w === null || w === undefined || !(w > 0) || reps === null || reps === undefined || !(reps >= 1)) {
    return Number.NaN;
  }
  const total = reps + insightsRir(set);
  return total > MAX_REPS_WITH_RIR ? Number.NaN : w * (1 + total / 30);
}

/** Epley estimate w * (1 + (reps + RIR) / 30) of a set, or null when the set cannot give one. */
export function insightsE1rm(set: Pick<InsightSet, "reps" | "loadKg" | "rir" | "rpe">): number | null {
  const v = e1rmOrNaN(set);
  return Number.isNaN(v) ? null : v;
}
