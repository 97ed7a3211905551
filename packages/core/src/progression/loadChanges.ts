/**
 * The load changes of O1, O3, O5 and O7 as pure functions of a load, the exercise's step and the user's unit, so
 * that "lowest load wins" (O3) can compare them. Every answer is a loadable weight in the user's unit, in kg.
 */
import type { Exercise } from "../records/exercise.js";
import type { Unit } from "../records/vocab.js";
import { fromUnit, loadInUnit, loadStepInUnit, roundLoadKg, roundToStep } from "../units.js";

/** The largest rise of one progression step, as a share of the load (O1), unless the smallest step is larger. */
export const MAX_INCREASE_SHARE = 0.1;
/** The least a red response takes off the load (O3). */
export const RED_REDUCTION_SHARE = 0.1;
/** The least a next-morning red takes off every loaded exercise of the session (O3, revised 2026-12). */
export const MORNING_RED_REDUCTION_SHARE = 0.05;
/** O7: the rise per calm green session while ramping back. */
export const RAMP_STEP_SHARE = 0.05;

/**
 * O1: the load after one increase: one step in the user's unit, capped at 10% of the load, but never less than the
 * smallest step above it (all values in the user's unit).
 */
export function capIncrease(base: number, proposed: number, step: number): number {
  const limit = base * (1 + MAX_INCREASE_SHARE);
  if (proposed <= limit + 1e-9) return proposed;
  const capped = roundToStep(limit, step, "down");
  const smallest = roundToStep(base, step, "down") + step;
  return Number(Math.min(proposed, Math.max(capped, smallest)).toFixed(6));
}

/** O1: one load step above `baseKg`, in the user's unit, capped at 10% (the smallest step is always allowed). */
export function increasedLoadKg(baseKg: number, exercise: Pick<Exercise, "increment">, unit: Unit): number {
  const step = loadStepInUnit(exercise, unit);
  const base = loadInUnit(baseKg, unit);
  if (step === 0) return fromUnit(base, unit);
  let next = roundToStep(base + step, step, "nearest");
  if (next <= base) next = roundToStep(next + step, step, "nearest");
  return fromUnit(capIncrease(base, next, step), unit);
}

/** O3: a load at least 10% lighter, rounded down to a loadable step in the user's unit. */
export function reducedLoadKg(baseKg: number, exercise: Pick<Exercise, "increment">, unit: Unit): number {
  return roundLoadKg(baseKg * (1 - RED_REDUCTION_SHARE), exercise, unit, "down");
}

/**
 * O3 (revised 2026-12): one loadable step of at least 5% down: the smallest change that lands on a loadable weight
 * and is at least 5% (100 kg barbell -> 95 kg; 20 kg dumbbell with 2.5 kg steps -> 17.5 kg; 45 lb -> 40 lb).
 */
export function morningRedLoadKg(baseKg: number, exercise: Pick<Exercise, "increment">, unit: Unit): number {
  return roundLoadKg(baseKg * (1 - MORNING_RED_REDUCTION_SHARE), exercise, unit, "down");
}

/** O7: a share of the last working load (80% or 90%), rounded down to a loadable weight. */
export function returnLoadKg(
  lastKg: number,
  factor: number,
  exercise: Pick<Exercise, "increment">,
  unit: Unit,
): number {
  return roundLoadKg(lastKg * factor, exercise, unit, "down");
}

/**
 * O7: the next ramp load after a calm green session: about 5% more (at least the smallest step), never above the
 * last working load before the break. Null when the next loadable weight is more than 10% heavier (reps rise first).
 */
export function rampLoadKg(
  lastKg: number,
  capKg: number,
  exercise: Pick<Exercise, "increment">,
  unit: Unit,
  smallestOnly = false,
): number | null {
  const step = loadStepInUnit(exercise, unit);
  const last = loadInUnit(lastKg, unit);
  const cap = loadInUnit(capKg, unit);
  if (step === 0) return null;
  const smallest = roundToStep(last, step, "down") + step;
  const wanted = smallestOnly ? smallest : Math.max(smallest, roundToStep(last * (1 + RAMP_STEP_SHARE), step, "down"));
  if (smallest > last * (1 + MAX_INCREASE_SHARE) + 1e-9) return null;
  return fromUnit(Math.min(wanted, cap), unit);
}
