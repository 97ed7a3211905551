import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import { triggerInsights } from "../insights/index.js";
import { defaultProfile } from "../records/profile.js";
import { addDays } from "../time.js";
import { buildClinicianReport, REPORT_MAX_DAYS } from "./buildReport.js";
import {
  mkReportCheckin as checkin,
  mkReportClearance as clearance,
  rday as d,
  mkReportInput as input,
  mkReportSession as session,
  mkReportSet as set,
} from "./testkit.js";

describe("clinician report: pain", () => {
  it("X3: daily pain with 7- and 28-day averages, spread, and the first week against the last", () => {
    const checkins = [
      ...[0, 1, 2, 3, 4].map((n) => checkin(d(n), 6)),
      ...[9, 10].map((n) => checkin(d(n), 4)),
      ...[14, 15, 16, 17].map((n) => checkin(d(n), 2)),
    ];
    const r = buildClinicianReport(input(d(0), d(20), { checkins }));
    expect(r.days).toBe(21);
    expect(r.pain.days).toHaveLength(21);
    expect(r.pain.days[0]).toEqual({ date: d(0), pain: 6, avg7: 6, avg28: 6 });
    expect(r.pain.days[5]).toMatchObject({ pain: null, avg7: 6 });
    expect(r.pain.checkinDays).toBe(11);
    expect(r.pain).toMatchObject({ min: 2, max: 6, mean: 4.2 });
    expect(r.pain.firstWeek).toMatchObject({ from: d(0), to: d(6), checkins: 5, mean: 6 });
    expect(r.pain.lastWeek).toMatchObject({ from: d(14), to: d(20), checkins: 4, mean: 2 });
    expect(r.pain.change).toBe(-4);
    expect(r.pain.direction).toBe("lower");
    expect(r.pain.summary).toContain("4 points lower");
  });

  it("X3: too few check-ins at either end are not compared, and a 1-point change reads as similar", () => {
    const sparse = buildClinicianReport(input(d(0), d(20), { checkins: [checkin(d(0), 5), checkin(d(20), 1)] }));
    expect(sparse.pain.change).toBeNull();
    expect(sparse.pain.summary).toContain("not compared");
    const steady = [...[0, 1, 2, 3].map((n) => checkin(d(n), 4)), ...[17, 18, 19, 20].map((n) => checkin(d(n), 3))];
    const r = buildClinicianReport(input(d(0), d(20), { checkins: steady }));
    expect(r.pain.direction).toBe("similar");
    const none = buildClinicianReport(input(d(0), d(20)));
    expect(none.pain.summary).toContain("No check-ins");
    expect(none.checkins).toEqual([]);
  });

  it("X3: check-ins before the range feed the first averages but not the table", () => {
    const checkins = [checkin(d(-3), 8), checkin(d(0), 2), checkin(d(30), 9)];
    const r = buildClinicianReport(input(d(0), d(10), { checkins }));
    expect(r.pain.days[0]).toMatchObject({ pain: 2, avg7: 5 });
    expect(r.checkins.map((c) => c.date)).toEqual([d(0)]);
    expect(r.pain.max).toBe(2);
  });

  it("X3: everyday-pain days and the check-ins table (regions, sleep, function score, the note verbatim)", () => {
    const checkins = [
      checkin(d(0), 3, {
        everydayPain: "some",
        regions: ["lower-back-left", "buttock-left"],
        sleep: { hours: 6.5, quality: 3, position: "side", supportUsed: true },
        note: "<script>alert(1)</script> after gardening",
        function: { walking: 1, sitting: 2, standing: 1, dressing: 0, lifting: 2, bending: 3 },
      }),
      checkin(d(1), 6, { everydayPain: "persistent" }),
      checkin(d(2), 1),
    ];
    const r = buildClinicianReport(input(d(0), d(6), { checkins }));
    expect(r.everydayPain.counts).toEqual({ none: 1, some: 1, persistent: 1 });
    expect(r.everydayPain.daysWithPain).toBe(2);
    expect(r.everydayPain.summary).toContain("2 of 3 check-ins");
    const row = r.checkins[0];
    expect(row).toMatchObject({
      date: d(0),
      pain: 3,
      everydayPainText: "with some tasks",
      regionsText: "lower back (left), left buttock",
      sleepText: "6.5 h, quality 3 of 5, side, pillow support used",
      functionScore: 63,
      note: "<script>alert(1)</script> after gardening",
    });
    expect(r.checkins[1]).toMatchObject({ regionsText: "none marked", sleepText: "not recorded", functionScore: null });
    expect(r.functionCheck).toMatchObject({ first: 63, latest: 63, change: null });
  });

  it("X3: the function check's change over the range, or null without scores", () => {
    const all = (v: number) => ({
      walking: v,
      sitting: v,
      standing: v,
      dressing: v,
      lifting: v,
      bending: v,
      sleeping: v,
      carrying: v,
    });
    const r = buildClinicianReport(
      input(d(0), d(27), {
        checkins: [checkin(d(0), 4, { function: all(2) }), checkin(d(27), 2, { function: all(1) })],
      }),
    );
    expect(r.functionCheck).toMatchObject({ first: 50, latest: 75, change: 25 });
    expect(r.functionCheck?.summary).toContain("25 points better");
    expect(buildClinicianReport(input(d(0), d(27), { checkins: [checkin(d(0), 4)] })).functionCheck).toBeNull();
  });
});

