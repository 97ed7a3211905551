/**
 * The clinician report (X3) from the user's log: the range checked at the edge (400s name the field), the core's
 * report model built from the cached log, and the current trigger list a share link adds.
 */
import {
  buildClinicianReport,
  type ClinicianReport,
  type DayWindow,
  REPORT_MAX_DAYS,
  recordDayWindow,
  type TriggerInsight,
  type WeeklyPlan,
} from "@spotter/core";
import { currentPlan } from "@spotter/db";
import type { Deps } from "../context.js";
import { triggerListOf } from "../routes/insights.js";
import { loadUserLog, type UserLog } from "./log.js";
import { checkedRange, type RangeQuery, todayIn } from "./today.js";

/** Days a report covers when no range is given (the last 90 days ending today). */
export const REPORT_DEFAULT_DAYS = 90;

/**
 * The inclusive range of a report: `to` defaults to today in the user's zone, `from` to 89 days before `to`.
 * Throws VALIDATION_FAILED naming the field when a day lies outside 1900-01-01 .. tomorrow (a client's clock may
 * run a day ahead, never more), `from` is after `to`, or the range is longer than REPORT_MAX_DAYS.
 */
export function reportRange(q: RangeQuery, today: string): DayWindow {
  return checkedRange(q, today, {
    defaultDays: REPORT_DEFAULT_DAYS,
    maxDays: REPORT_MAX_DAYS,
    window: recordDayWindow(today),
  });
}

/** The report of a user's log over an already checked range. */
export function reportFromLog(log: UserLog, from: string, to: string, now: number, plan?: WeeklyPlan): ClinicianReport {
  return buildClinicianReport({
    ...(plan ? { plan } : {}),
    from,
    to,
    now,
    profile: log.profile,
    exercises: log.exercises,
    sessions: log.sessions,
    checkins: log.checkins,
    clearances: log.clearances,
    retests: log.retests,
  });
}

/** The user's report for a query range (defaults and checks as `reportRange`). */
export async function clinicianReportFor(
  deps: Deps,
  userId: string,
  q: { from?: string | undefined; to?: string | undefined },
): Promise<ClinicianReport> {
  const log = await loadUserLog(deps, userId);
  const { from, to } = reportRange(q, todayIn(deps, log.profile.timeZone));
  return reportFromLog(log, from, to, deps.now(), await planOf(deps, userId));
}

/** The current stored plan, for the swaps "offered instead" names (undefined before the first plan). */
export async function planOf(deps: Deps, userId: string): Promise<WeeklyPlan | undefined> {
  return (await currentPlan<WeeklyPlan>(deps.db.kysely, userId))?.plan;
}

/**
 * The trigger list as `GET /insights/triggers` answers it today, exercises only (a share link shows it beside the
 * report): the same list, so re-test answers and each entry's test (T5, T6) read there as they do in the app.
 */
export function currentTriggers(deps: Deps, log: UserLog): TriggerInsight[] {
  return triggerListOf(deps, log).filter((t) => "exerciseId" in t.subject);
}
