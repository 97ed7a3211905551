import { describe, expect, it } from "vitest";
import { defaultProfile } from "../records/profile.js";
import { exerciseStats } from "./exerciseStats.js";
import { deltaLog, mkExercise, mkSession, mkSet } from "./testkit.js";
import { statusMap, triggerInsights } from "./triggerInsights.js";
import type { InsightsLog } from "./types.js";

const exercises = [
  mkExercise("back-squat", { name: "back squat" }),
  mkExercise("smith-squat", { name: "Smith machine squat" }),
  mkExercise("row", { name: "chest-supported row", pattern: "horizontal-pull" }),
];

/** back-squat: two sharp events (trigger); smith-squat: calm but only 2 sessions (unknown). */
const log: InsightsLog = {
  sessions: [mkSession("a", 0, 1), mkSession("b", 3, 1)],
  sets: [
    mkSet("a", "back-squat", 4, { painKind: "sharp" }),
    mkSet("b", "back-squat", 3, { painKind: "sharp" }),
    mkSet("a", "smith-squat", 1),
    mkSet("b", "smith-squat", 0),
  ],
  checkins: [],
};

describe("T2 trigger insights (GET /insights/triggers)", () => {
  it("T2: found exercises carry status, exposures, summary, evidence and source found, most concerning first", () => {
    const list = triggerInsights(log, { aggravating: [], cleared: [] }, exercises);
    expect(list.map((x) => [x.subject, x.status, x.exposures, x.source])).toEqual([
      [{ exerciseId: "back-squat" }, "trigger", 2, "found"],
      [{ exerciseId: "smith-squat" }, "unknown", 2, "found"],
    ]);
    expect(list[0]?.summary).toBe("Back squat looks like a trigger for your back.");
    expect(list[0]?.evidence).toContain("back squat in 2 sessions");
  });

  it("T2: exercises and patterns the user named appear as triggers with source named", () => {
    const list = triggerInsights(
      log,
      { aggravating: [{ exerciseId: "row" }, { pattern: "hinge" }, { exerciseId: "smith-squat" }] },
      exercises,
    );
    const named = list.filter((x) => x.source === "named");
    expect(named.map((x) => x.subject)).toEqual(
      expect.arrayContaining([{ exerciseId: "row" }, { pattern: "hinge" }, { exerciseId: "smith-squat" }]),
    );
    expect(named.every((x) => x.status === "trigger")).toBe(true);
    // A named exercise is listed once, as named, even when the log has data on it.
    expect(list.filter((x) => "exerciseId" in x.subject && x.subject.exerciseId === "smith-squat")).toHaveLength(1);
    const smith = named.find((x) => "exerciseId" in x.subject && x.subject.exerciseId === "smith-squat");
    expect(smith?.evidence).toContain("From your log:");
    expect(smith?.exposures).toBe(2);
    expect(named.find((x) => "pattern" in x.subject)?.name).toBe("hinge movements");
  });

  it("T2: a cleared trigger is listed with the user's overrule said in words", () => {
    const [first] = triggerInsights(log, { cleared: ["back-squat"] }, exercises);
    const squat = triggerInsights(log, { cleared: ["back-squat"] }, exercises).find(
      (x) => "exerciseId" in x.subject && x.subject.exerciseId === "back-squat",
    );
    expect(first?.status).not.toBe("trigger");
    expect(squat?.status).toBe("unknown");
    expect(squat?.overruledByUser).toBe(true);
    expect(squat?.summary).toContain("You cleared back squat");
  });

  it("T2: pattern statistics are listed only on request, marked as information", () => {
    expect(triggerInsights(log, {}, exercises).some((x) => "pattern" in x.subject)).toBe(false);
    const withPatterns = triggerInsights(log, {}, exercises, { includePatterns: true });
    const squat = withPatterns.find((x) => "pattern" in x.subject && x.subject.pattern === "squat");
    expect(squat?.informational).toBe(true);
    expect(squat?.exposures).toBe(2);
  });

  it("T2: the full profile record fits as the profile input", () => {
    expect(triggerInsights(log, defaultProfile(), exercises)).toHaveLength(2);
  });
});

describe("T2 status map for planning and progression", () => {
  it("T2: every exercise in the log maps to its status; named ones to trigger; cleared never trigger", () => {
    const map = statusMap(log, { aggravating: [{ exerciseId: "row" }], cleared: [] }, exercises);
    expect(Object.fromEntries(map)).toEqual({ "back-squat": "trigger", "smith-squat": "unknown", row: "trigger" });
    const cleared = statusMap(log, { cleared: ["back-squat"] });
    expect(cleared.get("back-squat")).toBe("unknown");
  });

  it("T2: the map accepts precomputed statistics as well as the log", () => {
    const l = deltaLog("x", [0, 0, 0], [0, 0]);
    const fromLog = statusMap(l, {});
    expect(fromLog.get("x")).toBe("tolerated");
    expect(statusMap(exerciseStats(l), {})).toEqual(fromLog);
  });

  it("T2 (O3): two in-session reds within 14 days make a trigger in the map", () => {
    const reds: InsightsLog = {
      sessions: [mkSession("a", 0, 1), mkSession("b", 10, 1)],
      sets: [mkSet("a", "deadlift", 6), mkSet("b", "deadlift", 8)],
      checkins: [],
    };
    expect(statusMap(reds, {}).get("deadlift")).toBe("trigger");
  });
});
