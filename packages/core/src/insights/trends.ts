/**
 * T4: trends over a date range: daily pain with trailing 7- and 28-day averages, the function-check score, weekly
 * working sets per primary muscle, e1RM per exercise per session, weekly belt share, and the sessions to mark.
 */
import { insightsE1rm } from "./e1rm.js";
import { isoWeekKey, mondayOf } from "./isoWeek.js";
import { dayNumber, dayOfNumber, indexLog, type LogIndex } from "./logIndex.js";
import type { InsightCheckin, InsightExercise, InsightSession, InsightSet, InsightsLog } from "./types.js";
import { nameFromId } from "./wording.js";

/** One day of the pain trend. */
export interface PainTrendDay {
  date: string;
  /** That day's check-in pain, or null. */
  pain: number | null;
  /** Mean check-in pain over the 7 days ending that day (inclusive), or null when none. */
  avg7: number | null;
  avg28: number | null;
  /** The function-check score of that day's check-in, when a scoring function is given and it answers. */
  functionScore: number | null;
}

/** Working sets of one primary muscle in one ISO week. */
export interface WeeklyMuscleVolume {
  week: string;
  weekStart: string;
  muscle: string;
  sets: number;
}

/** The best e1RM of an exercise in one session. */
export interface E1rmPoint {
  date: string;
  sessionId: string;
  e1rmKg: number;
}

/** e1RM history of one exercise. */
export interface ExerciseE1rmTrend {
  exerciseId: string;
  name: string;
  points: E1rmPoint[];
}

/** Belt share of one ISO week (G4): belted working sets on belt-eligible exercises over all of them. */
export interface BeltShareWeek {
  week: string;
  weekStart: string;
  beltedSets: number;
  eligibleSets: number;
  share: number | null;
}

/** A session to mark on the pain chart. */
export interface SessionMark {
  date: string;
  sessionId: string;
  recovery: boolean;
}

/** The `GET /insights/trends` answer. */
export interface TrendsResult {
  from: string;
  to: string;
  pain: PainTrendDay[];
  sessions: SessionMark[];
  volume: WeeklyMuscleVolume[];
  e1rm: ExerciseE1rmTrend[];
  belt: BeltShareWeek[];
}

