/** The entry points of the import layer (X1): detect an export's app and parse it into workouts. */
import Papa from "papaparse";
import { type WallTime, wallTimeToMs } from "../time.js";
import {
  type CsvHead,
  type CsvRow,
  type CsvTable,
  cell,
  detectDelimiter,
  findColumn,
  scanCsv,
  shapeProblem,
  stripBom,
} from "./csv.js";
import { assertTimeZone, wallLocal } from "./dates.js";
import { cleanRowCells, fitField, type ImportedField } from "./fields.js";
import { fitnotesReader } from "./fitnotes.js";
import { hevyReader } from "./hevy.js";
import { type FormatReader, type ReadContext, unitCounter } from "./reader.js";
import { strongReader } from "./strong.js";
import { delimiterMismatch, missingColumnMessage, unclosedQuote } from "./structure.js";
import type { DistanceUnit, ImportedWorkout, ImportFormat, ImportOptions, ImportParse, WeightUnit } from "./types.js";
import { SkipRow } from "./units.js";
import { type BlockSink, type RowOutcome, streamWorkouts } from "./workouts.js";

const READERS: Record<ImportFormat, FormatReader> = {
  strong: strongReader,
  hevy: hevyReader,
  fitnotes: fitnotesReader,
};

const APP_NAMES: Record<ImportFormat, string> = { strong: "Strong", hevy: "Hevy", fitnotes: "FitNotes" };

/** The header cells of CSV text (first non-blank line), or null when there is none. */
function headerOf(text: string): string[] | null {
  const line = stripBom(text)
    .split(/\r\n|\n|\r/)
    .find((l) => l.trim() !== "");
  if (line === undefined) return null;
  const parsed = Papa.parse<string[]>(line, { delimiter: detectDelimiter(line) });
  return (parsed.data[0] ?? []).map((h) => h.trim());
}

/** The backup's JSON `format` marker, read without trusting the rest of the text. */
function isSpotterBackup(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === "object" && json !== null && (json as { format?: unknown }).format === "spotter-backup";
  } catch {
    return false;
  }
}

/** Which app wrote a file, from its header ("spotter" for a Spotter JSON backup), or null when none fits. */
export function detectExportFormat(text: string): ImportFormat | "spotter" | null {
  const body = stripBom(text).trim();
  if (body.startsWith("{")) return isSpotterBackup(body) ? "spotter" : null;
  const header = headerOf(body);
  if (header === null) return null;
  // Hevy's snake_case columns and FitNotes' bare "Exercise" never fit another app's required columns.
  for (const f of ["hevy", "strong", "fitnotes"] as const) if (READERS[f].missing(header).length === 0) return f;
  return null;
}

/** The failure answer for a header that does not fit the chosen app, naming what looks wrong. */
function unrecognised(format: ImportFormat, missing: string[], text: string): ImportParse {
  const seen = detectExportFormat(text);
  const hint =
    seen === null
      ? ""
      : seen === "spotter"
        ? " It looks like a Spotter backup."
        : ` It looks like a ${APP_NAMES[seen]} export.`;
  return {
    ok: false,
    error: "unrecognised-format",
    message: `This is not a ${APP_NAMES[format]} export we can read: it has no ${missing.join(", ")} column.${hint}`,
  };
}

/** The first structure problem of a table (missing load or reps column, delimiter mismatch, open quote), or null. */
function structureProblem(table: CsvTable, reader: FormatReader): Extract<ImportParse, { ok: false }> | null {
  const measures = reader.missingMeasures(table.header);
  if (measures.length > 0) {
    return { ok: false, error: "missing-column", message: missingColumnMessage(measures, reader.loadColumn) };
  }
  const problem = delimiterMismatch(table) ?? unclosedQuote(table);
  return problem === null ? null : { ok: false, error: "structure", message: problem };
}

const METRES: Record<DistanceUnit, number> = { km: 1000, mi: 1609.344, m: 1 };

/** What the first pass over a file learns: its header, rows, structure, units. */
interface FirstPass {
  head: CsvHead;
  rows: number;
  problem: Extract<ImportParse, { ok: false }> | null;
  /** The most common unit of the per-row unit column, or null. */
  rowUnit: WeightUnit | null;
  /** Rows with a distance and no unit of their own. */
  bareDistances: number;
}

