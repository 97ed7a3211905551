/**
 * Date ranges of the report and share forms: the default last 90 days, and the server's own checks done here first
 * (a report opens in a new tab, where a refused range would only show an error page), each naming its field.
 */
import { addDays, REPORT_MAX_DAYS } from "@spotter/core";

/** The last 90 days up to and including today. */
export function last90Days(today: string): { from: string; to: string } {
  return { from: addDays(today, -89), to: today };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The number of days in a range, both ends counted. */
export function daysIn(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return 0;
  return Math.round((b - a) / 86_400_000) + 1;
}

/** Problems with a from/to pair, keyed by field, each sentence starting with the field's label. */
export function rangeErrors(from: string, to: string, today: string): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  if (!DAY.test(from)) out.from = "From: choose the first day.";
  if (!DAY.test(to)) out.to = "To: choose the last day.";
  // One day of slack: the user's "today" may already be tomorrow in the server's reading of another zone.
  else if (to > addDays(today, 1)) out.to = "To: choose today or an earlier day.";
  if (out.from || out.to) return out;
  if (from > to) out.to = "To: choose a day on or after the From day.";
  else if (daysIn(from, to) > REPORT_MAX_DAYS) {
    out.from = `From: a report covers at most ${REPORT_MAX_DAYS} days (about 3 years); choose a later day.`;
  }
  return out;
}
