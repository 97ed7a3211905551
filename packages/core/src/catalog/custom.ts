/** C6: custom exercises (made by the user or by an import of an unknown name) as catalog definitions. */
import type { CustomExerciseInput, ExerciseDef } from "../records/exercise.js";
import { isLoaded } from "./increments.js";
import { levelOf } from "./level.js";

/**
 * An ExerciseDef from a validated `POST /exercises` body and the id the database gave it. Belt eligibility is
 * what the user said (default no), and ladders stay empty: a custom exercise has no known neighbours.
 */
export function customExerciseToDef(input: CustomExerciseInput, id: string): ExerciseDef {
  const def: ExerciseDef = {
    id,
    name: input.name,
    aliases: [...(input.aliases ?? [])],
    pattern: input.pattern,
    primaryMuscles: [...input.primaryMuscles],
    secondaryMuscles: [...(input.secondaryMuscles ?? [])],
    laterality: input.laterality,
    equipment: [...input.equipment],
    load: { ...input.load },
    beltEligible: input.beltEligible ?? false,
    measure: input.measure ?? "reps",
    cues: [...(input.cues ?? [])],
  };
  def.loaded = isLoaded(def);
  def.level = levelOf(input.level !== undefined ? { ...def, level: input.level } : def);
  return def;
}
