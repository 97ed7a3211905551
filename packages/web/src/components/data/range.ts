/** Date ranges of the report and share forms: the default last 90 days, and checks that name the field. */
import { addDays } from "@spotter/core";

/** The last 90 days up to and including today. */
export function last90Days(today: string): { from: string; to: string } {
  return { from: addDays(today, -89), to: today };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Problems with a from/to pair, keyed by field, each sentence starting with the field's label. */
export function rangeErrors(from: string, to: string): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  if (!DAY.test(from)) out.from = "From: choose the first day of the report.";
  if (!DAY.test(to)) out.to = "To: choose the last day of the report.";
  if (!out.from && !out.to && from > to) out.to = "To: choose a day on or after the From day.";
  return out;
}

/** The number of days in a range, both ends counted. */
export function daysIn(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return 0;
  return Math.round((b - a) / 86_400_000) + 1;
}
