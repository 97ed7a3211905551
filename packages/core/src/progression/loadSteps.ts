/**
 * Loadable steps (C4, O1): every load Spotter proposes is rounded in the user's unit to the exercise's smallest
 * step, then converted to kg at gram precision, so a pound user sees whole plate steps and never 4.99 lb.
 */
import type { Exercise } from "../records/exercise.js";
import type { Unit } from "../records/vocab.js";
import { fromUnit, roundToStep, toUnit } from "../units.js";

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
