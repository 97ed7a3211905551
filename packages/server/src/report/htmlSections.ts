/** The report's sections as HTML: one function per section, every value escaped by the `html` tag. */
import { type ClinicianReport, dayText, type ReportTrigger } from "@spotter/core";
import { painChartSvg } from "./chart.js";
import { type Html, type HtmlValue, html } from "./escape.js";

/** One column of a table: its header and how a row fills the cell. The first column heads its row. */
interface Column<T> {
  head: string;
  cell: (row: T) => HtmlValue;
  numeric?: boolean;
}

function table<T>(caption: string, columns: readonly Column<T>[], rows: readonly T[], empty: string): Html {
  if (rows.length === 0) return html`<p class="empty">${empty}</p>`;
  const head = columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num"` : ""}>${c.head}</th>`);
  const body = rows.map(
    (r) =>
      html`<tr>${columns.map((c, i) =>
        i === 0
          ? html`<th scope="row">${c.cell(r)}</th>`
          : html`<td${c.numeric ? html` class="num"` : ""}>${c.cell(r)}</td>`,
      )}</tr>\n`,
  );
  return html`<table><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>
${body}</tbody></table>`;
}

const dash = (v: number | string | null | undefined) => (v === null || v === undefined || v === "" ? "–" : v);

function section(id: string, title: string, body: HtmlValue, cls = ""): Html {
  return html`<section id="${id}" aria-labelledby="${id}-h"${cls ? html` class="${cls}"` : ""}>
<h2 id="${id}-h">${title}</h2>
${body}
</section>
`;
}

/** The overview: period, unit, generated-at line and the user's own diagnosis notes. */
export function overviewSection(r: ClinicianReport, extra: readonly [string, string][] = []): Html {
  const rows: [string, string][] = [
    ["Period", `${dayText(r.from)} to ${dayText(r.to)} (${r.days} ${r.days === 1 ? "day" : "days"})`],
    ["Time zone", r.timeZone],
    ["Weights shown in", r.unit],
    ...extra,
  ];
  if (r.diagnosisNotes) rows.push(["User's own notes on diagnosis", r.diagnosisNotes]);
  return html`<dl class="overview">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

/** Pain: the chart with its text alternative and the summary sentences. */
export function painSection(r: ClinicianReport): Html {
  const desc = `${r.pain.summary} Each day's value is listed in the check-ins table.`;
  const chart =
    r.pain.checkinDays > 0
      ? html`<figure>${painChartSvg(r.pain.days, desc)}<figcaption>Dots: daily pain at check-in. Solid line: 7-day average. Dashed line: 28-day average (earlier check-ins count toward the first days). Guide lines at 2 and 5 mark the pain-monitoring zones (0-2, 3-5, 6-10).</figcaption></figure>`
      : "";
  const windows = table(
    "Mean pain in the first and last week of the period",
    [
      { head: "Week", cell: (w) => w.label },
      { head: "Days", cell: (w) => `${dayText(w.from)} to ${dayText(w.to)}` },
      { head: "Check-ins", cell: (w) => w.checkins, numeric: true },
      { head: "Mean pain (0-10)", cell: (w) => dash(w.mean), numeric: true },
    ],
    [
      { label: "First", ...r.pain.firstWeek },
      { label: "Last", ...r.pain.lastWeek },
    ],
    "",
  );
  return section(
    "pain",
    "Pain trend",
    html`<p>${r.pain.summary}</p>
${chart}
${windows}
<p>${r.everydayPain.summary}</p>`,
  );
}

/** Nerve symptoms: one row per entry. */
export function nerveSection(r: ClinicianReport): Html {
  return section(
    "nerve",
    "Nerve symptoms",
    html`<p>${r.nerve.summary}</p>
${table(
  "Numbness, tingling and weakness as entered at check-in",
  [
    { head: "Date", cell: (e) => dayText(e.date) },
    { head: "Symptom", cell: (e) => e.kindText },
    { head: "Where", cell: (e) => e.regionText },
    { head: "Trend", cell: (e) => e.trendText },
  ],
  r.nerve.entries,
  "None entered.",
)}`,
  );
}