/**
 * The first pass: reads every row once without keeping it (only the first rows, for the delimiter check), checks
 * the structure (a quote that never closes stops it), and counts units. Null when the file has no header.
 */
function firstPass(text: string, reader: FormatReader): FirstPass | null {
  const sample: CsvRow[] = [];
  let rows = 0;
  let problem: Extract<ImportParse, { ok: false }> | null = null;
  let units: ReturnType<typeof unitCounter> | null = null;
  let dist: { value: number; column: number; stated: boolean } | null = null;
  let bareDistances = 0;
  const head = scanCsv(text, (row, h) => {
    if (units === null) {
      units = unitCounter();
      dist = reader.distanceSource(h.header);
    }
    rows++;
    if (sample.length < 50) sample.push(row);
    const open = unclosedQuote({ ...h, rows: [row] });
    if (open !== null) {
      problem = { ok: false, error: "structure", message: open };
      return false;
    }
    const unitColumn = reader.unitSource(h.header).column;
    if (unitColumn >= 0) units.add(cell(row, unitColumn));
    if (dist && !dist.stated && dist.value >= 0) {
      const v = cell(row, dist.value);
      if (v !== "" && Number(v.replace(",", ".")) !== 0 && cell(row, dist.column) === "") bareDistances++;
    }
    return true;
  });
  if (head === null) return null;
  const counted = units as ReturnType<typeof unitCounter> | null;
  problem ??= structureProblem({ ...head, rows: sample }, reader);
  return { head, rows, problem, rowUnit: counted?.common() ?? null, bareDistances };
}

/** Cleans a row read as a set or note: names, titles and notes fitted to their limits, each cut reported. */
function fitOutcome(o: RowOutcome, changed: { line: number; reason: string }[]): RowOutcome {
  if (o.kind === "skip") return o;
  const cuts: string[] = [];
  const fit = (field: ImportedField, t: string | null | undefined): string | null => {
    if (t === null || t === undefined) return t ?? null;
    const r = fitField(field, t);
    if (r.cut !== null) cuts.push(r.cut);
    return r.text;
  };
  const exerciseName = fit("name", o.exerciseName) ?? "";
  const sourceName = o.sourceName === undefined ? undefined : (fit("name", o.sourceName) ?? "");
  const out =
    o.kind === "note"
      ? { ...o, exerciseName, text: fit("shortNote", o.text) }
      : {
          ...o,
          exerciseName,
          title: fit("title", o.title),
          workoutNote: fit("note", o.workoutNote),
          note: fit("shortNote", o.note),
          ...(o.exerciseNote === undefined ? {} : { exerciseNote: fit("shortNote", o.exerciseNote) }),
        };
  if (sourceName !== undefined) out.sourceName = sourceName;
  for (const reason of new Set(cuts)) changed.push({ line: o.line, reason });
  return out;
}

/** Where a scan reports rows: skipped ones, and ones stored with a change. */
export interface ScanReport {
  skip(line: number, reason: string): void;
  change(line: number, reason: string): void;
}

/** An export whose structure and units are settled: its figures, and a pass over its sets that can be run again. */
export interface OpenedExport {
  ok: true;
  format: ImportFormat;
  unit: WeightUnit;
  unitFrom: "file" | "option";
  distanceUnitFrom: "file" | "option" | "export" | null;
  /** Data rows in the file (header and blank lines not counted). */
  rows: number;
  /**
   * Reads every row once more, handing each run of a workout's rows to `sink` as it ends and every row that is
   * not a set (or changed) to `report`; answers every workout with sets, oldest first (see `streamWorkouts`).
   */
  scan(sink: BlockSink, report: ScanReport): ImportedWorkout[];
}

/**
 * Opens a Strong, Hevy or FitNotes CSV export (X1): one pass that keeps no row checks the header, the structure
 * and the units; then `scan` reads the sets, as often as the caller needs (the import reads the names first, then
 * the sets to store), holding one workout's sets at a time. The unit comes from the file when it says one, else
 * from `opts.unit`, else the answer is "unit-required" (and likewise for distances). Wall times are read in
 * `opts.timeZone`. Throws a RangeError for an unknown time zone.
 */
