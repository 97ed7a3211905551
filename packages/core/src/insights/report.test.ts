import { describe, expect, it } from "vitest";
import type { Checkin } from "../records/checkin.js";
import type { DailyEntry } from "../records/daily.js";
import type { SessionWithSets } from "../records/session.js";
import { habitLinks } from "./habits.js";
import { insightsReport } from "./report.js";
import { day, deltaLog, mkCheckin, mkExercise, mkSession, mkSet } from "./testkit.js";
import { trends } from "./trends.js";
import { statusMap, triggerInsights } from "./triggerInsights.js";
import type { InsightsLog } from "./types.js";

const exercises = [mkExercise("x", { name: "reclined leg press" }), mkExercise("other-exercise")];

describe("T1-T4 in one report", () => {
  it("T2: the report's statuses and trigger list match the standalone functions", () => {
    const log = deltaLog("x", [3, 2, 3, 0], [0, 0, 0]);
    const profile = { aggravating: [{ exerciseId: "deadlift" }], cleared: [] };
    const r = insightsReport({ ...log, profile, exercises, from: day(0), to: day(30) });
    expect(r.statuses).toEqual(statusMap(log, profile, exercises));
    expect(r.triggers).toEqual(triggerInsights(log, profile, exercises));
    expect(r.statuses.get("x")).toBe("trigger");
    expect(r.triggers[0]?.evidence).toBeDefined();
    const x = r.triggers.find((t) => "exerciseId" in t.subject && t.subject.exerciseId === "x");
    // T5: the third session had no other suspect in it, and its next morning was 3 points worse.
    expect(x?.evidence).toContain("Reclined leg press was done without the other suspects on 11 Jan 2026");
  });

  it("T3/T4: the report's habit links and trends match the standalone functions", () => {
    const checkins = Array.from({ length: 35 }, (_, i) =>
      mkCheckin(i, i % 3, { habits: { lumbarSupport: i % 2 === 0, foamRolling: null, sittingHours: null } }),
    );
    const log: InsightsLog = {
      sessions: [mkSession("a", 3, 1)],
      sets: [mkSet("a", "x", 1, { reps: 5, loadKg: 100, rir: 2 })],
      checkins,
    };
    const r = insightsReport({ ...log, profile: {}, exercises, from: day(0), to: day(34) });
    expect(r.habits).toEqual(habitLinks({ checkins }));
    expect(r.habits.find((h) => h.factor === "lumbar-support")?.nextDayPainDelta).not.toBeNull();
    expect(r.trends).toEqual(trends({ ...log, exercises, from: day(0), to: day(34) }));
    expect(r.trends.e1rm[0]?.points).toHaveLength(1);
  });
});

describe("record types fit the insight inputs", () => {
  it("T1: stored sessions with nested sets, check-ins and daily entries are accepted as they are", () => {
    const session: SessionWithSets = {
      id: "s1",
      clientId: "c1",
      date: day(0),
      startedAt: "2026-01-05T08:00:00Z",
      finishedAt: null,
      painBefore: 2,
      painAfter: null,
      note: null,
      title: null,
      recovery: false,
      source: "spotter",
      createdAt: "",
      updatedAt: "",
      sets: [
        {
          id: "set1",
          clientId: "c2",
          sessionId: "s1",
          exerciseId: "x",
          setIndex: 0,
          warmup: false,
          setType: "normal",
          reps: 5,
          loadKg: 60,
          seconds: null,
          distanceM: null,
          rir: 2,
          rpe: null,
          belt: false,
          pain: 1,
          painKind: "none",
          flagged: false,
          createdAt: "",
          updatedAt: "",
        },
      ],
    };
    const daily: DailyEntry[] = [];
    const checkins: Checkin[] = [];
    const log: InsightsLog = { sessions: [session], checkins, daily };
    expect(statusMap(log, {}).get("x")).toBe("unknown");
  });
});
