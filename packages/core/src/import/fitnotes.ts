/**
 * FitNotes' CSV export (X1): `Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment`
 * (older: `Weight (kgs)` / `Weight (lbs)` with no unit column). The unit is per row, so each row is converted on its
 * own; FitNotes keeps days, not times, so every workout starts at midnight of its day.
 */
import { cell, findColumn } from "./csv.js";
import { parseIsoWall } from "./dates.js";
import { defaultDistanceUnit, distanceColumn, type FormatReader, weightColumn } from "./reader.js";
import { checkSet, clockSeconds, metresPer, num, SkipRow, toKg, weightUnitOf, zeroToNull } from "./units.js";
import type { RowOutcome } from "./workouts.js";

function columns(header: readonly string[]) {
  return {
    date: findColumn(header, "date"),
    exercise: findColumn(header, "exercise"),
    category: findColumn(header, "category"),
    weight: weightColumn(header),
    weightUnit: findColumn(header, "weight unit"),
    reps: findColumn(header, "reps"),
    distance: distanceColumn(header),
    distanceUnit: findColumn(header, "distance unit"),
    time: findColumn(header, "time"),
    comment: findColumn(header, "comment"),
  };
}

/** Reads FitNotes exports. */
export const fitnotesReader: FormatReader = {
  missing(header) {
    const c = columns(header);
    return [
      ...(c.date < 0 ? ["Date"] : []),
      ...(c.exercise < 0 ? ["Exercise"] : []),
      ...(c.weight.index < 0 && c.reps < 0 ? ["Weight or Reps"] : []),
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
      const exerciseName = cell(row, c.exercise);
      if (exerciseName === "") throw new SkipRow("no exercise name");
      const dateText = cell(row, c.date);
      // FitNotes records the day only: the workout is read as starting at 00:00 of that day.
      const start = parseIsoWall(dateText);
      if (start === null) throw new SkipRow(`unreadable date "${dateText}"`);
      // Rows without a weight (cardio) leave the unit empty too; a weight with no unit takes the file's unit.
      const unitText = cell(row, c.weightUnit);
      const unit = unitText === "" ? (c.weight.unit ?? ctx.unit) : weightUnitOf(unitText);
      if (unit === null) throw new SkipRow(`unknown weight unit "${unitText}"`);
      const distText = cell(row, c.distanceUnit);
      const perUnit = distText === "" ? fileDistance : metresPer(distText);
      if (perUnit === null) throw new SkipRow(`unknown distance unit "${distText}"`);
      // FitNotes writes 0.0 for a weight-and-reps exercise done at bodyweight: read as a bodyweight set.
      const load = zeroToNull(num(cell(row, c.weight.index), "Weight"));
      const distance = zeroToNull(num(cell(row, c.distance.index), "Distance"));
      const values = checkSet({
        reps: num(cell(row, c.reps), "Reps"),
        loadKg: load === null ? null : toKg(load, unit),
        seconds: zeroToNull(clockSeconds(cell(row, c.time), "Time")),
        distanceM: distance === null ? null : distance * perUnit,
        rpe: null,
      });
      const category = cell(row, c.category);
      return {
        kind: "set",
        line: row.line,
        signature: dateText,
        start,
        exerciseName,
        finishedAtMs: null,
        title: null,
        workoutNote: null,
        warmup: false,
        setType: "normal",
        values,
        note: cell(row, c.comment),
        ...(category === "" ? {} : { category }),
      };
    };
  },
};
