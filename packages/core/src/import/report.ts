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
  const report = reportCollector(perReason);
  for (const row of rows) report.add(row.line, row.reason);
  return report.summary();
}

/**
 * Summarises report rows as they come, in any order, keeping only the first `perReason` lines of each reason and
 * its count (a file with a hundred thousand repeated rows holds a few lines, not a hundred thousand).
 */
export function reportCollector(perReason = LINES_PER_REASON): {
  add(line: number, reason: string): void;
  summary(): SummarisedReport;
} {
  const groups = new Map<string, { first: ReportLine[]; count: number }>();
  let total = 0;
  return {
    add(line, reason) {
      total++;
      const kind = reasonKind(reason);
      const g = groups.get(kind) ?? { first: [], count: 0 };
      groups.set(kind, g);
      g.count++;
      const last = g.first[g.first.length - 1];
      if (g.first.length >= perReason && last !== undefined && last.line <= line) return;
      // Kept in line order, the earliest `perReason` of them.
      let at = g.first.length;
      while (at > 0 && (g.first[at - 1]?.line ?? 0) > line) at--;
      g.first.splice(at, 0, { line, reason });
      if (g.first.length > perReason) g.first.pop();
    },
    summary() {
      const listed = [...groups.values()].flatMap((g) => g.first).sort((a, b) => a.line - b.line);
      const summary = [...groups.values()]
        .map((g) => ({ reason: g.first[0]?.reason ?? "", count: g.count, lines: g.first.map((r) => r.line) }))
        .sort((a, b) => b.count - a.count || (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
      return { listed, summary, total };
    },
  };
}
