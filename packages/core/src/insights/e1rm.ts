/**
 * The trends' e1RM (T4, O6): progression's one Epley formula over a set, reading reps in reserve with records' one
 * `effectiveRir` (an unrated set is read as taken to failure, RIR 0).
 */
import { epleyOrNaN } from "../progression/index.js";
import { effectiveRir } from "../records/setReserve.js";
import type { InsightSet } from "./types.js";

/** Reps in reserve for the estimate: RIR, else 10 - RPE, else 0 (an unrated set is read as taken to failure). */
export function insightsRir(set: Pick<InsightSet, "rir" | "rpe">): number {
  return effectiveRir({ rir: set.rir ?? null, rpe: set.rpe ?? null }) ?? 0;
}

/** Epley estimate of a set, NaN when the set cannot give one (see `epleyOrNaN`). */
export function e1rmOrNaN(set: Pick<InsightSet, "reps" | "loadKg" | "rir" | "rpe">): number {
  return epleyOrNaN(set.loadKg, set.reps, insightsRir(set));
}

/** Epley estimate w * (1 + (reps + RIR) / 30) of a set, or null when the set cannot give one. */
export function insightsE1rm(set: Pick<InsightSet, "reps" | "loadKg" | "rir" | "rpe">): number | null {
  const v = e1rmOrNaN(set);
  return Number.isNaN(v) ? null : v;
}
