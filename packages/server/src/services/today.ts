/**
 * The user's "today" (SPEC §2 "Time") and the date windows checked against it (core `records/dates.ts`): every day
 * and range the API accepts goes through one of the three checks here, each a 400 naming the field.
 */
import {
  addDays,
  type DayWindow,
  dayOutsideWindow,
  forwardDayWindow,
  localDay,
  RANGE_MAX_DAYS,
  rangeProblem,
  recordDayWindow,
} from "@spotter/core";
import { getProfile } from "@spotter/db";
import type { Deps } from "../context.js";
import { invalidField } from "../errors.js";

/** Today's local day for a time zone. */
export function todayIn(deps: Deps, timeZone: string): string {
  return localDay(deps.now(), timeZone);
}

function assertInWindow(day: string, window: DayWindow, path: string): void {
  const problem = dayOutsideWindow(day, window);
  if (problem) throw invalidField(path, problem);
}

/** Rejects a record's day outside 1900-01-01 .. the user's tomorrow (a client's clock may run a day ahead). */
export function assertNotFuture(deps: Deps, timeZone: string, date: string, path = "date"): void {
  assertInWindow(date, recordDayWindow(todayIn(deps, timeZone)), path);
}

/** Rejects a queried day (a coming day may be asked for) outside 1900-01-01 .. two years after today. */
export function assertQueryDay(today: string, date: string, path = "date"): void {
  assertInWindow(date, forwardDayWindow(today), path);
}

/** The day a `?date` query asks about: today in the user's zone when absent, else the day given, checked as above. */
export async function queriedDay(deps: Deps, userId: string, date: string | undefined): Promise<string> {
  const today = todayIn(deps, (await getProfile(deps.db.kysely, userId)).timeZone);
  assertQueryDay(today, date ?? today);
  return date ?? today;
}

/** A range as a query gives it: either end may be missing. */
export interface RangeQuery {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Checks a queried range and fills its defaults: each given end must lie in the window (1900-01-01 .. two years
 * ahead unless `window` narrows it; the field at fault is named), then `to` defaults to today and `from` to
 * `defaultDays` days ending at `to`; `from` after `to`, or a range longer than `maxDays`, is a 400 naming `from`
 * (never a shortened list).
 */
export function checkedRange(
  q: RangeQuery,
  today: string,
  opts: { defaultDays: number; maxDays?: number; window?: DayWindow },
): DayWindow {
  const window = opts.window ?? forwardDayWindow(today);
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) throw invalidField("from", "is after to");
  if (q.from !== undefined) assertInWindow(q.from, window, "from");
  if (q.to !== undefined) assertInWindow(q.to, window, "to");
  const to = q.to ?? today;
  const range = { from: q.from ?? addDays(to, -(opts.defaultDays - 1)), to };
  const problem = rangeProblem(range, window, opts.maxDays ?? RANGE_MAX_DAYS);
  if (problem) throw invalidField(problem.field, problem.message);
  return range;
}

/**
 * Checks a list's range, where either end may stay open: each given end in the forward window, and when both are
 * given, `from` not after `to` and at most RANGE_MAX_DAYS days between them (400 naming `from`).
 */
export function assertListRange(q: RangeQuery, today: string): void {
  const window = forwardDayWindow(today);
  if (q.from !== undefined) assertInWindow(q.from, window, "from");
  if (q.to !== undefined) assertInWindow(q.to, window, "to");
  if (q.from === undefined || q.to === undefined) return;
  const problem = rangeProblem({ from: q.from, to: q.to }, window);
  if (problem) throw invalidField(problem.field, problem.message);
}
