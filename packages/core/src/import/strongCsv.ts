/**
 * X2: the user's sets as CSV in Strong's 2022 layout, so that other apps (and our own importer) can read them:
 * `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`.
 */
import { TZDate } from "@date-fns/tz";
import Papa from "papaparse";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { kgToLb } from "../units.js";

/** The header of Strong's 2022 export, which this writes. */
export const STRONG_CSV_HEADER = [
  "Date",
  "Workout Name",
  "Duration",
  "Exercise Name",
  "Set Order",
  "Weight",
  "Reps",
  "Distance",
  "Seconds",
  "Notes",
  "Workout Notes",
  "RPE",
] as const;

const pad = (n: number): string => String(n).padStart(2, "0");

/** "HH:MM:SS" of an instant in a zone. */
function wallClock(iso: string, timeZone: string): string {
  const d = new TZDate(Date.parse(iso), timeZone);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Strong's duration text: "1h 5m", "7m"; empty when the session has no finish. */
export function strongDuration(startedAt: string, finishedAt: string | null): string {
  if (finishedAt === null) return "";
  const minutes = Math.round((Date.parse(finishedAt) - Date.parse(startedAt)) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 0) return "";
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${h}h ${minutes % 60}m` : `${minutes}m`;
}

/** A number rounded to `digits` decimals, as a number (papaparse writes it without trailing zeros). */
const round = (v: number, digits: number): number => Number(v.toFixed(digits));

/** The sets of a session grouped by exercise in the order each first appears, each group by set index. */
function orderedSets(sets: readonly LoggedSet[]): LoggedSet[] {
  const first = new Map<string, number>();
  sets.forEach((s, i) => {
    if (!first.has(s.exerciseId)) first.set(s.exerciseId, i);
  });
  return [...sets].sort(
    (a, b) => (first.get(a.exerciseId) ?? 0) - (first.get(b.exerciseId) ?? 0) || a.setIndex - b.setIndex,
  );
}

/**
 * X2: every set as Strong-layout CSV, oldest session first. Date is the session's date with the wall time of its
 * start in `timeZone`; weights in `unit` (0.001 kg or 0.01 lb), distance in km for kg users and miles for pound
 * users (how our importer reads a Strong file without units); Set Order W, D, F or the working set's number.
 * Empty numbers are written as 0, as Strong does, so a 0 kg set reads back as a bodyweight set. Text that a
 * spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
export function toStrongCsv(
  sessions: readonly SessionWithSets[],
  nameOf: (exerciseId: string) => string,
  unit: "kg" | "lb",
  timeZone = "UTC",
): string {
  const rows: (string | number)[][] = [];
  const ordered = [...sessions].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const perMile = 1609.344;
  for (const s of ordered) {
    const date = `${s.date} ${wallClock(s.startedAt, timeZone)}`;
    const duration = strongDuration(s.startedAt, s.finishedAt);
    const working = new Map<string, number>();
    for (const set of orderedSets(s.sets)) {
      let order: string | number;
      if (set.warmup) order = "W";
      else if (set.setType === "drop") order = "D";
      else if (set.setType === "failure") order = "F";
      else {
        order = (working.get(set.exerciseId) ?? 0) + 1;
        working.set(set.exerciseId, order);
      }
      const weight = set.loadKg === null ? 0 : unit === "kg" ? round(set.loadKg, 3) : round(kgToLb(set.loadKg), 2);
      const distance =
        set.distanceM === null ? 0 : unit === "kg" ? round(set.distanceM / 1000, 5) : round(set.distanceM / perMile, 5);
      rows.push([
        date,
        s.title ?? "",
        duration,
        nameOf(set.exerciseId),
        order,
        weight,
        set.reps ?? 0,
        distance,
        set.seconds ?? 0,
        "",
        s.note ?? "",
        set.rpe ?? "",
      ]);
    }
  }
  const csv = Papa.unparse(
    { fields: [...STRONG_CSV_HEADER], data: rows },
    { escapeFormulae: /^[=+\-@\t\r]/, newline: "\n" },
  );
  // One line end after the last row, with or without rows (papaparse ends the two cases differently).
  return `${csv.replace(/\r?\n$/, "")}\n`;
}
