/**
 * The clinician report as one printable, accessible HTML page (X3): inline CSS with print rules, tables with
 * captions and header scopes, and an SVG chart with a text alternative. Every user-provided string is escaped.
 */
import { type ClinicianReport, dayText, type TriggerInsight, testInWords } from "@spotter/core";
import { type Html, html, trusted } from "./escape.js";
import {
  checkinsSection,
  functionSection,
  nerveSection,
  overviewSection,
  painSection,
  readinessSection,
  redFlagSection,
  restrictionsSection,
  trainingSection,
  triggersSection,
} from "./htmlSections.js";

/** What a share link adds to the page: who it was made for, when it ends, and the current trigger list. */
export interface ShareExtras {
  label: string | null;
  expiresAt: string;
  triggers: readonly TriggerInsight[];
}

const CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #b8b8b8; --band: #f1f3f5; --accent: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
p { margin: .4rem 0; }
.generated, .empty { color: var(--muted); }
.notice { border: 2px solid var(--ink); padding: .6rem .9rem; margin: 1rem 0; }
.notice p { margin: .2rem 0; }
dl.overview { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 1rem 0; }
dl.overview dt { font-weight: bold; }
dl.overview dd { margin: 0; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid var(--rule); padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); }
tbody th { font-weight: normal; white-space: nowrap; }
td.num, th.num { text-align: right; }
td { overflow-wrap: anywhere; }
figure { margin: .6rem 0; }
figcaption { font-size: .85rem; color: var(--muted); }
svg.chart { width: 100%; height: auto; max-height: 16rem; }
svg .grid { stroke: #d0d0d0; stroke-width: 1; }
svg .axis { font-size: 11px; fill: var(--muted); }
svg .dot { fill: var(--ink); }
svg .avg7 { fill: none; stroke: var(--accent); stroke-width: 2; }
svg .avg28 { fill: none; stroke: #8a4b00; stroke-width: 2; stroke-dasharray: 6 4; }
footer { margin-top: 2rem; font-size: .85rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .5rem; }
span.test { display: inline-block; margin-top: .3rem; font-weight: bold; }
td.status { overflow-wrap: normal; }
@media (max-width: 40rem) { tbody th { white-space: normal; } }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .3rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .skip { display: none; }
  h2 { break-after: avoid; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure, .notice { break-inside: avoid; }
  section.page-break { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`;

function shareSection(s: ShareExtras): Html {
  const rows = s.triggers.filter((t) => !t.informational && t.status !== "unknown");
  const items = rows.map(
    (t) =>
      html`<tr><th scope="row">${t.name}</th><td class="status">${t.status}${t.overruledByUser ? " (cleared by the user)" : ""}</td><td>${t.evidence}${t.test ? html`<br><span class="test">Test: ${testInWords(t.test)}</span>` : ""}</td></tr>\n`,
  );
  // Three columns, the test under the evidence it adds to, so the table reads on a phone too.
  const list = rows.length
    ? html`<table><caption>Trigger list as of today</caption><thead><tr><th scope="col">Exercise or pattern</th><th scope="col">Status</th><th scope="col">Evidence (as the app words it for the user) and test (SPEC T5, T6)</th></tr></thead><tbody>
${items}</tbody></table>`
    : html`<p class="empty">No exercise has a trigger, suspected or tolerated status yet.</p>`;
  return html`<section id="insights" aria-labelledby="insights-h">
<h2 id="insights-h">Current insights</h2>
<p>The statuses below use the whole log up to today, so they may differ from the report's, which stop at the end of its period.</p>
${list}
</section>
`;
}

/** The report as a complete HTML document; `share` adds the share-link lines and the current trigger list. */
export function reportHtml(report: ClinicianReport, share?: ShareExtras): string {
  const title = `Spotter clinician report, ${dayText(report.from)} to ${dayText(report.to)}`;
  const extra: [string, string][] = share
    ? [
        ["Shared link", share.label ? `Made for: ${share.label}` : "Read-only link from the user"],
        ["Link ends", share.expiresAt.slice(0, 10)],
      ]
    : [];
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<style>${trusted(CSS)}</style>
</head>
<body>
<a class="skip" href="#pain">Skip to the pain trend</a>
<main>
<header>
<h1>Clinician report</h1>
<p>${title.replace("Spotter clinician report, ", "Self-reported training and pain log, ")}</p>
<p class="generated">${report.generatedLine}</p>
</header>
<div class="notice" role="note" aria-label="About this report">${report.notice.map((n) => html`<p>${n}</p>`)}</div>
${overviewSection(report, extra)}
${painSection(report)}
${nerveSection(report)}
${redFlagSection(report)}
${restrictionsSection(report)}
${readinessSection(report)}
${triggersSection(report)}
${share ? shareSection(share) : ""}
${trainingSection(report)}
${functionSection(report)}
${checkinsSection(report)}
<footer><p>${report.notice[0]}</p><p>${report.generatedLine}</p></footer>
</main>
</body>
</html>
`;
  return page.value;
}
