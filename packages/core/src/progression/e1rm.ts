/**
 * O6: estimated one-repetition maximum by Epley, w * (1 + (reps + RIR) / 30). Reps in reserve count as reps the
 * set could still have done; beyond 10 of them together the estimate is too loose to use, so it is withheld.
 */
import { effectiveRir, type LoggedSet } from "../records/session.js";
import { addDays } from "../time.js";

/** The most reps plus reps in reserve from which an estimate is still made (O6). */
export const EPLEY_MAX_REPS = 10;

/**
 * O6: Epley estimate in kg, or null when reps + RIR exceed 10, no rep was done, or there is no load. An unknown
 * RIR (null) counts as 0, which never overstates the estimate.
 */
export function e1rm(loadKg: number | null, reps: number | null, rir: number | null = 0): number | null {
  const v = epleyOrNaN(loadKg, reps, rir);
  return Number.isNaN(v) ? null : Math.round(v * 1000) / 1000;
}

/**
 * O6: the one Epley formula, unrounded, NaN where `e1rm` answers null. Always a number, so a hot loop over years of
 * sets (insights' log index) stays on unboxed doubles; `e1rm` rounds it to the gram.
 */
export function epleyOrNaN(
  loadKg: number | null | undefined,
  reps: number | null | undefined,
  rir: number | null | undefined,
): number {
  if (loadKg === null || loadKg === undefined || reps === null || reps === undefined) return Number.NaN;
  if (!(loadKg > 0) || !(reps >= 1)) return Number.NaN;
  const total = reps + Math.max(0, rir ?? 0);
  return total > EPLEY_MAX_REPS ? Number.NaN : loadKg * (1 + total / 30);
}

/** O6: the estimate from one logged set (warm-ups give none), reading RIR or RPE. */
export function setE1rm(set: Pick<LoggedSet, "loadKg" | "reps" | "rir" | "rpe" | "warmup">): number | null {
  if (set.warmup) return null;
  return e1rm(set.loadKg, set.reps, effectiveRir(set));
}

/** O6: the best estimate over some sets, or null when none gives one. */
export function bestE1rm(
  sets: ReadonlyArray<Pick<LoggedSet, "loadKg" | "reps" | "rir" | "rpe" | "warmup">>,
): number | null {
  let best: number | null = null;
  for (const s of sets) {
    const v = setE1rm(s);
    if (v !== null && (best === null || v > best)) best = v;
  }
  return best;
}

/** How far back the current estimate looks, in days (our judgement: about six weeks of training). */
export const CURRENT_E1RM_DAYS = 42;

/**
 * O6/G4: the exercise's current estimated 1RM: the best estimate from its working sets in sessions of the last
 * `days` days up to `today` (the belt cue compares a set's load with it), or null.
 */
export function currentE1rm(
  sessions: ReadonlyArray<{
    date: string;
    sets: ReadonlyArray<Pick<LoggedSet, "exerciseId" | "loadKg" | "reps" | "rir" | "rpe" | "warmup">>;
  }>,
  exerciseId: string,
  today: string,
  days: number = CURRENT_E1RM_DAYS,
): number | null {
  const from = addDays(today, -(days - 1));
  const sets = sessions
    .filter((s) => s.date >= from && s.date <= today)
    .flatMap((s) => s.sets.filter((x) => x.exerciseId === exerciseId));
  return bestE1rm(sets);
}
