/**
 * Hevy's CSV export (X1): `title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,
 * set_index,set_type,weight_kg|weight_lbs,reps,distance_km|distance_miles,duration_seconds,rpe`, newest workout
 * first; a 2023 variant has no superset_id and uses `;`. The weight column names the unit, so the file always says.
 */
import { cell, findColumn, normHeader } from "./csv.js";
import { parseHevyWall } from "./dates.js";
import type { FormatReader } from "./reader.js";
import { type SetKind, setKindOf } from "./setTags.js";
import type { WeightUnit } from "./types.js";
import { checkSet, num, roundRpe, SkipRow, toKg, zeroToNull } from "./units.js";
import type { RowOutcome } from "./workouts.js";

const WEIGHT_HEADERS: Record<string, WeightUnit> = { weight_kg: "kg", weight_lbs: "lb", weight_lb: "lb" };
const DISTANCE_HEADERS: Record<string, number> = {
  distance_km: 1000,
  distance_miles: 1609.344,
  distance_mi: 1609.344,
  distance_meters: 1,
  distance_m: 1,
};

/** The first header that is a key of `table`, with its index and value. */
function unitHeader<T>(header: readonly string[], table: Record<string, T>): { index: number; unit: T | null } {
  const norm = header.map(normHeader);
  for (let i = 0; i < norm.length; i++) {
    const u = table[norm[i] ?? ""];
    if (u !== undefined) return { index: i, unit: u };
  }
  return { index: -1, unit: null };
}

function columns(header: readonly string[]) {
  return {
    title: findColumn(header, "title"),
    start: findColumn(header, "start_time"),
    end: findColumn(header, "end_time"),
    description: findColumn(header, "description"),
    exercise: findColumn(header, "exercise_title"),
    exerciseNotes: findColumn(header, "exercise_notes"),
    superset: findColumn(header, "superset_id"),
    setType: findColumn(header, "set_type"),
    weight: unitHeader(header, WEIGHT_HEADERS),
    reps: findColumn(header, "reps"),
    distance: unitHeader(header, DISTANCE_HEADERS),
    seconds: findColumn(header, "duration_seconds"),
    rpe: findColumn(header, "rpe"),
  };
}

/** Hevy's set_type in any spelling of setTags.ts; empty is normal (older exports), unknown text skips the row. */
function setKind(raw: string): SetKind {
  const kind = setKindOf(raw);
  if (kind === null) throw new SkipRow(`unknown set_type "${raw.trim()}"`);
  return kind;
}

/** Reads Hevy exports. */
export const hevyReader: FormatReader = {
  missing(header) {
    const c = columns(header);
    return [
      ...(c.start < 0 ? ["start_time"] : []),
      ...(c.exercise < 0 ? ["exercise_title"] : []),
      ...(c.weight.index < 0 ? ["weight_kg or weight_lbs"] : []),
    ];
  },
  missingMeasures(header) {
    const c = columns(header);
    return [...(c.weight.index < 0 ? ["weight_kg"] : []), ...(c.reps < 0 ? ["reps"] : [])];
  },
  loadColumn: "weight_kg",
  unitSource(header) {
    return { stated: columns(header).weight.unit, column: -1 };
  },
  distanceSource() {
    // Hevy's distance column always names its unit (distance_km, distance_miles).
    return { stated: true, value: -1, column: -1 };
  },
  rowReader(table, ctx) {
    const c = columns(table.header);
    const unit = c.weight.unit ?? ctx.unit;
    // Hevy repeats an exercise's note on each of its rows; it is kept once, on the first set of each run.
    let previous = "";
    return (row): RowOutcome => {
      const line = row.line;
      const exerciseName = cell(row, c.exercise);
      const startText = cell(row, c.start);
      const title = cell(row, c.title);
      const signature = `${startText}|${title}`;
      const run = `${signature}|${exerciseName}`;
      const firstOfRun = run !== previous;
      previous = run;
      if (exerciseName === "") throw new SkipRow("no exercise name");
      const start = parseHevyWall(startText);
      if (start === null) throw new SkipRow(`unreadable start_time "${startText}"`);
      const kind = setKind(cell(row, c.setType));
      // Hevy leaves the weight of a bodyweight set empty, so an explicit 0 is a logged 0 kg; empty is bodyweight.
      const load = num(cell(row, c.weight.index), "weight");
      const distance = zeroToNull(num(cell(row, c.distance.index), "distance"));
      const values = checkSet({
        reps: num(cell(row, c.reps), "reps"),
        loadKg: load === null ? null : toKg(load, unit),
        seconds: zeroToNull(num(cell(row, c.seconds), "duration_seconds")),
        distanceM: distance === null ? null : distance * (c.distance.unit ?? 1000),
        rpe: roundRpe(num(cell(row, c.rpe), "rpe")),
      });
      const end = parseHevyWall(cell(row, c.end));
      return {
        kind: "set",
        line,
        signature,
        start,
        exerciseName,
        finishedAtMs: end === null ? null : ctx.instant(end),
        title,
        workoutNote: cell(row, c.description),
        ...kind,
        values,
        note: null,
        exerciseNote: firstOfRun ? cell(row, c.exerciseNotes) : null,
        superset: c.superset < 0 ? null : cell(row, c.superset) || null,
      };
    };
  },
};
