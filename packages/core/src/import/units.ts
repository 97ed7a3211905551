/**
 * Numbers, units and limits of imported sets (X1). Loads become kilograms with gram precision, distances metres,
 * times whole seconds; values the set endpoints would refuse skip the row with a reason instead of failing later.
 */
import { fromUnit } from "../units.js";
import type { WeightUnit } from "./types.js";

/** Thrown while reading a row to skip it; the message is the reason shown to the user. */
export class SkipRow extends Error {}

const NUMBER = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * A number cell: null when empty. A decimal comma is read as a point ("100,5"), since `;` exports from European
 * phones write one and none of these apps writes thousands separators. Text and negative numbers skip the row.
 */
export function num(raw: string, column: string): number | null {
  const t = raw.trim();
  if (t === "") return null;
  if (!NUMBER.test(t)) throw new SkipRow(`"${t}" in ${column} is not a number`);
  const n = Number(t.replace(",", "."));
  if (n < 0) throw new SkipRow(`negative number in ${column} (${t})`);
  return n;
}

/** A weight unit as the exports spell it (kg, kgs, lb, lbs, and the long words), or null. */
export function weightUnitOf(text: string): WeightUnit | null {
  const t = text.trim().toLowerCase().replace(/\.$/, "");
  if (["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"].includes(t)) return "kg";
  if (["lb", "lbs", "pound", "pounds"].includes(t)) return "lb";
  return null;
}

/** Metres in one unit of distance as the exports spell it (m, km, mi, mi., miles, ft, yd), or null. */
export function metresPer(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\.$/, "");
  if (["m", "meter", "meters", "metre", "metres"].includes(t)) return 1;
  if (["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"].includes(t)) return 1000;
  if (["mi", "mile", "miles"].includes(t)) return 1609.344;
  if (["ft", "feet", "foot"].includes(t)) return 0.3048;
  if (["yd", "yds", "yard", "yards"].includes(t)) return 0.9144;
  return null;
}

/** A load in a unit as kilograms rounded to the gram (lb -> kg by 0.45359237). */
export function toKg(value: number, unit: WeightUnit): number {
  return fromUnit(value, unit);
}

/** "H:MM:SS" or "M:SS" (FitNotes' Time) in seconds; null when empty; a malformed clock skips the row. */
export function clockSeconds(raw: string, column: string): number | null {
  const t = raw.trim();
  if (t === "") return null;
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(t);
  if (!m) return num(t, column);
  const [h, mi, s] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
  if (mi > 59 || s >= 60) throw new SkipRow(`"${t}" in ${column} is not a time`);
  return h * 3600 + mi * 60 + s;
}

const DURATION_PART = /(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])/g;

/**
 * A workout length as Strong writes it ("1h 5m", "7m", "38min", "1h", or "1:05:00") in seconds, or null when
 * empty or unreadable: a bad duration only loses the finish time, never the sets.
 */
export function textDurationSeconds(raw: string): number | null {
  const t = raw.trim().toLowerCase();
  if (t === "") return null;
  const clock = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(t);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
  if (t.replace(DURATION_PART, "").trim() !== "") return null;
  let total = 0;
  for (const m of t.matchAll(DURATION_PART)) {
    const n = Number(m[1]);
    const u = m[2] ?? "";
    total += u.startsWith("h") ? n * 3600 : u.startsWith("s") ? n : n * 60;
  }
  return Math.round(total);
}

/** Longest workout we believe: Strong's timer left running overnight yields "264h 1m", which is no finish time. */
export const MAX_WORKOUT_SECONDS = 24 * 3600;

/** RPE rounded to half points and kept within 1-10; null when absent or 0 (Strong writes 0 for "not given"). */
export function roundRpe(v: number | null): number | null {
  if (v === null || v === 0) return null;
  return Math.min(10, Math.max(1, Math.round(v * 2) / 2));
}

/** The measured values of a set, already in kg, metres and seconds. */
export interface SetValues {
  reps: number | null;
  loadKg: number | null;
  seconds: number | null;
  distanceM: number | null;
  rpe: number | null;
}

/** Limits of the set endpoints (records/session.ts): a row beyond them is skipped, not stored half-true. */
export const LIMITS = { reps: 1000, loadKg: 1000, seconds: 86_400, distanceM: 1_000_000 } as const;

/**
 * Checks a set's values against the limits and rounds seconds to whole ones and metres to the centimetre.
 * A row that logs nothing at all (Strong writes 0 in every empty column) is skipped.
 */
export function checkSet(v: SetValues): SetValues {
  if (v.reps !== null && v.reps > LIMITS.reps) throw new SkipRow(`more than ${LIMITS.reps} reps (${v.reps})`);
  if (v.reps !== null && !Number.isInteger(v.reps)) throw new SkipRow(`reps must be a whole number (${v.reps})`);
  if (v.loadKg !== null && v.loadKg > LIMITS.loadKg) throw new SkipRow(`a load above ${LIMITS.loadKg} kg`);
  const seconds = v.seconds === null ? null : Math.round(v.seconds);
  if (seconds !== null && seconds > LIMITS.seconds) throw new SkipRow("a time above 24 hours in one set");
  const distanceM = v.distanceM === null ? null : Math.round(v.distanceM * 100) / 100;
  if (distanceM !== null && distanceM > LIMITS.distanceM) throw new SkipRow("a distance above 1000 km in one set");
  if (v.reps === null && v.loadKg === null && seconds === null && distanceM === null) {
    throw new SkipRow("nothing logged: no reps, weight, time or distance");
  }
  return { reps: v.reps, loadKg: v.loadKg, seconds, distanceM, rpe: v.rpe };
}

/** Zero read as "not logged": Strong fills every unused numeric column with 0, and a 0 time or distance says nothing. */
export const zeroToNull = (v: number | null): number | null => (v === 0 ? null : v);
