/**
 * R2 "no improvement in a month" (SPEC §2): the 7-day pain average is 3 or more and not lower than the 7-day
 * average 28 days earlier, with at least 4 check-ins in each window. A month without check-ins, or a month without
 * pain, is never "no improvement". Windows count whole calendar days, inclusive.
 */
import { addDays } from "../time.js";

/** Days in each averaging window. */
export const PAIN_AVERAGE_DAYS = 7;
/** How far back the comparison window ends. */
export const NO_IMPROVEMENT_LOOKBACK_DAYS = 28;
/** Fewest check-ins a window needs before its average counts. */
export const NO_IMPROVEMENT_MIN_CHECKINS = 4;
/** The lowest 7-day average that can count as "no improvement" (below it, pain is in the safe zone). */
export const NO_IMPROVEMENT_MIN_AVERAGE = 3;

/** The mean pain of a window and how many check-ins it holds (`average` is null when it holds none). */
export interface PainWindowAverage {
  average: number | null;
  count: number;
}

/** The mean of the pain values in the inclusive window of `days` days ending on `endDay`. */
export function painWindowAverage(
  painByDay: ReadonlyMap<string, number>,
  endDay: string,
  days = PAIN_AVERAGE_DAYS,
): PainWindowAverage {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < days; i++) {
    const p = painByDay.get(addDays(endDay, -i));
    if (p !== undefined) {
      sum += p;
      count++;
    }
  }
  return { average: count > 0 ? sum / count : null, count };
}

/** A day on which the no-improvement rule fired, with the two averages it compared. */
export interface NoImprovementFinding {
  day: string;
  averageNow: number;
  averageBefore: number;
}

/** The no-improvement rule evaluated on one day, or null when it does not fire. */
export function noImprovementOn(painByDay: ReadonlyMap<string, number>, day: string): NoImprovementFinding | null {
  const now = painWindowAverage(painByDay, day);
  const before = painWindowAverage(painByDay, addDays(day, -NO_IMPROVEMENT_LOOKBACK_DAYS));
  if (now.count < NO_IMPROVEMENT_MIN_CHECKINS || before.count < NO_IMPROVEMENT_MIN_CHECKINS) return null;
  if (now.average === null || before.average === null) return null;
  if (now.average < NO_IMPROVEMENT_MIN_AVERAGE || now.average < before.average) return null;
  return { day, averageNow: now.average, averageBefore: before.average };
}

/** Counts the days a look-back rule evaluates, so tests can check that its cost follows its window. */
export interface WalkCounter {
  days: number;
}

/**
 * The first day in [from, to] on which the rule fired, or null. R2 is a lock, so a month without improvement keeps
 * the day at R2 after the averages move, until a clearance starts the count again.
 *
 * Only days whose 7-day window holds a check-in are evaluated (a window without one has fewer than 4 and cannot
 * fire), so the cost follows the number of check-ins, never the years between the first one and `to`. `work`
 * counts the days evaluated.
 */
export function firstNoImprovement(
  painByDay: ReadonlyMap<string, number>,
  from: string,
  to: string,
  work?: WalkCounter,
): NoImprovementFinding | null {
  const days = [...painByDay.keys()].sort();
  const earliest = days[0];
  if (earliest === undefined) return null;
  // The earlier window must hold check-ins, so nothing can fire before 28 days after the first one.
  let next = addDays(earliest, NO_IMPROVEMENT_LOOKBACK_DAYS);
  if (next < from) next = from;
  for (const checkinDay of days) {
    if (checkinDay > to) break;
    // The days whose 7-day window holds this check-in: checkinDay .. checkinDay + 6, each evaluated once.
    const last = addDays(checkinDay, PAIN_AVERAGE_DAYS - 1);
    let day = next;
    if (checkinDay > day) day = checkinDay;
    for (; day <= last && day <= to; day = addDays(day, 1)) {
      if (work) work.days++;
      const found = noImprovementOn(painByDay, day);
      if (found) return found;
    }
    if (day > next) next = day;
  }
  return null;
}
