/**
 * Offline reading (issue 16): the answers Today and the live session need are kept on the device and put back into
 * the query cache when the app starts, so a reload with no signal shows the last known profile, catalog, plan,
 * check-ins and the session in progress instead of an error. Online, every restored answer is stale and asked again.
 *
 * Only the listed key families are kept (insights and imports are large and not needed at the gym); the cache is
 * cleared with the query cache (log out, a lost login, account deletion), since clearing it removes every query.
 */
import { daysBetween } from "@spotter/core";
import { dehydrate, hydrate, type Query, type QueryClient, type QueryKey } from "@tanstack/react-query";
import {
  checkinKeys,
  dailyKeys,
  exerciseKeys,
  nextTargetKeys,
  planKeys,
  profileKeys,
  readinessKeys,
  sessionKeys,
  todayKeys,
} from "../api/keys.js";

/** The storage key. */
export const CACHE_KEY = "spotter.cache.v1";

/** First key parts (families, `api/keys.ts`) whose answers are kept for offline use. */
export const PERSISTED_KEYS: readonly string[] = [
  profileKeys.all,
  exerciseKeys.catalog,
  checkinKeys.all,
  readinessKeys.all,
  sessionKeys.all,
  sessionKeys.one(""),
  sessionKeys.progression(""),
  todayKeys.all,
  nextTargetKeys.all,
  dailyKeys.all,
  planKeys.all,
].map((k) => k[0]);

/**
 * The longest range of a list (sessions, check-ins) kept: the live session's 120 days of last-time numbers fit,
 * a year of Insights or the whole check-in list (megabytes for a long log) does not.
 */
export const MAX_LIST_DAYS = 130;

/** False for a list key (`[family, "list", from, to]`) with an open range or one longer than `MAX_LIST_DAYS`. */
export function smallEnough(key: QueryKey): boolean {
  if (key[1] !== "list") return true;
  const [, , from, to] = key;
  return typeof from === "string" && typeof to === "string" && daysBetween(from, to) <= MAX_LIST_DAYS;
}

/** How long a kept answer may be restored (a week: a lifter trains at least that often, or it is too old to help). */
export const MAX_AGE_MS = 7 * 24 * 3600_000;

/** The subset of Storage used here. */
export interface CacheStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** True for a query worth keeping: a successful answer of a listed family. */
export function shouldKeep(q: Pick<Query, "queryKey" | "state">): boolean {
  return q.state.status === "success" && PERSISTED_KEYS.includes(String(q.queryKey[0])) && smallEnough(q.queryKey);
}

function browserStorage(): CacheStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Puts the kept answers back into `qc` (before the first render) and keeps them in step from then on. Kept
 * families also stay in memory for `MAX_AGE_MS` after their screen closes, so what was seen is what is kept.
 * Answers a function that stops the keeping.
 */
export function persistQueryCache(
  qc: QueryClient,
  storage: CacheStorage | null = browserStorage(),
  now: () => number = Date.now,
  delayMs = 800,
): () => void {
  for (const k of PERSISTED_KEYS) qc.setQueryDefaults([k], { gcTime: MAX_AGE_MS });
  if (!storage) return () => {};
  try {
    const raw = storage.getItem(CACHE_KEY);
    if (raw) {
      const kept = JSON.parse(raw) as { savedAt: number; state: Parameters<typeof hydrate>[1] };
      if (kept && now() - kept.savedAt < MAX_AGE_MS) {
        hydrate(qc, kept.state);
        // A restored answer is shown at once but always asked again when online, whatever its screen's staleTime:
        // the log may have changed on the server (or in another tab) since it was kept.
        void qc.invalidateQueries({ refetchType: "none" });
      } else storage.removeItem(CACHE_KEY);
    }
  } catch {
    storage.removeItem(CACHE_KEY);
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    timer = null;
    const state = dehydrate(qc, { shouldDehydrateQuery: shouldKeep });
    try {
      if (state.queries.length === 0) storage.removeItem(CACHE_KEY);
      else storage.setItem(CACHE_KEY, JSON.stringify({ savedAt: now(), state }));
    } catch {
      // Storage full: keep what was saved before; the live answers are still in memory.
    }
  };
  const unsubscribe = qc.getQueryCache().subscribe((event) => {
    // Only answers and removals change what is kept; fetch starts and observer changes do not.
    if (event.type === "removed" || (event.type === "updated" && event.action.type === "success")) {
      // A cleared cache (log out) is forgotten at once, not after the delay.
      if (qc.getQueryCache().getAll().length === 0) {
        if (timer) clearTimeout(timer);
        save();
        return;
      }
      if (!timer) timer = setTimeout(save, delayMs);
    }
  });
  const flushNow = () => {
    if (timer) {
      clearTimeout(timer);
      save();
    }
  };
  // Leaving the page (or hiding it, the last sure moment on a phone) writes what is pending.
  if (typeof window !== "undefined") {
    window.addEventListener("pagehide", flushNow);
    document.addEventListener("visibilitychange", flushNow);
  }
  return () => {
    unsubscribe();
    flushNow();
    if (typeof window !== "undefined") {
      window.removeEventListener("pagehide", flushNow);
      document.removeEventListener("visibilitychange", flushNow);
    }
  };
}
