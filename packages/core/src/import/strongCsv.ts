/**
 * X2: the user's sets as CSV in Strong's 2022 layout, so that other apps (and our own importer) can read them:
 * `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`, plus
 * trailing `Source App` and `Source Name` columns (API.md) carrying each set's X1 identity, so that importing the
 * export into the same account adds nothing.
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
  "Source App",
  "Source Name",
] as const;

/** Where a set was first logged: the app and the name in its identity (see `exportSource`). */
export interface SetSource {
  app: string;
  name: string;
}

const IMPORT_APPS: ReadonlySet<string> = new Set(["strong", "hevy", "fitnotes"]);

/**
 * The Source App and Source Name of a set: the app and file name it was imported with when both are known; else
 * Spotter and the exercise id (a set logged here, restored from a backup, or imported before names were kept),
 * which import matches by the session's start to the second and the set's place among the exercise's sets.
 */
export function exportSource(session: SessionWithSets, set: LoggedSet, sourceName: string | undefined): SetSource {
  if (IMPORT_APPS.has(session.source) && sourceName !== undefined && sourceName !== "") {
    return { app: session.source, name: sourceName };
  }
  return { app: "spotter", name: set.exerciseId };
}

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
 * users (how our importer reads a Strong file without units); Set Order W, D, F or the working set's number, or
 * "Note" for a row holding the exercise's note of the session (written before its first set, as Strong does).
 * Empty numbers are written as 0, as Strong does, so a 0 kg set reads back as a bodyweight set. Text that a
 * spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
export function toStrongCsv(
  sessions: readonly SessionWithSets[],
  nameOf: (exerciseId: string) => string,
  unit: "kg" | "lb",
  timeZone = "UTC",
  sourceNameOf: (setId: string) => string | undefined = () => undefined,
): string {
  const rows: (string | number)[][] = [];
  const ordered = [...sessions].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const perMile = 1609.344;
  for (const s of ordered) {
    const date = `${s.date} ${wallClock(s.startedAt, timeZone)}`;
    const duration = strongDuration(s.startedAt, s.finishedAt);
    const working = new Map<string, number>();
    // An exercise's note of the session is Strong's own "Note" row before the exercise's first set (its Notes cell),
    // so our importer reads it back as the exercise's note, never as a set's note; a set's note stays on its row.
    const noted = new Set<string>();
    for (const set of orderedSets(s.sets)) {
      let order: string | number;
      if (set.warmup) order = "W";
      else if (set.setType === "drop") order = "D";
      else if (set.setType === "failure") order = "F";
      else {
        order = (working.get(set.exerciseId) ?? 0) + 1;
        working.set(set.exerciseId, order);
      }
      const source = exportSource(s, set, sourceNameOf(set.id));
      const head = [date, s.title ?? "", duration, nameOf(set.exerciseId)];
      const exerciseNote = s.exerciseNotes?.[set.exerciseId];
      if (exerciseNote && !noted.has(set.exerciseId)) {
        noted.add(set.exerciseId);
        // The note row carries the first set's source, so it joins that set's workout on import.
        rows.push([...head, "Note", "", "", "", "", exerciseNote, s.note ?? "", "", source.app, source.name]);
      }
      const weight = set.loadKg === null ? 0 : unit === "kg" ? round(set.loadKg, 3) : round(kgToLb(set.loadKg), 2);
      const distance =
        set.distanceM === null ? 0 : unit === "kg" ? round(set.distanceM / 1000, 5) : round(set.distanceM / perMile, 5);
      rows.push([
        ...head,
        order,
        weight,
        set.reps ?? 0,
        distance,
        set.seconds ?? 0,
        set.note ?? "",
        s.note ?? "",
        set.rpe ?? "",
        source.app,
        source.name,
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
