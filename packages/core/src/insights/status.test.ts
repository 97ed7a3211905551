import { describe, expect, it } from "vitest";
import { exerciseStats } from "./exerciseStats.js";
import { exerciseStatus } from "./status.js";
import { day, deltaLog, mkExercise, mkSession, mkSet } from "./testkit.js";
import type { ExerciseStats, InsightsLog, NextMorningChange } from "./types.js";

/** Statistics built by hand, so each T2 boundary is checked on exactly one number. */
function stats(over: Partial<Omit<ExerciseStats, "nextMorning">> & { nextMorning?: Partial<NextMorningChange> } = {}) {
  const nextMorning: NextMorningChange = {
    withCount: 0,
    withMean: null,
    withoutCount: 0,
    withoutMean: null,
    worseCount: 0,
    change: null,
    ...over.nextMorning,
  };
  const base: Omit<ExerciseStats, "nextMorning"> = {
    exerciseId: "reclined-leg-press",
    name: "reclined leg press",
    pattern: "squat",
    exposures: 0,
    setsWithPain: 0,
    meanPain: null,
    maxPain: null,
    sharpEvents: 0,
    redResponses: 0,
    redDates: [],
    sharpDates: [],
    lastDate: null,
    unratedSessions: 0,
  };
  return { ...base, ...over, nextMorning } as ExerciseStats;
}

describe("T2 sharp or radiating events", () => {
  it.each([
    { events: 0, status: "unknown" },
    { events: 1, status: "suspected" },
    { events: 2, status: "trigger" },
    { events: 3, status: "trigger" },
  ])("T2: $events sharp/radiating events give $status", ({ events, status }) => {
    const dates = Array.from({ length: events }, (_, i) => day(i * 30));
    const s = stats({
      exposures: 5,
      maxPain: 4,
      sharpEvents: events,
      sharpDates: dates,
      redResponses: events,
      redDates: dates,
    });
    expect(exerciseStatus(s).status).toBe(status);
  });
});

describe("T2 in-session reds within 14 days (O3)", () => {
  it.each([
    { gap: 0, status: "trigger" },
    { gap: 13, status: "trigger" },
    // SPEC §2: windows count whole calendar days, inclusive: 14 days apart spans 15 calendar days.
    { gap: 14, status: "suspected" },
    { gap: 15, status: "suspected" },
    { gap: 40, status: "suspected" },
  ])("T2: two reds $gap days apart give $status", ({ gap, status }) => {
    const s = stats({ exposures: 4, maxPain: 7, redResponses: 2, redDates: [day(0), day(gap)] });
    expect(exerciseStatus(s).status).toBe(status);
  });

  it("T2: the closest pair counts, wherever it lies in the history", () => {
    const s = stats({ exposures: 6, maxPain: 7, redResponses: 3, redDates: [day(0), day(100), day(110)] });
    const r = exerciseStatus(s);
    expect(r.status).toBe("trigger");
    expect(r.evidence).toContain("10 days apart");
  });

  it("T2: reds 13 vs 14 days apart, from the log itself (the same window as O3)", () => {
    const logWithGap = (gap: number): InsightsLog => ({
      sessions: [mkSession("a", 0, 1), mkSession("b", gap, 1)],
      sets: [mkSet("a", "x", 6), mkSet("b", "x", 7)],
      checkins: [],
    });
    const statusOf = (gap: number) => exerciseStatus(exerciseStats(logWithGap(gap))[0] as ExerciseStats).status;
    expect(statusOf(13)).toBe("trigger");
    expect(statusOf(14)).toBe("suspected");
  });
});

describe("T2 next-morning change", () => {
  it.each([
    { change: 0.9, withCount: 3, status: "unknown" },
    { change: 1, withCount: 1, status: "unknown" },
    { change: 1, withCount: 2, status: "suspected" },
    { change: 1, withCount: 3, status: "suspected" },
    { change: 1.9, withCount: 5, status: "suspected" },
    { change: 2, withCount: 2, status: "suspected" },
    { change: 2, withCount: 3, status: "trigger" },
    { change: 3.5, withCount: 4, status: "trigger" },
  ])("T2: a change of +$change over $withCount exposures gives $status", ({ change, withCount, status }) => {
    const s = stats({
      exposures: withCount,
      maxPain: 1,
      nextMorning: { withCount, change, withMean: change, worseCount: withCount },
    });
    expect(exerciseStatus(s).status).toBe(status);
  });

  it("T2: +1 vs +2 and 2 vs 3 exposures, from the log itself", () => {
    const statusOf = (w: number[], wo: number[]) =>
      exerciseStatus(exerciseStats(deltaLog("x", w, wo)).find((s) => s.exerciseId === "x") as ExerciseStats).status;
    expect(statusOf([2, 2, 2], [0, 0])).toBe("trigger");
    expect(statusOf([1, 1, 1], [0, 0])).toBe("suspected");
    expect(statusOf([2, 2], [0, 0])).toBe("suspected");
    expect(statusOf([1], [0, 0])).toBe("unknown");
    expect(statusOf([0, 0, 0], [0, 0])).toBe("tolerated");
  });
});

