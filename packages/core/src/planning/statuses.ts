/**
 * P4 after a change of statuses: a new trigger is substituted (S1, reason "trigger") from the next session on,
 * without rewriting the rest of the plan. Items with no alternative are dropped and the plan says so.
 */
import type { Exercise } from "../records/exercise.js";
import type { Tier } from "../records/vocab.js";
import { planExclusion } from "./eligibility.js";
import { alternativesInDay, cloneDay, type ReplaceContext, recountMinutes, replaceItem } from "./replace.js";
import type { PlanDay, PlanStatusOf, WeeklyPlan } from "./types.js";
import { exclusionWords, inPlaceOfWhy, lowerFirst } from "./wording.js";

/** One substitution made in a day. */
export interface PlanChange {
  dayIndex: number;
  fromExerciseId: string;
  /** null when no alternative existed and the item was dropped. */
  toExerciseId: string | null;
  why: string;
}

/**
 * Substitutes every excluded exercise of a day (active triggers, aggravating movements; with `alsoSuspected`,
 * suspected triggers too). Returns the new day and the changes.
 */
export function applyStatusesToDay(
  day: PlanDay,
  ctx: ReplaceContext,
  opts: { tier?: Tier; alsoSuspected?: boolean } = {},
): { day: PlanDay; changes: PlanChange[] } {
  const tier = opts.tier ?? "R5";
  const out = cloneDay(day);
  const byId = new Map(ctx.exercises.map((e) => [e.id, e]));
  const rules = { profile: ctx.profile, statusOf: ctx.statusOf };
  const changes: PlanChange[] = [];
  for (const block of out.blocks) {
    const kept = [];
    for (const item of block.items) {
      const from = byId.get(item.exerciseId);
      if (!from) {
        kept.push(item);
        continue;
      }
      const why = planExclusion(from, rules);
      const suspected =
        opts.alsoSuspected === true && ctx.statusOf(from.id) === "suspected" && !ctx.profile.cleared.includes(from.id);
      // Missing equipment is left alone here: the plan was made for the user's kit and a swap may be deliberate.
      if ((why === null || why === "equipment") && !suspected) {
        kept.push(item);
        continue;
      }
      const because =
        why !== null && why !== "equipment"
          ? exclusionWords(from, why)
          : `${lowerFirst(from.name)} may be bothering your back lately`;
      const to: Exercise | undefined = alternativesInDay(from, out, ctx, {
        tier,
        reason: suspected && why === null ? "pain" : "trigger",
        alsoSuspected: opts.alsoSuspected === true,
      })[0];
      if (!to) {
        changes.push({
          dayIndex: day.index,
          fromExerciseId: from.id,
          toExerciseId: null,
          why: `${from.name} is left out: ${because}, and nothing suitable can stand in for it.`,
        });
        continue;
      }
      const text = inPlaceOfWhy(to, from, because);
      kept.push(replaceItem(item, to, block.kind, ctx, text));
      changes.push({ dayIndex: day.index, fromExerciseId: from.id, toExerciseId: to.id, why: text });
    }
    block.items = kept;
  }
  return { day: changes.length > 0 ? recountMinutes(out, ctx.exercises) : out, changes };
}

/** P4: substitutes new triggers and exclusions in an existing plan, leaving every other choice as it was. */
export function applyStatusesToPlan(
  plan: WeeklyPlan,
  statusOf: PlanStatusOf,
  ctx: Omit<ReplaceContext, "statusOf">,
): WeeklyPlan {
  const full: ReplaceContext = { ...ctx, statusOf };
  const reasons = [...plan.reasons];
  const days = plan.days.map((d) => {
    const { day, changes } = applyStatusesToDay(d, full);
    for (const c of changes) reasons.push(c.why);
    return day;
  });
  return { ...plan, days, shortfalls: [...plan.shortfalls], reasons };
}

/** True when an exercise id appears anywhere in a day. */
export function dayHolds(day: PlanDay, exerciseId: string): boolean {
  return day.blocks.some((b) => b.items.some((it) => it.exerciseId === exerciseId));
}

/** Exercises of a list by id. */
export function indexExercises(exercises: readonly Exercise[]): Map<string, Exercise> {
  return new Map(exercises.map((e) => [e.id, e]));
}
