import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeRank } from "../catalog/index.js";
import { buildWeeklyPlan } from "./buildPlan.js";
import { planExclusion } from "./eligibility.js";
import { BEGINNER_WEEKS, planFitOf } from "./fit.js";
import { EXERCISES, profileWith, RUNS, statusesOf, userArb } from "./testkit.js";
import type { WeeklyPlan } from "./types.js";

const byId = new Map(EXERCISES.map((e) => [e.id, e]));
const ex = (id: string) => {
  const e = byId.get(id);
  if (!e) throw new Error(id);
  return e;
};
const mainItems = (plan: WeeklyPlan) =>
  plan.days.flatMap((d) => d.blocks.filter((b) => b.kind === "main").flatMap((b) => b.items));
const allItems = (plan: WeeklyPlan) => plan.days.flatMap((d) => d.blocks.flatMap((b) => b.items));
const pinArb = fc.subarray(
  EXERCISES.filter((e) => !["mobility", "soft-tissue", "decompression", "conditioning"].includes(e.pattern)).map(
    (e) => e.id,
  ),
  { maxLength: 4 },
);

describe("P8 fit for the person", () => {
  it.each([
    ["beginner", 0, true, "beginner"],
    ["beginner", BEGINNER_WEEKS - 1, true, "beginner"],
    ["beginner", BEGINNER_WEEKS, false, "intermediate"],
    ["intermediate", 0, false, "intermediate"],
    ["advanced", 0, false, "advanced"],
  ] as const)("P8: %s with %i weeks logged: beginner-only main slots %s, up to %s", (experience, weeks, only, max) => {
    const fit = planFitOf({ experience, ageBand: null }, { weeksLogged: weeks });
    expect(fit.mainBeginnerOnly).toBe(only);
    expect(fit.maxLevel).toBe(max);
  });

  it("P8: a beginner's main slots are beginner exercises until 8 different weeks are logged (property)", () => {
    fc.assert(
      fc.property(userArb, fc.integer({ min: 0, max: BEGINNER_WEEKS - 1 }), ({ profile, statusOf }, weeks) => {
        const p = { ...profile, experience: "beginner" as const };
        const plan = buildWeeklyPlan({ profile: p, exercises: EXERCISES, statusOf, history: { weeksLogged: weeks } });
        for (const it of mainItems(plan)) expect(ex(it.exerciseId).level, it.exerciseId).toBe("beginner");
      }),
      RUNS,
    );
  });

  it("P8: at 71+ nothing advanced is planned unless pinned, and a pinned nordic curl gets 2-3 sets of 3-6", () => {
    const old = profileWith({ experience: "advanced", ageBand: "71+", daysPerWeek: 4, sessionMinutes: 90 });
    const plan = buildWeeklyPlan({ profile: old, exercises: EXERCISES, statusOf: statusesOf() });
    for (const it of allItems(plan)) expect(ex(it.exerciseId).level, it.exerciseId).not.toBe("advanced");
    const pinned = buildWeeklyPlan({
      profile: { ...old, pinned: ["nordic-curl"] },
      exercises: EXERCISES,
      statusOf: statusesOf(),
    });
    const nordic = allItems(pinned).filter((i) => i.exerciseId === "nordic-curl");
    expect(nordic.length).toBeGreaterThan(0);
    for (const it of nordic) {
      expect(it.reps).toEqual([3, 6]);
      expect(it.sets).toBeGreaterThanOrEqual(2);
      expect(it.sets).toBeLessThanOrEqual(3);
    }
    expect(pinned.pins).toEqual([expect.objectContaining({ exerciseId: "nordic-curl", state: "planned" })]);
  });

  it("P8: at 71+ guided or supported work leads each main slot among equal grades", () => {
    const old = profileWith({ experience: "intermediate", ageBand: "71+" });
    const young = profileWith({ experience: "intermediate", ageBand: "19-50" });
    const plan = buildWeeklyPlan({ profile: old, exercises: EXERCISES, statusOf: statusesOf() });
    const share = (p: WeeklyPlan) => {
      const main = mainItems(p).map((i) => ex(i.exerciseId));
      return main.filter((e) => e.load.support === "guided" || e.load.support === "supported").length / main.length;
    };
    const youngPlan = buildWeeklyPlan({ profile: young, exercises: EXERCISES, statusOf: statusesOf() });
    expect(share(plan)).toBeGreaterThanOrEqual(share(youngPlan));
    expect(share(plan)).toBeGreaterThan(0.5);
  });
});

