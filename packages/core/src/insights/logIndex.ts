/**
 * One pass over the log into flat arrays: sessions sorted by date, one summary per exercise per session, check-ins
 * by day. Every insight then runs in linear time over five years of data, reads each set object once, and never
 * depends on the order of the records.
 */
import { e1rmOrNaN } from "./e1rm.js";
import type { InsightCheckin, InsightSession, InsightSet, InsightsLog } from "./types.js";

/** Day number (days since 1970-01-01) of a `YYYY-MM-DD` day; NaN when it is not a date. */
export function dayNumber(day: string): number {
  // Plain arithmetic (days from the civil date) instead of Date.parse: this runs for every record of five years.
  if (day.length < 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return Number.NaN;
  let y = digits(day, 0, 4);
  const m = digits(day, 5, 7);
  const d = digits(day, 8, 10);
  if (Number.isNaN(y + m + d) || m < 1 || m > 12 || d < 1 || d > 31) return Number.NaN;
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/** The `YYYY-MM-DD` day of a day number (one conversion for all of core, in `time.ts`). */
export { dayOfNumber } from "../time.js";

/** Summary flag: a sharp or radiating set. */
export const SE_SHARP = 1;
/** Summary flag: an in-session red (sharp, radiating, or pain above 5). */
export const SE_RED = 2;

/** Pain during above this is an in-session red (O2, O3). */
const RED_PAIN_ABOVE = 5;

/**
 * The log laid out for linear scans. The sets of session i are summarised per exercise in the records
 * r in [seStart[i], seStart[i + 1]) of the `se*` columns.
 */
export interface LogIndex {
  /** Sessions with a valid date, sorted by date then id. */
  sessions: InsightSession[];
  /** Day number of each session. */
  sessionDay: Int32Array;
  /** Next-morning pain minus pre-session pain of each session; NaN when either is missing. */
  sessionDelta: Float64Array;
  /** Exercise ids in sorted order; `seExercise` holds indexes into it. */
  exerciseIds: string[];
  seStart: Int32Array;
  seExercise: readonly number[];
  /** Sets with a pain value, their pain sum and maximum (-1 when none). */
  seRated: readonly number[];
  sePainSum: readonly number[];
  sePainMax: readonly number[];
  /** SE_SHARP and SE_RED bits. */
  seFlags: readonly number[];
  /** Working (non-warm-up) sets, and how many of them were belted. */
  seWorking: readonly number[];
  seBelted: readonly number[];
  /** Best e1RM of the working sets (T4, O6), NaN when none gives one. */
  seBestE1rm: readonly number[];
  /** One check-in per day (the latest update when a day has several). */
  checkinByDay: Map<number, InsightCheckin>;
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

function sortSessions(log: InsightsLog): { sessions: InsightSession[]; sessionDay: Int32Array } {
  const sessions = log.sessions.filter((s) => !Number.isNaN(dayNumber(s.date)));
  sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sessionDay = new Int32Array(sessions.length);
  for (let i = 0; i < sessions.length; i++) sessionDay[i] = dayNumber((sessions[i] as InsightSession).date);
  return { sessions, sessionDay };
}

/** The summary columns while they are being built. */
interface Summaries {
  seStart: Int32Array;
  seExercise: number[];
  seRated: number[];
  sePainSum: number[];
  sePainMax: number[];
  seFlags: number[];
  seWorking: number[];
  seBelted: number[];
  seBestE1rm: number[];
  exerciseIds: string[];
}

/**
 * Reads the set objects once, in session order, into one summary record per exercise per session. With `order`
 * null the sets are taken as they come and the function gives up (null) as soon as they are not grouped by session
 * in date order; the caller then sorts and calls again. Plain arrays keep the records on the JS heap, where short
 * lived data is cheapest to collect.
 */
function summarise(
  sets: readonly InsightSet[],
  order: Int32Array | null,
  sessionPos: Map<string, number>,
  nS: number,
): Summaries | null {
  const seStart = new Int32Array(nS + 1);
  const seExercise: number[] = [];
  const seRated: number[] = [];
  const sePainSum: number[] = [];
  const sePainMax: number[] = [];
  const seFlags: number[] = [];
  const seWorking: number[] = [];
  const seBelted: number[] = [];
  const seBestE1rm: number[] = [];
  const exercisePos = new Map<string, number>();
  const rawIds: string[] = [];
  const stamp: number[] = [];
  const slot: number[] = [];
  // Sets of one session, and of one exercise, usually arrive together: remembering the last ids saves lookups.
  let lastSession: string | undefined;
  let lastSi: number | undefined;
  let lastExercise: string | undefined;
  let lastEi = -1;
  let cur = -1;
  let nSe = 0;
  const m = order ? order.length : sets.length;
  for (let k = 0; k < m; k++) {
    const set = sets[order ? (order[k] as number) : k] as InsightSet;
    const sid = set.sessionId;
    if (sid !== lastSession) {
      lastSession = sid;
      lastSi = sessionPos.get(sid);
    }
    if (lastSi === undefined) {
      if (order) continue;
      return null;
    }
    if (lastSi !== cur) {
      if (lastSi < cur) return null;
      while (cur < lastSi) seStart[++cur] = nSe;
    }
    const eid = set.exerciseId;
    if (eid !== lastExercise) {
      lastExercise = eid;
      let ei = exercisePos.get(eid);
      if (ei === undefined) {
        ei = rawIds.length;
        exercisePos.set(eid, ei);
        rawIds.push(eid);
        stamp.push(-1);
        slot.push(0);
      }
      lastEi = ei;
    }
    let r: number;
    if (stamp[lastEi] !== cur) {
      stamp[lastEi] = cur;
      r = nSe++;
      slot[lastEi] = r;
      seExercise.push(lastEi);
      seRated.push(0);
      sePainSum.push(0);
      sePainMax.push(-1);
      seFlags.push(0);
      seWorking.push(0);
      seBelted.push(0);
      seBestE1rm.push(Number.NaN);
    } else r = slot[lastEi] as number;

    const pain = set.pain;
    if (pain !== null && pain !== undefined) {
      seRated[r] = (seRated[r] as number) + 1;
      sePainSum[r] = (sePainSum[r] as number) + pain;
      if (pain > (sePainMax[r] as number)) sePainMax[r] = pain;
      if (pain > RED_PAIN_ABOVE) seFlags[r] = (seFlags[r] as number) | SE_RED;
    }
    const kind = set.painKind;
    if (kind === "sharp" || kind === "radiating") seFlags[r] = (seFlags[r] as number) | SE_SHARP | SE_RED;
    if (set.warmup) continue;
    seWorking[r] = (seWorking[r] as number) + 1;
    if (set.belt) seBelted[r] = (seBelted[r] as number) + 1;
    const est = e1rmOrNaN(set);
    const best = seBestE1rm[r] as number;
    if (est > best || (Number.isNaN(best) && !Number.isNaN(est))) seBestE1rm[r] = est;
  }
  while (cur < nS) seStart[++cur] = nSe;

  // Exercise indexes follow sorted ids, so every output list comes out in the same order whatever the input order.
  const exerciseIds = [...rawIds].sort();
  const remap = new Int32Array(rawIds.length);
  for (let k = 0; k < exerciseIds.length; k++) remap[exercisePos.get(exerciseIds[k] as string) as number] = k;
  for (let q = 0; q < nSe; q++) seExercise[q] = remap[seExercise[q] as number] as number;
  return { seStart, seExercise, seRated, sePainSum, sePainMax, seFlags, seWorking, seBelted, seBestE1rm, exerciseIds };
}

/** Set indexes sorted by session (a counting sort: two linear passes), leaving out sets of unknown sessions. */
function orderBySession(sets: readonly InsightSet[], sessionPos: Map<string, number>, nS: number): Int32Array {
  const n = sets.length;
  const sessionOf = new Int32Array(n);
  const start = new Int32Array(nS + 1);
  for (let j = 0; j < n; j++) {
    const si = sessionPos.get((sets[j] as InsightSet).sessionId);
    sessionOf[j] = si === undefined ? -1 : si;
    if (si !== undefined) start[si + 1] = (start[si + 1] as number) + 1;
  }
  for (let i = 0; i < nS; i++) start[i + 1] = (start[i] as number) + (start[i + 1] as number);
  const order = new Int32Array(start[nS] as number);
  for (let j = 0; j < n; j++) {
    const si = sessionOf[j] as number;
    if (si < 0) continue;
    const at = start[si] as number;
    order[at] = j;
    start[si] = at + 1;
  }
  return order;
}

/** Builds the index of a log in a few linear passes. */
export function indexLog(log: InsightsLog): LogIndex {
  const { sessions, sessionDay } = sortSessions(log);
  const nS = sessions.length;
  const sessionPos = new Map<string, number>();
  // A duplicated id keeps its first (earliest) session, so sets are never counted twice.
  for (let i = nS - 1; i >= 0; i--) sessionPos.set((sessions[i] as InsightSession).id, i);
  const sets = logSets(log);
  const summaries =
    summarise(sets, null, sessionPos, nS) ??
    (summarise(sets, orderBySession(sets, sessionPos, nS), sessionPos, nS) as Summaries);

  const checkinByDay = checkinsByDay(log.checkins);
  const sessionDelta = new Float64Array(nS);
  for (let i = 0; i < nS; i++) {
    const before = (sessions[i] as InsightSession).painBefore;
    const next = checkinByDay.get((sessionDay[i] as number) + 1);
    sessionDelta[i] = before === null || before === undefined || !next ? Number.NaN : next.painNow - before;
  }
  return { sessions, sessionDay, sessionDelta, checkinByDay, ...summaries };
}
