/**
 * T6 after two passes: a re-tested exercise takes its place in the block again, in place of the loaded item of the
 * same pattern that stood in for it. The plan remembers each return, so an exercise the user later swaps away is
 * not brought back a second time in the same block (P7: within a block the user's swap stands).
 */
import { type ReplaceContext, recountMinutes, replaceItem } from "./replace.js";
import type { PlanBlockKind, WeeklyPlan } from "./types.js";

/** Blocks a returning exercise may take a place in: the lifts, and the glute and core work. */
const RETURN_BLOCKS: ReadonlySet<PlanBlockKind> = new Set(["main", "glute-core"]);

/** One exercise coming back, with the line that says why. */
export interface PlanReturn {
  exerciseId: string;
  why: string;
}

/**
 * The plan with each returning exercise in place of the first planned, loaded item of its pattern (on every day
 * that holds one); an exercise already in the plan, already returned once, or with no same-pattern item to replace
 * is left as it is (it comes back with the next block).
 */
export function withReturns(plan: WeeklyPlan, returns: readonly PlanReturn[], ctx: ReplaceContext): WeeklyPlan {
  const byId = new Map(ctx.exercises.map((e) => [e.id, e]));
  const done = new Set(plan.returned ?? []);
  const planned = new Set(plan.days.flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId))));
  let days = plan.days;
  const returned: string[] = [];
  for (const r of returns) {
    const def = byId.get(r.exerciseId);
    if (!def || done.has(r.exerciseId) || planned.has(r.exerciseId)) continue;
    let placed = false;
    days = days.map((day) => {
      let changed = false;
      const blocks = day.blocks.map((block) => {
        if (changed || !RETURN_BLOCKS.has(block.kind)) return block;
        const at = block.items.findIndex((i) => {
          const ex = byId.get(i.exerciseId);
          return ex !== undefined && ex.pattern === def.pattern && ex.loaded !== false;
        });
        if (at < 0) return block;
        changed = true;
        const items = block.items.map((it, k) => (k === at ? replaceItem(it, def, block.kind, ctx, r.why) : it));
        return { ...block, items };
      });
      if (!changed) return day;
      placed = true;
      return recountMinutes({ ...day, blocks }, ctx.exercises);
    });
    if (placed) returned.push(r.exerciseId);
  }
  if (returned.length === 0) return plan;
  return { ...plan, days, returned: [...done, ...returned] };
}
