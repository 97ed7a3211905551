/**
 * Loads in coaching sentences (O1, UX "Added 2026-12"): every load a why-sentence names is the weight the lifter
 * would load, in the user's unit, as the screens show a target; never a converted decimal such as 132.28 lb.
 */
import type { Exercise } from "../records/exercise.js";
import type { Unit } from "../records/vocab.js";
import { loadableInUnit } from "../units.js";

/** What the words read of an exercise: its load step, and its equipment for the empty bar's floor when known. */
export type LoadWordsExercise = Pick<Exercise, "increment"> & Partial<Pick<Exercise, "equipment">>;

/**
 * A load in a why-sentence as the lifter would load it, in the user's unit (O1: "130 lb", never "132.28 lb" for a
 * 60 kg set): the same loadable step the screens show for a target, so the sentence and the target agree.
 */
export function loadText(kg: number, exercise: LoadWordsExercise, unit: Unit): string {
  return `${loadableInUnit(kg, { increment: exercise.increment, equipment: exercise.equipment ?? [] }, unit)} ${unit}`;
}

/**
 * A rise as words: "130 lb to 135 lb". A load lifted in the other unit can show as the same loadable weight as the
 * step above it (a 20 kg dumbbell is 44.09 lb, shown as 45 lb, and its next step is 45 lb): then only the new load
 * is named, never "45 lb to 45 lb".
 */
export function riseText(fromKg: number, toKg: number, exercise: LoadWordsExercise, unit: Unit): string {
  const from = loadText(fromKg, exercise, unit);
  const to = loadText(toKg, exercise, unit);
  return from === to ? to : `${from} to ${to}`;
}
