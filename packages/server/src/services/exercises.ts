/** The exercises a user can name: the catalog plus their own custom exercises. */
import { allExercises, type Exercise, exerciseById } from "@spotter/core";
import { listCustomExercises } from "@spotter/db";
import type { Deps } from "../context.js";

/** Every exercise visible to the user (catalog first, then custom). */
export async function exercisesFor(deps: Deps, userId: string): Promise<Exercise[]> {
  return allExercises(await listCustomExercises(deps.db.kysely, userId));
}

/** One exercise visible to the user, or undefined. */
export async function exerciseFor(deps: Deps, userId: string, id: string): Promise<Exercise | undefined> {
  const fromCatalog = exerciseById(id);
  if (fromCatalog) return fromCatalog;
  return exerciseById(id, await listCustomExercises(deps.db.kysely, userId));
}

const indexes = new WeakMap<readonly Exercise[], Map<string, Exercise>>();

/**
 * One exercise of a loaded list (a cached log's `exercises`) by id, or undefined: the list's index is built once per
 * list, which a cached log keeps across set writes. The answer is shared with the log: read-only.
 */
export function exerciseIn(exercises: readonly Exercise[], id: string): Exercise | undefined {
  let index = indexes.get(exercises);
  if (!index) {
    index = new Map(exercises.map((e) => [e.id, e]));
    indexes.set(exercises, index);
  }
  return index.get(id);
}
