import { describe, expect, it } from "vitest";
import { buildWeeklyPlan } from "./buildPlan.js";
import { applyStatusesToPlan } from "./statuses.js";
import { PlanSwapError, swapInPlan } from "./swap.js";
import { EXERCISES, profileWith, statusesOf } from "./testkit.js";

const profile = profileWith({ daysPerWeek: 3 });
const plan = buildWeeklyPlan({ profile, exercises: EXERCISES, statusOf: statusesOf() });
const firstMain = plan.days[0]?.blocks.find((b) => b.kind === "main")?.items[0]?.exerciseId ?? "";
const ctx = (triggers: string[] = []) => ({ profile, exercises: EXERCISES, statusOf: statusesOf(triggers) });

describe("swapInPlan", () => {
  it("P4: a valid swap is kept in the plan with its reason, and only that item changes", () => {
    const next = swapInPlan(plan, { dayIndex: 0, fromExerciseId: firstMain, toExerciseId: "goblet-squat" }, ctx());
    const items = next.days[0]?.blocks.flatMap((b) => b.items) ?? [];
    const it = items.find((i) => i.exerciseId === "goblet-squat");
    expect(it?.why).toMatch(/^You chose goblet squat in place of /);
    expect(items.map((i) => i.exerciseId)).not.toContain(firstMain);
    expect(next.days.slice(1)).toEqual(plan.days.slice(1));
    expect(plan.days[0]?.blocks.flatMap((b) => b.items).map((i) => i.exerciseId)).toContain(firstMain);
  });

  it.each([
    [{ dayIndex: 9, fromExerciseId: "x", toExerciseId: "goblet-squat" }, "dayIndex"],
    [{ dayIndex: 0, fromExerciseId: "not-in-day", toExerciseId: "goblet-squat" }, "fromExerciseId"],
    [{ dayIndex: 0, fromExerciseId: "FIRST", toExerciseId: "no-such-exercise" }, "toExerciseId"],
    [{ dayIndex: 0, fromExerciseId: "FIRST", toExerciseId: "back-squat" }, "toExerciseId"],
  ])("P4: a bad swap %j throws PlanSwapError on %s", (swap, path) => {
    const s = { ...swap, fromExerciseId: swap.fromExerciseId === "FIRST" ? firstMain : swap.fromExerciseId };
    let err: unknown;
    try {
      swapInPlan(plan, s, ctx(["back-squat"]));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PlanSwapError);
    const pe = err as PlanSwapError;
    expect(pe.code).toBe("VALIDATION_FAILED");
    expect(pe.status).toBe(400);
    expect(pe.details[0]?.path).toBe(path);
  });

  it("P4: a swap to an exercise from an excluded pattern is refused", () => {
    const c = { ...ctx(), profile: profileWith({ daysPerWeek: 3, aggravating: [{ pattern: "hinge" }] }) };
    expect(() =>
      swapInPlan(plan, { dayIndex: 0, fromExerciseId: firstMain, toExerciseId: "kettlebell-deadlift" }, c),
    ).toThrow(PlanSwapError);
  });
});

describe("applyStatusesToPlan", () => {
  it("P4: a new trigger is substituted from the next session on, the rest of the plan untouched", () => {
    const next = applyStatusesToPlan(plan, statusesOf([firstMain]), { profile, exercises: EXERCISES });
    const all = next.days.flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
    expect(all).not.toContain(firstMain);
    const day0 = next.days[0]?.blocks.find((b) => b.kind === "main")?.items[0];
    expect(day0?.why).toMatch(/in place of .*: your log shows .* aggravates your back/);
    expect(next.reasons.length).toBeGreaterThan(plan.reasons.length);
    // Days without the trigger are the same objects' content.
    for (const [i, d] of plan.days.entries()) {
      const had = d.blocks.some((b) => b.items.some((it) => it.exerciseId === firstMain));
      if (!had) expect(next.days[i]).toEqual(d);
    }
  });

  it("P4: applying the same statuses twice changes nothing more", () => {
    const once = applyStatusesToPlan(plan, statusesOf([firstMain]), { profile, exercises: EXERCISES });
    const twice = applyStatusesToPlan(once, statusesOf([firstMain]), { profile, exercises: EXERCISES });
    expect(twice).toEqual(once);
  });

  it("P4: rebuilding with the new statuses substitutes the trigger too", () => {
    const rebuilt = buildWeeklyPlan({ profile, exercises: EXERCISES, statusOf: statusesOf([firstMain]) });
    const all = rebuilt.days.flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
    expect(all).not.toContain(firstMain);
  });
});
