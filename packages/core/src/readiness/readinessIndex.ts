/**
 * The user's readiness history indexed once, so that each day's readiness costs its own window, not the account's
 * age (API.md "Added 2026-12": rules that look back read the latest relevant event by index, so an old open red
 * flag still counts).
 *
 * What a day needs and how it is found:
 * - the day's check-in and the latest full red-flag answers on or before it: binary search over the sorted days;
 * - the latest clearance recorded by the end of the day: binary search over the clearances sorted by cover day;
 * - the locks (R1/R2 signs, R6 no improvement): they depend only on which clearance covers the day, so they are
 *   found once per clearance by one pass over the check-ins, each sign with the first day it locked; a day then
 *   keeps the signs that began on or before it;
 * - yesterday's sessions (R3 lingering pain): a map by day.
 */
import { EVERYDAY_PAIN, type EverydayPain, RED_FLAG_KEYS, type RedFlagKey } from "../records/vocab.js";
import { addDays } from "../time.js";
import { type ClearanceCover, clearanceCoverOf, isCheckinCovered } from "./clearanceCover.js";
import type { ReadinessCheckin, ReadinessInput } from "./inputs.js";
import { type LockSign, nerveBaseline, nerveLockSigns, redFlagLockSigns } from "./lockSigns.js";
import { isNewOrWorse, type NerveSymptomKey } from "./nerve.js";
import {
  firstNoImprovement,
  type NoImprovementFinding,
  type NoImprovementSpell,
  noImprovementSpells,
  PAIN_AVERAGE_DAYS,
  type WalkCounter,
} from "./noImprovement.js";
import { RED_FLAGS_PAIN_TRIGGER, redFlagsComplete } from "./redFlagsDue.js";

/** Two check-ins for one day (which the API never stores) are merged the cautious way: the worse of each answer. */
export function mergeSameDay(a: ReadinessCheckin, b: ReadinessCheckin): ReadinessCheckin {
  const worse = (x: EverydayPain, y: EverydayPain) => (EVERYDAY_PAIN.indexOf(x) >= EVERYDAY_PAIN.indexOf(y) ? x : y);
  const redFlags: Partial<Record<RedFlagKey, boolean | null>> = {};
  for (const k of RED_FLAG_KEYS) {
    const x = a.redFlags?.[k] ?? null;
    const y = b.redFlags?.[k] ?? null;
    redFlags[k] = x === true || y === true ? true : x === false || y === false ? false : null;
  }
  const created = [a.createdAt, b.createdAt].filter((s): s is string => s !== undefined).sort()[0];
  return {
    date: a.date,
    painNow: Math.max(a.painNow, b.painNow),
    everydayPain: worse(a.everydayPain, b.everydayPain),
    nerve: [...(a.nerve ?? []), ...(b.nerve ?? [])],
    redFlags,
    regions: [...new Set([...(a.regions ?? []), ...(b.regions ?? [])])],
    confirmed: [...new Set([...(a.confirmed ?? []), ...(b.confirmed ?? [])])],
    ...(created === undefined ? {} : { createdAt: created }),
  };
}

/** What the locks are under one clearance (or none): found once, read by every day that clearance covers. */
export interface CoverState {
  cover: ClearanceCover | null;
  /** R1/R2 signs from yes answers and nerve entries, each with the first day it locked. */
  signs: LockSign[];
  /** The nerve symptoms the clearance knew. */
  nerveBaseline: Set<NerveSymptomKey>;
  /** Pain by day of the check-ins the clearance does not cover (R6 counts only those). */
  painByDay: Map<string, number>;
  /** The first day R6 fired since the clearance, or null (a lock only under R6's exception). */
  firstStall: NoImprovementFinding | null;
  /** R6's spells of no improvement since the clearance (the `review` advice). */
  spells: NoImprovementSpell[];
}

/** The indexed history of one user; build it with `indexReadiness`, read it with `readinessOn`. */
export interface ReadinessIndex {
  timeZone: string;
  /** One check-in per day (same-day check-ins merged), sorted by date. */
  checkins: ReadinessCheckin[];
  days: string[];
  /** Indexes into `checkins` of those answering every red-flag question, ascending. */
  completeAt: number[];
  /** Indexes of check-ins with a new or worsening nerve symptom, ascending. */
  nerveNewAt: number[];
  /** Indexes of check-ins with pain now high enough to ask the red flags again, ascending. */
  painHighAt: number[];
  /** Clearance covers sorted by (cover day, recorded instant), ties in input order. */
  covers: ClearanceCover[];
  /** Each day's sessions' starting pains (null pains left out). */
  painBeforeByDay: Map<string, number[]>;
  /** Lock state per clearance (-1: none), filled on first use. */
  coverStates: Map<number, CoverState>;
  /** Days evaluated by look-back walks and by day-by-day series: the work a caller caused. */
  work: WalkCounter;
  /** R6's exception: the first day with a yes to cancer history, weight loss, onset after 50 or night pain. */
  r6LockFrom: string | null;
}