describe("clinician report: safety", () => {
  it("X3: nerve symptoms with date, kind, region and trend, and the latest of each symptom", () => {
    const checkins = [
      checkin(d(0), 4, { nerve: [{ kind: "tingling", region: "below-knee-left", trend: "new" }] }),
      checkin(d(3), 3, {
        nerve: [
          { kind: "tingling", region: "thigh-left", trend: "better" },
          { kind: "numbness", region: "groin", trend: "same" },
        ],
      }),
    ];
    const r = buildClinicianReport(input(d(0), d(6), { checkins }));
    expect(r.nerve.entries).toEqual([
      expect.objectContaining({ date: d(0), kind: "tingling", region: "below-knee-left", trendText: "new" }),
      expect.objectContaining({ date: d(3), kindText: "tingling", regionText: "left thigh", trendText: "improving" }),
      expect.objectContaining({ date: d(3), kind: "numbness", trend: "same" }),
    ]);
    expect(r.nerve.symptoms).toHaveLength(2);
    expect(r.nerve.symptoms[0]).toMatchObject({ kind: "tingling", side: "left", latest: "better", lastDate: d(3) });
    expect(buildClinicianReport(input(d(0), d(6))).nerve.summary).toContain("No numbness");
  });

  it("X3: every yes with its day, the days answered, and clearances with by and restrictions", () => {
    const yes = (over: Record<string, boolean | null>) =>
      checkin(d(2), 5, { redFlags: { ...checkin(d(2), 5).redFlags, ...over } });
    const unanswered = checkin(d(4), 2, {
      redFlags: Object.fromEntries(Object.keys(checkin(d(4), 2).redFlags).map((k) => [k, null])) as never,
    });
    const checkins = [checkin(d(0), 2), yes({ feverChills: true, nightPain: true }), unanswered];
    const clearances = [
      clearance(d(-20), "Dr Old"),
      clearance(d(-10), "Dr Earlier"),
      clearance(d(3), "A. Physio", "No heavy spinal loading for 2 weeks"),
      clearance(d(40), "Later"),
    ];
    const r = buildClinicianReport(input(d(0), d(6), { checkins, clearances }));
    expect(r.redFlags.yes).toEqual([
      { date: d(2), key: "feverChills", label: "fever or chills with back pain", tier: "R2" },
      { date: d(2), key: "nightPain", label: "night pain not eased by position", tier: "R2" },
    ]);
    expect(r.redFlags.answeredDates).toEqual([d(0), d(2)]);
    expect(r.redFlags.clearances).toEqual([
      expect.objectContaining({ by: "Dr Earlier", inRange: false }),
      expect.objectContaining({ by: "A. Physio", restrictions: "No heavy spinal loading for 2 weeks", inRange: true }),
    ]);
    expect(r.redFlags.summary).toContain('"Yes" was answered 2 times');
  });

  it("X3: a clearance is dated by the user's local day it was recorded, not the UTC day", () => {
    // 22:30 UTC on 4 March is 11:30 on 5 March in Auckland (UTC+13): recorded on the first day of a report from 5 March.
    const late = { ...clearance(d(2), "Dr Late"), recordedAt: `${d(2)}T22:30:00.000Z` };
    const r = buildClinicianReport(
      input(d(3), d(6), { clearances: [late], profile: { timeZone: "Pacific/Auckland" } }),
    );
    expect(r.redFlags.clearances).toEqual([
      expect.objectContaining({ by: "Dr Late", recordedDay: d(3), inRange: true }),
    ]);
  });

  it("X3: readiness per day with the spell of an R2 lock until the clearance", () => {
    const checkins = [
      checkin(d(0), 1),
      checkin(d(1), 2, { redFlags: { ...checkin(d(1), 2).redFlags, weightLoss: true } }),
      checkin(d(2), 1),
      checkin(d(4), 1),
    ];
    const r = buildClinicianReport(input(d(0), d(4), { checkins, clearances: [clearance(d(3), "GP")] }));
    expect(r.readiness.days.map((x) => x.tier)).toEqual(["R5", "R2", "R2", "R4", "R5"]);
    // A day without a check-in is "no check-in", never counted as a tier.
    expect(r.readiness.counts).toMatchObject({ R2: 2, R4: 0, R5: 2 });
    expect(r.readiness.noCheckin).toBe(1);
    expect(r.readiness.days[3]?.noCheckin).toBe(true);
    expect(r.readiness.summary).toContain('shown as "no check-in"');
    expect(r.readiness.spells).toEqual([
      { from: d(1), to: d(2), tier: "R2", reason: "unexplained weight loss reported" },
    ]);
    expect(r.readiness.truncated).toBe(false);
  });
});

