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
  recentlySeenUsers,
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

/**
 * How much of users' logs one server keeps in memory, counted in records (sets, check-ins, daily entries, plus a
 * fixed share for the profile and the exercise list): about 300 bytes each, so the budget is some 60 MB, whether it
 * holds two five-year logs or a thousand users' first months. A count of users alone (it was 32) made every set of
 * a 33rd concurrent user reload that user's whole log; with 200 users logging at once, every set did.
 */
export const CACHE_MAX_RECORDS = 200_000;
const BASE_RECORDS = 100;

interface CacheEntry {
  version: number;
  log: UserLog;
  records: number;
}
interface LogCache {
  entries: Map<string, CacheEntry>;
  records: number;
  /** Loads under way, by user: a second caller of the same version waits for the first instead of loading again. */
  loading: Map<string, { version: number; log: Promise<UserLog> }>;
}
const caches = new WeakMap<Db, LogCache>();

const recordsOf = (log: UserLog) => BASE_RECORDS + log.sets.length + log.checkins.length + log.daily.length;

function cacheOf(deps: Pick<Deps, "db">): LogCache {
  let cache = caches.get(deps.db);
  if (!cache) {
    cache = { entries: new Map(), records: 0, loading: new Map() };
    caches.set(deps.db, cache);
  }
  return cache;
}

function forget(cache: LogCache, userId: string): void {
  const entry = cache.entries.get(userId);
  if (!entry) return;
  cache.entries.delete(userId);
  cache.records -= entry.records;
}

/** Stores a log as the most recently used, dropping the least recently used ones beyond the budget. */
function remember(cache: LogCache, userId: string, version: number, log: UserLog): void {
  forget(cache, userId);
  const entry = { version, log, records: recordsOf(log) };
  cache.entries.set(userId, entry);
  cache.records += entry.records;
  for (const oldest of cache.entries.keys()) {
    if (cache.records <= CACHE_MAX_RECORDS || oldest === userId) break;
    forget(cache, oldest);
  }
}

/** How many users' logs, and records, the cache holds for this database (tests and benchmarks read it). */
export function logCacheSize(deps: Deps): { users: number; records: number } {
  const cache = caches.get(deps.db);
  return { users: cache?.entries.size ?? 0, records: cache?.records ?? 0 };
}

/**
 * The user's log, from memory while its version (bumped by every write) is unchanged, else loaded afresh. Callers
 * must treat the answer as read-only: it is shared between requests. `knownVersion` is a version read earlier in
 * the same request (the login check reads it, `c.get("logVersion")`): the version is then not read again, and a
 * cached log at least that new answers (what was committed after the request began may be seen, never less).
 */
export async function loadUserLog(deps: Deps, userId: string, knownVersion?: number): Promise<UserLog> {
  const cache = cacheOf(deps);
  // Read the version first: data loaded after it is at least that new, so a cached log is never staler than it.
  const version = knownVersion ?? (await logVersion(deps.db.kysely, userId));
  const hit = cache.entries.get(userId);
  if (hit && (hit.version === version || (knownVersion !== undefined && hit.version > version))) {
    cache.entries.delete(userId);
    cache.entries.set(userId, hit);
    return hit.log;
  }
  const pending = cache.loading.get(userId);
  if (pending && pending.version === version) return pending.log;
  const loading = readUserLog(deps, userId);
  cache.loading.set(userId, { version, log: loading });
  try {
    const log = await loading;
    remember(cache, userId, version, log);
    return log;
  } finally {
    if (cache.loading.get(userId)?.log === loading) cache.loading.delete(userId);
  }
}

/**
 * After a start: loads the logs of the users seen most recently (a valid login, newest first) into the cache, one
 * after the other and page by page, up to half the cache's budget, so their first request after a restart or a
 * deploy finds its log in memory. A request that comes during the warm-up waits for that user's load instead of
 * starting another. Resolves with how many users it loaded; errors end the warm-up quietly (it is only a head start).
 */
export async function warmLogCache(
  deps: Pick<Deps, "db" | "now">,
  opts: {
    users?: number;
    stop?: () => boolean;
    /** Whether a user's log is worth loading now (default: every recently seen user's is). */
    needed?: (userId: string) => Promise<boolean>;
    prepare?: (userId: string, log: UserLog) => unknown;
  } = {},
): Promise<number> {
  const cache = cacheOf(deps);
  let loaded = 0;
  try {
    const users = await recentlySeenUsers(deps.db.kysely, deps.now(), opts.users ?? 50);
    for (const userId of users) {
      if (opts.stop?.() || cache.records >= CACHE_MAX_RECORDS / 2) break;
      if (opts.needed && !(await opts.needed(userId))) continue;
      const log = await loadUserLog(deps as Deps, userId);
      // What the first request would derive from it (Today, the trigger list), before anyone asks.
      await opts.prepare?.(userId, log);
      loaded++;
    }
  } catch {
    // A warm-up that fails (the database went away, the server is closing) leaves the cache to fill on demand.
  }
  return loaded;
}

/**
 * After a write of the caller's own: when it is the only change since the cached log (the version moved by exactly
 * one), apply it to the cache; otherwise drop the cached log so the next read reloads it. Keeps logging a set cheap
 * for a user with years of history.
 */
export async function afterLogWrite(
  deps: Deps,
  userId: string,
  patch: (log: UserLog) => UserLog,
  /** The version the write itself answered (`logSet`), when it did: then it is not read again. */
  written?: number,
): Promise<void> {
  const cache = caches.get(deps.db);
  const hit = cache?.entries.get(userId);
  if (!cache || !hit) return;
  const version = written ?? (await logVersion(deps.db.kysely, userId));
  if (version === hit.version + 1) remember(cache, userId, version, patch(hit.log));
  else forget(cache, userId);
}

const derived = new WeakMap<UserLog, Map<string, unknown>>();

/**
 * A value computed from a cached log, kept with that log object: every write replaces the cached log, so the value
 * lives exactly as long as the log version it was computed from, on every server. `key` names the computation and
 * every input other than the log (say, the user's day). The value is shared like the log: read-only.
 */
export function derivedFrom<T>(log: UserLog, key: string, compute: () => T): T {
  let values = derived.get(log);
  if (!values) {
    values = new Map();
    derived.set(log, values);
  }
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  values.set(key, value);
  return value;
}

/** Keys of values that no set write changes (see `setFreeDerivedFrom`). */
const SET_FREE = "set-free:";

/**
 * `derivedFrom` for a value that reads nothing a set write changes (readiness reads check-ins, clearances, screens
 * and the sessions' days and starting pains, never their sets): a set logged, edited or deleted hands it on to the
 * patched log (`carrySetFree`), so the next set of a five-year log does not walk its history again.
 */
export function setFreeDerivedFrom<T>(log: UserLog, key: string, compute: () => T): T {
  return derivedFrom(log, `${SET_FREE}${key}`, compute);
}

/** Hands the set-free values of `before` on to `after`, a log that differs from it in sets only; answers `after`. */
export function carrySetFree(before: UserLog, after: UserLog): UserLog {
  const values = derived.get(before);
  if (!values) return after;
  let kept = derived.get(after);
  for (const [key, value] of values) {
    if (!key.startsWith(SET_FREE)) continue;
    if (!kept) {
      kept = new Map();
      derived.set(after, kept);
    }
    if (!kept.has(key)) kept.set(key, value);
  }
  return after;
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