/** Input of the trends: the log, the inclusive range, the exercise list and an optional function-check scorer. */
export interface TrendsInput extends InsightsLog {
  from: string;
  to: string;
  exercises?: readonly InsightExercise[];
  /** Scores a check-in's function answers (the readiness work defines it); null when it has none. */
  functionScore?: (checkin: InsightCheckin) => number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round1 = (n: number) => Math.round(n * 10) / 10;

function painSeries(
  byDay: Map<number, InsightCheckin>,
  from: number,
  to: number,
  score: TrendsInput["functionScore"],
): PainTrendDay[] {
  const first = from - 27;
  const len = to - first + 1;
  const pain = new Float64Array(len);
  const has = new Uint8Array(len);
  for (const [d, c] of byDay) {
    if (d < first || d > to) continue;
    pain[d - first] = c.painNow;
    has[d - first] = 1;
  }
  // Prefix sums make each trailing window O(1).
  const sum = new Float64Array(len + 1);
  const cnt = new Int32Array(len + 1);
  for (let i = 0; i < len; i++) {
    sum[i + 1] = (sum[i] as number) + (pain[i] as number);
    cnt[i + 1] = (cnt[i] as number) + (has[i] as number);
  }
  const avg = (i: number, n: number): number | null => {
    const lo = Math.max(0, i - n + 1);
    const c = (cnt[i + 1] as number) - (cnt[lo] as number);
    return c === 0 ? null : round2(((sum[i + 1] as number) - (sum[lo] as number)) / c);
  };
  const out: PainTrendDay[] = [];
  for (let d = from; d <= to; d++) {
    const i = d - first;
    const c = byDay.get(d);
    out.push({
      date: dayOfNumber(d),
      pain: has[i] ? (pain[i] as number) : null,
      avg7: avg(i, 7),
      avg28: avg(i, 28),
      functionScore: c && score ? score(c) : null,
    });
  }
  return out;
}

/** T4 from an indexed log (lets a caller share one index with the trigger statistics). */
export function trendsFromIndex(ix: LogIndex, input: Omit<TrendsInput, keyof InsightsLog>): TrendsResult {
  const from = dayNumber(input.from);
  const to = dayNumber(input.to);
  const empty: TrendsResult = {
    from: input.from,
    to: input.to,
    pain: [],
    sessions: [],
    volume: [],
    e1rm: [],
    belt: [],
  };
  if (Number.isNaN(from) || Number.isNaN(to) || from > to) return empty;

  const exercises = input.exercises ?? [];
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const nE = ix.exerciseIds.length;
  const muscles: (readonly string[])[] = [];
  const eligible = new Uint8Array(nE);
  for (let e = 0; e < nE; e++) {
    const def = byId.get(ix.exerciseIds[e] as string);
    muscles.push(def?.primaryMuscles ?? []);
    eligible[e] = def?.beltEligible ? 1 : 0;
  }

  const sessions: SessionMark[] = [];
  const volume = new Map<string, number>();
  const beltWeeks = new Map<number, { belted: number; eligible: number }>();
  const e1rm: E1rmPoint[][] = Array.from({ length: nE }, () => []);
  const best = new Float64Array(nE);
  const stamp = new Int32Array(nE).fill(-1);
  const touched = new Int32Array(nE);

  const { sets, setOrder, setStart, setExercise, sessionDay } = ix;
  for (let si = 0; si < sessionDay.length; si++) {
    const day = sessionDay[si] as number;
    if (day < from || day > to) continue;
    const session = ix.sessions[si] as InsightSession;
    sessions.push({ date: session.date, sessionId: session.id, recovery: session.recovery === true });
    const monday = mondayOf(day);
    let nTouched = 0;
    let belted = 0;
    let eligibleSets = 0;
    const end = setStart[si + 1] as number;
    for (let k = setStart[si] as number; k < end; k++) {
      const j = setOrder[k] as number;
      const set = sets[j] as InsightSet;
      if (set.warmup) continue;
      const e = setExercise[j] as number;
      for (const m of muscles[e] as readonly string[]) {
        const key = `${monday}|${m}`;
        volume.set(key, (volume.get(key) ?? 0) + 1);
      }
      if (eligible[e]) {
        eligibleSets++;
        if (set.belt) belted++;
      }
      const est = insightsE1rm(set);
      if (est !== null) {
        if (stamp[e] !== si) {
          stamp[e] = si;
          best[e] = est;
          touched[nTouched++] = e;
        } else if (est > (best[e] as number)) best[e] = est;
      }
    }
    for (let t = 0; t < nTouched; t++) {
      const e = touched[t] as number;
      (e1rm[e] as E1rmPoint[]).push({ date: session.date, sessionId: session.id, e1rmKg: round1(best[e] as number) });
    }
    if (eligibleSets > 0) {
      const w = beltWeeks.get(monday) ?? { belted: 0, eligible: 0 };
      w.belted += belted;
      w.eligible += eligibleSets;
      beltWeeks.set(monday, w);
    }
  }

  const volumeList: WeeklyMuscleVolume[] = [];
  for (const [key, n] of volume) {
    const bar = key.indexOf("|");
    const monday = Number(key.slice(0, bar));
    volumeList.push({ week: isoWeekKey(monday), weekStart: dayOfNumber(monday), muscle: key.slice(bar + 1), sets: n });
  }
  volumeList.sort((a, b) =>
    a.weekStart !== b.weekStart
      ? a.weekStart < b.weekStart
        ? -1
        : 1
      : a.muscle < b.muscle
        ? -1
        : a.muscle > b.muscle
          ? 1
          : 0,
  );

  // Every week touching the range is listed, so a chart shows weeks without eligible sets as gaps, not as joins.
  const belt: BeltShareWeek[] = [];
  for (let monday = mondayOf(from); monday <= to; monday += 7) {
    const w = beltWeeks.get(monday);
    belt.push({
      week: isoWeekKey(monday),
      weekStart: dayOfNumber(monday),
      beltedSets: w?.belted ?? 0,
      eligibleSets: w?.eligible ?? 0,
      share: w ? round2(w.belted / w.eligible) : null,
    });
  }

  const e1rmList: ExerciseE1rmTrend[] = [];
  for (let e = 0; e < nE; e++) {
    const points = e1rm[e] as E1rmPoint[];
    if (points.length === 0) continue;
    const id = ix.exerciseIds[e] as string;
    e1rmList.push({ exerciseId: id, name: byId.get(id)?.name ?? nameFromId(id), points });
  }

  return {
    from: input.from,
    to: input.to,
    pain: painSeries(ix.checkinByDay, from, to, input.functionScore),
    sessions,
    volume: volumeList,
    e1rm: e1rmList,
    belt,
  };
}

/** T4: trends over the inclusive range [from, to] (check-ins before `from` still feed the first averages). */
export function trends(input: TrendsInput): TrendsResult {
  const { from, to, exercises, functionScore } = input;
  return trendsFromIndex(indexLog(input), { from, to, exercises, functionScore });
}
