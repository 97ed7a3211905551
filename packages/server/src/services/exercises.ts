/** The exercises a user can name: the catalog plus their own custom exercises. */
import { allExercises, type Exercise, exerciseById } from "@spotter/core";
import { listCustomExercises } from "@spotter/db";
import type { Deps } from "../context.js";

let catalogOnly: Exercise[] | null = null;

/**
 * Every exercise visible to the user (catalog first, then custom). A user without custom exercises gets one list
 * shared by every such user's cached log (read-only, like the log): a copy of the catalog is some 16 ms of CPU on a
 * loaded machine, and what is computed once per list (the guidance's id map and recovery ids, `exerciseIn`'s index)
 * is then computed once per server, not once per user.
 */
export async function exercisesFor(deps: Deps, userId: string): Promise<Exercise[]> {
  const custom = await listCustomExercises(deps.db.kysely, userId);
  if (custom.length > 0) return allExercises(custom);
  catalogOnly ??= allExercises();
  return catalogOnly;
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
