/** ISO-8601 weeks (Monday first) on day numbers, for the weekly trends (T4). */
import { dayOfNumber } from "./logIndex.js";

/** Day number of the Monday of the ISO week holding day number `n`. */
export function mondayOf(n: number): number {
  // 1970-01-01 (day 0) was a Thursday, so (n + 3) mod 7 counts days since Monday.
  return n - ((((n + 3) % 7) + 7) % 7);
}

/** The ISO week key ("2026-W05") of the week starting on Monday day number `monday`. */
export function isoWeekKey(monday: number): string {
  const thursday = monday + 3;
  const year = Number(dayOfNumber(thursday).slice(0, 4));
  const jan1 = Date.UTC(year, 0, 1) / 86_400_000;
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
