/** Weekly sets per counted muscle group of a finished plan (P3, P4), as the tests and the Plan screen read them. */
import type { Exercise } from "../records/exercise.js";
import { isPull, isPush, PLAN_MUSCLE_GROUPS, type PlanMuscleGroup, planGroupsOf } from "./groups.js";
import type { WeeklyPlan } from "./types.js";

/** Weekly working sets per counted group (main and glute-core blocks; alignment and cooldown are not training). */
export function planWeeklySets(plan: WeeklyPlan, exercises: readonly Exercise[]): Record<PlanMuscleGroup, number> {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const out = Object.fromEntries(PLAN_MUSCLE_GROUPS.map((g) => [g, 0])) as Record<PlanMuscleGroup, number>;
  for (const d of plan.days) {
    for (const b of d.blocks) {
      if (b.kind !== "main" && b.kind !== "glute-core") continue;
      for (const it of b.items) {
        const ex = byId.get(it.exerciseId);
        if (ex) for (const g of planGroupsOf(ex)) out[g] += it.sets;
      }
    }
  }
  return out;
}

/** Weekly pressing and pulling sets of a plan. */
export function planPushPullSets(plan: WeeklyPlan, exercises: readonly Exercise[]): { push: number; pull: number } {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  let push = 0;
  let pull = 0;
  for (const d of plan.days) {
    for (const b of d.blocks) {
      for (const it of b.items) {
        const ex = byId.get(it.exerciseId);
        if (ex && isPush(ex)) push += it.sets;
        if (ex && isPull(ex)) pull += it.sets;
      }
    }
  }
  return { push, pull };
}