describe("P6 ceiling, start grades and pins", () => {
  it("P6: the plan's main slots stay at or below grade C unless pinned (property)", () => {
    fc.assert(
      fc.property(userArb, fc.constantFrom("intermediate", "advanced" as const), ({ profile, statusOf }, xp) => {
        const p = { ...profile, experience: xp };
        const plan = buildWeeklyPlan({ profile: p, exercises: EXERCISES, statusOf, history: { weeksLogged: 20 } });
        for (const it of mainItems(plan)) expect(gradeRank(ex(it.exerciseId).grade)).toBeLessThanOrEqual(2);
      }),
      RUNS,
    );
  });

  it("P6: a pattern starts from the highest grade trained in the last 8 weeks, capped at the ceiling", () => {
    const p = profileWith({ experience: "intermediate", goal: "strength", daysPerWeek: 3 });
    const squatGrades = (plan: WeeklyPlan) =>
      mainItems(plan)
        .map((i) => ex(i.exerciseId))
        .filter((e) => e.pattern === "squat")
        .map((e) => gradeRank(e.grade));
    const fresh = buildWeeklyPlan({ profile: p, exercises: EXERCISES, statusOf: statusesOf() });
    const trained = buildWeeklyPlan({
      profile: p,
      exercises: EXERCISES,
      statusOf: statusesOf(),
      history: { weeksLogged: 10, trainedGrades: { squat: "D" } },
    });
    expect(Math.max(...squatGrades(trained))).toBe(2);
    expect(Math.max(...squatGrades(fresh))).toBeLessThan(2);
  });

  it("P6: a pinned lift never overrides a trigger, an exclusion or a direction, and says what holds it back (property)", () => {
    fc.assert(
      fc.property(userArb, pinArb, ({ profile, statusOf }, pinned) => {
        const p = { ...profile, pinned };
        const plan = buildWeeklyPlan({ profile: p, exercises: EXERCISES, statusOf });
        const rules = { profile: p, statusOf };
        for (const it of allItems(plan)) expect(planExclusion(ex(it.exerciseId), rules), it.exerciseId).toBeNull();
        for (const pin of plan.pins ?? []) {
          const why = planExclusion(ex(pin.exerciseId), rules);
          const inPlan = allItems(plan).some((i) => i.exerciseId === pin.exerciseId);
          expect(pin.state).toBe(why !== null ? "held-back" : inPlan ? "planned" : "no-room");
          if (why !== null) {
            expect(pin.heldBackBy).toBe(why);
            expect(pin.text).toMatch(/^Pinned, held back by .+ until .+\.$/);
          }
        }
      }),
      RUNS,
    );
  });

  it("P6: a pin lifts the ceiling and levels (a pinned back squat for a beginner is planned)", () => {
    const p = profileWith({ experience: "beginner", pinned: ["back-squat"] });
    const plan = buildWeeklyPlan({ profile: p, exercises: EXERCISES, statusOf: statusesOf() });
    expect(allItems(plan).some((i) => i.exerciseId === "back-squat")).toBe(true);
    const held = buildWeeklyPlan({ profile: p, exercises: EXERCISES, statusOf: statusesOf(["back-squat"]) });
    expect(allItems(held).some((i) => i.exerciseId === "back-squat")).toBe(false);
    expect(held.pins?.[0]?.text).toContain("held back by your log");
  });
});
