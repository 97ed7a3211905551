/** Small display helpers: the user's day, weights in the user's unit, dates in words. */
import {
  addDays,
  type LoadableExercise,
  liftedLoad,
  loadableInUnit,
  localDay,
  roundToStep,
  toUnit,
  type Unit,
} from "@spotter/core";

/** The browser's own time zone, or UTC when it cannot tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** Today's local day in the given zone (falls back to the browser's zone when the name is unknown). */
export function todayIn(timeZone: string, nowMs: number = Date.now()): string {
  try {
    return localDay(nowMs, timeZone);
  } catch {
    return localDay(nowMs, browserTimeZone());
  }
}

/** Yesterday relative to a day. */
export function dayBefore(day: string): string {
  return addDays(day, -1);
}

/** A kg weight as a number in the user's unit, rounded to 0.01 for display and steppers. */
export function displayWeight(kg: number, unit: Unit): number {
  return Math.round(toUnit(kg, unit) * 100) / 100;
}

/** A kg weight as text in the user's unit ("62.5 kg", "135 lb"). */
export function weightText(kg: number | null | undefined, unit: Unit): string {
  if (kg === null || kg === undefined) return "body weight";
  return `${displayWeight(kg, unit)} ${unit}`;
}

/**
 * A proposed load (a target, a warm-up, a prefilled set) as text: a weight the lifter can load in the user's unit
 * ("130 lb", never "132.28 lb") when the exercise is known.
 */
export function targetWeightText(
  kg: number | null | undefined,
  exercise: LoadableExercise | undefined,
  unit: Unit,
): string {
  if (kg === null || kg === undefined) return "body weight";
  if (!exercise) return weightText(kg, unit);
  return `${loadableInUnit(kg, exercise, unit)} ${unit}`;
}

/** A logged set's load as text in the unit it was lifted in ("195 lb" for an imported pound set). */
export function liftedText(set: { loadKg: number | null; unit?: Unit | null }, unit: Unit): string {
  const l = liftedLoad(set, unit);
  return l ? `${l.value} ${l.unit}` : "body weight";
}

/** The default load step when an exercise names none: a small plate pair in each unit. */
export function defaultStep(unit: Unit): number {
  return unit === "kg" ? 2.5 : 5;
}

/** Steps a value by `delta` steps and snaps it to the step grid, never below zero. */
export function stepValue(value: number, step: number, delta: number): number {
  const next = roundToStep(value + delta * step, step);
  return Math.max(0, next);
}

/** A day as a short readable date ("Tue 4 Mar"). */
export function dayText(day: string, thisYear: number = new Date().getFullYear()): string {
  const d = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  // Imported history reaches back years: a day outside this year says which year it was.
  const year = d.getUTCFullYear() === thisYear ? {} : ({ year: "numeric" } as const);
  return d.toLocaleDateString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...year,
    timeZone: "UTC",
  });
}

/** A random UUID for idempotent writes, with a fallback for old browsers and plain-http origins. */
export function newClientId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
