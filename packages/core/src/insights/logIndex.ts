/**
 * One pass over the log into flat arrays (sessions sorted by date, sets grouped by session, check-ins by day), so
 * that every insight runs in linear time over five years of data and never depends on the order of the records.
 */
import type { InsightCheckin, InsightSession, InsightSet, InsightsLog } from "./types.js";

const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of a `YYYY-MM-DD` day; NaN when it is not a date. */
export function dayNumber(day: string): number {
  // Reading the digits directly is several times faster than Date.parse on a string, and the bench needs it.
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` day of a day number. */
export function dayOfNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The log laid out for linear scans. */
export interface LogIndex {
  /** Sessions with a valid date, sorted by date then id. */
  sessions: InsightSession[];
  /** Day number of each session. */
  sessionDay: Int32Array;
  /** Sets of session i are `sets[setOrder[k]]` for k in [setStart[i], setStart[i + 1]). */
  sets: readonly InsightSet[];
  setOrder: Int32Array;
  setStart: Int32Array;
  /** Exercise ids in sorted order; `setExercise[j]` is the index of set j's exercise (-1 when its session is unknown). */
  exerciseIds: string[];
  setExercise: Int32Array;
  /** One check-in per day (the latest update when a day has several). */
  checkinByDay: Map<number, InsightCheckin>;
  /** Next-morning pain minus pre-session pain of each session; NaN when either is missing. */
  sessionDelta: Float64Array;
}

/** The sets of a log: its `sets`, or the sets nested in its sessions. */
export function logSets(log: InsightsLog): readonly InsightSet[] {
  if (log.sets) return log.sets;
  const out: InsightSet[] = [];
  for (const s of log.sessions) if (s.sets) for (const set of s.sets) out.push(set);
  return out;
}

/** Picks one check-in for a day deterministically: the latest update, then the higher pain (the careful side). */
function preferCheckin(a: InsightCheckin, b: InsightCheckin): InsightCheckin {
  const ua = a.updatedAt ?? "";
  const ub = b.updatedAt ?? "";
  if (ua !== ub) return ua > ub ? a : b;
  return b.painNow > a.painNow ? b : a;
}

/** Check-ins keyed by day number. */
export function checkinsByDay(checkins: readonly InsightCheckin[]): Map<number, InsightCheckin> {
  const byDay = new Map<number, InsightCheckin>();
  for (const c of checkins) {
    const n = dayNumber(c.date);
    if (Number.isNaN(n)) continue;
    const prev = byDay.get(n);
    byDay.set(n, prev ? preferCheckin(prev, c) : c);
  }
  return byDay;
}

/** Builds the index of a log in a few linear passes. */
export function indexLog(log: InsightsLog): LogIndex {
  const sessions = log.sessions.filter((s) => !Number.isNaN(dayNumber(s.date)));
  sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nS = sessions.length;
  const sessionDay = new Int32Array(nS);
  const sessionPos = new Map<string, number>();
  for (let i = 0; i < nS; i++) {
    const s = sessions[i] as InsightSession;
    sessionDay[i] = dayNumber(s.date);
    // A duplicated id keeps its first (earliest) session, so sets are never counted twice.
    if (!sessionPos.has(s.id)) sessionPos.set(s.id, i);
  }

  const sets = logSets(log);
  const nSets = sets.length;
  const setSession = new Int32Array(nSets);
  const setExerciseRaw = new Int32Array(nSets);
  const exercisePos = new Map<string, number>();
  const rawIds: string[] = [];
  const counts = new Int32Array(nS + 1);
  for (let j = 0; j < nSets; j++) {
    const set = sets[j] as InsightSet;
    const si = sessionPos.get(set.sessionId);
    if (si === undefined) {
      setSession[j] = -1;
      setExerciseRaw[j] = -1;
      continue;
    }
    setSession[j] = si;
    counts[si + 1] = (counts[si + 1] as number) + 1;
    let ei = exercisePos.get(set.exerciseId);
    if (ei === undefined) {
      ei = rawIds.length;
      exercisePos.set(set.exerciseId, ei);
      rawIds.push(set.exerciseId);
    }
    setExerciseRaw[j] = ei;
  }

  // Exercise indexes follow sorted ids, so every output list comes out in the same order whatever the input order.
  const exerciseIds = [...rawIds].sort();
  const remap = new Int32Array(rawIds.length);
  for (let k = 0; k < exerciseIds.length; k++) remap[exercisePos.get(exerciseIds[k] as string) as number] = k;
  const setExercise = new Int32Array(nSets);
  for (let j = 0; j < nSets; j++) {
    const raw = setExerciseRaw[j] as number;
    setExercise[j] = raw < 0 ? -1 : (remap[raw] as number);
  }

  // Counting sort of sets by session: two passes instead of a Map of arrays.
  const setStart = new Int32Array(nS + 1);
  for (let i = 0; i < nS; i++) setStart[i + 1] = (setStart[i] as number) + (counts[i + 1] as number);
  const fill = setStart.slice(0, nS);
  const setOrder = new Int32Array(setStart[nS] as number);
  for (let j = 0; j < nSets; j++) {
    const si = setSession[j] as number;
    if (si < 0) continue;
    const at = fill[si] as number;
    setOrder[at] = j;
    fill[si] = at + 1;
  }

  const checkinByDay = checkinsByDay(log.checkins);
  const sessionDelta = new Float64Array(nS);
  for (let i = 0; i < nS; i++) {
    const before = (sessions[i] as InsightSession).painBefore;
    const next = checkinByDay.get((sessionDay[i] as number) + 1);
    sessionDelta[i] = before === null || before === undefined || !next ? Number.NaN : next.painNow - before;
  }

  return { sessions, sessionDay, sets, setOrder, setStart, exerciseIds, setExercise, checkinByDay, sessionDelta };
}
