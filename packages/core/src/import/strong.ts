/**
 * Strong's CSV exports (X1), every variant in shared/samples/README.md, told apart by their headers, not by dates:
 * - 2016: `,`, the unit as the column name (`kg`, `km`), Set Order from 0;
 * - `;` with `Weight Unit` and `Distance Unit` columns (with or without RPE and `Workout Duration`);
 * - ~2019: `,`, 11 columns, no unit and no duration; 2022: 12 columns with `Duration` like `1h 5m`;
 * - Android/current: `;`, every field quoted, `Workout #`, `Duration (sec)`, `Weight (kg)`, `Distance (meters)`.
 * Set Order is a number or a tag (W or WARM_UP warm-up, D or DROP drop, F or FAILURE failure: setTags.ts); "Rest
 * Timer" and "Note" rows are not sets.
 */
import { cell, findColumn } from "./csv.js";
import { parseIsoWall } from "./dates.js";
import { defaultDistanceUnit, distanceColumn, type FormatReader, weightColumn } from "./reader.js";
import { type SetKind, setKindOf, tagKey } from "./setTags.js";
import type { SourceApp } from "./types.js";
import {
  checkSet,
  MAX_WORKOUT_SECONDS,
  metresPer,
  num,
  roundRpe,
  SkipRow,
  textDurationSeconds,
  toKg,
  weightUnitOf,
  zeroToNull,
} from "./units.js";
import type { RowOutcome } from "./workouts.js";

/** The Strong columns we read, by index (-1 when absent). */
function columns(header: readonly string[]) {
  return {
    date: findColumn(header, "date"),
    workoutNo: findColumn(header, "workout #"),
    title: findColumn(header, "workout name"),
    duration: findColumn(header, "duration", "workout duration"),
    durationSec: findColumn(header, "duration (sec)", "duration (seconds)", "duration (s)"),
    exercise: findColumn(header, "exercise name"),
    setOrder: findColumn(header, "set order"),
    weight: weightColumn(header),
    weightUnit: findColumn(header, "weight unit"),
    reps: findColumn(header, "reps"),
    distance: distanceColumn(header),
    distanceUnit: findColumn(header, "distance unit"),
    seconds: findColumn(header, "seconds", "seconds (sec)"),
    notes: findColumn(header, "notes"),
    workoutNotes: findColumn(header, "workout notes"),
    rpe: findColumn(header, "rpe"),
    sourceApp: findColumn(header, "source app"),
    sourceName: findColumn(header, "source name"),
  };
}

const SOURCE_APPS: ReadonlySet<string> = new Set<SourceApp>(["strong", "hevy", "fitnotes", "spotter"]);

/**
 * Spotter's own CSV export names where each set was first logged (Source App, Source Name), so a set keeps the
 * identity it was imported with (X1) and re-importing the export adds nothing. Empty for other Strong files.
 */
function sourceOf(app: string, name: string): { app?: SourceApp; sourceName?: string } {
  const a = app.trim().toLowerCase();
  // Our export guards text a spreadsheet would run as a formula with an apostrophe; the identity is without it.
  const n = name.trim().replace(/^'(?=[=+\-@])/, "");
  if (!SOURCE_APPS.has(a) || n === "") return {};
  return { app: a as SourceApp, sourceName: n };
}

/**
 * Set Order: a number (or empty) is a normal set, a tag in any spelling of setTags.ts a tagged one; "Note" rows are
 * exercise notes, "Rest Timer" rows and unknown text skip.
 */
function setTag(raw: string): SetKind | "note" {
  const kind = setKindOf(raw);
  if (kind !== null) return kind;
  const t = tagKey(raw);
  if (t === "note") return "note";
  if (t === "resttimer") throw new SkipRow("a rest timer entry, not a set");
  throw new SkipRow(`unknown Set Order "${raw.trim()}"`);
}

/** Reads Strong exports. */
export const strongReader: FormatReader = {
  missing(header) {
    const c = columns(header);
    return [
      ...(c.date < 0 ? ["Date"] : []),
      ...(c.exercise < 0 ? ["Exercise Name"] : []),
      ...(c.setOrder < 0 && c.reps < 0 ? ["Set Order or Reps"] : []),
    ];
  },
  missingMeasures(header) {
    const c = columns(header);
    return [...(c.weight.index < 0 ? ["Weight"] : []), ...(c.reps < 0 ? ["Reps"] : [])];
  },
  loadColumn: "Weight",
  unitSource(header) {
    const c = columns(header);
    return { stated: c.weight.unit, column: c.weightUnit };
  },
  distanceSource(header) {
    const c = columns(header);
    return { stated: c.distance.unit !== null, value: c.distance.index, column: c.distanceUnit };
  },
  rowReader(table, ctx) {
    const c = columns(table.header);
    const fileDistance = c.distance.unit ?? ctx.distancePerUnit ?? defaultDistanceUnit(ctx.unit);
    return (row): RowOutcome => {
      const line = row.line;
      const exerciseName = cell(row, c.exercise);
      if (exerciseName === "") throw new SkipRow("no exercise name");
      const dateText = cell(row, c.date);
      const start = parseIsoWall(dateText);
      if (start === null) throw new SkipRow(`unreadable date "${dateText}"`);
      const title = cell(row, c.title);
      const signature = `${cell(row, c.workoutNo)}|${dateText}|${title}`;
      const source = sourceOf(cell(row, c.sourceApp), cell(row, c.sourceName));
      const tag = setTag(cell(row, c.setOrder));
      if (tag === "note") {
        return { kind: "note", line, signature, start, exerciseName, ...source, text: cell(row, c.notes) };
      }

      const unitText = cell(row, c.weightUnit);
      const unit = unitText === "" ? ctx.unit : weightUnitOf(unitText);
      if (unit === null) throw new SkipRow(`unknown weight unit "${unitText}"`);
      const distText = cell(row, c.distanceUnit);
      const perUnit = distText === "" ? fileDistance : metresPer(distText);
      if (perUnit === null) throw new SkipRow(`unknown distance unit "${distText}"`);
      // Strong writes 0 in every column a set does not use, so a 0 weight is a bodyweight set, not 0 kg.
      const load = zeroToNull(num(cell(row, c.weight.index), "Weight"));
      const distance = zeroToNull(num(cell(row, c.distance.index), "Distance"));
      const values = checkSet({
        reps: zeroToNull(num(cell(row, c.reps), "Reps")),
        loadKg: load === null ? null : toKg(load, unit),
        seconds: zeroToNull(num(cell(row, c.seconds), "Seconds")),
        distanceM: distance === null ? null : distance * perUnit,
        rpe: roundRpe(num(cell(row, c.rpe), "RPE")),
      });

      const startedAtMs = ctx.instant(start);
      const lengthS =
        c.durationSec >= 0 ? safeNum(cell(row, c.durationSec)) : textDurationSeconds(cell(row, c.duration));
      const finishedAtMs =
        lengthS !== null && lengthS > 0 && lengthS <= MAX_WORKOUT_SECONDS ? startedAtMs + lengthS * 1000 : null;
      return {
        kind: "set",
        line,
        signature,
        start,
        exerciseName,
        ...source,
        finishedAtMs,
        title,
        workoutNote: cell(row, c.workoutNotes),
        ...tag,
        values,
        note: cell(row, c.notes),
      };
    };
  },
};

/** A number or null, never a skip: a bad workout duration only loses the finish time. */
function safeNum(raw: string): number | null {
  try {
    return num(raw, "Duration");
  } catch {
    return null;
  }
}
