import type { PlanDay, PlanItem } from "@spotter/core";
import { describe, expect, it } from "vitest";
import {
  detailText,
  durationText,
  effortText,
  initialDay,
  nextTrainingDay,
  orderAlternatives,
  restText,
  sessionSummary,
  staleReason,
  summarizeChanges,
  targetText,
  weekdayList,
  weekRows,
} from "./planText.js";

const item = (over: Partial<PlanItem> = {}): PlanItem => ({
  exerciseId: "x",
  sets: 3,
  reps: [8, 12],
  targetRir: 2,
  restSeconds: 120,
  ...over,
});

const day = (index: number, weekday: PlanDay["weekday"], ids: string[], minutes = 60): PlanDay => ({
  index,
  weekday,
  title: `Day ${index}`,
  minutes,
  blocks: [{ kind: "main", items: ids.map((exerciseId) => item({ exerciseId })) }],
});

describe("P1: an item's target in words", () => {
  it("reps with a range, sets, rest and effort", () => {
    expect(targetText(item(), "kg")).toBe("3 sets × 8–12 reps");
    expect(detailText(item())).toBe("rest 2 min · stop with 2 reps in reserve");
  });
  it("a load shows in the user's unit", () => {
    expect(targetText(item({ loadKg: 40 }), "kg")).toBe("3 sets × 8–12 reps at 40 kg");
    expect(targetText(item({ loadKg: 45.359237 }), "lb")).toBe("3 sets × 8–12 reps at 100 lb");
  });
  it.each([
    [60, { kg: 2.5, lb: 5 }, ["barbell"], "130 lb"],
    [20, { kg: 2, lb: 5 }, ["dumbbells"], "45 lb"],
    [45, { kg: 5, lb: 10 }, ["machines"], "100 lb"],
  ] as const)("O1: %d kg on %j %j reads as a loadable %s for a pound user", (kg, increment, equipment, want) => {
    expect(targetText(item({ loadKg: kg }), "lb", { increment, equipment: [...equipment] })).toBe(
      `3 sets × 8–12 reps at ${want}`,
    );
  });
  it("holds are counted in seconds, with no effort and no rest for a single set", () => {
    const hang = item({ sets: 2, reps: [1, 1], seconds: 20, targetRir: 5, restSeconds: 15 });
    expect(targetText(hang, "kg")).toBe("2 sets × 20 s");
    expect(effortText(hang)).toBeNull();
    const roll = item({ sets: 1, reps: [1, 1], seconds: 90, targetRir: 5 });
    expect(targetText(roll, "kg")).toBe("1 min 30 s");
    expect(restText(roll)).toBeNull();
  });
  it("a fixed rep count and RIR 1", () => {
    expect(targetText(item({ reps: [6, 6] }), "kg")).toBe("3 sets × 6 reps");
    expect(effortText(item({ targetRir: 1 }))).toBe("stop with 1 rep in reserve");
  });
  it("durations", () => {
    expect(durationText(45)).toBe("45 s");
    expect(durationText(120)).toBe("2 min");
    expect(durationText(75)).toBe("1 min 15 s");
  });
});

describe("P1: the week at a glance", () => {
  const plan = { days: [day(0, "mon", ["a"]), day(1, "wed", ["b"]), day(2, "fri", ["c"])] };
  it("seven rows from Monday, rest days without a plan day", () => {
    const rows = weekRows(plan, "tue");
    expect(rows.map((r) => r.short)).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(rows.filter((r) => r.day).map((r) => r.weekday)).toEqual(["mon", "wed", "fri"]);
    expect(rows.find((r) => r.isToday)?.weekday).toBe("tue");
  });
  it("opens on today's day, or the next training day, wrapping past Sunday", () => {
    expect(initialDay(plan, "wed")?.weekday).toBe("wed");
    expect(initialDay(plan, "thu")?.weekday).toBe("fri");
    expect(initialDay(plan, "sat")?.weekday).toBe("mon");
  });
  it("weekday lists read as a sentence", () => {
    expect(weekdayList(["mon"])).toBe("Monday");
    expect(weekdayList(["mon", "wed", "fri"])).toBe("Monday, Wednesday and Friday");
  });
});

