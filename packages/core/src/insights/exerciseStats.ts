/**
 * T1: per-exercise (and, for information only, per-pattern) trigger statistics from the log: exposures, pain during,
 * sharp or radiating events, in-session red responses and the next-morning change against sessions without it.
 */
import type { Pattern } from "../records/vocab.js";
import { dayOfNumber, indexLog, type LogIndex, SE_RED, SE_SHARP } from "./logIndex.js";
import type {
  ExerciseStats,
  InsightExercise,
  InsightsLog,
  NextMorningChange,
  PatternStats,
  SubjectStats,
} from "./types.js";
import { nameFromId, patternName } from "./wording.js";

/** With fewer sessions without the subject than this, the baseline is 0 (T1). */
const MIN_BASELINE_SESSIONS = 2;

/**
 * Aggregates sets into groups (exercises or patterns). `groupOf[e]` is the group of exercise index e, or -1.
 * Works session by session with stamp arrays, so each set is touched once and nothing is quadratic.
 */
function aggregate(ix: LogIndex, groupOf: Int32Array, nGroups: number): Omit<SubjectStats, "name">[] {
  const exposures = new Int32Array(nGroups);
  const setsWithPain = new Int32Array(nGroups);
  const painSum = new Float64Array(nGroups);
  const painMax = new Int32Array(nGroups).fill(-1);
  const sharpDays: number[][] = Array.from({ length: nGroups }, () => []);
  const redDays: number[][] = Array.from({ length: nGroups }, () => []);
  const lastDay = new Int32Array(nGroups).fill(-1);
  const unrated = new Int32Array(nGroups);
  const withSum = new Float64Array(nGroups);
  const withCount = new Int32Array(nGroups);
  const worse = new Int32Array(nGroups);
  const containSum = new Float64Array(nGroups);
  const containCount = new Int32Array(nGroups);
  let totalSum = 0;
  let totalCount = 0;

  // Per-session scratch, reset lazily through the stamp: several exercises of one pattern merge into one group.
  const stamp = new Int32Array(nGroups).fill(-1);
  const sHasPain = new Uint8Array(nGroups);
  const sSharp = new Uint8Array(nGroups);
  const sRed = new Uint8Array(nGroups);
  const touched = new Int32Array(nGroups);

  const { seStart, seExercise, seRated, sePainSum, sePainMax, seFlags, sessionDay, sessionDelta } = ix;
  const nS = sessionDay.length;
  for (let si = 0; si < nS; si++) {
    let nTouched = 0;
    const end = seStart[si + 1] as number;
    for (let r = seStart[si] as number; r < end; r++) {
      const g = groupOf[seExercise[r] as number] as number;
      if (g < 0) continue;
      if (stamp[g] !== si) {
        stamp[g] = si;
        sHasPain[g] = 0;
        sSharp[g] = 0;
        sRed[g] = 0;
        touched[nTouched++] = g;
      }
      const rated = seRated[r] as number;
      if (rated > 0) {
        sHasPain[g] = 1;
        setsWithPain[g] = (setsWithPain[g] as number) + rated;
        painSum[g] = (painSum[g] as number) + (sePainSum[r] as number);
        if ((sePainMax[r] as number) > (painMax[g] as number)) painMax[g] = sePainMax[r] as number;
      }
      const flags = seFlags[r] as number;
      if (flags & SE_SHARP) sSharp[g] = 1;
      if (flags & SE_RED) sRed[g] = 1;
    }
    const day = sessionDay[si] as number;
    const delta = sessionDelta[si] as number;
    const measured = !Number.isNaN(delta);
    if (measured) {
      totalSum += delta;
      totalCount++;
    }
    for (let t = 0; t < nTouched; t++) {
      const g = touched[t] as number;
      if (measured) {
        containSum[g] = (containSum[g] as number) + delta;
        containCount[g] = (containCount[g] as number) + 1;
      }
      if (sSharp[g]) (sharpDays[g] as number[]).push(day);
      if (sRed[g]) (redDays[g] as number[]).push(day);
      if (!sHasPain[g]) {
        unrated[g] = (unrated[g] as number) + 1;
        continue;
      }
      exposures[g] = (exposures[g] as number) + 1;
      lastDay[g] = day;
      if (measured) {
        withSum[g] = (withSum[g] as number) + delta;
        withCount[g] = (withCount[g] as number) + 1;
        if (delta > 0) worse[g] = (worse[g] as number) + 1;
      }
    }
  }

  const out: Omit<SubjectStats, "name">[] = [];
  for (let g = 0; g < nGroups; g++) {
    const wc = withCount[g] as number;
    const woc = totalCount - (containCount[g] as number);
    const sumWith = withSum[g] as number;
    const sumWithout = totalSum - (containSum[g] as number);
    const withMean = wc > 0 ? sumWith / wc : null;
    const withoutMean = woc > 0 ? sumWithout / woc : null;
    // T2 compares the change with +2, +1 and 0. Pains are whole numbers, so the sums are exact; one division of
    // the cross-multiplied sums keeps an exact +2 at 2 (11/3 - 5/3 as two means gives 1.9999999999999998).
    const change =
      wc === 0 ? null : woc >= MIN_BASELINE_SESSIONS ? (sumWith * woc - sumWithout * wc) / (wc * woc) : sumWith / wc;
    const nextMorning: NextMorningChange = {
      withCount: wc,
      withMean,
      withoutCount: woc,
      withoutMean,
      worseCount: worse[g] as number,
      change,
    };
    const n = setsWithPain[g] as number;
    out.push({
      exposures: exposures[g] as number,
      setsWithPain: n,
      meanPain: n > 0 ? (painSum[g] as number) / n : null,
      maxPain: (painMax[g] as number) < 0 ? null : (painMax[g] as number),
      sharpEvents: (sharpDays[g] as number[]).length,
      redResponses: (redDays[g] as number[]).length,
      redDates: (redDays[g] as number[]).map(dayOfNumber),
      sharpDates: (sharpDays[g] as number[]).map(dayOfNumber),
      lastDate: (lastDay[g] as number) < 0 ? null : dayOfNumber(lastDay[g] as number),
      unratedSessions: unrated[g] as number,
      nextMorning,
    });
  }
  return out;
}