/** Red flags: each "yes", the days answered, and the clearances recorded. */
export function redFlagSection(r: ClinicianReport): Html {
  const f = r.redFlags;
  const answered = f.answeredDates.length
    ? html`<p>Questions answered on: ${f.answeredDates.map(dayText).join(", ")}.</p>`
    : "";
  return section(
    "red-flags",
    "Red-flag screening and clearances",
    html`<p>${f.summary}</p>
${table(
  'Red-flag questions answered "yes"',
  [
    { head: "Date", cell: (y) => dayText(y.date) },
    { head: "Sign reported", cell: (y) => y.label },
    { head: "App's response", cell: (y) => (y.tier === "R1" ? "R1: urgent care advised" : "R2: see a professional") },
  ],
  f.yes,
  'No question was answered "yes".',
)}
${answered}
${table(
  "Professional clearances recorded by the user",
  [
    { head: "Seen on", cell: (c) => dayText(c.date) },
    { head: "By", cell: (c) => c.by },
    { head: "Restrictions", cell: (c) => dash(c.restrictions) },
    { head: "Recorded", cell: (c) => `${c.recordedDay}${c.inRange ? "" : " (before the period)"}` },
  ],
  f.clearances,
  "No clearance recorded.",
)}`,
  );
}

/** Readiness: days per tier and the spells of locks. */
export function readinessSection(r: ClinicianReport): Html {
  const tiers: { tier: string; days: number }[] = (["R1", "R2", "R3", "R4", "R5"] as const).map((t) => ({
    tier: t,
    days: r.readiness.counts[t],
  }));
  if ((r.readiness.noCheckin ?? 0) > 0) tiers.push({ tier: "none", days: r.readiness.noCheckin });
  const meaning: Record<string, string> = {
    R1: "urgent: emergency care advised, training locked",
    R2: "see a professional: loaded training locked",
    R3: "rest and recover: recovery session only",
    R4: "modified training",
    R5: "full training",
    none: "",
  };
  return section(
    "readiness",
    "Readiness tiers",
    html`<p>${r.readiness.summary}</p>
${table(
  "Days per readiness tier",
  [
    { head: "Tier", cell: (t) => (t.tier === "none" ? "No check-in" : `${t.tier}: ${meaning[t.tier]}`) },
    { head: "Days", cell: (t) => t.days, numeric: true },
  ],
  tiers,
  "",
)}
${table(
  "Spells with training locked",
  [
    { head: "From", cell: (s) => dayText(s.from) },
    { head: "To", cell: (s) => dayText(s.to) },
    { head: "Tier", cell: (s) => s.tier },
    { head: "First reason", cell: (s) => s.reason },
  ],
  r.readiness.spells,
  "No day in the period was locked.",
)}`,
  );
}

function triggerTable(caption: string, rows: readonly ReportTrigger[], empty: string): Html {
  return table(
    caption,
    [
      { head: "Exercise", cell: (t) => t.name },
      { head: "Source", cell: (t) => (t.source === "named" ? "named by the user" : "found in the log") },
      { head: "Sessions rated", cell: (t) => t.exposures, numeric: true },
      { head: "Last done", cell: (t) => (t.lastDate ? dayText(t.lastDate) : "–") },
      { head: "Evidence (as the app words it for the user)", cell: (t) => t.evidence },
    ],
    rows,
    empty,
  );
}

/** Triggers: confirmed, suspected, named and cleared. */
export function triggersSection(r: ClinicianReport): Html {
  const t = r.triggers;
  const named = t.named.length
    ? html`<p>Named as aggravating by the user: ${t.named.map((n) => n.name).join(", ")}.</p>`
    : "";
  const tests = t.tests.length
    ? html`<p>Tests that tell suspects apart or re-test a trigger (SPEC T5, T6):</p><ul>${t.tests.map(
        (x) => html`<li>${x.name}: ${x.test} ${x.evidence}</li>`,
      )}</ul>`
    : "";
  const cleared = t.cleared.length
    ? html`<p>Cleared by the user (the app no longer treats these as triggers):</p><ul>${t.cleared.map(
        (c) => html`<li>${c.name}${c.evidence ? html`: ${c.evidence}` : ""}</li>`,
      )}</ul>`
    : "";
  return section(
    "triggers",
    "Triggers",
    html`<p>${t.summary}</p>
${triggerTable("Confirmed triggers", t.confirmed, "No confirmed triggers.")}
${triggerTable("Suspected triggers", t.suspected, "No suspected triggers.")}
${tests}
${named}
${cleared}`,
  );
}

