/** Small helpers for the insight sentences: names, dates and numbers in plain words. */
import type { Pattern } from "../records/vocab.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03-04" as "4 Mar 2026". */
export function formatDayShort(day: string): string {
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const month = MONTHS[m - 1];
  return month ? `${d} ${month} ${day.slice(0, 4)}` : day;
}

/** A readable name for an exercise id that is not in the exercise list ("back-squat" -> "back squat"). */
export function nameFromId(id: string): string {
  return id.replace(/[-_]+/g, " ").trim() || id;
}

/** A readable name for a pattern ("horizontal-pull" -> "horizontal pull movements"). */
export function patternName(pattern: Pattern): string {
  return `${pattern.replace(/-/g, " ")} movements`;
}

/** The text with its first letter in upper case, for names that open a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A number with one decimal, without a trailing ".0". */
export function oneDecimal(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** "1 session" / "3 sessions". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "point" or "points" for a one-decimal figure. */
export function points(n: number): string {
  return `${oneDecimal(n)} ${oneDecimal(n) === "1" ? "point" : "points"}`;
}
