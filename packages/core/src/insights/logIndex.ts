/**
 * One pass over the log into flat arrays: sessions sorted by date, one summary per exercise per session, check-ins
 * by day. Every insight then runs in linear time over five years of data, reads each set object once, and never
 * depends on the order of the records.
 */
import { insightsE1rm } from "./e1rm.js";
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

/** The `YYYY-MM-DD` day of a day number. */
export function dayOfNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

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
  seExercise: Int32Array;
  /** Sets with a pain value, their pain sum and maximum (-1 when none). */
  seRated: Int32Array;
  sePainSum: Int32Array;
  sePainMax: Int8Array;
  /** SE_SHARP and SE_RED bits. */
  seFlags: Uint8Array;
  /** Working (non-warm-up) sets, and how many of them were belted. */
  seWorking: Int32Array;
  seBelted: Int32Array;
  /** Best e1RM of the working sets (T4, O6), NaN when none gives one. */
  seBestE1rm: Float64Array;
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

/** Per-set columns from the one pass over the set objects. */
interface SetColumns {
  session: Int32Array;
  exercise: Int32Array;
  pain: Int8Array;
  flags: Uint8Array;
  e1rm: Float64Array;
  exerciseIds: string[];
  perSession: Int32Array;
}

const SET_SHARP = 1;
const SET_WARMUP = 2;
const SET_BELT = 4;

function readSets(sets: readonly InsightSet[], sessions: InsightSession[]): SetColumns {
  const nS = sessions.length;
  const sessionPos = new Map<string, number>();
  // A duplicated id keeps its first (earliest) session, so sets are never counted twice.
  for (let i = nS - 1; i >= 0; i--) sessionPos.set((sessions[i] as InsightSession).id, i);
  const n = sets.length;
  const session = new Int32Array(n);
  const exercise = new Int32Array(n);
  const pain = new Int8Array(n);
  const flags = new Uint8Array(n);
  const e1rm = new Float64Array(n);
  const perSession = new Int32Array(nS);
  const exercisePos = new Map<string, number>();
  const rawIds: string[] = [];
  // Sets of one session, and of one exercise, usually arrive together: remembering the last ids saves lookups.
  let lastSession: string | undefined;
  let lastSi: number | undefined;
  let lastExercise: string | undefined;
  let lastEi = -1;
  for (let j = 0; j < n; j++) {
    const set = sets[j] as InsightSet;
    const sid = set.sessionId;
    if (sid !== lastSession) {
      lastSession = sid;
      lastSi = sessionPos.get(sid);
    }
    if (lastSi === undefined) {
      session[j] = -1;
      continue;
    }
    session[j] = lastSi;
    perSession[lastSi] = (perSession[lastSi] as number) + 1;
    const eid = set.exerciseId;
    if (eid !== lastExercise) {
      lastExercise = eid;
      let ei = exercisePos.get(eid);
      if (ei === undefined) {
        ei = rawIds.length;
        exercisePos.set(eid, ei);
        rawIds.push(eid);
      }
      lastEi = ei;
    }
    exercise[j] = lastEi;
    const p = set.pain;
    pain[j] = p === null || p === undefined ? -1 : p;
    const kind = set.painKind;
    flags[j] =
      (kind === "sharp" || kind === "radiating" ? SET_SHARP : 0) |
      (set.warmup ? SET_WARMUP : 0) |
      (set.belt ? SET_BELT : 0);
    e1rm[j] = insightsE1rm(set) ?? Number.NaN;
  }
  // Exercise indexes follow sorted ids, so every output list comes out in the same order whatever the input order.
  const exerciseIds = [...rawIds].sort();
  const remap = new Int32Array(rawIds.length);
  for (let k = 0; k < exerciseIds.length; k++) remap[exercisePos.get(exerciseIds[k] as string) as number] = k;
  for (let j = 0; j < n; j++) if ((session[j] as number) >= 0) exercise[j] = remap[exercise[j] as number] as number;
  return { session, exercise, pain, flags, e1rm, exerciseIds, perSession };
}

