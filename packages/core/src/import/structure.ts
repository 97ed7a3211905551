/**
 * Structure checks run before any row is read (X1): a file whose shape is broken is refused as a whole, naming the
 * problem, instead of importing as empty sets or as a pile of skipped rows. Three checks: the load and reps columns
 * each app writes are there; the rows are split by the header's delimiter; every quote closes where its field ends.
 */
import { type CsvRow, type CsvTable, detectDelimiter, shapeProblem } from "./csv.js";

const DELIMITER_NAMES: Record<string, string> = { ",": "commas", ";": "semicolons", "\t": "tabs" };

/** How many data rows the delimiter check looks at (enough to see a pattern, bounded for a large file). */
const SAMPLE_ROWS = 50;

/** The message for a missing measure column; a bodyweight-only file is told that it still needs the column. */
export function missingColumnMessage(missing: readonly string[], loadColumn: string): string {
  const cols = missing.map((m) => `a ${m} column`).join(" or ");
  const bodyweight = missing.includes(loadColumn)
    ? ` A file of bodyweight sets only still has the ${loadColumn} column, with its cells empty or 0.`
    : "";
  return `The file has no ${missing.join(" and ")} column, so its sets cannot be read: export it again from the app with ${cols}.${bodyweight}`;
}

/**
 * Rows written with another delimiter than the header's: most sampled rows do not split into the header's width,
 * and their own text is split by another delimiter. Null when the rows fit.
 */
export function delimiterMismatch(table: CsvTable): string | null {
  const width = table.header.length;
  const sample = table.rows.slice(0, SAMPLE_ROWS);
  if (sample.length === 0) return null;
  const others = new Map<string, number>();
  for (const row of sample) {
    if (row.cells.length === width) continue;
    const own = detectDelimiter(row.cells.join(table.delimiter));
    if (own !== table.delimiter) others.set(own, (others.get(own) ?? 0) + 1);
  }
  for (const [d, n] of others) {
    if (n * 2 > sample.length) {
      return `The header is split by ${DELIMITER_NAMES[table.delimiter]} but the rows by ${DELIMITER_NAMES[d]}, so no column can be read: save the file again with one delimiter throughout.`;
    }
  }
  return null;
}

/** True when a cell's text after a line break looks like a whole row of the file (a quote swallowed the line). */
function holdsARow(row: CsvRow, delimiter: string, width: number): boolean {
  if (width < 3) return false;
  for (const c of row.cells) {
    const lines = c.split(/\r\n|\n|\r/);
    for (const l of lines.slice(1)) if (l.split(delimiter).length >= width - 1) return true;
  }
  return false;
}

/**
 * A quote that does not close where its field ends: papaparse's unclosed quote (the rest of the file becomes one
 * cell), or a quoted cell spanning lines that swallowed a whole row (more fields than the header, or a later line
 * of the cell that is itself a row). Names the line the quote opens on; null when every quote closes.
 */
export function unclosedQuote(table: CsvTable): string | null {
  const width = table.header.length;
  for (const row of table.rows) {
    if (row.broken !== undefined) {
      return `Line ${row.line}: a quote opened on this line is never closed, so the rest of the file would be read as one cell. Close the quote on line ${row.line} and import again.`;
    }
    if (row.endLine > row.line && (shapeProblem(row, width) !== null || holdsARow(row, table.delimiter, width))) {
      return `Line ${row.line}: a quote opened on this line closes only on line ${row.endLine}, so the lines between would be read as one cell. Close the quote on line ${row.line} and import again.`;
    }
  }
  return null;
}
