/**
 * T2 as revised, T5 and T6 read from the log in date order. One walk over the sessions keeps running T1 figures per
 * exercise, so the status of every exercise "as of" each session is at hand: T5 needs it to know whether a session
 * separated a suspect (its other loaded exercises all tolerated), T6 to know a trigger was being re-tested. A verdict
 * resets the exercise's figures: events count from the last verdict onward.
 */
import { isLoaded } from "../catalog/index.js";
import { dayOfNumber, type LogIndex, SE_RED, SE_SHARP } from "./logIndex.js";
import { decideStatus, TEST_MAX_PAIN, TRIGGER_RULES } from "./status.js";
import type {
  ExerciseStats,
  InsightExercise,
  RetestDecision,
  TestResult,
  TriggerStatus,
  TriggerVerdict,
} from "./types.js";
import { nameFromId } from "./wording.js";

/** With fewer sessions without the subject than this, the baseline is 0 (T1). */
const MIN_BASELINE_SESSIONS = 2;
/** T5: a separated result of this change or more makes a trigger. */
const SEPARATED_TRIGGER_CHANGE = 2;
/** T5 and T6: clean results in a row (T5) or passes (T6) that make it tolerated. */
const CLEAN_RESULTS_FOR_TOLERATED = 2;

/** Running figures of one exercise since its last verdict. */
interface Running {
  exposures: number;
  setsWithPain: number;
  painSum: number;
  painMax: number;
  sharpDays: number[];
  redDays: number[];
  lastDay: number;
  unrated: number;
  withSum: number;
  withCount: number;
  worse: number;
  containSum: number;
  containCount: number;
  /** The log's totals of measured sessions when these figures started (the baseline counts from there too). */
  baseSum: number;
  baseCount: number;
  /** Exercises present in every measured exposure so far (null before the first). */
  coPresent: Set<number> | null;
  separated: TestResult[];
  retest: TestResult[];
  verdict: TriggerVerdict | undefined;
}

function fresh(baseSum: number, baseCount: number, verdict: TriggerVerdict | undefined): Running {
  return {
    exposures: 0,
    setsWithPain: 0,
    painSum: 0,
    painMax: -1,
    sharpDays: [],
    redDays: [],
    lastDay: -1,
    unrated: 0,
    withSum: 0,
    withCount: 0,
    worse: 0,
    containSum: 0,
    containCount: 0,
    baseSum,
    baseCount,
    coPresent: null,
    separated: [],
    retest: [],
    verdict,
  };
}

/** The figures that T2's status reads, from the running figures, without the confounding check. */
function plainStats(
  r: Running,
  totalSum: number,
  totalCount: number,
): Omit<ExerciseStats, "exerciseId" | "name" | "pattern"> {
  const wc = r.withCount;
  const woc = totalCount - r.baseCount - r.containCount;
  const sumWithout = totalSum - r.baseSum - r.containSum;
  // Cross-multiplied as in T1 (exerciseStats.ts), so an exact +2 stays 2.
  const change =
    wc === 0 ? null : woc >= MIN_BASELINE_SESSIONS ? (r.withSum * woc - sumWithout * wc) / (wc * woc) : r.withSum / wc;
  const n = r.setsWithPain;
  return {
    exposures: r.exposures,
    setsWithPain: n,
    meanPain: n > 0 ? r.painSum / n : null,
    maxPain: r.painMax < 0 ? null : r.painMax,
    sharpEvents: r.sharpDays.length,
    redResponses: r.redDays.length,
    redDates: r.redDays.map(dayOfNumber),
    sharpDates: r.sharpDays.map(dayOfNumber),
    lastDate: r.lastDay < 0 ? null : dayOfNumber(r.lastDay),
    unratedSessions: r.unrated,
    nextMorning: {
      withCount: wc,
      withMean: wc > 0 ? r.withSum / wc : null,
      withoutCount: woc,
      withoutMean: woc > 0 ? sumWithout / woc : null,
      worseCount: r.worse,
      change,
    },
    separated: [...r.separated],
    retest: [...r.retest],
    ...(r.verdict ? { verdict: r.verdict } : {}),
  };
}

/** What the walk reads besides the indexed log. */
export interface TimelineInput {
  exercises?: readonly InsightExercise[];
  /** T6 decisions; an accepted re-test makes later sessions of the trigger re-test sessions. */
  retests?: readonly RetestDecision[];
}