describe("T2 tolerated", () => {
  it.each([
    { exposures: 3, maxPain: 2, change: 0, status: "tolerated" },
    { exposures: 3, maxPain: 0, change: -1, status: "tolerated" },
    { exposures: 2, maxPain: 2, change: 0, status: "unknown" },
    { exposures: 3, maxPain: 3, change: 0, status: "tolerated" },
    { exposures: 3, maxPain: 4, change: 0, status: "unknown" },
    { exposures: 4, maxPain: 3, change: 1, status: "suspected" },
    { exposures: 3, maxPain: 3, change: 0.5, status: "unknown" },
    { exposures: 3, maxPain: 2, change: 0.5, status: "unknown" },
    { exposures: 5, maxPain: 2, change: null, status: "unknown" },
  ])(
    "T2: $exposures exposures, max pain $maxPain, change $change give $status",
    ({ exposures, maxPain, change, status }) => {
      const s = stats({ exposures, maxPain, nextMorning: { withCount: exposures, change, withMean: change } });
      expect(exerciseStatus(s).status).toBe(status);
    },
  );

  it("T2: an exercise with only unrated sets is unknown, and the evidence says why", () => {
    const r = exerciseStatus(stats({ unratedSessions: 4 }));
    expect(r.status).toBe("unknown");
    expect(r.reason).toBe("no-rated-sets");
    expect(r.evidence).toContain("without pain ratings");
  });
});

describe("T2 evidence in plain words", () => {
  it("T2: the next-morning evidence names the exercise and counts the worse mornings", () => {
    const s = stats({
      exposures: 4,
      maxPain: 2,
      nextMorning: { withCount: 4, worseCount: 3, withMean: 2.25, change: 2.25, withoutCount: 5, withoutMean: 0 },
    });
    const r = exerciseStatus(s);
    expect(r.status).toBe("trigger");
    expect(r.evidence).toContain("3 of 4 sessions with reclined leg press were followed by worse next-morning pain");
    expect(r.evidence).toContain("2.3 points worse than after sessions without it");
  });

  it("T2: the evidence is one calm sentence or two, with no exclamation marks", () => {
    const cases = [
      stats({
        exposures: 3,
        maxPain: 6,
        sharpEvents: 2,
        sharpDates: [day(0), day(3)],
        redResponses: 2,
        redDates: [day(0), day(3)],
      }),
      stats({ exposures: 3, maxPain: 2, sharpEvents: 1, sharpDates: [day(2)], redResponses: 1, redDates: [day(2)] }),
      stats({ exposures: 3, maxPain: 6, redResponses: 1, redDates: [day(2)] }),
      stats({ exposures: 1, maxPain: 1 }),
      stats({ exposures: 4, maxPain: 4, nextMorning: { withCount: 4, change: 0 } }),
    ];
    for (const s of cases) {
      const e = exerciseStatus(s).evidence;
      expect(e).toMatch(/reclined leg press/i);
      expect(e).not.toContain("!");
      expect(e.toLowerCase()).not.toContain("push through");
    }
  });

  it("T2: the sharp-event evidence gives the count and the latest date", () => {
    const s = stats({
      exposures: 3,
      maxPain: 3,
      sharpEvents: 2,
      sharpDates: [day(0), day(20)],
      redResponses: 2,
      redDates: [day(0), day(20)],
    });
    expect(exerciseStatus(s).evidence).toBe(
      "Sharp or radiating pain came up during reclined leg press in 2 sessions, most recently on 25 Jan 2026.",
    );
  });
});

describe("T2 cleared by the user", () => {
  it.each([{ cleared: true as boolean | string[] }, { cleared: ["reclined-leg-press"] }])(
    "T2: a cleared exercise is never trigger or suspected ($cleared)",
    ({ cleared }) => {
      const s = stats({
        exposures: 3,
        maxPain: 6,
        sharpEvents: 2,
        sharpDates: [day(0), day(3)],
        redResponses: 2,
        redDates: [day(0), day(3)],
      });
      const r = exerciseStatus(s, { cleared });
      expect(r.status).toBe("unknown");
      expect(r.overruledByUser).toBe(true);
      expect(r.evidence).toMatch(/^You marked reclined leg press as fine for you/);
    },
  );

  it("T2: a cleared exercise that the log also tolerates is tolerated", () => {
    const s = stats({
      exposures: 4,
      maxPain: 1,
      nextMorning: { withCount: 3, change: 1.5, withMean: 1.5, worseCount: 2 },
    });
    expect(exerciseStatus(s).status).toBe("suspected");
    // The change is what the user overruled; the tolerated test still asks for a change of 0 or less.
    expect(exerciseStatus(s, { cleared: true }).status).toBe("unknown");
    const calm = stats({
      exposures: 4,
      maxPain: 2,
      sharpEvents: 1,
      sharpDates: [day(1)],
      redResponses: 1,
      redDates: [day(1)],
      nextMorning: { withCount: 3, change: 0 },
    });
    expect(exerciseStatus(calm, { cleared: ["reclined-leg-press"] }).status).toBe("tolerated");
  });

  it("T2: a cleared list that does not hold the exercise changes nothing", () => {
    const s = stats({
      exposures: 3,
      maxPain: 6,
      sharpEvents: 2,
      sharpDates: [day(0), day(3)],
      redResponses: 2,
      redDates: [day(0), day(3)],
    });
    expect(exerciseStatus(s, { cleared: ["back-squat"] }).status).toBe("trigger");
  });

  it("T2: exercise names come from the catalog entry when given", () => {
    const log: InsightsLog = {
      sessions: [mkSession("a", 0, 1)],
      sets: [mkSet("a", "bss", 2)],
      checkins: [],
    };
    const [s] = exerciseStats(log, [mkExercise("bss", { name: "Bulgarian split squat" })]);
    expect(exerciseStatus(s as ExerciseStats).evidence).toContain("Bulgarian split squat has 1 session");
  });
});
