/**
 * Reading a CSV export into a header and rows that remember their physical line (X1: every skipped row is reported
 * by line). papaparse does the quoting; we pick the delimiter from the header line ourselves, because its own guess
 * looks at data rows, where notes full of commas can outvote a `;` header.
 */
import Papa from "papaparse";

/** One data row: its cells and the 1-based physical line it starts on. */
export interface CsvRow {
  line: number;
  /** The physical line the row ends on (greater than `line` when a quoted cell holds line breaks). */
  endLine: number;
  cells: string[];
  /** Set when papaparse could not read the row cleanly (an unclosed quote). */
  broken?: string;
}

/** A read CSV file. */
export interface CsvTable {
  delimiter: string;
  /** Header cells, trimmed, without a byte-order mark. */
  header: string[];
  /** Data rows: blank lines and rows whose cells are all empty are not data and are left out. */
  rows: CsvRow[];
}

/** The text without a leading byte-order mark (Excel and some Android exports write one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The first line that holds anything but whitespace (the header), or "" when there is none. */
function firstLine(text: string): string {
  for (const l of text.split(/\r\n|\n|\r/)) if (l.trim() !== "") return l;
  return "";
}

/** The delimiter of a header line: `;`, tab or `,`, whichever occurs most outside quotes (ties go to `,`). */
export function detectDelimiter(headerLine: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c] = (counts[c] ?? 0) + 1;
  }
  let best = ",";
  for (const d of [";", "\t"]) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}

/** Offsets at which each physical line starts; \r\n, \n and a lone \r each end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line holding an offset (binary search over the line starts). */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === "");

/** The header of a scanned file: its delimiter and cells. */
export interface CsvHead {
  delimiter: string;
  header: string[];
}

/**
 * Streams CSV text row by row without keeping the rows (a 30 MB file holds only what the caller keeps): strips a
 * BOM, detects the delimiter from the header line, and calls `onRow` with each data row and the line it starts on
 * (a quoted note spanning lines still points at its row's first line). `onRow` may answer false to stop. Null
 * when there is no header.
 */
export function scanCsv(text: string, onRow: (row: CsvRow, head: CsvHead) => boolean | undefined): CsvHead | null {
  const body = stripBom(text);
  const head = firstLine(body);
  if (head === "") return null;
  const delimiter = detectDelimiter(head);
  const starts = lineStarts(body);
  let found: CsvHead | null = null;
  // papaparse reports, after each row, the offset just past it: the next row starts there.
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const cells = result.data;
      if (isBlank(cells)) return;
      if (found === null) {
        found = { delimiter, header: cells.map((c) => c.trim()) };
        return;
      }
      // The cursor sits past the row's line end; the row's last character tells its last line.
      const end = Math.max(start, rowStart - 1);
      const line = lineAt(starts, start);
      const endLine = lineAt(starts, body.charCodeAt(end) === 10 || body.charCodeAt(end) === 13 ? end - 1 : end);
      const row: CsvRow = { line, endLine: Math.max(line, endLine), cells };
      const missing = result.errors.find((e) => e.code === "MissingQuotes");
      if (missing) row.broken = "a quote opened on this line is never closed, so the rest of the file was not read";
      if (onRow(row, found) === false) parser.abort();
    },
  });
  return found;
}

/**
 * Reads CSV text into its header and every data row (tests and small files; the import streams with `scanCsv`).
 * Null when there is no header.
 */
export function readCsv(text: string): CsvTable | null {
  const rows: CsvRow[] = [];
  const head = scanCsv(text, (row) => {
    rows.push(row);
    return true;
  });
  return head === null ? null : { ...head, rows };
}

/** A header cell made comparable: lower case, quotes dropped, spaces collapsed. */
export function normHeader(h: string): string {
  return h.replace(/"/g, "").trim().toLowerCase().replace(/\s+/g, " ");
}

/** The index of the first header cell whose normalised text is one of `names`, or -1. */
export function findColumn(header: readonly string[], ...names: string[]): number {
  const norm = header.map(normHeader);
  for (const n of names) {
    const i = norm.indexOf(n);
    if (i >= 0) return i;
  }
  return -1;
}

/** The trimmed cell at an index ("" when the column is absent or the row is short). */
export function cell(row: CsvRow, index: number): string {
  return index < 0 ? "" : (row.cells[index] ?? "").trim();
}

/** Why a row's field count does not fit the header, or null when it does (short rows are read as empty cells). */
export function shapeProblem(row: CsvRow, width: number): string | null {
  if (row.cells.length <= width) return null;
  // Trailing empty cells (a stray delimiter at the end of the line) are harmless.
  if (row.cells.slice(width).every((c) => c.trim() === "")) return null;
  return `the row has ${row.cells.length} fields but the header has ${width}, so its columns cannot be trusted`;
}
