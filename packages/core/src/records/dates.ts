/**
 * The one date-window rule of the API (API.md "Added 2026-12", Dates): every day the API accepts lies in a sane
 * window, and every range has a cap, so no date a client sends can make the server walk centuries.
 *
 * - A record's date (check-in, session, daily entry, clearance, an imported or restored row) runs from 1900-01-01
 *   to the user's tomorrow (a client's clock may run a day ahead, never more).
 * - A forward date (a query of a coming day, an `until`) may be up to 2 years after today.
 * - A range (`from`..`to`) is at most RANGE_MAX_DAYS long; over the cap the answer is a 400 naming `from`, never a
 *   shortened list.
 *
 * Pure: "today" (the user's local day) is always passed in.
 */
import { addDays, daysBetween } from "../time.js";
import { zDay } from "./vocab.js";

/** The earliest day any record or query may name. */
export const EARLIEST_DAY = "1900-01-01";
/** How far ahead a forward date may lie: two years (731 days covers a leap year). */
export const FORWARD_MAX_DAYS = 731;
/** The longest range any list, trend or report covers, in days (about three years, as the clinician report). */
export const RANGE_MAX_DAYS = 1096;

/** An inclusive window of days. */
export interface DayWindow {
  from: string;
  to: string;
}

/** The window of a record's date: 1900-01-01 to the user's tomorrow. */
export function recordDayWindow(today: string): DayWindow {
  return { from: EARLIEST_DAY, to: addDays(today, 1) };
}

/** The window of a forward date (a query of a coming day, an `until`): 1900-01-01 to two years after today. */
export function forwardDayWindow(today: string): DayWindow {
  return { from: EARLIEST_DAY, to: addDays(today, FORWARD_MAX_DAYS) };
}

/**
 * Why `day` lies outside the window, in words that follow the field name ("is before 1900-01-01"), or null when it
 * lies inside. `day` must already be a real `YYYY-MM-DD` (the schema checks that first).
 */
export function dayOutsideWindow(day: string, window: DayWindow): string | null {
  if (day < window.from) return `is before ${window.from}, the earliest day Spotter accepts`;
  if (day > window.to) return `is after ${window.to}, the latest day Spotter accepts here`;
  return null;
}

/** A problem with one field of a range. */
export interface RangeProblem {
  field: "from" | "to";
  message: string;
}

/**
 * Checks a range against a window and a cap: each end inside the window, `from` not after `to`, and at most
 * `maxDays` days long. The first problem found is answered (a range over its cap names `from`).
 */
export function rangeProblem(
  range: DayWindow,
  window: DayWindow,
  maxDays: number = RANGE_MAX_DAYS,
): RangeProblem | null {
  const fromOut = dayOutsideWindow(range.from, window);
  if (fromOut) return { field: "from", message: fromOut };
  const toOut = dayOutsideWindow(range.to, window);
  if (toOut) return { field: "to", message: toOut };
  if (range.from > range.to) return { field: "from", message: "is after to" };
  if (daysBetween(range.from, range.to) + 1 > maxDays) {
    return { field: "from", message: `is too far back: a range covers at most ${maxDays} days` };
  }
  return null;
}

/** A record's day in the API schemas; the server checks the window against the user's today. */
export const zRecordDay = zDay.describe(
  "A day (YYYY-MM-DD) from 1900-01-01 to the user's tomorrow; outside it the answer is a 400 naming this field.",
);

/** A queried day (a coming day may be asked for). */
export const zQueryDay = zDay.describe(
  "A day (YYYY-MM-DD) from 1900-01-01 to two years after the user's today; outside it, a 400 naming this field.",
);

/** The first day of a queried range. */
export const zRangeFrom = zDay.describe(
  `First day of the range (YYYY-MM-DD, from 1900-01-01). A range covers at most ${RANGE_MAX_DAYS} days: a longer ` +
    "one is a 400 naming from, never a shortened list.",
);

/** The last day of a queried range. */
export const zRangeTo = zDay.describe(
  "Last day of the range (YYYY-MM-DD, up to two years after the user's today; the report's, up to tomorrow).",
);
