/**
 * Supersets in the live session (issue 16): exercises paired or grouped are done in turn, one set of each, and the
 * rest timer runs once per round, after the last exercise of the group. Each group has one client-made id that every
 * set of it carries (`supersetId`), so history and backups know which sets went together. The groups of a session
 * are kept on this phone beside the session's added exercises.
 */
import { newClientId } from "./format.js";
import { useKeptList } from "./keptList.js";

/** One superset: its id (sent with each of its sets) and its exercises in the order they are done. */
export interface Superset {
  id: string;
  exerciseIds: string[];
}

/** The group an exercise belongs to, if any. */
export function groupOf(groups: readonly Superset[], exerciseId: string): Superset | undefined {
  return groups.find((g) => g.exerciseIds.includes(exerciseId));
}

/**
 * Pairs `exerciseId` with the exercise after it in `order` (the session's list): a new pair, or the next exercise
 * joins the current one's group (a giant set), or the current one joins the next one's group. Unchanged at the end.
 */
export function pairWithNext(
  groups: readonly Superset[],
  order: readonly string[],
  exerciseId: string,
  newId: () => string = newClientId,
): Superset[] {
  const at = order.indexOf(exerciseId);
  const next = order[at + 1];
  if (at < 0 || next === undefined) return [...groups];
  const mine = groupOf(groups, exerciseId);
  const theirs = groupOf(groups, next);
  if (mine && mine === theirs) return [...groups];
  if (mine && theirs) {
    const merged = { id: mine.id, exerciseIds: [...mine.exerciseIds, ...theirs.exerciseIds] };
    return groups.filter((g) => g !== mine && g !== theirs).concat(merged);
  }
  if (mine) return groups.map((g) => (g === mine ? { ...g, exerciseIds: [...g.exerciseIds, next] } : g));
  if (theirs) return groups.map((g) => (g === theirs ? { ...g, exerciseIds: [exerciseId, ...g.exerciseIds] } : g));
  return [...groups, { id: newId(), exerciseIds: [exerciseId, next] }];
}

/** Takes an exercise out of its group; a group left with one exercise is no superset any more. */
export function leaveGroup(groups: readonly Superset[], exerciseId: string): Superset[] {
  return groups
    .map((g) => ({ ...g, exerciseIds: g.exerciseIds.filter((x) => x !== exerciseId) }))
    .filter((g) => g.exerciseIds.length > 1);
}

/**
 * What follows a logged set of `exerciseId`: the next exercise of its group still to do, with no rest in between;
 * after the last exercise of a round, the rest timer and the first exercise still to do. Outside a group: rest, stay.
 */
export function afterSet(
  group: Superset | undefined,
  exerciseId: string,
  done: (exerciseId: string) => boolean,
): { next: string; rest: boolean } {
  if (!group) return { next: exerciseId, rest: true };
  const order = group.exerciseIds;
  const at = order.indexOf(exerciseId);
  const later = order.slice(at + 1).find((x) => !done(x));
  if (later !== undefined) return { next: later, rest: false };
  const first = order.find((x) => !done(x));
  return { next: first ?? exerciseId, rest: true };
}

const keyOf = (sessionKey: string) => `spotter.supersets.${sessionKey}`;

/** The session's supersets, kept on this phone. */
export function useSupersets(sessionKey: string): [Superset[], (next: Superset[]) => void] {
  return useKeptList<Superset>(keyOf(sessionKey));
}
