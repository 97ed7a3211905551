import { describe, expect, it } from "vitest";
import { exerciseStats, patternStats } from "./exerciseStats.js";
import { deltaLog, mkCheckin, mkExercise, mkSession, mkSet } from "./testkit.js";
import type { ExerciseStats, InsightsLog } from "./types.js";

function statsOf(log: InsightsLog, id: string): ExerciseStats {
  const s = exerciseStats(log).find((x) => x.exerciseId === id);
  if (!s) throw new Error(`no stats for ${id}`);
  return s;
}

describe("T1 exposures and pain during", () => {
  it("T1: imported sets without pain are not exposures", () => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, null), mkSession("b", 2, 2)],
      sets: [mkSet("a", "back-squat", null), mkSet("a", "back-squat", null), mkSet("b", "back-squat", 1)],
      checkins: [],
    };
    const s = statsOf(log, "back-squat");
    expect(s.exposures).toBe(1);
    expect(s.unratedSessions).toBe(1);
    expect(s.setsWithPain).toBe(1);
  });

  it("T1: a session with only imported sets gives no exposure at all", () => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, null)],
      sets: [mkSet("a", "deadlift", null)],
      checkins: [],
    };
    const s = statsOf(log, "deadlift");
    expect(s.exposures).toBe(0);
    expect(s.meanPain).toBeNull();
    expect(s.maxPain).toBeNull();
    expect(s.lastDate).toBeNull();
  });

  it("T1: several sets in one session are one exposure; mean and max run over the rated sets", () => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, 1), mkSession("b", 1, 1)],
      sets: [mkSet("a", "row", 1), mkSet("a", "row", 3), mkSet("a", "row", null), mkSet("b", "row", 2)],
      checkins: [],
    };
    const s = statsOf(log, "row");
    expect(s.exposures).toBe(2);
    expect(s.meanPain).toBe(2);
    expect(s.maxPain).toBe(3);
    expect(s.lastDate).toBe("2026-01-06");
  });

  it("T1: sets nested in sessions are read when no flat list is given", () => {
    const log: InsightsLog = {
      sessions: [{ ...mkSession("a", 0, 1), sets: [mkSet("a", "row", 2)] }],
      checkins: [],
    };
    expect(statsOf(log, "row").exposures).toBe(1);
  });

  it("T1: sets of an unknown session are ignored", () => {
    const log: InsightsLog = { sessions: [], sets: [mkSet("ghost", "row", 9)], checkins: [] };
    expect(exerciseStats(log)).toEqual([]);
  });
});

describe("T1 sharp or radiating events and in-session reds", () => {
  it.each([
    { pain: 5, kind: "none", red: 0, sharp: 0 },
    { pain: 6, kind: "none", red: 1, sharp: 0 },
    { pain: 5, kind: "tightness", red: 0, sharp: 0 },
    { pain: 2, kind: "sharp", red: 1, sharp: 1 },
    { pain: 1, kind: "radiating", red: 1, sharp: 1 },
    { pain: 10, kind: "radiating", red: 1, sharp: 1 },
  ] as const)("T1: pain $pain with kind $kind gives $red red and $sharp sharp events", ({ pain, kind, red, sharp }) => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, 1)],
      sets: [mkSet("a", "lunge", pain, { painKind: kind })],
      checkins: [],
    };
    const s = statsOf(log, "lunge");
    expect(s.redResponses).toBe(red);
    expect(s.sharpEvents).toBe(sharp);
  });

  it("T1: two sharp sets in one session are one event; events in two sessions are two, dated", () => {
    const log: InsightsLog = {
      sessions: [mkSession("b", 9, 1), mkSession("a", 0, 1)],
      sets: [
        mkSet("a", "lunge", 4, { painKind: "sharp" }),
        mkSet("a", "lunge", 4, { painKind: "sharp" }),
        mkSet("b", "lunge", 7, { painKind: "radiating" }),
      ],
      checkins: [],
    };
    const s = statsOf(log, "lunge");
    expect(s.sharpEvents).toBe(2);
    expect(s.sharpDates).toEqual(["2026-01-05", "2026-01-14"]);
    expect(s.redDates).toEqual(["2026-01-05", "2026-01-14"]);
  });
});