describe("a new plan: what changed", () => {
  const names: Record<string, string> = { a: "Hip thrust", b: "Bird dog", c: "Leg press", d: "Dead bug" };
  const nameOf = (id: string) => names[id] ?? id;
  it("uses the server's changes and names the exercises", () => {
    const before = { days: [day(0, "mon", ["a", "b"])] };
    const after = { days: [day(0, "mon", ["a", "c", "d"])] };
    const s = summarizeChanges(before, after, { added: ["d", "c"], removed: ["b"] }, nameOf);
    expect(s.added).toEqual(["Dead bug", "Leg press"]);
    expect(s.removed).toEqual(["Bird dog"]);
    expect(s.same).toBe(false);
  });
  it("reports new training days and session length", () => {
    const before = { days: [day(0, "mon", ["a"], 60), day(1, "thu", ["a"], 60)] };
    const after = { days: [day(0, "tue", ["a"], 45), day(1, "fri", ["a"], 44)] };
    const s = summarizeChanges(before, after, { added: [], removed: [] }, nameOf);
    expect(s.days).toEqual([
      "Training days: Tuesday and Friday (before: Monday and Thursday).",
      "Longest session: about 45 minutes (before: about 60).",
    ]);
  });
  it("says when nothing changed, and computes the change itself when the server sends none", () => {
    const p = { days: [day(0, "mon", ["a"])] };
    expect(summarizeChanges(p, p, undefined, nameOf).same).toBe(true);
    const s = summarizeChanges(p, { days: [day(0, "mon", ["b"])] }, undefined, nameOf);
    expect(s.added).toEqual(["Bird dog"]);
    expect(s.removed).toEqual(["Hip thrust"]);
  });
});

describe("a plan that no longer fits the profile", () => {
  const plan = { days: [day(0, "mon", ["a"], 55), day(1, "thu", ["b"], 50)] };
  it("fits when days, weekdays and length agree", () => {
    expect(staleReason(plan, { daysPerWeek: 2, trainingDays: ["thu", "mon"], sessionMinutes: 60 })).toBeNull();
    expect(staleReason(plan, { daysPerWeek: 2, trainingDays: null, sessionMinutes: 60 })).toBeNull();
    expect(staleReason(plan, { daysPerWeek: 2, sessionMinutes: 53 }), "a swap's extra minutes").toBeNull();
  });
  it("names what moved", () => {
    expect(staleReason(plan, { daysPerWeek: 3, sessionMinutes: 60 })).toBe(
      "Your profile says 3 training days a week; this plan has 2.",
    );
    expect(staleReason(plan, { daysPerWeek: 2, trainingDays: ["tue", "mon"], sessionMinutes: 60 })).toBe(
      "Your profile trains on Monday and Tuesday; this plan does not.",
    );
    expect(staleReason(plan, { daysPerWeek: 2, sessionMinutes: 45 })).toBe(
      "Your sessions are now 45 minutes; this plan has one of about 55.",
    );
  });
  it("the next training day after a rest day wraps past Sunday", () => {
    expect(nextTrainingDay(plan, "tue")?.weekday).toBe("thu");
    expect(nextTrainingDay(plan, "fri")?.weekday).toBe("mon");
    expect(nextTrainingDay(plan, "mon")?.weekday).toBe("thu");
  });
});

describe("P5: today's card names what is coming", () => {
  const nameOf = (id: string) => ({ a: "Hip thrust", b: "Bird dog", c: "Leg press", d: "Dead bug" })[id] ?? id;
  it("counts exercises and blocks and names up to three main exercises", () => {
    const blocks = [
      { kind: "alignment" as const, items: [item({ exerciseId: "x" })] },
      { kind: "main" as const, items: ["a", "b", "c", "d"].map((exerciseId) => item({ exerciseId })) },
    ];
    expect(sessionSummary(blocks, nameOf)).toBe(
      "5 exercises in 2 blocks. Main work: Hip thrust, Bird dog, Leg press and 1 more.",
    );
  });
  it("the recovery session leads with its recovery work", () => {
    const blocks = [{ kind: "recovery" as const, items: [item({ exerciseId: "b" })] }];
    expect(sessionSummary(blocks, nameOf)).toBe("1 exercise in 1 block. Recovery work: Bird dog.");
  });
});

describe("S1 in the swap sheet: suspected exercises go last, marked", () => {
  it("keeps the ranking and moves flagged ones to the end", () => {
    const alts = ["a", "b", "c", "d"].map((id) => ({ exercise: { id }, why: id }));
    const status = (id: string) => (id === "a" ? "suspected" : id === "c" ? "tolerated" : undefined);
    const out = orderAlternatives(alts, status);
    expect(out.map((a) => a.exercise.id)).toEqual(["b", "c", "d", "a"]);
    expect(out.at(-1)?.status).toBe("suspected");
    expect(out[0]?.status).toBeUndefined();
  });
});