/** R6's exception: a yes to any of these ever makes no improvement in a month a red-flag finding (R2). */
export const R6_LOCK_FLAGS: readonly RedFlagKey[] = ["cancerHistory", "weightLoss", "onsetAfter50", "nightPain"];

/** Index of the last element of a sorted array that is <= key, or -1. */
export function lastAtOrBefore<T>(sorted: readonly T[], key: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T) <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The first element of an ascending number array that is > after, or undefined. */
export function firstAfter(sorted: readonly number[], after: number): number | undefined {
  const i = lastAtOrBefore(sorted, after) + 1;
  return sorted[i];
}

/** Indexes everything the readiness rules read, once: O(n log n) in the records, independent of the dates. */
export function indexReadiness(input: Omit<ReadinessInput, "date">): ReadinessIndex {
  const timeZone = input.timeZone ?? "UTC";
  const byDay = new Map<string, ReadinessCheckin>();
  for (const c of input.checkins) {
    const seen = byDay.get(c.date);
    byDay.set(c.date, seen ? mergeSameDay(seen, c) : c);
  }
  const checkins = [...byDay.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const completeAt: number[] = [];
  const nerveNewAt: number[] = [];
  const painHighAt: number[] = [];
  checkins.forEach((c, i) => {
    if (redFlagsComplete(c.redFlags)) completeAt.push(i);
    if (c.nerve?.some(isNewOrWorse)) nerveNewAt.push(i);
    if (c.painNow >= RED_FLAGS_PAIN_TRIGGER) painHighAt.push(i);
  });
  const covers = (input.clearances ?? [])
    .map((c, i) => ({ cover: clearanceCoverOf(c, timeZone), i }))
    .sort((a, b) => {
      if (a.cover.coverDay !== b.cover.coverDay) return a.cover.coverDay < b.cover.coverDay ? -1 : 1;
      const d = (a.cover.recordedAtMs ?? 0) - (b.cover.recordedAtMs ?? 0);
      return d !== 0 ? d : a.i - b.i;
    })
    .map((x) => x.cover);
  const painBeforeByDay = new Map<string, number[]>();
  for (const s of input.sessions ?? []) {
    if (s.painBefore === null) continue;
    const list = painBeforeByDay.get(s.date);
    if (list) list.push(s.painBefore);
    else painBeforeByDay.set(s.date, [s.painBefore]);
  }
  return {
    timeZone,
    checkins,
    days: checkins.map((c) => c.date),
    completeAt,
    nerveNewAt,
    painHighAt,
    covers,
    painBeforeByDay,
    coverStates: new Map(),
    work: { days: 0 },
    r6LockFrom: checkins.find((c) => R6_LOCK_FLAGS.some((k) => c.redFlags?.[k] === true))?.date ?? null,
  };
}

/**
 * The position in `ix.covers` of the clearance that covers `day`: the latest recorded on or before it (later ones
 * did not exist yet), the first of exact ties; -1 when none.
 */
export function coverIndexOn(ix: ReadinessIndex, day: string): number {
  let lo = 0;
  let hi = ix.covers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ix.covers[mid] as ClearanceCover).coverDay <= day) lo = mid + 1;
    else hi = mid;
  }
  let at = lo - 1;
  const key = (c: ClearanceCover) => `${c.coverDay}|${c.recordedAtMs ?? 0}`;
  while (at > 0 && key(ix.covers[at - 1] as ClearanceCover) === key(ix.covers[at] as ClearanceCover)) at--;
  return at;
}

/** The lock state under the clearance at `at` (-1: none), computed on first use and kept in the index. */
export function coverState(ix: ReadinessIndex, at: number): CoverState {
  const known = ix.coverStates.get(at);
  if (known) return known;
  const cover = at < 0 ? null : (ix.covers[at] as ClearanceCover);
  // One pass each over the whole history: a sign's first day does not depend on the days after it, so a day
  // reads the signs that began on or before it.
  const signs = [...redFlagLockSigns(ix.checkins, cover), ...nerveLockSigns(ix.checkins, cover)];
  const painByDay = new Map<string, number>();
  for (const c of ix.checkins) if (!isCheckinCovered(c, cover)) painByDay.set(c.date, c.painNow);
  const first = ix.checkins[0];
  const lastDay = ix.days[ix.days.length - 1];
  // Windows ending on a day read only check-ins up to it, so the first stall over all days is each day's too. The
  // last day one can fire on is 6 days after the last check-in (its window must hold check-ins).
  const firstStall =
    first && lastDay !== undefined
      ? firstNoImprovement(painByDay, first.date, addDays(lastDay, PAIN_AVERAGE_DAYS - 1), ix.work)
      : null;
  const spells = noImprovementSpells(painByDay, ix.work);
  const state: CoverState = {
    cover,
    signs,
    nerveBaseline: nerveBaseline(ix.checkins, cover),
    painByDay,
    firstStall,
    spells,
  };
  ix.coverStates.set(at, state);
  return state;
}
