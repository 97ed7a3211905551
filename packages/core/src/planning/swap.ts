/** POST /plans/current/swap: the user's own swap, kept in the plan, validated first (a typed error, HTTP 400). */
import { planExclusion } from "./eligibility.js";
import { cloneDay, type ReplaceContext, recountMinutes, replaceItem } from "./replace.js";
import type { WeeklyPlan } from "./types.js";
import { lowerFirst } from "./wording.js";

/** A swap request. */
export interface PlanSwap {
  dayIndex: number;
  fromExerciseId: string;
  toExerciseId: string;
}

/** A swap that cannot be made; the server answers 400 VALIDATION_FAILED with these details. */
export class PlanSwapError extends Error {
  /** The API error code. */
  readonly code = "VALIDATION_FAILED" as const;
  /** The HTTP status the server should answer. */
  readonly status = 400 as const;
  /** The field at fault and what is wrong with it. */
  readonly details: { path: string; message: string }[];

  constructor(path: string, message: string) {
    super(`${path} ${message}`);
    this.name = "PlanSwapError";
    this.details = [{ path, message }];
  }
}

/** Applies a user's swap to a plan (a new plan; the input is untouched). Throws PlanSwapError on bad input. */
export function swapInPlan(plan: WeeklyPlan, swap: PlanSwap, ctx: ReplaceContext): WeeklyPlan {
  const day = plan.days.find((d) => d.index === swap.dayIndex);
  if (!day) throw new PlanSwapError("dayIndex", "is not a day of the current plan");
  const at = day.blocks.findIndex((b) => b.items.some((it) => it.exerciseId === swap.fromExerciseId));
  if (at < 0) throw new PlanSwapError("fromExerciseId", "is not in that day of the plan");
  const to = ctx.exercises.find((e) => e.id === swap.toExerciseId);
  if (!to) throw new PlanSwapError("toExerciseId", "is not a known exercise");
  if (swap.toExerciseId === swap.fromExerciseId) return plan;
  const out = planExclusion(to, { profile: ctx.profile, statusOf: ctx.statusOf });
  if (out === "trigger") throw new PlanSwapError("toExerciseId", "is marked as a trigger in your log");
  if (out === "aggravating-exercise" || out === "aggravating-pattern") {
    throw new PlanSwapError("toExerciseId", "is on your list of movements that aggravate your back");
  }
  if (day.blocks.some((b) => b.items.some((it) => it.exerciseId === swap.toExerciseId))) {
    throw new PlanSwapError("toExerciseId", "is already in that day of the plan");
  }
  const from = ctx.exercises.find((e) => e.id === swap.fromExerciseId);
  const next = cloneDay(day);
  const block = next.blocks[at];
  if (!block) return plan;
  const why = `You chose ${lowerFirst(to.name)} in place of ${from ? lowerFirst(from.name) : swap.fromExerciseId}.`;
  block.items = block.items.map((it) =>
    it.exerciseId === swap.fromExerciseId ? replaceItem(it, to, block.kind, ctx, why) : it,
  );
  const days = plan.days.map((d) => (d.index === swap.dayIndex ? recountMinutes(next, ctx.exercises) : d));
  return { ...plan, days, shortfalls: [...plan.shortfalls], reasons: [...plan.reasons] };
}
