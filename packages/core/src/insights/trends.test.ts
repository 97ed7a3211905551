import { describe, expect, it } from "vitest";
import { insightsE1rm } from "./e1rm.js";
import { isoWeekKey, mondayOf } from "./isoWeek.js";
import { dayNumber } from "./logIndex.js";
import { day, mkCheckin, mkExercise, mkSession, mkSet } from "./testkit.js";
import { trends } from "./trends.js";
import type { InsightsLog } from "./types.js";

const empty: InsightsLog = { sessions: [], sets: [], checkins: [] };

describe("T4 pain averages", () => {
  it.each([
    // A check-in of pain 7 sits `back` days before the day asked; the day itself has pain 1.
    { back: 6, avg7: 4 },
    { back: 7, avg7: 1 },
  ])("T4: the 7-day window is inclusive: a check-in $back days earlier gives avg7 $avg7", ({ back, avg7 }) => {
    const t = trends({ ...empty, checkins: [mkCheckin(40 - back, 7), mkCheckin(40, 1)], from: day(40), to: day(40) });
    expect(t.pain[0]?.avg7).toBe(avg7);
  });

  it.each([
    { back: 27, avg28: 4 },
    { back: 28, avg28: 1 },
  ])("T4: the 28-day window is inclusive: a check-in $back days earlier gives avg28 $avg28", ({ back, avg28 }) => {
    const t = trends({ ...empty, checkins: [mkCheckin(40 - back, 7), mkCheckin(40, 1)], from: day(40), to: day(40) });
    expect(t.pain[0]?.avg28).toBe(avg28);
  });

  it("T4: one entry per day of the range; days without check-ins have null pain and averages over what exists", () => {
    const t = trends({ ...empty, checkins: [mkCheckin(0, 2), mkCheckin(2, 5)], from: day(0), to: day(9) });
    expect(t.pain).toHaveLength(10);
    expect(t.pain.map((p) => p.pain)).toEqual([2, null, 5, null, null, null, null, null, null, null]);
    expect(t.pain[1]?.avg7).toBe(2);
    expect(t.pain[3]?.avg7).toBe(3.5);
    expect(t.pain[7]?.avg7).toBe(5);
    expect(t.pain[9]?.avg7).toBeNull();
    expect(t.pain[9]?.avg28).toBe(3.5);
  });

  it("T4: the function-check score comes from the scoring function given", () => {
    const checkins = [mkCheckin(0, 2, { function: { walking: 1, sitting: 2 } }), mkCheckin(1, 2, { function: null })];
    const score = (c: { function?: Partial<Record<string, number>> | null }) =>
      c.function ? Object.values(c.function).reduce<number>((a, b) => a + (b ?? 0), 0) : null;
    const t = trends({ ...empty, checkins, from: day(0), to: day(2), functionScore: score });
    expect(t.pain.map((p) => p.functionScore)).toEqual([3, null, null]);
  });

  it("T4: an inverted range gives empty trends", () => {
    const t = trends({ ...empty, checkins: [mkCheckin(0, 2)], from: day(5), to: day(0) });
    expect(t.pain).toEqual([]);
  });
});