/** Builds the index of a log in a few linear passes. */
export function indexLog(log: InsightsLog): LogIndex {
  const { sessions, sessionDay } = sortSessions(log);
  const nS = sessions.length;
  const cols = readSets(logSets(log), sessions);
  const nSets = cols.session.length;
  const nE = cols.exerciseIds.length;

  // Counting sort of set indexes by session: two passes instead of a Map of arrays.
  const start = new Int32Array(nS + 1);
  for (let i = 0; i < nS; i++) start[i + 1] = (start[i] as number) + (cols.perSession[i] as number);
  const fill = start.slice(0, nS);
  const order = new Int32Array(start[nS] as number);
  for (let j = 0; j < nSets; j++) {
    const si = cols.session[j] as number;
    if (si < 0) continue;
    const at = fill[si] as number;
    order[at] = j;
    fill[si] = at + 1;
  }

  // One summary record per exercise per session. Counting them first keeps the columns exact-size: large
  // buffers are what makes the collector run on five years of data.
  const nE1 = Math.max(nE, 1);
  const stamp = new Int32Array(nE1).fill(-1);
  let cap = 0;
  for (let si = 0; si < nS; si++) {
    const end = start[si + 1] as number;
    for (let k = start[si] as number; k < end; k++) {
      const e = cols.exercise[order[k] as number] as number;
      if (stamp[e] !== si) {
        stamp[e] = si;
        cap++;
      }
    }
  }
  stamp.fill(-1);
  const seStart = new Int32Array(nS + 1);
  const seExercise = new Int32Array(cap);
  const seRated = new Int32Array(cap);
  const sePainSum = new Int32Array(cap);
  const sePainMax = new Int8Array(cap).fill(-1);
  const seFlags = new Uint8Array(cap);
  const seWorking = new Int32Array(cap);
  const seBelted = new Int32Array(cap);
  const seBestE1rm = new Float64Array(cap).fill(Number.NaN);
  const slot = new Int32Array(nE1);
  let nSe = 0;
  for (let si = 0; si < nS; si++) {
    seStart[si] = nSe;
    const end = start[si + 1] as number;
    for (let k = start[si] as number; k < end; k++) {
      const j = order[k] as number;
      const e = cols.exercise[j] as number;
      let r: number;
      if (stamp[e] !== si) {
        stamp[e] = si;
        r = nSe++;
        slot[e] = r;
        seExercise[r] = e;
      } else r = slot[e] as number;
      const pain = cols.pain[j] as number;
      const flags = cols.flags[j] as number;
      if (pain >= 0) {
        seRated[r] = (seRated[r] as number) + 1;
        sePainSum[r] = (sePainSum[r] as number) + pain;
        if (pain > (sePainMax[r] as number)) sePainMax[r] = pain;
        if (pain > RED_PAIN_ABOVE) seFlags[r] = (seFlags[r] as number) | SE_RED;
      }
      if (flags & SET_SHARP) seFlags[r] = (seFlags[r] as number) | SE_SHARP | SE_RED;
      if (flags & SET_WARMUP) continue;
      seWorking[r] = (seWorking[r] as number) + 1;
      if (flags & SET_BELT) seBelted[r] = (seBelted[r] as number) + 1;
      const est = cols.e1rm[j] as number;
      const best = seBestE1rm[r] as number;
      if (est > best || (Number.isNaN(best) && !Number.isNaN(est))) seBestE1rm[r] = est;
    }
  }
  seStart[nS] = nSe;

  const checkinByDay = checkinsByDay(log.checkins);
  const sessionDelta = new Float64Array(nS);
  for (let i = 0; i < nS; i++) {
    const before = (sessions[i] as InsightSession).painBefore;
    const next = checkinByDay.get((sessionDay[i] as number) + 1);
    sessionDelta[i] = before === null || before === undefined || !next ? Number.NaN : next.painNow - before;
  }

  return {
    sessions,
    sessionDay,
    sessionDelta,
    exerciseIds: cols.exerciseIds,
    seStart,
    seExercise,
    seRated,
    sePainSum,
    sePainMax,
    seFlags,
    seWorking,
    seBelted,
    seBestE1rm,
    checkinByDay,
  };
}