export function openWorkoutExport(
  text: string,
  format: ImportFormat,
  opts: ImportOptions,
): OpenedExport | Extract<ImportParse, { ok: false }> {
  assertTimeZone(opts.timeZone);
  const reader = READERS[format];
  const first = firstPass(text, reader);
  if (first === null) return { ok: false, error: "empty", message: "The file is empty." };
  const missing = reader.missing(first.head.header);
  if (missing.length > 0) return unrecognised(format, missing, text) as Extract<ImportParse, { ok: false }>;
  if (first.rows === 0) return { ok: false, error: "empty", message: "The file has a header but no rows." };
  if (first.problem !== null) return first.problem;

  const stated = reader.unitSource(first.head.header).stated ?? first.rowUnit;
  const unit = stated ?? opts.unit;
  if (unit === undefined) {
    return {
      ok: false,
      error: "unit-required",
      message: `This ${APP_NAMES[format]} export does not say whether its weights are in kg or lb: please choose.`,
    };
  }
  // Spotter's own export writes distances in km for kg and miles for pounds (strongCsv.ts), so it needs no answer.
  const ownExport = findColumn(first.head.header, "source app") >= 0;
  const distanceUnitFrom: "file" | "option" | "export" | null =
    first.bareDistances === 0
      ? reader.distanceSource(first.head.header).stated
        ? "file"
        : null
      : opts.distanceUnit
        ? "option"
        : ownExport
          ? "export"
          : null;
  if (first.bareDistances > 0 && distanceUnitFrom === null) {
    return {
      ok: false,
      error: "distance-unit-required",
      message: `This ${APP_NAMES[format]} export has distances but does not say whether they are in km, miles or metres: please choose.`,
    };
  }
  const instants = new Map<string, number>();
  const instant = (w: WallTime): number => {
    const local = `${wallLocal(w)}:${w.second}`;
    const known = instants.get(local);
    if (known !== undefined) return known;
    const ms = wallTimeToMs(w, opts.timeZone);
    instants.set(local, ms);
    return ms;
  };
  const ctx: ReadContext = {
    format,
    timeZone: opts.timeZone,
    unit,
    instant,
    ...(opts.distanceUnit ? { distancePerUnit: METRES[opts.distanceUnit] } : {}),
  };
  const width = first.head.header.length;
  const scan = (sink: BlockSink, report: ScanReport): ImportedWorkout[] => {
    const read = reader.rowReader(first.head, ctx);
    const stream = streamWorkouts(format, instant, sink, report.skip);
    const changed: { line: number; reason: string }[] = [];
    scanCsv(text, (row, head) => {
      const problem = row.broken ?? shapeProblem(row, width);
      if (problem !== null) {
        stream.add({ kind: "skip", line: row.line, reason: problem });
        return true;
      }
      const cleaned = cleanRowCells(row, head.header);
      if (cleaned !== null) report.change(row.line, cleaned);
      try {
        stream.add(fitOutcome(read(row), changed));
      } catch (e) {
        if (!(e instanceof SkipRow)) throw e;
        stream.add({ kind: "skip", line: row.line, reason: e.message });
      }
      for (const c of changed) report.change(c.line, c.reason);
      changed.length = 0;
      return true;
    });
    return stream.finish();
  };
  return {
    ok: true,
    format,
    unit,
    unitFrom: stated === null ? "option" : "file",
    distanceUnitFrom,
    rows: first.rows,
    scan,
  };
}

/**
 * Parses a Strong, Hevy or FitNotes CSV export into workouts holding all their sets (X1; see `openWorkoutExport`).
 * Every data row ends up as a set or in `skipped` with its line and a reason.
 */
export function parseWorkoutExport(text: string, format: ImportFormat, opts: ImportOptions): ImportParse {
  const opened = openWorkoutExport(text, format, opts);
  if (!opened.ok) return opened;
  const skipped: { line: number; reason: string }[] = [];
  const changed: { line: number; reason: string }[] = [];
  const workouts = opened.scan(
    {
      block(workout, sets) {
        for (const s of sets) workout.sets.push(s);
      },
    },
    {
      skip: (line, reason) => skipped.push({ line, reason }),
      change: (line, reason) => changed.push({ line, reason }),
    },
  );
  skipped.sort((a, b) => a.line - b.line);
  const { scan: _scan, ...head } = opened;
  return { ...head, workouts, skipped, changed };
}
