/**
 * Weights and units (SPEC §1, C4, O1). Weights are stored as integer grams; a pound user's steps are computed in
 * pounds so that they see whole plate steps, never 2.268 kg shown as 4.99 lb.
 */
import type { Exercise } from "./records/exercise.js";
import type { Unit } from "./records/vocab.js";

/** Grams in one pound (exact by definition). */
export const GRAMS_PER_LB = 453.59237;

/** Kilograms to integer grams. */
export function kgToGrams(kg: number): number {
  return Math.round(kg * 1000);
}

/** Integer grams to kilograms (3 decimals). */
export function gramsToKg(g: number): number {
  return Math.round(g) / 1000;
}

/** Kilograms to pounds. */
export function kgToLb(kg: number): number {
  return (kg * 1000) / GRAMS_PER_LB;
}

/** Pounds to kilograms, rounded to the gram. */
export function lbToKg(lb: number): number {
  return Math.round(lb * GRAMS_PER_LB) / 1000;
}

/** A weight in kg expressed in the user's unit (not rounded). */
export function toUnit(kg: number, unit: Unit): number {
  return unit === "kg" ? kg : kgToLb(kg);
}

/** A weight in the user's unit converted to kg (gram precision). */
export function fromUnit(value: number, unit: Unit): number {
  return unit === "kg" ? Math.round(value * 1000) / 1000 : lbToKg(value);
}

/** Rounds a value to the nearest multiple of `step` ("down" or "up" to force a direction). */
export function roundToStep(value: number, step: number, mode: "nearest" | "down" | "up" = "nearest"): number {
  if (step <= 0) return value;
  const q = value / step;
  // A small tolerance keeps 99.99999 from rounding down a whole step.
  const n = mode === "down" ? Math.floor(q + 1e-9) : mode === "up" ? Math.ceil(q - 1e-9) : Math.round(q);
  return Number((n * step).toFixed(6));
}

/** Formats a kg weight in the user's unit, trimmed to at most 2 decimals, with the unit. */
export function formatWeight(kg: number, unit: Unit): string {
  const v = toUnit(kg, unit);
  const r = Math.round(v * 100) / 100;
  return `${r} ${unit}`;
}

/** The empty bar a warm-up and a plate breakdown start from, per unit (20 kg, or 45 lb). */
export const DEFAULT_BAR_KG: Readonly<Record<Unit, number>> = { kg: 20, lb: lbToKg(45) };

// Loadable steps (C4, O1): every load Spotter proposes is rounded in the user's unit to the exercise's smallest
// step, then converted to kg at gram precision, so a pound user sees whole plate steps and never 4.99 lb.

/** The part of an exercise the load rounding reads. */
export type LoadStepExercise = Pick<Exercise, "increment">;

/** The exercise's smallest load step in the user's unit (0 when it carries no external load). */
export function loadStepInUnit(exercise: LoadStepExercise, unit: Unit): number {
  const step = unit === "kg" ? exercise.increment.kg : exercise.increment.lb;
  return Math.max(step, 0);
}

/** A stored kg load in the user's unit, cleaned of the gram rounding of storage (102.058 kg reads as 225 lb). */
export function loadInUnit(kg: number, unit: Unit): number {
  return Math.round(toUnit(kg, unit) * 100) / 100;
}

/**
 * Rounds a kg load to a loadable step in the user's unit and answers in kg (gram precision). Without a step
 * (bodyweight, bands) the load is only cleaned to the gram.
 */
export function roundLoadKg(
  kg: number,
  exercise: LoadStepExercise,
  unit: Unit,
  mode: "nearest" | "down" | "up" = "nearest",
): number {
  const step = loadStepInUnit(exercise, unit);
  const inUnit = loadInUnit(kg, unit);
  if (step === 0) return fromUnit(inUnit, unit);
  return fromUnit(roundToStep(inUnit, step, mode), unit);
}

/** One step above or below a kg load, in the user's unit, answered in kg (`steps` may be negative). */
export function addLoadSteps(kg: number, steps: number, exercise: LoadStepExercise, unit: Unit): number {
  const step = loadStepInUnit(exercise, unit);
  return fromUnit(Math.max(0, loadInUnit(kg, unit) + steps * step), unit);
}

/** True when the exercise can be progressed by load (it has a step in the user's unit). */
export function hasLoadStep(exercise: LoadStepExercise, unit: Unit): boolean {
  return loadStepInUnit(exercise, unit) > 0;
}

/** The part of an exercise the loadable weights read: its step and, for a barbell, the empty bar as the floor. */
export type LoadableExercise = Pick<Exercise, "increment" | "equipment">;

/**
 * A proposed load (a target, a warm-up, a prefilled set, a plate breakdown) as a weight the lifter can load, in the
 * user's unit: the nearest whole step of the exercise's equipment (5 lb plates pairs, 5 lb dumbbells, 10 lb stacks;
 * 2.5 kg, 2 kg, 5 kg), never below the empty bar on a barbell or the lightest step of loaded equipment. A pound
 * user never reads 132.28 lb (60 kg) or 44.09 lb (a 20 kg dumbbell): they read 130 lb and 45 lb.
 */
export function loadableInUnit(kg: number, exercise: LoadableExercise, unit: Unit): number {
  const step = loadStepInUnit(exercise, unit);
  const value = loadInUnit(roundLoadKg(kg, exercise, unit, "nearest"), unit);
  if (step === 0 || kg <= 0) return value;
  if (exercise.equipment.includes("barbell")) return Math.max(value, loadInUnit(DEFAULT_BAR_KG[unit], unit));
  return Math.max(value, step);
}

/** `loadableInUnit` answered in kg (gram precision), for a prefilled set or a plate breakdown. */
export function loadableKg(kg: number, exercise: LoadableExercise, unit: Unit): number {
  return fromUnit(loadableInUnit(kg, exercise, unit), unit);
}

/** The unit a logged set is shown in: the one it was lifted in, else (older and unknown sets) the user's. */
export function liftedUnit(set: { unit?: Unit | null }, fallback: Unit): Unit {
  return set.unit === "kg" || set.unit === "lb" ? set.unit : fallback;
}

/**
 * A logged set's load in the unit it was lifted in (185 lb reads 185 lb for a kg user too, never 83.91 kg), cleaned
 * of storage's gram rounding; null for a set without load.
 */
export function liftedLoad(
  set: { loadKg: number | null; unit?: Unit | null },
  fallback: Unit,
): { value: number; unit: Unit } | null {
  if (set.loadKg === null) return null;
  const unit = liftedUnit(set, fallback);
  return { value: loadInUnit(set.loadKg, unit), unit };
}
