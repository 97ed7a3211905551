/**
 * The answer schemas the web app reads closely must describe exactly what core's rules return: each assignment
 * below fails the type check (`npm run check`) when a rule's type grows or changes a field the schema does not
 * allow, and each parse fails when the schema refuses a value core makes.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { GuidanceAnswer, NextTargetsAnswer, TodayItem } from "../coach/index.js";
import type { PlanBlock, WeeklyPlan } from "../planning/index.js";
import type { ProgressionDecision } from "../progression/index.js";
import { nextTargetAnswer, PROGRESSION_DECISIONS, planBlockAnswer, setGuidanceAnswer } from "./derived.js";

type In<S extends z.ZodType> = z.input<S>;

describe("contract schemas against core's types", () => {
  it("O1-O7: every progression decision is in the contract's list and the list holds nothing else", () => {
    const decisions: readonly ProgressionDecision[] = PROGRESSION_DECISIONS;
    const back: readonly (typeof PROGRESSION_DECISIONS)[number][] = [] as ProgressionDecision[];
    expect(back).toEqual([]);
    expect(new Set(decisions).size).toBe(10);
  });

  it("a next target, a plan block with today's items and a set's guidance as core types them fit their schemas", () => {
    const next: NextTargetsAnswer = {
      exerciseId: "back-squat",
      loadKg: 100,
      reps: [8, 12],
      sets: 3,
      decision: "substitute",
      why: "It has been a trigger.",
      substitute: { exerciseId: "leg-press", name: "Leg press", why: "Less load on the spine." },
    };
    const asSchema: In<typeof nextTargetAnswer> = next;
    expect(nextTargetAnswer.safeParse(asSchema).success).toBe(true);

    const item: TodayItem = {
      exerciseId: "back-squat",
      sets: 3,
      reps: [5, 8],
      targetRir: 2,
      restSeconds: 150,
      beltCue: 3,
      next: { decision: "hold", why: "Same again." },
    };
    const block: PlanBlock = { kind: "main", items: [item] };
    const blockAsSchema: In<typeof planBlockAnswer> = block;
    expect(planBlockAnswer.safeParse(blockAsSchema).success).toBe(true);
    const plan: Pick<WeeklyPlan, "days"> = {
      days: [{ index: 0, weekday: "mon", title: "Lower", minutes: 50, blocks: [block] }],
    };
    expect(plan.days[0]?.blocks[0]?.items[0]?.beltCue).toBe(3);

    const guidance: GuidanceAnswer = {
      action: "reduce",
      next: { loadKg: 90, reps: 8, warmup: false },
      beltCue: false,
      message: "Drop the load for the next set.",
      rule: "G3",
    };
    const guidanceAsSchema: In<typeof setGuidanceAnswer> = guidance;
    expect(setGuidanceAnswer.safeParse(guidanceAsSchema).success).toBe(true);
  });
});
