/**
 * The import's report lines, summarised (issue 17): a 30 MB file with a hundred thousand repeated rows answers a
 * few lines per reason, with counts, instead of one line per row. Reasons that differ only in a number or a quoted
 * value ("repeats the set on line 12", "... line 98") are one reason.
 */

/** A row of the report: its 1-based line (0 for a backup) and what happened to it. */
export interface ReportLine {
  line: number;
  reason: string;
}

/** One reason of the report: an example of its wording, how many rows it covers and their first lines. */
export interface ReasonSummary {
  reason: string;
  count: number;
  lines: number[];
}

/** The report as the answer carries it. */
export interface SummarisedReport {
  /** The first rows of each reason (at most `perReason` each), in line order. */
  listed: ReportLine[];
  /** Every reason with its count and first lines, the most frequent first. */
  summary: ReasonSummary[];
  /** Rows in the report. */
  total: number;
}

/** Rows listed per reason. */
export const LINES_PER_REASON = 5;

/** A reason without its numbers and quoted values, so rows that differ only in those group together. */
export function reasonKind(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"').replace(/\d+(?:[.,]\d+)?/g, "#");
}

/** Summarises report rows: the first `perReason` rows of each reason, and every reason's count. */
export function summariseReport(rows: readonly ReportLine[], perReason = LINES_PER_REASON): SummarisedReport {
  const groups = new Map<string, { first: ReportLine[]; count: number }>();
  for (const row of rows) {
    const kind = reasonKind(row.reason);
    const g = groups.get(kind) ?? { first: [], count: 0 };
    groups.set(kind, g);
    g.count++;
    if (g.first.length < perReason) g.first.push(row);
  }
  const listed = [...groups.values()].flatMap((g) => g.first).sort((a, b) => a.line - b.line);
  const summary = [...groups.values()]
    .map((g) => ({ reason: g.first[0]?.reason ?? "", count: g.count, lines: g.first.map((r) => r.line) }))
    .sort((a, b) => b.count - a.count);
  return { listed, summary, total: rows.length };
}
