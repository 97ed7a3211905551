/**
 * SPEC §9 boundaries checked against the wording: the T2 window is the one O3 uses (whole calendar days,
 * inclusive), and T2's thresholds hold exactly even when the means are not exact in floating point.
 */
import { describe, expect, it } from "vitest";
import { exercisesWithRepeatedRed } from "../progression/index.js";
import { exerciseStats } from "./exerciseStats.js";
import { exerciseStatus } from "./status.js";
import { day, deltaLog, mkSession, mkSet } from "./testkit.js";
import type { ExerciseStats, InsightsLog } from "./types.js";

const statusIn = (log: InsightsLog, id = "x") =>
  exerciseStatus(exerciseStats(log).find((s) => s.exerciseId === id) as ExerciseStats).status;

describe("T2 and O3 agree on 'two in-session reds within 14 days'", () => {
  it.each([
    { gap: 0, trigger: true },
    { gap: 1, trigger: true },
    { gap: 13, trigger: true },
    { gap: 14, trigger: false },
    { gap: 20, trigger: false },
  ])("T2: reds in sessions $gap days apart -> trigger $trigger, as O3 counts them", ({ gap, trigger }) => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 10, 1), mkSession("b", 10 + gap, 1)],
      sets: [mkSet("a", "x", 6), mkSet("b", "x", 1, { painKind: "none", pain: 8 })],
      checkins: [],
    };
    expect(statusIn(log) === "trigger").toBe(trigger);
    const o3 = exercisesWithRepeatedRed([
      { exerciseId: "x", sessionId: "a", date: day(10), kind: "pain-above-5" },
      { exerciseId: "x", sessionId: "b", date: day(10 + gap), kind: "pain-above-5" },
    ]);
    expect(o3.includes("x")).toBe(trigger);
  });

  it("T2: the evidence of two reds too far apart does not call 14 days 'more than 14 days'", () => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, 1), mkSession("b", 14, 1)],
      sets: [mkSet("a", "x", 6), mkSet("b", "x", 7)],
      checkins: [],
    };
    const s = exerciseStats(log)[0] as ExerciseStats;
    expect(exerciseStatus(s).evidence).not.toContain("more than 14 days apart");
  });
});

describe("T2 next-morning thresholds hold exactly", () => {
  it.each([
    // Means of 11/3 and 5/3 differ by exactly 2, which floating point computes as 1.9999999999999998.
    { withDeltas: [4, 4, 3], withoutDeltas: [2, 2, 1], status: "trigger" },
    { withDeltas: [4, 4, 3], withoutDeltas: [2, 2, 2], status: "suspected" },
    // 8/3 - 5/3 is exactly 1 (0.9999999999999998 in floating point).
    { withDeltas: [3, 3, 2], withoutDeltas: [2, 2, 1], status: "suspected" },
    { withDeltas: [3, 2, 2], withoutDeltas: [2, 2, 1], status: "unknown" },
  ])(
    "T2: next mornings $withDeltas with it against $withoutDeltas without -> $status",
    ({ withDeltas, withoutDeltas, status }) => {
      expect(statusIn(deltaLog("x", withDeltas, withoutDeltas))).toBe(status);
    },
  );
});
