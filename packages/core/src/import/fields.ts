/**
 * Cleaning an imported row to the one set of field rules (records/text.ts), so that what an import stores the API
 * would accept and a backup of it restores (issue 17, trust issue): control characters (NUL included, which
 * PostgreSQL refuses and SQLite stores) are removed on both engines alike, half characters become U+FFFD, single-line
 * fields get spaces for line breaks, and text over its field's limit is cut. Each change is a report line.
 */
import { TEXT_LIMITS } from "../records/text.js";
import type { CsvRow } from "./csv.js";

/** Control characters other than tab, line feed and carriage return (which multi-line fields keep). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this does.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** A half of a UTF-16 pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes control characters and replaces half characters in every cell of a row (in place). Answers the report
 * line's reason naming the columns, or null when the row was clean.
 */
export function cleanRowCells(row: CsvRow, header: readonly string[]): string | null {
  const fixed: string[] = [];
  for (const [i, c] of row.cells.entries()) {
    // A quick test first: almost every cell is clean, and a regex replace would copy it.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this does.
    if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/.test(c)) continue;
    const next = c.replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD");
    if (next === c) continue;
    row.cells[i] = next;
    fixed.push(header[i] || `column ${i + 1}`);
  }
  if (fixed.length === 0) return null;
  return `control characters (such as NUL) were removed from the ${fixed.join(", ")} column${fixed.length > 1 ? "s" : ""}`;
}

/** The kinds of text an imported row carries, with their limits from the one table. */
export type ImportedField = "name" | "title" | "note" | "shortNote";

const FIELD_WORDS: Record<ImportedField, string> = {
  name: "exercise name",
  title: "workout name",
  note: "workout note",
  shortNote: "note",
};

/**
 * A text fitted to its field: single-line fields (names, titles) get one space for each run of line breaks and tabs,
 * and text over the limit is cut without splitting a character. Answers the text and, when it was cut, the reason.
 */
export function fitField(field: ImportedField, text: string): { text: string; cut: string | null } {
  // Set and exercise notes (shortNote) are single-line fields like names: the API and the backup refuse line breaks.
  let t = field === "note" ? text : text.replace(/[\t\r\n]+/g, " ");
  const max = TEXT_LIMITS[field];
  if (t.length <= max) return { text: t, cut: null };
  const end = /[\uD800-\uDBFF]/.test(t.charAt(max - 1)) ? max - 1 : max;
  t = t.slice(0, end);
  return { text: t, cut: `the ${FIELD_WORDS[field]} was cut to ${max} characters` };
}
