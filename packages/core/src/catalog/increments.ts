/**
 * C4: the smallest load step of an exercise in each unit, chosen from its equipment. Pound steps are whole pound
 * plates (O1: a pound user sees whole plate steps), not converted kilograms.
 */
import type { ExerciseDef } from "../records/exercise.js";
import type { Equipment } from "../records/vocab.js";

/** A load step in both units. */
export interface Increment {
  kg: number;
  lb: number;
}

/**
 * Steps per equipment, most specific first: a Smith machine squat also lists a bench sometimes, a leg press is a
 * plate-loaded sled, a dumbbell step is per hand.
 */
export const EQUIPMENT_INCREMENTS: ReadonlyArray<readonly [Equipment, Increment]> = [
  ["smith-machine", { kg: 2.5, lb: 5 }],
  ["leg-press", { kg: 5, lb: 10 }],
  ["barbell", { kg: 2.5, lb: 5 }],
  ["dumbbells", { kg: 2, lb: 5 }],
  ["kettlebell", { kg: 4, lb: 5 }],
  ["machines", { kg: 5, lb: 10 }],
  ["cable", { kg: 5, lb: 10 }],
];

/** No external load to raise: bodyweight, holds, bands, rolling. Progress those by reps, seconds or distance. */
export const NO_INCREMENT: Increment = { kg: 0, lb: 0 };

/** True when the exercise moves external load that can be raised in steps (explicit flag, else its equipment). */
export function isLoaded(def: Pick<ExerciseDef, "loaded" | "equipment" | "measure">): boolean {
  if (def.loaded !== undefined) return def.loaded;
  if (def.measure === "seconds") return false;
  return def.equipment.some((e) => EQUIPMENT_INCREMENTS.some(([k]) => k === e));
}

/** C4: the load increment of an exercise in kg and lb; 0/0 for exercises without external load. */
export function incrementFor(def: Pick<ExerciseDef, "loaded" | "equipment" | "measure">): Increment {
  if (!isLoaded(def)) return { ...NO_INCREMENT };
  for (const [eq, inc] of EQUIPMENT_INCREMENTS) {
    if (def.equipment.includes(eq)) return { ...inc };
  }
  return { ...NO_INCREMENT };
}

/** How an exercise without a load step progresses: one more rep, a few more seconds, or a little more distance. */
export type NonLoadStep = { reps: number } | { seconds: number } | { metres: number };

/** Seconds added to a hold per step: short enough to stay inside the 10-second holds the core work favours. */
export const HOLD_STEP_SECONDS = 5;
/** Metres added per step: a carry moves in short stretches, walking and cardio in longer ones. */
export const CARRY_STEP_METRES = 10;
/** Metres added per step of walking or other conditioning. */
export const CONDITIONING_STEP_METRES = 200;

/**
 * C4: the step for exercises without external load (our judgement, see docs/evidence/spine-load.md): holds add
 * 5 s, carries 10 m, walking and cardio 200 m, bodyweight reps one rep. Loaded exercises answer null (they step
 * by incrementFor).
 */
export function nonLoadStepFor(
  def: Pick<ExerciseDef, "loaded" | "equipment" | "measure" | "pattern">,
): NonLoadStep | null {
  const measure = def.measure ?? "reps";
  if (measure === "seconds") return { seconds: HOLD_STEP_SECONDS };
  if (measure === "distance") {
    return { metres: def.pattern === "carry" ? CARRY_STEP_METRES : CONDITIONING_STEP_METRES };
  }
  return isLoaded(def) ? null : { reps: 1 };
}
