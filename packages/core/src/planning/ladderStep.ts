/**
 * P6: answering a step-up proposal. Accepting swaps the harder rung into every day of the plan that holds the
 * exercise (P7: a ladder step changes the block's exercises), marked so its first session starts easy; declining
 * keeps the exercise and remembers the answer on its items, so the proposal stays away until the next block.
 */
import { type ReplaceContext, recountMinutes, replaceItem } from "./replace.js";
import { PlanSwapError } from "./swap.js";
import type { PlanDay, WeeklyPlan } from "./types.js";
import { lowerFirst } from "./wording.js";

/** The step-up proposed for an exercise on a plan day, or undefined. */
export function stepUpProposalOn(plan: WeeklyPlan, dayIndex: number, exerciseId: string): string | undefined {
  const day = plan.days.find((d) => d.index === dayIndex);
  const item = day?.blocks.flatMap((b) => b.items).find((i) => i.exerciseId === exerciseId);
  return item?.proposal?.kind === "step-up" ? item.proposal.exerciseId : undefined;
}

/** P6: the plan with the step from `fromId` to `toId` taken on every day that holds `fromId` (and not `toId`). */
export function acceptStepUp(plan: WeeklyPlan, fromId: string, toId: string, ctx: ReplaceContext): WeeklyPlan {
  const to = ctx.exercises.find((e) => e.id === toId);
  if (!to) throw new PlanSwapError("toExerciseId", "is not a known exercise");
  const from = ctx.exercises.find((e) => e.id === fromId);
  const why = `You stepped up from ${from ? lowerFirst(from.name) : fromId} to ${lowerFirst(to.name)}: the first session starts at the bottom of the rep range with 3 or more reps to spare.`;
  const stepDay = (day: PlanDay): PlanDay => {
    if (day.blocks.some((b) => b.items.some((i) => i.exerciseId === toId))) return day;
    if (!day.blocks.some((b) => b.items.some((i) => i.exerciseId === fromId))) return day;
    const next: PlanDay = {
      ...day,
      blocks: day.blocks.map((b) => ({
        ...b,
        items: b.items.map((it) =>
          it.exerciseId === fromId ? { ...replaceItem(it, to, b.kind, ctx, why), stepUpFrom: fromId } : it,
        ),
      })),
    };
    return recountMinutes(next, ctx.exercises);
  };
  return { ...plan, days: plan.days.map(stepDay) };
}

/** P6: the plan with the step from `fromId` to `toId` declined on every item of `fromId`. */
export function declineStepUp(plan: WeeklyPlan, fromId: string, toId: string): WeeklyPlan {
  return {
    ...plan,
    days: plan.days.map((d) => ({
      ...d,
      blocks: d.blocks.map((b) => ({
        ...b,
        items: b.items.map((it) => {
          if (it.exerciseId !== fromId) return it;
          const { proposal, ...rest } = it;
          const declined = [...new Set([...(it.declinedStepUps ?? []), toId])];
          const keep = proposal && proposal.kind !== "step-up" ? { proposal } : {};
          return { ...rest, ...keep, declinedStepUps: declined };
        }),
      })),
    })),
  };
}
