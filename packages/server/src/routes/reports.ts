/** The clinician report (SPEC §12 X3): `GET /reports/clinician` as a printable page or a PDF. */
import { zRangeFrom, zRangeTo } from "@spotter/core";
import type { Context } from "hono";
import { z } from "zod";
import type { Deps } from "../context.js";
import { runReportPdf } from "../offload/pool.js";
import { reportHtml } from "../report/html.js";
import type { Routes } from "../routes.js";
import { clinicianReportFor } from "../services/report.js";
import { queryOf } from "../validate.js";

const reportQuery = z.strictObject({
  from: zRangeFrom.optional(),
  to: zRangeTo.optional(),
  format: z.enum(["html", "pdf"]).optional(),
});

/**
 * The report page allows nothing but its own inline styles: no scripts, no requests, no framing, so even a string
 * that escaped escaping could do nothing.
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Answers a report page with the headers every report page carries. */
export function htmlReportResponse(c: Context, page: string, status: 200 | 404 | 429 = 200): Response {
  c.header("Content-Security-Policy", REPORT_CSP);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
  c.header("Cache-Control", "no-store");
  return c.html(page, status);
}

/** Registers the report route. */
export function registerReportRoutes(r: Routes, deps: Deps): void {
  r.route(
    {
      method: "get",
      path: "/reports/clinician",
      summary: "The clinician report for a range (default the last 90 days), as HTML or PDF",
      tag: "reports",
      query: reportQuery,
      ok: [200, "text/html, or application/pdf with format=pdf"],
    },
    async (c) => {
      const q = queryOf(c, reportQuery);
      const report = await clinicianReportFor(deps, c.get("userId"), q);
      if (q.format !== "pdf") return htmlReportResponse(c, reportHtml(report));
      // pdfkit lays out a year's pages on the CPU: on the worker thread, other users keep being served.
      const pdf = await runReportPdf(report);
      return c.body(new Uint8Array(pdf), 200, {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="spotter-report-${report.from}-${report.to}.pdf"`,
        "Content-Length": String(pdf.length),
        "Cache-Control": "no-store",
      });
    },
  );
}
