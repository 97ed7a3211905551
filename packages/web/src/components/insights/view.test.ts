import type { PainTrendDay, TriggerInsight } from "@spotter/core";
import { describe, expect, it } from "vitest";
import {
  canClear,
  checkinDays,
  daySeconds,
  firstDataDay,
  fromDay,
  groupTriggers,
  habitLabel,
  inUnit,
  muscleWeekly,
  painTrendSentence,
  rangeFor,
  reasonsNaming,
  shownStatus,
  toggleCleared,
  weeklySetsAndPain,
} from "./view.js";

function entry(p: Partial<TriggerInsight> & { id?: string; pattern?: string }): TriggerInsight {
  const { id, pattern, ...rest } = p;
  return {
    subject: pattern ? { pattern: pattern as "squat" } : { exerciseId: id ?? "x" },
    status: "unknown",
    exposures: 3,
    summary: "s",
    evidence: "e",
    source: "found",
    name: id ?? pattern ?? "x",
    reason: "tolerated",
    overruledByUser: false,
    action: "a",
    informational: Boolean(pattern),
    lastDate: "2026-01-01",
    ...rest,
  } as TriggerInsight;
}

const day = (date: string, pain: number | null): PainTrendDay => ({
  date,
  pain,
  avg7: pain,
  avg28: pain,
  functionScore: null,
});

describe("ranges", () => {
  it("ends today and spans the chosen number of days, inclusive", () => {
    expect(rangeFor("2026-11-25", "4w")).toEqual({ from: "2026-10-29", to: "2026-11-25" });
    expect(rangeFor("2026-11-25", "12w")).toEqual({ from: "2026-09-03", to: "2026-11-25" });
    expect(rangeFor("2026-11-25", "1y")).toEqual({ from: "2025-11-26", to: "2026-11-25" });
  });
  it("puts days at UTC midnight in seconds", () => {
    expect(daySeconds("1970-01-02")).toBe(86_400);
  });
});

describe("T2 on the screen: grouping and clearing", () => {
  it("gives triggers, named and cleared entries full cards, folds the rest, keeps patterns apart", () => {
    const g = groupTriggers([
      entry({ id: "tol", status: "tolerated" }),
      entry({ id: "sus", status: "suspected", lastDate: "2026-02-01" }),
      entry({ id: "trig", status: "trigger" }),
      entry({ id: "clr", status: "unknown", overruledByUser: true }),
      entry({ id: "unk", status: "unknown" }),
      entry({ id: "named", status: "trigger", source: "named" }),
      entry({ pattern: "squat", status: "trigger" }),
      entry({ pattern: "hinge", status: "trigger", source: "named", informational: false }),
    ]);
    expect(g.concerns.map((t) => t.name)).toEqual(["trig", "named", "hinge", "clr", "sus"]);
    expect(g.tolerated.map((t) => t.name)).toEqual(["tol"]);
    expect(g.unsure.map((t) => t.name)).toEqual(["unk"]);
    expect(g.patterns.map((t) => t.name)).toEqual(["squat"]);
  });
  it("reads an overruled trigger as cleared by the user", () => {
    expect(shownStatus(entry({ status: "unknown", overruledByUser: true }))).toBe("cleared");
    expect(shownStatus(entry({ status: "suspected" }))).toBe("suspected");
  });
  it("offers clearing only for found exercise triggers not yet cleared", () => {
    expect(canClear(entry({ status: "trigger" }))).toBe(true);
    expect(canClear(entry({ status: "trigger", source: "named" }))).toBe(false);
    expect(canClear(entry({ status: "suspected" }))).toBe(false);
    expect(canClear(entry({ status: "trigger", overruledByUser: true }))).toBe(false);
    expect(canClear(entry({ pattern: "squat", status: "trigger" }))).toBe(false);
  });
  it("adds and removes an id from the cleared list without duplicates", () => {
    expect(toggleCleared(["a"], "b", true)).toEqual(["a", "b"]);
    expect(toggleCleared(["a", "b"], "b", true)).toEqual(["a", "b"]);
    expect(toggleCleared(["a", "b"], "a", false)).toEqual(["b"]);
  });
  it("finds the plan reasons that name an exercise, whatever the case", () => {
    const reasons = ["Left out because your log shows they aggravate your back: leg press (reclined pad).", "Other."];
    expect(reasonsNaming(reasons, "Leg press (reclined pad)")).toEqual([reasons[0]]);
  });
});

