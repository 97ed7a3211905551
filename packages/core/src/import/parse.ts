/** The entry points of the import layer (X1): detect an export's app and parse it into workouts. */
import Papa from "papaparse";
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
import { assertTimeZone, type WallTime, wallLocal, wallToMs } from "./dates.js";
import { cleanRowCells, fitField, type ImportedField } from "./fields.js";
import { fitnotesReader } from "./fitnotes.js";
import { hevyReader } from "./hevy.js";
import { type FormatReader, type ReadContext, unitCounter } from "./reader.js";
import { strongReader } from "./strong.js";
import { delimiterMismatch, missingColumnMessage, unclosedQuote } from "./structure.js";
import type { DistanceUnit, ImportFormat, ImportOptions, ImportParse, WeightUnit } from "./types.js";
import { SkipRow } from "./units.js";
import { type RowOutcome, workoutAssembler } from "./workouts.js";

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

/**
 * Parses a Strong, Hevy or FitNotes CSV export into workouts (X1). Every data row ends up as a set or in `skipped`
 * with its line and a reason; wall times are read in `opts.timeZone`; the unit comes from the file when it says
 * one, else from `opts.unit`, else the answer is "unit-required" (and likewise for distances). The file is read
 * twice, row by row, and no row is kept: the first pass checks the structure and the units, the second reads the
 * sets, so memory grows with the sets, not with the text. Throws a RangeError for an unknown time zone.
 */
export function parseWorkoutExport(text: string, format: ImportFormat, opts: ImportOptions): ImportParse {
  assertTimeZone(opts.timeZone);
  const reader = READERS[format];
  const first = firstPass(text, reader);
  if (first === null) return { ok: false, error: "empty", message: "The file is empty." };
  const missing = reader.missing(first.head.header);
  if (missing.length > 0) return unrecognised(format, missing, text);
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
    const ms = wallToMs(w, opts.timeZone);
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
  const read = reader.rowReader(first.head, ctx);
  const width = first.head.header.length;
  const assembler = workoutAssembler(format, instant);
  const changed: { line: number; reason: string }[] = [];
  let rows = 0;
  scanCsv(text, (row, head) => {
    rows++;
    const problem = row.broken ?? shapeProblem(row, width);
    if (problem !== null) {
      assembler.add({ kind: "skip", line: row.line, reason: problem });
      return true;
    }
    const cleaned = cleanRowCells(row, head.header);
    if (cleaned !== null) changed.push({ line: row.line, reason: cleaned });
    try {
      assembler.add(fitOutcome(read(row), changed));
    } catch (e) {
      if (!(e instanceof SkipRow)) throw e;
      assembler.add({ kind: "skip", line: row.line, reason: e.message });
    }
    return true;
  });
  const { workouts, skipped } = assembler.finish();
  return {
    ok: true,
    format,
    unit,
    unitFrom: stated === null ? "option" : "file",
    distanceUnitFrom,
    rows,
    workouts,
    skipped,
    changed,
  };
}
