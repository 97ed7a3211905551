import {
  addDays,
  allExercises,
  buildClinicianReport,
  type Checkin,
  type ClinicianReport,
  defaultProfile,
  type LoggedSet,
  normaliseRedFlags,
  type SessionWithSets,
  toExercise,
} from "@spotter/core";
import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "./escape.js";
import { reportHtml } from "./html.js";
import { reportPdf } from "./pdf.js";

const EVIL = '<script>alert("x")</script>';
const UNICODE = "Ćwiczenie – Übung ✓";

function checkin(date: string, painNow: number, note: string | null = null): Checkin {
  return {
    id: date,
    clientId: date,
    date,
    painNow,
    everydayPain: painNow > 4 ? "some" : "none",
    regions: ["lower-back-centre", "buttock-left"],
    nerve: painNow > 6 ? [{ kind: "tingling", region: "thigh-left", trend: "same" }] : [],
    redFlags: normaliseRedFlags({ nightPain: painNow === 8 }),
    sleep: { hours: 7, quality: 3, position: "side", supportUsed: true },
    habits: null,
    function: { walking: 1, sitting: 1, standing: 0, dressing: 0, lifting: 2, bending: 2 },
    note,
    createdAt: `${date}T07:00:00.000Z`,
    updatedAt: `${date}T07:00:00.000Z`,
  };
}

function setOf(sessionId: string, exerciseId: string, i: number, pain: number, kind: LoggedSet["painKind"]): LoggedSet {
  return {
    id: `${sessionId}-${i}`,
    clientId: `${sessionId}-${i}`,
    sessionId,
    exerciseId,
    setIndex: i,
    warmup: false,
    setType: "normal",
    reps: 8,
    loadKg: 80 + i * 2.5,
    seconds: null,
    distanceM: null,
    rir: 2,
    rpe: null,
    belt: false,
    pain,
    painKind: kind,
    flagged: false,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
}

/** A year of daily check-ins and three sessions a week, with hostile and Unicode strings everywhere a user types. */
function yearReport(): ClinicianReport {
  const custom = toExercise(
    {
      id: "custom-1",
      name: `${EVIL} ${UNICODE}`,
      aliases: [],
      pattern: "hip-extension",
      primaryMuscles: ["glutes"],
      secondaryMuscles: [],
      laterality: "bilateral",
      equipment: ["machines"],
      load: { axial: 0, shear: 0, flexion: 0, extension: 1, rotation: 0, support: "supported" },
      beltEligible: false,
      cues: [],
    },
    true,
  );
  const start = "2025-11-25";
  const checkins = Array.from({ length: 365 }, (_, n) =>
    checkin(addDays(start, n), (n * 7) % 9, n % 30 === 0 ? `${EVIL} note ${n} ${UNICODE}` : null),
  );
  const sessions: SessionWithSets[] = Array.from({ length: 156 }, (_, n) => {
    const id = `s${n}`;
    const date = addDays(start, Math.floor((n * 7) / 3));
    return {
      id,
      clientId: id,
      date,
      startedAt: `${date}T17:00:00.000Z`,
      finishedAt: `${date}T18:00:00.000Z`,
      painBefore: n % 4,
      painAfter: n % 7,
      note: n % 20 === 0 ? `${EVIL} session note` : null,
      title: null,
      recovery: false,
      source: "spotter",
      createdAt: `${date}T17:00:00.000Z`,
      updatedAt: `${date}T18:00:00.000Z`,
      sets: [
        setOf(id, "back-squat", 0, n % 6, n % 25 === 0 ? "sharp" : "tightness"),
        setOf(id, "back-squat", 1, n % 5, "none"),
        setOf(id, "custom-1", 2, 1, "none"),
        setOf(id, "hip-thrust", 3, 0, "none"),
      ],
    };
  });
  return buildClinicianReport({
    from: start,
    to: addDays(start, 364),
    now: Date.parse("2026-11-25T09:00:00Z"),
    profile: { ...defaultProfile(), diagnosisNotes: `${EVIL} disc`, aggravating: [{ pattern: "carry" }] },
    exercises: [...allExercises(), custom],
    sessions,
    checkins,
    clearances: [
      {
        id: "c1",
        date: "2026-02-01",
        by: `${EVIL} Dr ${UNICODE}`,
        restrictions: EVIL,
        recordedAt: "2026-02-01T12:00:00Z",
      },
    ],
  });
}

describe("report renderers", () => {
  const report = yearReport();

  it("X3: escape: the html tag escapes every value; nested Html passes through once", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const inner = html`<b>${EVIL}</b>`;
    expect(html`<p>${inner}${[EVIL, 3, null]}</p>`.value).toBe(
      "<p><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;3</p>",
    );
  });

  it("X3: the HTML page escapes every user string and keeps its accessible structure", () => {
    const page = reportHtml(report, {
      label: `${EVIL} for Dr Lee`,
      expiresAt: "2026-12-09T09:00:00.000Z",
      triggers: [],
    });
    expect(page).not.toMatch(/<script/i);
    expect(page.match(/&lt;script&gt;/g)?.length).toBeGreaterThan(10);
    expect(page).toContain(UNICODE);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("<title>Spotter clinician report, 25 Nov 2025 to 24 Nov 2026</title>");
    expect(page).toContain("@media print");
    expect(page).toContain("break-before: page");
    expect(page).toContain('<desc id="chart-desc">');
    const tables = page.match(/<table>/g)?.length ?? 0;
    expect(page.match(/<caption>/g)?.length).toBe(tables);
    expect(page).toContain('<th scope="row">');
    expect(page).toContain("Current insights");
    expect(page).toContain("Made for: &lt;script&gt;");
  });

  it("X3: the PDF embeds a Unicode font, starts with %PDF and runs to several pages for a year", async () => {
    const t0 = performance.now();
    const pdf = await reportPdf(report);
    const ms = performance.now() - t0;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdf.toString("latin1");
    expect(text).toContain("DejaVuSans");
    const pages = text.match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(8);
    console.info(`X3 PDF for a year: ${pages} pages, ${Math.round(pdf.length / 1024)} KiB, ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(10_000);
  });

  it("X3: an empty period renders both ways without error", async () => {
    const empty = buildClinicianReport({
      from: "2026-01-01",
      to: "2026-01-01",
      now: 0,
      profile: defaultProfile(),
      exercises: [],
      sessions: [],
      checkins: [],
      clearances: [],
    });
    expect(reportHtml(empty)).toContain("No check-ins in this period.");
    const pdf = await reportPdf(empty);
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
  });
});