describe("T4 on the screen: weekly sets against pain", () => {
  it("counts working sets per week and averages the week's pain", () => {
    const rows = weeklySetsAndPain(
      ["2026-11-02", "2026-11-09"],
      [
        { date: "2026-11-03", sets: [{ warmup: true }, { warmup: false }, { warmup: false }] },
        { date: "2026-11-08", sets: [{ warmup: false }] },
        { date: "2026-11-10" },
        { date: "2026-10-01", sets: [{ warmup: false }] },
      ],
      [day("2026-11-02", 2), day("2026-11-03", 3), day("2026-11-09", null)],
    );
    expect(rows).toEqual([
      { weekStart: "2026-11-02", sets: 3, meanPain: 2.5, painDays: 2 },
      { weekStart: "2026-11-09", sets: 0, meanPain: null, painDays: 0 },
    ]);
  });
  it("starts a long range where the log starts", () => {
    const pain = [day("2026-11-01", null), day("2026-11-02", null), day("2026-11-03", 2)];
    expect(firstDataDay(pain, [{ date: "2026-11-02" }])).toBe("2026-11-02");
    expect(firstDataDay(pain, [])).toBe("2026-11-03");
    expect(firstDataDay([day("2026-11-01", null)], [])).toBeNull();
    expect(fromDay(pain, "2026-11-02").map((p) => p.date)).toEqual(["2026-11-02", "2026-11-03"]);
    const weeks = [{ weekStart: "2026-10-19" }, { weekStart: "2026-10-26" }, { weekStart: "2026-11-02" }];
    expect(fromDay(weeks, "2026-10-30").map((w) => w.weekStart)).toEqual(["2026-10-26", "2026-11-02"]);
  });
  it("averages sets per muscle over the shown weeks and keeps the latest week", () => {
    const rows = muscleWeekly(
      [
        { weekStart: "2026-11-02", muscle: "glutes", sets: 10 },
        { weekStart: "2026-11-09", muscle: "glutes", sets: 14 },
        { weekStart: "2026-11-09", muscle: "lower-back", sets: 3 },
        { weekStart: "2026-10-26", muscle: "chest", sets: 9 },
      ],
      ["2026-11-02", "2026-11-09"],
    );
    expect(rows).toEqual([
      { muscle: "glutes", perWeek: 12, latest: 14 },
      { muscle: "lower-back", perWeek: 1.5, latest: 3 },
    ]);
  });
  it("shows e1RM in the user's unit", () => {
    expect(inUnit(100, "kg")).toBe(100);
    expect(inUnit(100, "lb")).toBe(220.5);
  });
  it("words the 7-day trend plainly", () => {
    expect(painTrendSentence([day("2026-11-01", null)])).toBe("No check-ins in this range.");
    const down = [day("2026-11-01", 4), day("2026-11-02", 2)];
    expect(painTrendSentence(down)).toBe(
      "2 check-ins in this range. Your 7-day average went down from 4 to 2 out of 10.",
    );
    const flat = [day("2026-11-01", 2), day("2026-11-02", 2.1)];
    expect(painTrendSentence(flat)).toMatch(/stayed about the same/);
  });
});

describe("T3 on the screen", () => {
  it("counts distinct check-in days and names each factor", () => {
    expect(checkinDays([{ date: "2026-11-01" }, { date: "2026-11-01" }, { date: "2026-11-02" }])).toBe(2);
    expect(habitLabel("support-pillow")).toBe("Sleep support pillow");
    expect(habitLabel("something-new")).toBe("something new");
  });
});
