/**
 * The clinician report (X3) from the user's log: the range checked at the edge (400s name the field), the core's
 * report model built from the cached log, and the current trigger list a share link adds.
 */
import {
  addDays,
  buildClinicianReport,
  type ClinicianReport,
  daysBetween,
  REPORT_MAX_DAYS,
  type TriggerInsight,
  triggerInsights,
} from "@spotter/core";
import type { Deps } from "../context.js";
import { invalidField } from "../errors.js";
import { loadUserLog, type UserLog } from "./log.js";
import { todayIn } from "./today.js";

/** Days a report covers when no range is given (the last 90 days ending today). */
export const REPORT_DEFAULT_DAYS = 90;

/**
 * The inclusive range of a report: `to` defaults to today in the user's zone, `from` to 89 days before `to`.
 * Throws VALIDATION_FAILED naming the field when `from` is after `to`, the range is longer than REPORT_MAX_DAYS,
 * or `to` is after tomorrow (a client's clock may run a day ahead, never more).
 */
export function reportRange(q: { from?: string | undefined; to?: string | undefined }, today: string) {
  if (q.to !== undefined && q.to > addDays(today, 1)) throw invalidField("to", "is in the future");
  const to = q.to ?? today;
  const from = q.from ?? addDays(to, -(REPORT_DEFAULT_DAYS - 1));
  if (from > to) throw invalidField("from", "is after to");
  if (daysBetween(from, to) + 1 > REPORT_MAX_DAYS) {
    throw invalidField("from", `is too far back: a report covers at most ${REPORT_MAX_DAYS} days (about 3 years)`);
  }
  return { from, to };
}

/** The report of a user's log over an already checked range. */
export function reportFromLog(log: UserLog, from: string, to: string, now: number): ClinicianReport {
  return buildClinicianReport({
    from,
    to,
    now,
    profile: log.profile,
    exercises: log.exercises,
    sessions: log.sessions,
    checkins: log.checkins,
    clearances: log.clearances,
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
  return reportFromLog(log, from, to, deps.now());
}

/** The trigger list as `GET /insights/triggers` answers it today (a share link shows it beside the report). */
export function currentTriggers(log: UserLog): TriggerInsight[] {
  return triggerInsights(
    { sessions: log.sessions, sets: log.sets, checkins: log.checkins },
    log.profile,
    log.exercises,
    { includePatterns: false },
  );
}