describe("T4 e1RM", () => {
  it.each([
    { reps: 5, rir: 2, rpe: null, load: 100, e1rm: 100 * (1 + 7 / 30) },
    { reps: 8, rir: 2, rpe: null, load: 60, e1rm: 60 * (1 + 10 / 30) },
    { reps: 9, rir: 2, rpe: null, load: 60, e1rm: null },
    { reps: 6, rir: null, rpe: 8, load: 80, e1rm: 80 * (1 + 8 / 30) },
    { reps: 10, rir: null, rpe: null, load: 50, e1rm: 50 * (1 + 10 / 30) },
    { reps: 0, rir: 0, rpe: null, load: 50, e1rm: null },
    { reps: 5, rir: 0, rpe: null, load: 0, e1rm: null },
  ])("T4: $reps reps at $load kg, RIR $rir, RPE $rpe -> $e1rm", ({ reps, rir, rpe, load, e1rm }) => {
    const v = insightsE1rm({ reps, rir, rpe, loadKg: load });
    if (e1rm === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(e1rm, 9);
  });

  it("T4: the best estimate of each session is kept, warm-ups left out", () => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, 1), mkSession("b", 7, 1)],
      sets: [
        mkSet("a", "squat", 1, { warmup: true, reps: 1, loadKg: 200, rir: 0 }),
        mkSet("a", "squat", 1, { reps: 5, loadKg: 100, rir: 2 }),
        mkSet("a", "squat", 1, { reps: 3, loadKg: 105, rir: 1 }),
        mkSet("b", "squat", 1, { reps: 5, loadKg: 102.5, rir: 2 }),
        mkSet("b", "plank", 1, { reps: null, loadKg: null }),
      ],
      checkins: [],
    };
    const t = trends({ ...log, from: day(0), to: day(7) });
    expect(t.e1rm).toEqual([
      {
        exerciseId: "squat",
        name: "squat",
        points: [
          { date: day(0), sessionId: "a", e1rmKg: 123.3 },
          { date: day(7), sessionId: "b", e1rmKg: 126.4 },
        ],
      },
    ]);
  });
});

describe("T4 weekly volume, belt share and sessions", () => {
  const exercises = [
    mkExercise("squat", { primaryMuscles: ["quads", "glutes"], beltEligible: true }),
    mkExercise("hip-thrust", { pattern: "hip-extension", primaryMuscles: ["glutes"] }),
  ];
  // day(0) is Monday 2026-01-05; day(6) is that Sunday; day(7) the next Monday.
  const log: InsightsLog = {
    sessions: [
      mkSession("a", 0, 1),
      mkSession("b", 6, 1, { recovery: true }),
      mkSession("c", 7, 1),
      mkSession("z", 30, 1),
    ],
    sets: [
      mkSet("a", "squat", 1, { warmup: true, belt: false }),
      mkSet("a", "squat", 1, { belt: true }),
      mkSet("a", "squat", 1, { belt: false }),
      mkSet("a", "hip-thrust", 1, { belt: false }),
      mkSet("b", "hip-thrust", 0),
      mkSet("c", "squat", 1, { belt: false }),
      mkSet("z", "squat", 1, { belt: true }),
    ],
    checkins: [],
  };

  it("T4: working sets count once per primary muscle per ISO week", () => {
    const t = trends({ ...log, exercises, from: day(0), to: day(13) });
    expect(t.volume).toEqual([
      { week: "2026-W02", weekStart: day(0), muscle: "glutes", sets: 4 },
      { week: "2026-W02", weekStart: day(0), muscle: "quads", sets: 2 },
      { week: "2026-W03", weekStart: day(7), muscle: "glutes", sets: 1 },
      { week: "2026-W03", weekStart: day(7), muscle: "quads", sets: 1 },
    ]);
  });

  it("T4: belt share is belted over all working sets on belt-eligible exercises, every week of the range listed", () => {
    const t = trends({ ...log, exercises, from: day(0), to: day(20) });
    expect(t.belt.map((w) => [w.week, w.beltedSets, w.eligibleSets, w.share])).toEqual([
      ["2026-W02", 1, 2, 0.5],
      ["2026-W03", 0, 1, 0],
      ["2026-W04", 0, 0, null],
    ]);
  });

  it("T4: sessions in the range are marked with their dates, recovery sessions flagged", () => {
    const t = trends({ ...log, exercises, from: day(1), to: day(7) });
    expect(t.sessions).toEqual([
      { date: day(6), sessionId: "b", recovery: true },
      { date: day(7), sessionId: "c", recovery: false },
    ]);
  });

  it.each([
    { date: "2026-01-01", week: "2026-W01", monday: "2025-12-29" },
    { date: "2027-01-01", week: "2026-W53", monday: "2026-12-28" },
    { date: "2024-12-30", week: "2025-W01", monday: "2024-12-30" },
    { date: "2021-01-03", week: "2020-W53", monday: "2020-12-28" },
  ])("T4: $date is in ISO week $week", ({ date, week, monday }) => {
    const m = mondayOf(dayNumber(date));
    expect(isoWeekKey(m)).toBe(week);
    expect(m).toBe(dayNumber(monday));
  });
});
