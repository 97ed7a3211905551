/** What each app's reader provides, and the header helpers they share. */
import { type CsvHead, type CsvRow, normHeader } from "./csv.js";
import type { WallTime } from "./dates.js";
import type { ImportFormat, WeightUnit } from "./types.js";
import { metresPer, weightUnitOf } from "./units.js";
import type { RowOutcome } from "./workouts.js";

/** What a row reader knows about the file as a whole. */
export interface ReadContext {
  format: ImportFormat;
  timeZone: string;
  /** The file's unit: from the file when it says one, else the user's answer. */
  unit: WeightUnit;
  /** Metres per distance unit for a file that does not say its distance unit: the user's answer, when given. */
  distancePerUnit?: number;
  /** A wall time as an instant in the profile's zone (memoised: every row of a workout repeats its start). */
  instant(w: WallTime): number;
}

/** One app's reader: which headers it needs, what unit the file states, and how to read its rows. */
export interface FormatReader {
  /** Plain names of the required columns the header lacks (empty when the header fits). */
  missing(header: readonly string[]): string[];
  /**
   * Plain names of the load and reps columns the header lacks (empty when both are there), checked once the header
   * fits the app: without them every set would import empty.
   */
  missingMeasures(header: readonly string[]): string[];
  /** The name of the app's load column as its exports spell it (for the bodyweight-only hint). */
  loadColumn: string;
  /**
   * Where the file states its unit: in a header (`stated`), or per row in a unit column (`column`, -1 for none),
   * whose most common unit is the file's (`commonUnit`).
   */
  unitSource(header: readonly string[]): { stated: WeightUnit | null; column: number };
  /**
   * Where the file states its distance unit: in the header (`stated`), or per row (`column`, -1 for none); `value`
   * is the distance column, whose filled cells without a unit need the user's answer when the header says none.
   */
  distanceSource(header: readonly string[]): { stated: boolean; value: number; column: number };
  /** A reader of data rows (it may keep state across rows, e.g. Hevy's exercise runs). Throws SkipRow to skip. */
  rowReader(table: CsvHead, ctx: ReadContext): (row: CsvRow) => RowOutcome;
}

/** A column whose header names a unit: "Weight (kg)", "kg", "Distance (meters)", "km", "weight_lbs". */
export interface UnitColumn<U> {
  index: number;
  /** The unit the header names, or null for a bare "Weight" / "Distance". */
  unit: U | null;
}

/** Finds the weight column: "Weight", "Weight (kg)", "Weight (lbs)", or a header that is the unit itself ("kg"). */
export function weightColumn(header: readonly string[]): UnitColumn<WeightUnit> {
  const norm = header.map(normHeader);
  for (let i = 0; i < norm.length; i++) {
    const h = norm[i] ?? "";
    if (h === "weight") return { index: i, unit: null };
    const inner = /^weight ?\((.+)\)$/.exec(h)?.[1];
    const unit = weightUnitOf(inner ?? h);
    if (unit !== null && (inner !== undefined || /^(kgs?|lbs?)$/.test(h))) return { index: i, unit };
  }
  return { index: -1, unit: null };
}

/** Finds the distance column: "Distance", "Distance (meters)", or the unit itself ("km", "mi."); unit as metres. */
export function distanceColumn(header: readonly string[]): UnitColumn<number> {
  const norm = header.map(normHeader);
  for (let i = 0; i < norm.length; i++) {
    const h = norm[i] ?? "";
    if (h === "distance") return { index: i, unit: null };
    const inner = /^distance ?\((.+)\)$/.exec(h)?.[1];
    if (inner !== undefined) return { index: i, unit: metresPer(inner) };
    if (/^(km|mi\.?|miles)$/.test(h)) return { index: i, unit: metresPer(h) };
  }
  return { index: -1, unit: null };
}

/** Counts the units a unit column names, row by row, and answers the most common (ties go to the first seen). */
export function unitCounter(): { add(cell: string): void; common(): WeightUnit | null } {
  const counts = new Map<WeightUnit, number>();
  return {
    add(cell) {
      const u = weightUnitOf(cell);
      if (u !== null) counts.set(u, (counts.get(u) ?? 0) + 1);
    },
    common() {
      let best: WeightUnit | null = null;
      for (const [u, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = u;
      return best;
    },
  };
}

/**
 * Metres per distance unit when a file says nothing and the user was not asked: km for a kg file, miles for a pound
 * file. Only Spotter's own export relies on it (it writes distances that way); other files ask (distanceUnit).
 */
export const defaultDistanceUnit = (unit: WeightUnit): number => (unit === "kg" ? 1000 : 1609.344);
