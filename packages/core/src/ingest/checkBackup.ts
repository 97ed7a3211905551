/**
 * What a backup's shape cannot say (SPEC X2, trust issue): every exercise a backup names lives in the user's own
 * space. A custom exercise never takes a catalog exercise's id (it would hide it and swallow its history), two never
 * share an id, and sets and plans name only catalog exercises, the backup's own custom exercises or the
 * user's existing ones, never an id of someone else's. Checked before anything is written; the first problem is
 * answered naming its field, as the API names a field.
 */
import { CATALOG } from "../catalog/index.js";
import type { BackupInput } from "../records/backup.js";
import type { ExerciseDef } from "../records/exercise.js";

/** A field of a backup at fault, and what is wrong with it. */
export interface BackupProblem {
  path: string;
  message: string;
}

const CATALOG_IDS: ReadonlySet<string> = new Set(CATALOG.map((e) => e.id));

/** The exercise ids a plan names, with their paths inside the plan. */
function planExerciseIds(plan: BackupInput["plans"][number]["plan"], base: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [d, day] of plan.days.entries()) {
    for (const [b, block] of day.blocks.entries()) {
      for (const [i, item] of block.items.entries()) {
        const at = `${base}.days.${d}.blocks.${b}.items.${i}`;
        out.push([`${at}.exerciseId`, item.exerciseId]);
        if (item.proposal) out.push([`${at}.proposal.exerciseId`, item.proposal.exerciseId]);
      }
    }
  }
  return out;
}

/**
 * The first problem with the exercise ids of a validated backup, or null. `ownCustoms` are the custom exercises the
 * user already has (a backup restored into the same account names them).
 */
export function backupIdProblem(backup: BackupInput, ownCustoms: readonly ExerciseDef[]): BackupProblem | null {
  const known = new Set<string>([...CATALOG_IDS, ...ownCustoms.map((d) => d.id)]);
  const seen = new Set<string>();
  for (const [i, d] of backup.exercises.entries()) {
    const path = `exercises.${i}.id`;
    if (CATALOG_IDS.has(d.id)) {
      return { path, message: "is a catalog exercise's id: a custom exercise needs an id of its own" };
    }
    if (seen.has(d.id)) return { path, message: "is used by another custom exercise of the backup" };
    seen.add(d.id);
    known.add(d.id);
  }
  const refs: [string, string][] = [];
  for (const [s, session] of backup.sessions.entries()) {
    for (const [j, set] of session.sets.entries()) refs.push([`sessions.${s}.sets.${j}.exerciseId`, set.exerciseId]);
  }
  for (const [p, stored] of backup.plans.entries()) refs.push(...planExerciseIds(stored.plan, `plans.${p}.plan`));
  // The profile's lists are checked as PUT /profile checks them (shape only): an id there grants nothing.
  for (const [path, id] of refs) {
    if (!known.has(id)) {
      return { path, message: "is not a catalog exercise or one of the backup's or your own custom exercises" };
    }
  }
  return null;
}