/** Training done and avoided. */
export function trainingSection(r: ClinicianReport): Html {
  const t = r.training;
  return section(
    "training",
    "Training done and avoided",
    html`<p>${t.summary}</p>
${table(
  `Training per exercise (loads in ${r.unit})`,
  [
    { head: "Exercise", cell: (e) => e.name },
    { head: "Sessions", cell: (e) => e.sessions, numeric: true },
    { head: "Working sets", cell: (e) => e.workingSets, numeric: true },
    { head: "Heaviest set", cell: (e) => e.bestLoadText },
    { head: "Mean pain", cell: (e) => dash(e.meanPain), numeric: true },
    { head: "Max pain", cell: (e) => dash(e.maxPain), numeric: true },
    { head: "Sharp or radiating sets", cell: (e) => e.sharpOrRadiating, numeric: true },
  ],
  t.exercises,
  "No sets logged.",
)}
${table(
  "Sessions with pain above 5, or sharp or radiating pain",
  [
    { head: "Date", cell: (s) => dayText(s.date) },
    { head: "Why listed", cell: (s) => s.why },
    { head: "Exercises involved", cell: (s) => dash(s.exercises.join(", ")) },
    { head: "Pain before / after", cell: (s) => `${dash(s.painBefore)} / ${dash(s.painAfter)}` },
    { head: "User's note", cell: (s) => dash(s.note) },
  ],
  t.painful,
  "None.",
)}
<p>${r.avoided.summary}</p>
${table(
  "Left out or swapped by the plan",
  [
    { head: "Exercise or pattern", cell: (a) => a.name },
    { head: "Why", cell: (a) => a.why },
    { head: "Offered instead", cell: (a) => (a.substitute ? `${a.substitute.name}: ${a.substitute.why}` : "–") },
    { head: "Working sets logged in the period", cell: (a) => a.setsInRange, numeric: true },
  ],
  r.avoided.items,
  "Nothing is left out.",
)}`,
  );
}

/** The function check, when the period has scores. */
export function functionSection(r: ClinicianReport): Html | "" {
  const f = r.functionCheck;
  if (!f) return "";
  return section(
    "function",
    "Function check",
    html`<p>${f.summary}</p>
${table(
  "Function-check scores (0-100, higher is better)",
  [
    { head: "Date", cell: (p) => dayText(p.date) },
    { head: "Score", cell: (p) => p.score, numeric: true },
  ],
  f.points,
  "",
)}`,
  );
}

/** Every check-in of the period, starting on a new printed page. */
export function checkinsSection(r: ClinicianReport): Html {
  return section(
    "checkins",
    "Check-ins",
    table(
      `Daily check-ins (${r.checkins.length})`,
      [
        { head: "Date", cell: (c) => dayText(c.date) },
        { head: "Pain (0-10)", cell: (c) => c.pain, numeric: true },
        { head: "Everyday pain", cell: (c) => c.everydayPainText },
        { head: "Where", cell: (c) => c.regionsText },
        { head: "Sleep", cell: (c) => c.sleepText },
        { head: "Function", cell: (c) => dash(c.functionScore), numeric: true },
        { head: "User's note", cell: (c) => dash(c.note) },
      ],
      r.checkins,
      "No check-ins in this period.",
    ),
    "page-break",
  );
}

/** X5: the clinician's rules, their dates, and sets against a rule by week. */
export function restrictionsSection(r: ClinicianReport): Html {
  const x = r.restrictions;
  if (!x) return html``;
  return section(
    "restrictions",
    "Clinician's rules and how the log kept to them",
    html`<p>${x.summary}</p>
${table(
  "Rules that held in the period",
  [
    { head: "Rule", cell: (u) => u.text },
    { head: "Set by", cell: (u) => u.by },
    { head: "From", cell: (u) => dayText(u.from) },
    { head: "Until", cell: (u) => (u.until ? dayText(u.until) : "until lifted") },
  ],
  x.rules,
  "No rule held in this period.",
)}
${table(
  "Adherence by week",
  [
    { head: "Week of", cell: (w) => dayText(w.weekStart) },
    { head: "Sets logged while a rule held", cell: (w) => w.sets, numeric: true },
    { head: "Sets against a rule", cell: (w) => w.against, numeric: true },
  ],
  x.weeks,
  "No week of the period had a rule in force.",
)}`,
  );
}
