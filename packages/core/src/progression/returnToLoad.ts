/**
 * O7 return to load (new 2026-12): the first session of an exercise after a break starts lighter and ramps back.
 * After an R1 or R2 lock since its last session, or 28 days or more without it: 80% of its last working load; after
 * 14-27 days: 90%. After R3 days, the exercises of the session before the first R3 day and grade C-D exercises
 * return at 90% after one R3 day and 80% after two or more in a row. The gap counts days without the exercise and
 * its ladder neighbours; a T5 pause of up to 14 days is not a gap.
 */
import type { Grade, Tier } from "../records/vocab.js";
import { addDays, daysBetween } from "../time.js";

/** O7: days without an exercise from which it returns at 90%. */
export const RETURN_GAP_SHORT_DAYS = 14;
/** O7: days without an exercise from which it returns at 80%. */
export const RETURN_GAP_LONG_DAYS = 28;
/** O7: the share of the last working load after a short gap or one R3 day. */
export const RETURN_FACTOR_SHORT = 0.9;
/** O7: the share after a long gap, a lock, or two or more R3 days in a row. */
export const RETURN_FACTOR_LONG = 0.8;
/** O7/T5: a T5 pause of up to this many days (from the first day it left the exercise out to today) is not a gap. */
export const RETURN_PAUSE_MAX_DAYS = 14;

/** What O7 reads about the days between the exercise's last session and today. */
export interface ReturnInput {
  /** Local day of the last session of the exercise or a ladder neighbour. */
  lastDay: string;
  /** The user's local today (the day the next session is for). */
  today: string;
  /** The tier of a day in between (days with no answer count as no lock and no R3). */
  tierOn?: (day: string) => Tier | undefined;
  /** The exercise's grade (C-D return after R3 days). */
  grade: Grade;
  /** True when the exercise was in the session before the first R3 day (it returns after R3 days too). */
  inSessionBeforeR3?: boolean;
  /** T5: the first day since `lastDay` the exercise was left out of a session for a test of another suspect. */
  pausedFrom?: string;
}

/**
 * Days without the exercise that count as a gap: from its last session to today, less a T5 pause (its first day to
 * today) of up to 14 days. A longer pause is more than T5 asks for, so all of it counts.
 */
export function gapDaysOf(input: Pick<ReturnInput, "lastDay" | "today" | "pausedFrom">): number {
  const days = daysBetween(input.lastDay, input.today);
  const from = input.pausedFrom;
  if (from === undefined || from <= input.lastDay || from >= input.today) return days;
  return daysBetween(from, input.today) <= RETURN_PAUSE_MAX_DAYS ? daysBetween(input.lastDay, from) : days;
}

/** O7's answer: the share of the last working load and why, or null when the exercise keeps its load. */
export interface ReturnDecision {
  factor: number;
  /** Days from the last session to today that count as a gap (a T5 pause of up to 14 days does not). */
  gapDays: number;
  cause: "gap" | "lock" | "r3";
  /** Plain words for the target's `why`, e.g. "back after 16 days: 90%". */
  words: string;
}

/** O7: the return factor of an exercise, or null when nothing since its last session calls for one. */
export function returnToLoad(input: ReturnInput): ReturnDecision | null {
  // "16 days without it": the last session on the 1st and the next on the 17th (a T5 pause is no gap).
  const gapDays = gapDaysOf(input);
  if (gapDays >= RETURN_GAP_LONG_DAYS) {
    return { factor: RETURN_FACTOR_LONG, gapDays, cause: "gap", words: `back after ${gapDays} days: 80%` };
  }
  let locked = false;
  let run = 0;
  let longestRun = 0;
  for (let day = addDays(input.lastDay, 1); day < input.today; day = addDays(day, 1)) {
    const tier = input.tierOn?.(day);
    if (tier === "R1" || tier === "R2") locked = true;
    run = tier === "R3" ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  if (locked)
    return { factor: RETURN_FACTOR_LONG, gapDays, cause: "lock", words: "back after a pause for red flags: 80%" };
  const r3Applies = longestRun > 0 && (input.inSessionBeforeR3 === true || input.grade === "C" || input.grade === "D");
  const r3Factor = r3Applies ? (longestRun >= 2 ? RETURN_FACTOR_LONG : RETURN_FACTOR_SHORT) : 1;
  const gapFactor = gapDays >= RETURN_GAP_SHORT_DAYS ? RETURN_FACTOR_SHORT : 1;
  if (r3Factor === 1 && gapFactor === 1) return null;
  if (r3Factor <= gapFactor) {
    const days = longestRun === 1 ? "a recovery day" : `${longestRun} recovery days`;
    return { factor: r3Factor, gapDays, cause: "r3", words: `back after ${days}: ${Math.round(r3Factor * 100)}%` };
  }
  return { factor: gapFactor, gapDays, cause: "gap", words: `back after ${gapDays} days: 90%` };
}