/** T1 statistics of every exercise in an indexed log (the index lets callers share one pass). */
export function exerciseStatsFromIndex(ix: LogIndex, exercises: readonly InsightExercise[] = []): ExerciseStats[] {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const identity = new Int32Array(ix.exerciseIds.length);
  for (let e = 0; e < identity.length; e++) identity[e] = e;
  const stats = aggregate(ix, identity, ix.exerciseIds.length);
  return stats.map((s, e) => {
    const exerciseId = ix.exerciseIds[e] as string;
    const def = byId.get(exerciseId);
    return { exerciseId, name: def?.name ?? nameFromId(exerciseId), pattern: def?.pattern ?? null, ...s };
  });
}

/** T1 statistics per pattern of an indexed log (exercises missing from the list are left out). */
export function patternStatsFromIndex(ix: LogIndex, exercises: readonly InsightExercise[]): PatternStats[] {
  const patternOfId = new Map(exercises.map((e) => [e.id, e.pattern]));
  const patterns = [...new Set(exercises.map((e) => e.pattern))].sort();
  const patternPos = new Map(patterns.map((p, i) => [p, i]));
  const groupOf = new Int32Array(ix.exerciseIds.length);
  for (let e = 0; e < groupOf.length; e++) {
    const p = patternOfId.get(ix.exerciseIds[e] as string);
    groupOf[e] = p === undefined ? -1 : (patternPos.get(p) as number);
  }
  const stats = aggregate(ix, groupOf, patterns.length);
  const out: PatternStats[] = [];
  stats.forEach((s, g) => {
    const pattern = patterns[g] as Pattern;
    if (s.exposures > 0 || s.unratedSessions > 0) out.push({ pattern, name: patternName(pattern), ...s });
  });
  return out;
}

/** T1: statistics of every exercise that appears in the log, sorted by exercise id. */
export function exerciseStats(log: InsightsLog, exercises: readonly InsightExercise[] = []): ExerciseStats[] {
  return exerciseStatsFromIndex(indexLog(log), exercises);
}

/** T1 (information only): statistics per movement pattern, from the exercise list's patterns. */
export function patternStats(log: InsightsLog, exercises: readonly InsightExercise[]): PatternStats[] {
  return patternStatsFromIndex(indexLog(log), exercises);
}