/** The walk's answer: every exercise's figures and status inputs as of the end of the log. */
export interface TriggerTimeline {
  /** Sorted by exercise id; figures count from each exercise's last verdict onward. */
  stats: ExerciseStats[];
  /**
   * T5: the local days of every separated exposure in the log (whatever its result, before a verdict too), oldest
   * first. O7 reads them: an exercise left out of such a session was paused for the test, and a pause is no gap.
   */
  testDays: string[];
}

/** Loaded unless the exercise list says it moves no external load (unknown exercises count as loaded). */
export function loadedLookup(exercises: readonly InsightExercise[]): (id: string) => boolean {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  return (id) => {
    const def = byId.get(id);
    if (!def) return true;
    if (def.loaded !== undefined) return def.loaded;
    if (!def.equipment) return true;
    return isLoaded({ loaded: def.loaded, equipment: def.equipment, measure: def.measure });
  };
}

/** The day from which an accepted re-test runs, per exercise (the latest decision wins). */
function acceptedRetests(retests: readonly RetestDecision[]): Map<string, number> {
  const latest = new Map<string, RetestDecision>();
  for (const d of retests) {
    const prev = latest.get(d.exerciseId);
    if (!prev || d.date > prev.date || (d.date === prev.date && d.accept && !prev.accept)) latest.set(d.exerciseId, d);
  }
  const out = new Map<string, number>();
  for (const d of latest.values()) if (d.accept) out.set(d.exerciseId, Date.parse(`${d.date}T00:00:00Z`) / 86_400_000);
  return out;
}

/**
 * Walks the indexed log in date order and answers each exercise's figures, confounding, T5 separated results and
 * T6 re-test results, with the last verdict. Linear in the log, plus the exercises sharing each session squared.
 */