describe("clinician report: triggers and training", () => {
  const sharp = (sid: string, ex: string) => set(sid, ex, { pain: 4, painKind: "sharp" });
  const sessions = [
    session("s1", d(1), 2, [sharp("s1", "back-squat"), set("s1", "hip-thrust", { loadKg: 80, reps: 10 })]),
    session("s2", d(4), 2, [
      sharp("s2", "back-squat"),
      set("s2", "conventional-deadlift", { pain: 7, painKind: "tightness", loadKg: 100, reps: 5 }),
      set("s2", "hip-thrust", { loadKg: 90, reps: 8 }),
      set("s2", "hip-thrust", { loadKg: 90, reps: 10, warmup: true }),
    ]),
    session("s3", d(8), 1, [set("s3", "hip-thrust", { loadKg: 100, reps: 6, pain: 2 })], {
      recovery: true,
      painAfter: 6,
      note: "felt it after",
    }),
    session("late", d(30), 1, [sharp("late", "leg-press-reclined"), sharp("late", "leg-press-reclined")]),
  ];

  it("X3: confirmed and suspected triggers carry the T2 evidence as of the range's end", () => {
    const profile = { ...defaultProfile(), aggravating: [{ pattern: "carry" as const }], cleared: ["hip-thrust"] };
    const r = buildClinicianReport(input(d(0), d(10), { sessions, profile }));
    const expected = triggerInsights({ sessions: sessions.slice(0, 3), checkins: [] }, profile, allExercises());
    const squat = expected.find((i) => i.name === "Back squat");
    expect(r.triggers.confirmed.map((t) => t.name)).toEqual(["Back squat"]);
    expect(r.triggers.confirmed[0]?.evidence).toBe(squat?.evidence);
    expect(r.triggers.suspected.map((t) => t.name)).toEqual(["Conventional deadlift"]);
    expect(r.triggers.named).toEqual([{ name: "all carry movements", kind: "pattern" }]);
    expect(r.triggers.cleared).toEqual([{ exerciseId: "hip-thrust", name: "Hip thrust", evidence: null }]);
    // The reclined leg press's sharp sets come after the range: not a trigger in this report.
    expect(JSON.stringify(r.triggers)).not.toContain("reclined");
  });

  it("X3: training done: sessions, sets, best load in the user's unit, pain during, and the sessions that hurt", () => {
    const r = buildClinicianReport(input(d(0), d(10), { sessions, profile: { unit: "lb" } }));
    expect(r.training).toMatchObject({ sessions: 3, recoverySessions: 1, workingSets: 6, warmupSets: 1 });
    const hip = r.training.exercises.find((e) => e.exerciseId === "hip-thrust");
    expect(hip).toMatchObject({ sessions: 3, workingSets: 3, bestLoadKg: 100, bestLoadText: "220.46 lb × 6" });
    expect(hip?.maxPain).toBe(2);
    const squat = r.training.exercises.find((e) => e.exerciseId === "back-squat");
    expect(squat).toMatchObject({ sharpOrRadiating: 2, meanPain: 4, maxPain: 4 });
    expect(r.training.painful.map((p) => [p.date, p.why])).toEqual([
      [d(1), "sharp or radiating pain during a set"],
      [d(4), "pain 7 during a set and sharp or radiating pain during a set"],
      [d(8), "pain 6 after the session"],
    ]);
    expect(r.training.painful[1]?.exercises.sort()).toEqual(["Back squat", "Conventional deadlift"]);
    expect(r.training.painful[2]?.note).toBe("felt it after");
  });

  it("X3: training avoided: triggers and excluded patterns with the plan's first alternative", () => {
    const profile = { ...defaultProfile(), aggravating: [{ pattern: "carry" as const }] };
    const r = buildClinicianReport(input(d(0), d(10), { sessions, profile }));
    const squat = r.avoided.items.find((i) => i.name === "Back squat");
    expect(squat?.why).toContain("Found in the log as a trigger");
    expect(squat?.substitute?.exerciseId).toBe("smith-machine-squat");
    expect(squat?.setsInRange).toBe(2);
    expect(r.avoided.items.find((i) => i.name === "All carry movements")).toMatchObject({ substitute: null });
    const dl = r.avoided.items.find((i) => i.name === "Conventional deadlift");
    expect(dl?.why).toContain("R4");
    expect(dl?.substitute).not.toBeNull();
    expect(r.avoided.summary).toContain("were logged in this period");
    expect(r.avoided.summary).not.toMatch(/anyway|still|despite|against advice/);
  });
});

