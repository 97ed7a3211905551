/**
 * The clinician report as a PDF made in Node (X3): the same sections and sentences as the HTML page, laid out with
 * pdfkit and the embedded DejaVu Sans font, so no browser is needed.
 */
import { type ClinicianReport, dayText } from "@spotter/core";
import type { PdfWriter } from "./pdfWriter.js";

const dash = (v: number | string | null | undefined): string =>
  v === null || v === undefined || v === "" ? "–" : String(v);

const TIER_MEANING: Record<string, string> = {
  R1: "urgent: emergency care advised, training locked",
  R2: "see a professional: loaded training locked",
  R3: "rest and recover: recovery session only",
  R4: "modified training",
  R5: "full training",
};

function safety(w: PdfWriter, r: ClinicianReport): void {
  w.heading("Nerve symptoms");
  w.para(r.nerve.summary);
  w.table(
    "Numbness, tingling and weakness as entered at check-in",
    [
      { head: "Date", weight: 1.2 },
      { head: "Symptom", weight: 1 },
      { head: "Where", weight: 2 },
      { head: "Trend", weight: 1 },
    ],
    r.nerve.entries.map((e) => [dayText(e.date), e.kindText, e.regionText, e.trendText]),
    "",
  );

  const f = r.redFlags;
  w.heading("Red-flag screening and clearances");
  w.para(f.summary);
  w.table(
    'Red-flag questions answered "yes"',
    [
      { head: "Date", weight: 1.2 },
      { head: "Sign reported", weight: 3 },
      { head: "App's response", weight: 2 },
    ],
    f.yes.map((y) => [
      dayText(y.date),
      y.label,
      y.tier === "R1" ? "R1: urgent care advised" : "R2: see a professional",
    ]),
    "",
  );
  if (f.answeredDates.length) w.para(`Questions answered on: ${f.answeredDates.map(dayText).join(", ")}.`);
  w.table(
    "Professional clearances recorded by the user",
    [
      { head: "Seen on", weight: 1.2 },
      { head: "By", weight: 1.6 },
      { head: "Restrictions", weight: 3 },
      { head: "Recorded", weight: 1.4 },
    ],
    f.clearances.map((c) => [
      dayText(c.date),
      c.by,
      dash(c.restrictions),
      `${c.recordedDay}${c.inRange ? "" : " (before the period)"}`,
    ]),
    "",
  );

  w.heading("Readiness tiers");
  w.para(r.readiness.summary);
  w.table(
    "Days per readiness tier",
    [
      { head: "Tier", weight: 4 },
      { head: "Days", weight: 1, align: "right" },
    ],
    [
      ...(["R1", "R2", "R3", "R4", "R5"] as const).map((t) => [
        `${t}: ${TIER_MEANING[t]}`,
        String(r.readiness.counts[t]),
      ]),
      ...((r.readiness.noCheckin ?? 0) > 0 ? [["No check-in", String(r.readiness.noCheckin)]] : []),
    ],
    "",
  );
  w.table(
    "Spells with training locked",
    [
      { head: "From", weight: 1.2 },
      { head: "To", weight: 1.2 },
      { head: "Tier", weight: 0.6 },
      { head: "First reason", weight: 3 },
    ],
    r.readiness.spells.map((s) => [dayText(s.from), dayText(s.to), s.tier, s.reason]),
    "",
  );
}

function triggers(w: PdfWriter, r: ClinicianReport): void {
  const t = r.triggers;
  w.heading("Triggers");
  w.para(t.summary);
  const cols = [
    { head: "Exercise", weight: 1.6 },
    { head: "Source", weight: 1.1 },
    { head: "Sessions rated", weight: 0.8, align: "right" as const },
    { head: "Last done", weight: 1.1 },
    { head: "Evidence (as the app words it for the user)", weight: 4 },
  ];
  const rows = (list: typeof t.confirmed) =>
    list.map((x) => [
      x.name,
      x.source === "named" ? "named by the user" : "found in the log",
      String(x.exposures),
      x.lastDate ? dayText(x.lastDate) : "–",
      x.evidence,
    ]);
  w.table("Confirmed triggers", cols, rows(t.confirmed), "No confirmed triggers.");
  w.table("Suspected triggers", cols, rows(t.suspected), "No suspected triggers.");
  for (const x of t.tests) w.para(`${x.name}: ${x.test} ${x.evidence}`);
  if (t.named.length) w.para(`Named as aggravating by the user: ${t.named.map((n) => n.name).join(", ")}.`);
  for (const c of t.cleared) w.para(`Cleared by the user: ${c.name}${c.evidence ? `. ${c.evidence}` : ""}`);
}