describe("T1 next-morning change", () => {
  it.each([
    // One session without the exercise is too few to compare: the baseline is 0.
    { withDeltas: [2, 2], withoutDeltas: [1], change: 2, withoutCount: 1 },
    // Two sessions without it are enough: their mean is subtracted.
    { withDeltas: [2, 2], withoutDeltas: [1, 1], change: 1, withoutCount: 2 },
    { withDeltas: [1, 3], withoutDeltas: [0, -2, -1], change: 3, withoutCount: 3 },
    { withDeltas: [0], withoutDeltas: [], change: 0, withoutCount: 0 },
  ])(
    "T1: with $withDeltas and without $withoutDeltas the change is $change",
    ({ withDeltas, withoutDeltas, change, withoutCount }) => {
      const s = statsOf(deltaLog("x", withDeltas, withoutDeltas), "x");
      expect(s.nextMorning.change).toBeCloseTo(change, 10);
      expect(s.nextMorning.withoutCount).toBe(withoutCount);
      expect(s.nextMorning.withCount).toBe(withDeltas.length);
    },
  );

  it("T1: worse mornings are counted for the evidence", () => {
    const s = statsOf(deltaLog("x", [1, 2, 0, 3], []), "x");
    expect(s.nextMorning.worseCount).toBe(3);
    expect(s.nextMorning.withMean).toBe(1.5);
  });

  it("T1: sessions without painBefore or without a next-morning check-in do not enter the mean", () => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, null), mkSession("b", 10, 2), mkSession("c", 20, 2)],
      sets: [mkSet("a", "x", 1), mkSet("b", "x", 1), mkSet("c", "x", 1)],
      // a: next morning exists but no painBefore; b: no check-in on day 11 (only 12); c: measured (+3).
      checkins: [mkCheckin(1, 9), mkCheckin(12, 9), mkCheckin(21, 5), mkCheckin(20, 0)],
    };
    const s = statsOf(log, "x");
    expect(s.exposures).toBe(3);
    expect(s.nextMorning.withCount).toBe(1);
    expect(s.nextMorning.change).toBe(3);
  });

  it("T1: no measured session gives a null change", () => {
    const log: InsightsLog = { sessions: [mkSession("a", 0, 2)], sets: [mkSet("a", "x", 1)], checkins: [] };
    expect(statsOf(log, "x").nextMorning.change).toBeNull();
  });

  it("T1: a session with only unrated sets of the exercise is in neither group", () => {
    const log = deltaLog("x", [2, 2], [0, 0]);
    // An imported session of x whose morning was much worse must not move x's change either way.
    log.sessions = [...log.sessions, mkSession("imp", 100, 3)];
    log.sets = [...(log.sets ?? []), mkSet("imp", "x", null)];
    log.checkins = [...log.checkins, mkCheckin(101, 10)];
    const s = statsOf(log, "x");
    expect(s.nextMorning.withCount).toBe(2);
    expect(s.nextMorning.withoutCount).toBe(2);
    expect(s.nextMorning.change).toBe(2);
  });

  it("T1: a day with two check-ins uses the latest update", () => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, 2)],
      sets: [mkSet("a", "x", 1)],
      checkins: [
        mkCheckin(1, 8, { updatedAt: "2026-01-06T09:00:00Z" }),
        mkCheckin(1, 4, { updatedAt: "2026-01-06T07:00:00Z" }),
      ],
    };
    expect(statsOf(log, "x").nextMorning.change).toBe(6);
  });
});

describe("T1 per pattern (information only)", () => {
  it("T1: pattern statistics group the exercises of a pattern by session", () => {
    const exercises = [
      mkExercise("back-squat"),
      mkExercise("smith-squat"),
      mkExercise("row", { pattern: "horizontal-pull" }),
    ];
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, 1), mkSession("b", 1, 1)],
      sets: [
        mkSet("a", "back-squat", 2),
        mkSet("a", "smith-squat", 4),
        mkSet("b", "smith-squat", 1),
        mkSet("b", "row", 0),
      ],
      checkins: [],
    };
    const p = patternStats(log, exercises);
    const squat = p.find((x) => x.pattern === "squat");
    expect(squat?.exposures).toBe(2);
    expect(squat?.maxPain).toBe(4);
    expect(squat?.name).toBe("squat movements");
    expect(p.find((x) => x.pattern === "horizontal-pull")?.exposures).toBe(1);
  });

  it("T1: exercise names and patterns come from the list, else from the id", () => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, 1)],
      sets: [mkSet("a", "reclined-leg-press", 2), mkSet("a", "my-custom", 1)],
      checkins: [],
    };
    const stats = exerciseStats(log, [
      mkExercise("reclined-leg-press", { name: "Reclined leg press", pattern: "squat" }),
    ]);
    expect(stats.map((s) => [s.exerciseId, s.name, s.pattern])).toEqual([
      ["my-custom", "my custom", null],
      ["reclined-leg-press", "Reclined leg press", "squat"],
    ]);
  });
});