describe("clinician report: the whole", () => {
  it("X3: pure: the same input gives the same report; the clock only sets the generated-at line", () => {
    const i = input(d(0), d(6), { checkins: [checkin(d(1), 3)], now: Date.parse("2026-03-09T08:05:00Z") });
    const a = buildClinicianReport({ ...i, profile: { ...i.profile, timeZone: "Europe/Warsaw" } });
    const b = buildClinicianReport({ ...i, profile: { ...i.profile, timeZone: "Europe/Warsaw" } });
    expect(a).toEqual(b);
    expect(a.generatedAt).toBe("2026-03-09T08:05:00.000Z");
    expect(a.generatedLine).toBe("Made on 9 Mar 2026 at 09:05 (Europe/Warsaw).");
    expect(a.notice.join(" ")).toContain("not a medical device");
    expect(a.notice.join(" ")).toContain("self-reported");
  });

  it("X3: a reversed or too long range is refused", () => {
    expect(() => buildClinicianReport(input(d(5), d(1)))).toThrow(RangeError);
    expect(() => buildClinicianReport(input(d(0), addDays(d(0), REPORT_MAX_DAYS)))).toThrow(RangeError);
    expect(buildClinicianReport(input(d(0), addDays(d(0), REPORT_MAX_DAYS - 1))).readiness.truncated).toBe(true);
    expect(buildClinicianReport(input(d(3), d(3))).days).toBe(1);
  });

  it("X3: a year of daily check-ins and three sessions a week builds in well under a second", () => {
    const checkins = Array.from({ length: 365 }, (_, n) => checkin(d(n), n % 9, { regions: ["lower-back-centre"] }));
    const sessions = Array.from({ length: 156 }, (_, n) =>
      session(`y${n}`, d(Math.floor((n * 7) / 3)), n % 4, [
        set(`y${n}`, "back-squat", { pain: n % 6 }),
        set(`y${n}`, "hip-thrust", { pain: 1 }),
        set(`y${n}`, "bird-dog", { loadKg: null, pain: 0 }),
      ]),
    );
    const t0 = performance.now();
    const r = buildClinicianReport(input(d(0), d(364), { checkins, sessions }));
    const ms = performance.now() - t0;
    expect(r.checkins).toHaveLength(365);
    expect(r.readiness.days).toHaveLength(365);
    expect(ms).toBeLessThan(1500);
  });
});
