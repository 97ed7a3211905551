/**
 * R6 "no improvement in a month" (SPEC §2, revised 2026-12; R2 only with the cancer-history exception): the 7-day pain average is 3 or more and not lower than the 7-day
 * average 28 days earlier, with at least 4 check-ins in each window. A month without check-ins, or a month without
 * pain, is never "no improvement". Windows count whole calendar days, inclusive.
 */
import { addDays, daysBetween } from "../time.js";

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

/** R6: the `review` advice repeats every this many days while the month without improvement lasts. */
export const REVIEW_EVERY_DAYS = 7;

/** R6: true when the 7-day average ending `day` is below the one 28 days earlier (each with 4 check-ins). */
export function improvedOn(painByDay: ReadonlyMap<string, number>, day: string): boolean {
  const now = painWindowAverage(painByDay, day);
  const before = painWindowAverage(painByDay, addDays(day, -NO_IMPROVEMENT_LOOKBACK_DAYS));
  if (now.count < NO_IMPROVEMENT_MIN_CHECKINS || before.count < NO_IMPROVEMENT_MIN_CHECKINS) return false;
  return now.average !== null && before.average !== null && now.average < before.average;
}

/** R6: a spell of no improvement: the finding that began it and the day it ended (null while it lasts). */
export interface NoImprovementSpell {
  start: NoImprovementFinding;
  end: string | null;
}

/**
 * R6 (revised 2026-12): every spell of no improvement, oldest first. A spell starts on a day the rule fires and lasts
 * until a day whose 7-day average is below the one 28 days earlier. Both need check-ins in the window, so only days
 * whose 7-day window holds a check-in are evaluated (as `firstNoImprovement` does); `work` counts them.
 */
export function noImprovementSpells(painByDay: ReadonlyMap<string, number>, work?: WalkCounter): NoImprovementSpell[] {
  const days = [...painByDay.keys()].sort();
  const earliest = days[0];
  const out: NoImprovementSpell[] = [];
  if (earliest === undefined) return out;
  let active: NoImprovementFinding | null = null;
  let next = addDays(earliest, NO_IMPROVEMENT_LOOKBACK_DAYS);
  for (const checkinDay of days) {
    const last = addDays(checkinDay, PAIN_AVERAGE_DAYS - 1);
    let day = next;
    if (checkinDay > day) day = checkinDay;
    for (; day <= last; day = addDays(day, 1)) {
      if (work) work.days++;
      if (active && improvedOn(painByDay, day)) {
        out.push({ start: active, end: day });
        active = null;
      } else if (!active) {
        active = noImprovementOn(painByDay, day);
      }
    }
    if (day > next) next = day;
  }
  if (active) out.push({ start: active, end: null });
  return out;
}

/** R6: the spell that holds `day` (began on or before it and had not ended), or null. */
export function spellOn(spells: readonly NoImprovementSpell[], day: string): NoImprovementSpell | null {
  for (let i = spells.length - 1; i >= 0; i--) {
    const s = spells[i];
    if (s && s.start.day <= day) return s.end === null || s.end > day ? s : null;
  }
  return null;
}

/** R6: true on the first day of a spell and every 7th day after it. */
export function reviewDue(spell: Pick<NoImprovementFinding, "day">, day: string): boolean {
  const d = daysBetween(spell.day, day);
  return d >= 0 && d % REVIEW_EVERY_DAYS === 0;
}
