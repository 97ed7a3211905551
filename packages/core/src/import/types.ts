/** The import layer's public shapes (SPEC X1): what a parsed Strong, Hevy or FitNotes export becomes. */

/** The apps whose CSV exports Spotter reads. */
export type ImportFormat = "strong" | "hevy" | "fitnotes";

/**
 * The app a set was first logged in: an import format, or Spotter itself (a row of Spotter's own CSV export whose
 * `Source App` says so). Part of the set's identity (X1).
 */
export type SourceApp = ImportFormat | "spotter";

/** Options of a parse: the unit to assume when the file does not say one, and the profile's time zone. */
export interface ImportOptions {
  /** The user's answer when the file does not say its unit. */
  unit?: "kg" | "lb";
  /** The user's answer when the file has distances but does not say their unit. */
  distanceUnit?: DistanceUnit;
  /** IANA zone the file's wall-clock times are read in (the profile's zone). */
  timeZone: string;
}

/** One set of an imported workout, with its stable identity key. */
export interface ImportedSet {
  /** `${app}|${workout.startLocal}|${sourceName}|${order}` (X1), order = setIndex. */
  key: string;
  /** 1-based physical line of the row's first line in the file (the header is line 1). */
  line: number;
  /** The exercise name as the file gives it, trimmed: what the name resolver reads. */
  exerciseName: string;
  /**
   * The name in the set's identity: the file's exercise name, or, in Spotter's own export, its `Source Name` (the
   * name the source app wrote, or the exercise id for a set logged in Spotter).
   */
  sourceName: string;
  /** 0-based position of this set among the sets of the same exercise name in the workout. */
  setIndex: number;
  warmup: boolean;
  setType: "normal" | "drop" | "failure";
  reps: number | null;
  /** Kilograms with gram precision, converted from the file's unit; null for a bodyweight set. */
  loadKg: number | null;
  seconds: number | null;
  distanceM: number | null;
  /** Half points within 1-10, or null. */
  rpe: number | null;
  /** The set's own note (Strong's Notes column, FitNotes' Comment). */
  note: string | null;
  /**
   * The file's superset group of this set within its workout (Hevy's `superset_id`), absent or null when none.
   * Ingest turns it into the sets' `supersetId`, one id per workout and group, the same on every re-import.
   */
  supersetKey?: string | null;
  /** The exercise's note in this workout (a Strong "Note" row, Hevy's exercise_notes), on its first set only. */
  exerciseNote?: string | null;
  /** The file's own category of the exercise (FitNotes "Category"), a hint for a custom exercise. */
  category?: string;
}

/** One imported workout: its wall-clock start, the instant that is in the profile's zone, and its sets. */
export interface ImportedWorkout {
  /** `${app}|${startLocal}`. */
  key: string;
  /** The app the workout was logged in (the file's app, or a Spotter export's `Source App`). */
  app: SourceApp;
  /** Wall time "YYYY-MM-DDTHH:MM" as the file gives it (FitNotes has no time: T00:00). */
  startLocal: string;
  /** The wall-clock date, YYYY-MM-DD. */
  date: string;
  /** The wall time read in the profile's zone. */
  startedAtMs: number;
  /** From Hevy's end_time or Strong's duration when present and sensible. */
  finishedAtMs: number | null;
  /** Strong "Workout Name", Hevy title. */
  title: string | null;
  /** Workout notes (Strong) or description (Hevy). */
  note: string | null;
  /** Sets in file order. */
  sets: ImportedSet[];
}

/** The result of parsing an export: workouts and skipped rows, or why nothing could be read. */
export type ImportParse =
  | {
      ok: true;
      format: ImportFormat;
      unit: "kg" | "lb";
      unitFrom: "file" | "option";
      /** Where the distance unit came from: the file, the user's answer, or none needed (no distances). */
      distanceUnitFrom: "file" | "option" | "export" | null;
      /** Data rows in the file (header and blank lines not counted): imported sets + skipped. */
      rows: number;
      workouts: ImportedWorkout[];
      skipped: { line: number; reason: string }[];
      /** Rows imported with a change: control characters removed, a name or note cut to its limit. */
      changed: { line: number; reason: string }[];
    }
  | { ok: false; error: ImportFailure; message: string };

/**
 * Why nothing of a file could be read: the weight or distance unit is needed, the header fits no app, the file is empty, a load or
 * reps column is missing, or its structure is broken (rows split by another delimiter, a quote that never closes).
 */
export type ImportFailure =
  | "unit-required"
  | "distance-unit-required"
  | "unrecognised-format"
  | "empty"
  | "missing-column"
  | "structure";

/** A distance unit the user can choose for a file that does not say one. */
export type DistanceUnit = "km" | "mi" | "m";

/** A weight unit. */
export type WeightUnit = "kg" | "lb";
