/** The entry points of the import layer (X1): detect an export's app and parse it into workouts. */
import Papa from "papaparse";
import { textProblem } from "../records/text.js";
import { type CsvRow, type CsvTable, detectDelimiter, readCsv, shapeProblem, stripBom } from "./csv.js";
import { assertTimeZone, type WallTime, wallLocal, wallToMs } from "./dates.js";
import { fitnotesReader } from "./fitnotes.js";
import { hevyReader } from "./hevy.js";
import type { FormatReader, ReadContext } from "./reader.js";
import { strongReader } from "./strong.js";
import { delimiterMismatch, missingColumnMessage, unclosedQuote } from "./structure.js";
import type { ImportFormat, ImportOptions, ImportParse } from "./types.js";
import { SkipRow } from "./units.js";
import { assembleWorkouts, type RowOutcome } from "./workouts.js";

const READERS: Record<ImportFormat, FormatReader> = {
  strong: strongReader,
  hevy: hevyReader,
  fitnotes: fitnotesReader,
};

const APP_NAMES: Record<ImportFormat, string> = { strong: "Strong", hevy: "Hevy", fitnotes: "FitNotes" };

/**
 * The text rule (records/text.ts) over a row: a cell holding a control character or half a character is refused,
 * as the API refuses such a field, so the row is skipped naming its column. Cells may hold line breaks and tabs.
 */
function cellProblem(row: CsvRow, header: readonly string[]): string | null {
  for (const [i, cell] of row.cells.entries()) {
    const problem = textProblem(cell, true);
    if (problem) return `the ${header[i] || `column ${i + 1}`} column ${problem}`;
  }
  return null;
}

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

/**
 * Parses a Strong, Hevy or FitNotes CSV export into workouts (X1). Every data row ends up as a set or in `skipped`
 * with its line and a reason; wall times are read in `opts.timeZone`; the unit comes from the file when it says
 * one, else from `opts.unit`, else the answer is "unit-required". Throws a RangeError for an unknown time zone.
 */
export function parseWorkoutExport(text: string, format: ImportFormat, opts: ImportOptions): ImportParse {
  assertTimeZone(opts.timeZone);
  const table = readCsv(text);
  if (table === null) return { ok: false, error: "empty", message: "The file is empty." };
  const reader = READERS[format];
  const missing = reader.missing(table.header);
  if (missing.length > 0) return unrecognised(format, missing, text);
  if (table.rows.length === 0) return { ok: false, error: "empty", message: "The file has a header but no rows." };
  const structure = structureProblem(table, reader);
  if (structure !== null) return structure;

  const stated = reader.fileUnit(table);
  const unit = stated ?? opts.unit;
  if (unit === undefined) {
    return {
      ok: false,
      error: "unit-required",
      message: `This ${APP_NAMES[format]} export does not say whether its weights are in kg or lb: please choose.`,
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
  const ctx: ReadContext = { format, timeZone: opts.timeZone, unit, instant };
  const read = reader.rowReader(table, ctx);
  const width = table.header.length;
  const outcomes: RowOutcome[] = table.rows.map((row) => {
    const problem = row.broken ?? shapeProblem(row, width) ?? cellProblem(row, table.header);
    if (problem !== null) return { kind: "skip", line: row.line, reason: problem };
    try {
      return read(row);
    } catch (e) {
      if (e instanceof SkipRow) return { kind: "skip", line: row.line, reason: e.message };
      throw e;
    }
  });
  const { workouts, skipped } = assembleWorkouts(format, outcomes, instant);
  return {
    ok: true,
    format,
    unit,
    unitFrom: stated === null ? "option" : "file",
    rows: table.rows.length,
    workouts,
    skipped,
  };
}
