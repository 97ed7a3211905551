/**
 * Wall-clock times as the exports write them, and the instant each is in the profile's zone (X1: "times are read in
 * the profile's time zone"). The files carry no zone or offset, so the wall time is the only truth we have.
 */
import { isValidTimeZone, type WallTime } from "../time.js";

/**
 * A wall-clock time without zone (core's `time.ts`). Seconds are kept for the instant (a workout's start to the
 * second) but left out of the identity key, which stays to the minute so that files imported before keep their keys.
 */
export type { WallTime };

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Month number of an English month name or an abbreviation of at least three letters ("Apr", "Sept."), or null. */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const i = MONTH_NAMES.findIndex((n) => n.startsWith(w));
  return i < 0 ? null : i + 1;
}

/** The wall time if every part is in range and the day exists in that month, else null. */
function wall(year: number, month: number, day: number, hour: number, minute: number, second = 0): WallTime | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || year < 1900 || year > 2200) return null;
  if (second > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day, hour, minute, second };
}

/** A 12-hour clock to 24 hours ("12:05 AM" is 00:05); null when the hour cannot be a 12-hour one. */
function hour24(h: number, ampm: string | undefined): number | null {
  if (ampm === undefined) return h;
  if (h < 1 || h > 12) return null;
  const pm = ampm.toLowerCase() === "pm";
  return (h % 12) + (pm ? 12 : 0);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const DAY_FIRST = /^(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;
const MONTH_FIRST = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;

/** "YYYY-MM-DD HH:MM[:SS]" (Strong), "YYYY-MM-DD" (FitNotes, read as midnight) or with a "T"; else null. */
export function parseIsoWall(text: string): WallTime | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  return wall(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/**
 * Hevy's dates: "8 Apr 2026, 16:50", "24 Jul 2024, 7:07", "Jun 11, 2026, 1:01 PM" (US locale), and ISO as a
 * fallback. English month names only: that is what Hevy writes in every export we have seen.
 */
export function parseHevyWall(text: string): WallTime | null {
  // Newer ICU puts a narrow no-break space before AM/PM; \s covers it, but collapse runs for the patterns.
  const t = text.trim().replace(/\s+/g, " ");
  const d = DAY_FIRST.exec(t);
  if (d) {
    const month = monthOf(d[2] ?? "");
    const h = hour24(Number(d[4]), d[7]);
    return month === null || h === null
      ? null
      : wall(Number(d[3]), month, Number(d[1]), h, Number(d[5]), Number(d[6] ?? 0));
  }
  const m = MONTH_FIRST.exec(t);
  if (m) {
    const month = monthOf(m[1] ?? "");
    const h = hour24(Number(m[4]), m[7]);
    return month === null || h === null
      ? null
      : wall(Number(m[3]), month, Number(m[2]), h, Number(m[5]), Number(m[6] ?? 0));
  }
  return parseIsoWall(t);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** "YYYY-MM-DD" of a wall time. */
export function wallDate(w: WallTime): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** "YYYY-MM-DDTHH:MM" of a wall time: the workout part of the identity key (to the minute, see WallTime). */
export function wallLocal(w: WallTime): string {
  return `${wallDate(w)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** Throws a RangeError unless the zone is one the runtime knows (a bad zone would make every instant NaN). */
export function assertTimeZone(timeZone: string): void {
  if (timeZone.trim() === "") throw new RangeError("empty time zone");
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
}
