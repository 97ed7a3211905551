/**
 * The one time-zone module. Calendar days and instants (SPEC §2 "Time"). Pure: the current instant is always passed in. A day is a
 * `YYYY-MM-DD` string in the user's time zone; day arithmetic runs on UTC midnights so it never meets a DST gap.
 */
import { TZDate } from "@date-fns/tz";

const MS_PER_DAY = 86_400_000;

// Making a formatter costs far more than using one; one per time zone is kept (it holds no state between calls).
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/** The user's local calendar day of an instant (epoch ms) in an IANA time zone. */
export function localDay(instantMs: number, timeZone: string): string {
  const parts = dayFormatter(timeZone).formatToParts(new Date(instantMs));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}

/** The day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  // Plain calendar arithmetic for a well-formed day and whole n (look-back rules call this hundreds of thousands of
  // times over five years of check-ins); anything else goes through Date exactly as before.
  const start = Number.isInteger(n) ? civilDayNumber(day) : null;
  if (start !== null) {
    const out = start + n;
    if (out >= FAST_MIN_DAY && out <= FAST_MAX_DAY) return dayOfNumber(out);
  }
  return dateAddDays(day, n);
}

/** `addDays` through Date, for what the arithmetic leaves out (`time.test.ts` checks the two agree). */
function dateAddDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

// Years 1000-9999 only, where a day is always four digits of year (the Date path covers the rest).
const FAST_MIN_DAY = -354_285; // 1000-01-01
const FAST_MAX_DAY = 2_932_896; // 9999-12-31

function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` day in years 1000-9999, or null for anything else. */
function civilDayNumber(day: string): number | null {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return null;
  const hi = twoDigits(day, 0);
  const lo = twoDigits(day, 2);
  const m = twoDigits(day, 5);
  const d = twoDigits(day, 8);
  if (hi < 10 || lo < 0 || m < 1 || m > 12 || d < 1) return null;
  const y = hi * 100 + lo;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const monthDays = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (d > monthDays) return null;
  // Days from the civil date (H. Hinnant's algorithm), years counted from March.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The `YYYY-MM-DD` day of a day number (days since 1970-01-01; H. Hinnant's algorithm). */
export function dayOfNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Weekday slug of a day: "mon".."sun". */
export function weekdayOf(day: string): "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" {
  const i = new Date(`${day}T00:00:00Z`).getUTCDay();
  return (["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const)[i] ?? "mon";
}

const WEEKDAY_NAMES = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
} as const;

/** "Monday" for "mon": a weekday slug as the plan's and the coach's sentences name it. */
export function weekdayName(day: ReturnType<typeof weekdayOf>): string {
  return WEEKDAY_NAMES[day];
}

/** True when `day` lies in the inclusive window [from, to]. */
export function inWindow(day: string, from: string, to: string): boolean {
  return day >= from && day <= to;
}

/** The inclusive window of `n` whole days ending on `day`: [day - n + 1, day]. */
export function windowEnding(day: string, n: number): { from: string; to: string } {
  return { from: addDays(day, -(n - 1)), to: day };
}

/** Offset of a time zone from UTC at an instant, in ms (positive east of Greenwich). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instantMs));
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? "0");
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour") % 24, n("minute"), n("second"));
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * A wall-clock time without a zone, as a person or an export file writes it. The month is 1-12; seconds are kept
 * for instants (a workout's start to the second).
 */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The instant (epoch ms) of a wall-clock time in an IANA time zone. A time inside a spring-forward gap does not
 * exist; it is moved forward by the gap (02:30 on the morning clocks go from 02:00 to 03:00 is 03:30), which is the
 * reading a person would give it. A time that happens twice when clocks go back is the first of the two.
 */
export function wallTimeToMs(w: WallTime, timeZone: string): number {
  return new TZDate(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, timeZone).getTime();
}

/** The instant of a local wall-clock time ("HH:MM") on a local day in a time zone (DST-safe, as `wallTimeToMs`). */
export function zonedInstant(day: string, hhmm: string, timeZone: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  const [y, mo, d] = day.split("-").map(Number);
  return wallTimeToMs(
    { year: y ?? 1970, month: mo ?? 1, day: d ?? 1, hour: h ?? 0, minute: m ?? 0, second: 0 },
    timeZone,
  );
}

/** True when the string names a time zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
