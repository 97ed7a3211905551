/**
 * The user's whole log as the core's derived rules read it (T1-T4, O1-O6, statuses). Everything Spotter concludes
 * is recomputed from this, so an edited or deleted record changes the conclusions with it (G6).
 */
import type {
  Checkin,
  Clearance,
  DailyEntry,
  Exercise,
  LoggedSet,
  Profile,
  RetestDecision,
  SessionWithSets,
} from "@spotter/core";
import {
  type Db,
  getProfile,
  listCheckins,
  listClearances,
  listDailyEntries,
  listRetestDecisions,
  listScreens,
  listSessions,
  listSetsPage,
  logVersion,
  type ScreenRecord,
  type SetPageKey,
} from "@spotter/db";
import type { Deps } from "../context.js";
import { exercisesFor } from "./exercises.js";

/** Everything of one user that the derived rules read. */
export interface UserLog {
  profile: Profile;
  exercises: Exercise[];
  /** Sessions with their sets, oldest first. */
  sessions: SessionWithSets[];
  sets: LoggedSet[];
  checkins: Checkin[];
  daily: DailyEntry[];
  clearances: Clearance[];
  /** T6: answers to re-test offers, oldest first. */
  retests: RetestDecision[];
  /** R7: screen answers, oldest first. */
  screens: ScreenRecord[];
}

/** How many users' logs one server keeps in memory (a heavy user's 5 years is about 30 MB). */
const CACHE_SIZE = 32;
const caches = new WeakMap<Db, Map<string, { version: number; log: UserLog }>>();

/**
 * The user's log, from memory while its version (bumped by every write) is unchanged, else loaded afresh. Callers
 * must treat the answer as read-only: it is shared between requests.
 */
export async function loadUserLog(deps: Deps, userId: string): Promise<UserLog> {
  let cache = caches.get(deps.db);
  if (!cache) {
    cache = new Map();
    caches.set(deps.db, cache);
  }
  // Read the version first: data loaded after it is at least that new, so a cached log is never staler than it.
  const version = await logVersion(deps.db.kysely, userId);
  const hit = cache.get(userId);
  if (hit && hit.version === version) {
    cache.delete(userId);
    cache.set(userId, hit);
    return hit.log;
  }
  const log = await readUserLog(deps, userId);
  cache.set(userId, { version, log });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return log;
}

/**
 * After a write of the caller's own: when it is the only change since the cached log (the version moved by exactly
 * one), apply it to the cache; otherwise drop the cached log so the next read reloads it. Keeps logging a set cheap
 * for a user with years of history.
 */
export async function afterLogWrite(deps: Deps, userId: string, patch: (log: UserLog) => UserLog): Promise<void> {
  const cache = caches.get(deps.db);
  const hit = cache?.get(userId);
  if (!cache || !hit) return;
  const version = await logVersion(deps.db.kysely, userId);
  if (version === hit.version + 1) cache.set(userId, { version, log: patch(hit.log) });
  else cache.delete(userId);
}

/** Sets read per page: a page is one short index read, and other requests are served between pages. */
export const SET_PAGE_SIZE = 5000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every set of the user in logging order, read page by page with a turn of the event loop between pages, so the
 * first load of a five-year log (on SQLite a synchronous read) never holds the server for the whole of it. Tests
 * pass a small `pageSize` and read `pages.count`.
 */
export async function readAllSets(
  deps: Deps,
  userId: string,
  opts: { pageSize?: number; pages?: { count: number } } = {},
): Promise<LoggedSet[]> {
  const pageSize = opts.pageSize ?? SET_PAGE_SIZE;
  const out: LoggedSet[] = [];
  let after: SetPageKey | null = null;
  do {
    const page: { sets: LoggedSet[]; next: SetPageKey | null } = await listSetsPage(
      deps.db.kysely,
      userId,
      after,
      pageSize,
    );
    if (opts.pages) opts.pages.count++;
    for (const s of page.sets) out.push(s);
    after = page.next;
    if (after !== null) await nextTurn();
  } while (after !== null);
  return out;
}

async function readUserLog(deps: Deps, userId: string): Promise<UserLog> {
  const db = deps.db.kysely;
  const [profile, exercises, sessions, sets, checkins, daily, clearances, retests, screens] = await Promise.all([
    getProfile(db, userId),
    exercisesFor(deps, userId),
    listSessions(db, userId),
    readAllSets(deps, userId),
    listCheckins(db, userId),
    listDailyEntries<DailyEntry>(db, userId),
    listClearances(db, userId),
    listRetestDecisions(db, userId),
    listScreens(db, userId),
  ]);
  const bySession = new Map<string, LoggedSet[]>();
  for (const s of sets) {
    const list = bySession.get(s.sessionId);
    if (list) list.push(s);
    else bySession.set(s.sessionId, [s]);
  }
  const withSets = sessions
    .map((s) => ({ ...s, sets: bySession.get(s.id) ?? [] }))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return {
    profile,
    exercises,
    sessions: withSets,
    sets,
    checkins,
    daily: daily.map((d) => d.entry),
    clearances,
    retests,
    screens,
  };
}
