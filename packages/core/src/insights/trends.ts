/**
 * T4: trends over a date range: daily pain with trailing 7- and 28-day averages, the function-check score, weekly
 * working sets per primary muscle, e1RM per exercise per session, weekly belt share, and the sessions to mark.
 */
import { isoWeekKey, mondayOf } from "./isoWeek.js";
import { dayNumber, dayOfNumber, indexLog, type LogIndex } from "./logIndex.js";
import type { InsightCheckin, InsightExercise, InsightSession, InsightsLog } from "./types.js";
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
  // Muscles and weeks become array indexes, so counting a set is one typed-array increment per muscle.
  const muscleNames = [...new Set(exercises.flatMap((e) => e.primaryMuscles))].sort();
  const musclePos = new Map(muscleNames.map((m, i) => [m, i]));
  const nM = muscleNames.length;
  const muscles: Int32Array[] = [];
  const eligible = new Uint8Array(nE);
  for (let e = 0; e < nE; e++) {
    const def = byId.get(ix.exerciseIds[e] as string);
    muscles.push(Int32Array.from(new Set(def?.primaryMuscles ?? []), (m) => musclePos.get(m) as number));
    eligible[e] = def?.beltEligible ? 1 : 0;
  }
  const firstMonday = mondayOf(from);
  const nWeeks = (mondayOf(to) - firstMonday) / 7 + 1;
  const volume = new Int32Array(nWeeks * nM);
  const beltBelted = new Int32Array(nWeeks);
  const beltEligible = new Int32Array(nWeeks);

  const sessions: SessionMark[] = [];
  // e1RM points per exercise, counted first so each list is allocated once at its final length.
  const { seStart, seExercise, seWorking, seBelted, seBestE1rm, sessionDay } = ix;
  const nPoints = new Int32Array(nE);
  for (let si = 0; si < sessionDay.length; si++) {
    const day = sessionDay[si] as number;
    if (day < from || day > to) continue;
    const end = seStart[si + 1] as number;
    for (let r = seStart[si] as number; r < end; r++) {
      if (Number.isNaN(seBestE1rm[r] as number)) continue;
      const e = seExercise[r] as number;
      nPoints[e] = (nPoints[e] as number) + 1;
    }
  }
  const e1rm: E1rmPoint[][] = Array.from({ length: nE }, (_, e) => new Array<E1rmPoint>(nPoints[e] as number));
  const filled = new Int32Array(nE);

  for (let si = 0; si < sessionDay.length; si++) {
    const day = sessionDay[si] as number;
    if (day < from || day > to) continue;
    const session = ix.sessions[si] as InsightSession;
    sessions.push({ date: session.date, sessionId: session.id, recovery: session.recovery === true });
    const week = (mondayOf(day) - firstMonday) / 7;
    const row = week * nM;
    let belted = 0;
    let eligibleSets = 0;
    const end = seStart[si + 1] as number;
    for (let r = seStart[si] as number; r < end; r++) {
      const e = seExercise[r] as number;
      const working = seWorking[r] as number;
      const ms = muscles[e] as Int32Array;
      for (let q = 0; q < ms.length; q++) {
        const at = row + (ms[q] as number);
        volume[at] = (volume[at] as number) + working;
      }
      if (eligible[e]) {
        eligibleSets += working;
        belted += seBelted[r] as number;
      }
      const est = seBestE1rm[r] as number;
      if (!Number.isNaN(est)) {
        const at = filled[e] as number;
        (e1rm[e] as E1rmPoint[])[at] = { date: session.date, sessionId: session.id, e1rmKg: round1(est) };
        filled[e] = at + 1;
      }
    }
    beltBelted[week] = (beltBelted[week] as number) + belted;
    beltEligible[week] = (beltEligible[week] as number) + eligibleSets;
  }

  const volumeList: WeeklyMuscleVolume[] = [];
  // Every week touching the range is listed for the belt, so a chart shows weeks without eligible sets as gaps.
  const belt: BeltShareWeek[] = [];
  for (let w = 0; w < nWeeks; w++) {
    const monday = firstMonday + w * 7;
    const weekKey = isoWeekKey(monday);
    const weekStart = dayOfNumber(monday);
    for (let m = 0; m < nM; m++) {
      const sets = volume[w * nM + m] as number;
      if (sets > 0) volumeList.push({ week: weekKey, weekStart, muscle: muscleNames[m] as string, sets });
    }
    const eligibleSets = beltEligible[w] as number;
    const beltedSets = beltBelted[w] as number;
    belt.push({
      week: weekKey,
      weekStart,
      beltedSets,
      eligibleSets,
      share: eligibleSets > 0 ? round2(beltedSets / eligibleSets) : null,
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