export function triggerTimeline(ix: LogIndex, input: TimelineInput = {}): TriggerTimeline {
  const exercises = input.exercises ?? [];
  const names = new Map(exercises.map((e) => [e.id, e.name]));
  const patterns = new Map(exercises.map((e) => [e.id, e.pattern]));
  const loadedOf = loadedLookup(exercises);
  const nE = ix.exerciseIds.length;
  const loaded = ix.exerciseIds.map((id) => loadedOf(id));
  const nameOf = (e: number) => {
    const id = ix.exerciseIds[e] as string;
    return names.get(id) ?? nameFromId(id);
  };
  const accepted = acceptedRetests(input.retests ?? []);
  const acceptedDay = ix.exerciseIds.map((id) => accepted.get(id));
  const run: Running[] = Array.from({ length: nE }, () => fresh(0, 0, undefined));
  let totalSum = 0;
  let totalCount = 0;
  const testDays: string[] = [];

  const statsOf = (e: number): ExerciseStats => {
    const r = run[e] as Running;
    const base = plainStats(r, totalSum, totalCount);
    const out: ExerciseStats = {
      exerciseId: ix.exerciseIds[e] as string,
      name: nameOf(e),
      pattern: patterns.get(ix.exerciseIds[e] as string) ?? null,
      ...base,
    };
    const nm = base.nextMorning;
    if (
      nm.change !== null &&
      nm.change >= TRIGGER_RULES.triggerChange &&
      nm.withCount >= TRIGGER_RULES.triggerChangeExposures
    ) {
      const with2: string[] = [];
      for (const y of r.coPresent ?? []) {
        if (y === e) continue;
        const other = run[y] as Running;
        // A trigger by verdict explains those mornings as well as a +2 does, though its own figures start afresh.
        const c = plainStats(other, totalSum, totalCount).nextMorning.change;
        if (other.verdict?.result === "trigger" || (c !== null && c >= TRIGGER_RULES.triggerChange))
          with2.push(nameOf(y));
      }
      if (with2.length > 0) out.confoundedWith = with2.sort();
    }
    return out;
  };
  const statusOf = (e: number): { status: TriggerStatus; change: number | null } => {
    const s = statsOf(e);
    return { status: decideStatus(s).status, change: s.nextMorning.change };
  };
  /** T5: counts as tolerated here (an unknown exercise with no next-morning change of +1 or more does too). */
  const toleratedHere = (v: { status: TriggerStatus; change: number | null }): boolean =>
    v.status === "tolerated" ||
    (v.status === "unknown" && (v.change === null || v.change < TRIGGER_RULES.suspectChange));

  const { seStart, seExercise, seRated, sePainSum, sePainMax, seFlags, sessionDay, sessionDelta } = ix;
  for (let si = 0; si < sessionDay.length; si++) {
    const from = seStart[si] as number;
    const to = seStart[si + 1] as number;
    const day = sessionDay[si] as number;
    const delta = sessionDelta[si] as number;
    const measured = !Number.isNaN(delta);
    const verdicts = new Map<number, TriggerVerdict>();

    if (measured) {
      // Statuses as of this session, before its own figures are added.
      const present: number[] = [];
      for (let r = from; r < to; r++) present.push(seExercise[r] as number);
      // Statuses are worked out only when asked, once per exercise per session: most sessions test nothing.
      const cache = new Map<number, { status: TriggerStatus; change: number | null }>();
      const asOf = (e: number) => {
        let v = cache.get(e);
        if (!v) {
          v = statusOf(e);
          cache.set(e, v);
        }
        return v;
      };
      for (let r = from; r < to; r++) {
        const e = seExercise[r] as number;
        if ((seRated[r] as number) === 0) continue;
        const state = run[e] as Running;
        const sharp = ((seFlags[r] as number) & SE_SHARP) !== 0;
        const maxPain = sePainMax[r] as number;
        const clean = maxPain <= TEST_MAX_PAIN && !sharp && delta <= 0;
        const result: TestResult = { date: dayOfNumber(day), change: delta, maxPain, sharp, clean };
        const status = asOf(e).status;
        // T5 tests loaded suspects: unloaded items (alignment, stretches, core holds) sit in nearly every session, so
        // a session never separates one of them from the others; T2's confounding keeps them suspects at most.
        if (status === "suspected" && loaded[e]) {
          const separated = present.every((y) => y === e || !loaded[y] || toleratedHere(asOf(y)));
          if (!separated) continue;
          if (testDays.at(-1) !== result.date) testDays.push(result.date);
          state.separated.push(result);
          if (delta >= SEPARATED_TRIGGER_CHANGE) {
            verdicts.set(e, { by: "T5", result: "trigger", date: result.date, results: [result] });
            continue;
          }
          let row = 0;
          for (let k = state.separated.length - 1; k >= 0 && (state.separated[k] as TestResult).clean; k--) row++;
          if (row >= CLEAN_RESULTS_FOR_TOLERATED)
            verdicts.set(e, {
              by: "T5",
              result: "tolerated",
              date: result.date,
              results: state.separated.slice(-CLEAN_RESULTS_FOR_TOLERATED),
            });
        } else if (status === "trigger") {
          const since = acceptedDay[e];
          if (since === undefined || day < since) continue;
          state.retest.push(result);
          if (!clean) verdicts.set(e, { by: "T6", result: "trigger", date: result.date, results: [...state.retest] });
          else if (state.retest.length >= CLEAN_RESULTS_FOR_TOLERATED)
            verdicts.set(e, { by: "T6", result: "tolerated", date: result.date, results: [...state.retest] });
        }
      }
    }

    // The session's own figures, as T1 adds them.
    if (measured) {
      totalSum += delta;
      totalCount++;
    }
    const here = new Set<number>();
    for (let q = from; q < to; q++) here.add(seExercise[q] as number);
    for (let r = from; r < to; r++) {
      const e = seExercise[r] as number;
      const state = run[e] as Running;
      const flags = seFlags[r] as number;
      if (measured) {
        state.containSum += delta;
        state.containCount++;
      }
      if (flags & SE_SHARP) state.sharpDays.push(day);
      if (flags & SE_RED) state.redDays.push(day);
      const rated = seRated[r] as number;
      if (rated === 0) {
        state.unrated++;
        continue;
      }
      state.exposures++;
      state.setsWithPain += rated;
      state.painSum += sePainSum[r] as number;
      if ((sePainMax[r] as number) > state.painMax) state.painMax = sePainMax[r] as number;
      state.lastDay = day;
      if (!measured) continue;
      state.withSum += delta;
      state.withCount++;
      if (delta > 0) state.worse++;
      if (state.coPresent === null) state.coPresent = new Set(here);
      else for (const y of state.coPresent) if (!here.has(y)) state.coPresent.delete(y);
    }
    for (const [e, verdict] of verdicts) {
      run[e] = fresh(totalSum, totalCount, verdict);
      // A failed re-test uses up the acceptance: the offer comes back later and needs a new yes.
      if (verdict.by === "T6") acceptedDay[e] = undefined;
    }
  }

  const stats: ExerciseStats[] = [];
  for (let e = 0; e < nE; e++) stats.push(statsOf(e));
  return { stats, testDays };
}