function training(w: PdfWriter, r: ClinicianReport): void {
  const t = r.training;
  if (r.restrictions) {
    w.heading("Clinician's rules and how the log kept to them");
    w.para(r.restrictions.summary);
    w.table(
      "Rules that held in the period",
      [
        { head: "Rule", weight: 3.4 },
        { head: "Set by", weight: 1.2 },
        { head: "From", weight: 1 },
        { head: "Until", weight: 1 },
      ],
      r.restrictions.rules.map((u) => [u.text, u.by, dayText(u.from), u.until ? dayText(u.until) : "until lifted"]),
      "No rule held in this period.",
    );
    w.table(
      "Adherence by week",
      [
        { head: "Week of", weight: 1.4 },
        { head: "Sets logged while a rule held", weight: 1.6, align: "right" },
        { head: "Sets against a rule", weight: 1.4, align: "right" },
      ],
      r.restrictions.weeks.map((w2) => [dayText(w2.weekStart), String(w2.sets), String(w2.against)]),
      "No week of the period had a rule in force.",
    );
  }
  w.heading("Training done and avoided");
  w.para(t.summary);
  w.table(
    `Training per exercise (loads in ${r.unit})`,
    [
      { head: "Exercise", weight: 2.2 },
      { head: "Sessions", weight: 0.8, align: "right" },
      { head: "Working sets", weight: 0.8, align: "right" },
      { head: "Heaviest set", weight: 1.3 },
      { head: "Mean pain", weight: 0.7, align: "right" },
      { head: "Max pain", weight: 0.7, align: "right" },
      { head: "Sharp or radiating sets", weight: 0.9, align: "right" },
    ],
    t.exercises.map((e) => [
      e.name,
      String(e.sessions),
      String(e.workingSets),
      e.bestLoadText,
      dash(e.meanPain),
      dash(e.maxPain),
      String(e.sharpOrRadiating),
    ]),
    "",
  );
  w.table(
    "Sessions with pain above 5, or sharp or radiating pain",
    [
      { head: "Date", weight: 1.1 },
      { head: "Why listed", weight: 2 },
      { head: "Exercises involved", weight: 2 },
      { head: "Pain before / after", weight: 0.9 },
      { head: "User's note", weight: 2 },
    ],
    t.painful.map((s) => [
      dayText(s.date),
      s.why,
      dash(s.exercises.join(", ")),
      `${dash(s.painBefore)} / ${dash(s.painAfter)}`,
      dash(s.note),
    ]),
    "",
  );
  w.para(r.avoided.summary);
  w.table(
    "Left out or swapped by the plan",
    [
      { head: "Exercise or pattern", weight: 1.6 },
      { head: "Why", weight: 2.4 },
      { head: "Offered instead", weight: 2.6 },
      { head: "Working sets logged in the period", weight: 0.9, align: "right" },
    ],
    r.avoided.items.map((a) => [
      a.name,
      a.why,
      a.substitute ? `${a.substitute.name}: ${a.substitute.why}` : "–",
      String(a.setsInRange),
    ]),
    "",
  );
  if (r.functionCheck) {
    w.heading("Function check");
    w.para(r.functionCheck.summary);
    w.table(
      "Function-check scores (0-100, higher is better)",
      [
        { head: "Date", weight: 1 },
        { head: "Score", weight: 1, align: "right" },
      ],
      r.functionCheck.points.map((p) => [dayText(p.date), String(p.score)]),
      "",
    );
  }
}

/** Renders the report as a PDF document. */
export async function reportPdf(report: ClinicianReport): Promise<Buffer> {
  // pdfkit (about 30 MB and a large share of start-up) loads with the first PDF, not with the server.
  const { PdfWriter } = await import("./pdfWriter.js");
  const period = `${dayText(report.from)} to ${dayText(report.to)}`;
  const w = new PdfWriter(`Spotter clinician report, ${period}`, new Date(report.generatedAt));
  w.title("Clinician report");
  w.para(`Self-reported training and pain log, ${period} (${report.days} ${report.days === 1 ? "day" : "days"}).`);
  w.para(`${report.generatedLine} Time zone ${report.timeZone}; weights in ${report.unit}.`, { color: "#444444" });
  w.notice(report.notice);
  if (report.diagnosisNotes) w.para(`User's own notes on diagnosis: ${report.diagnosisNotes}`);

  w.heading("Pain trend");
  w.para(report.pain.summary);
  if (report.pain.checkinDays > 0) {
    w.painChart(report.pain.days);
    w.para(
      "Dots: daily pain at check-in. Solid line: 7-day average. Dashed line: 28-day average. Guide lines at 2 and 5 mark the pain-monitoring zones.",
      { size: 7.5, color: "#444444" },
    );
  }
  w.para(report.everydayPain.summary);

  safety(w, report);
  triggers(w, report);
  training(w, report);

  w.pageBreak();
  w.heading("Check-ins");
  w.table(
    `Daily check-ins (${report.checkins.length})`,
    [
      { head: "Date", weight: 1.1 },
      { head: "Pain", weight: 0.5, align: "right" },
      { head: "Everyday pain", weight: 1 },
      { head: "Where", weight: 2 },
      { head: "Sleep", weight: 1.8 },
      { head: "Function", weight: 0.7, align: "right" },
      { head: "User's note", weight: 2 },
    ],
    report.checkins.map((c) => [
      dayText(c.date),
      String(c.pain),
      c.everydayPainText,
      c.regionsText,
      c.sleepText,
      dash(c.functionScore),
      dash(c.note),
    ]),
    "No check-ins in this period.",
  );
  return w.finish(`Spotter clinician report, ${period}. Self-reported; not a medical device.`);
}
