/**
 * Replacing one exercise of a plan with another (P4 triggers, P5 R4 swaps, user swaps), keeping the item's dose
 * where it still fits, and finding the replacement through S1 (rankAlternatives) so every area agrees.
 */

import { aggravatingDirections } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { Pattern, Tier } from "../records/vocab.js";
import { rankAlternatives } from "../substitution/index.js";
import { type PlanRole, planItemFor } from "./dose.js";
import { aggravatingExerciseIds, aggravatingPatterns, isActiveTrigger, planEquipment } from "./eligibility.js";
import { planBlocksMinutes } from "./timing.js";
import type { PlanBlock, PlanBlockKind, PlanDay, PlanItem, PlanStatusOf } from "./types.js";

/** What replacing reads. */
export interface ReplaceContext {
  profile: Profile;
  exercises: readonly Exercise[];
  statusOf: PlanStatusOf;
}

/** The role an item of a block kind plays (for its dose after a change of exercise). */
export function roleOfBlock(kind: PlanBlockKind, ex: Exercise): PlanRole {
  if (kind === "main") return ex.pattern === "isolation" ? "accessory" : "main";
  if (kind === "glute-core")
    return ex.primaryMuscles.includes("glutes") && ex.pattern !== "anti-rotation" ? "glute" : "core";
  return kind;
}

/**
 * The item with `to` in place of its exercise: sets, rest and effort kept; reps or seconds follow `to`'s measure;
 * the load and belt cue are dropped unless still meaningful (a new exercise starts without a load).
 */
export function replaceItem(
  item: PlanItem,
  to: Exercise,
  kind: PlanBlockKind,
  ctx: ReplaceContext,
  why: string,
): PlanItem {
  const fresh = planItemFor(to, roleOfBlock(kind, to), {
    goal: ctx.profile.goal,
    targetRir: item.targetRir,
    sets: item.sets,
    why,
  });
  const out: PlanItem = { ...fresh, targetRir: item.targetRir, restSeconds: item.restSeconds };
  if ((to.measure ?? "reps") === "reps" && item.seconds === undefined) out.reps = [...item.reps];
  if (item.beltCue !== undefined && to.beltEligible) out.beltCue = item.beltCue;
  return out;
}

/** Ids S1 must never offer: active triggers, the user's aggravating exercises, and optionally suspected ones. */
export function excludedIds(ctx: ReplaceContext, alsoSuspected: boolean): Set<string> {
  const out = aggravatingExerciseIds(ctx.profile);
  for (const e of ctx.exercises) {
    const rules = { profile: ctx.profile, statusOf: ctx.statusOf };
    if (isActiveTrigger(e.id, rules)) out.add(e.id);
    else if (alsoSuspected && ctx.statusOf(e.id) === "suspected" && !ctx.profile.cleared.includes(e.id)) out.add(e.id);
  }
  return out;
}

/**
 * S1 alternatives for an exercise in a day, skipping what the day already holds; best first, followed by same-grade
 * stand-ins for when nothing spares the spine more (the plan would otherwise lose the muscle's work).
 */
export function alternativesInDay(
  from: Exercise,
  day: PlanDay,
  ctx: ReplaceContext,
  opts: { tier: Tier; reason: "trigger" | "pain"; alsoSuspected: boolean },
): Exercise[] {
  const excluded = excludedIds(ctx, opts.alsoSuspected);
  for (const b of day.blocks) for (const it of b.items) excluded.add(it.exerciseId);
  const patterns: Set<Pattern> = aggravatingPatterns(ctx.profile);
  return rankAlternatives(from, {
    catalog: ctx.exercises,
    excluded,
    excludedPatterns: patterns,
    excludedDirections: aggravatingDirections(ctx.profile.aggravating),
    directionThreshold: ctx.profile.settings.directionThreshold,
    equipment: planEquipment(ctx.profile),
    tier: opts.tier,
    reason: opts.reason,
    // The plan must keep the muscle trained: after every S1 alternative, a same-grade stand-in may do.
    sidesteps: true,
  }).map((a) => a.exercise);
}

/** A copy of a day with fresh blocks (items copied), so edits never touch the stored plan. */
export function cloneDay(day: PlanDay): PlanDay {
  return { ...day, blocks: day.blocks.map(cloneBlock) };
}

/** A copy of a block with its items copied. */
export function cloneBlock(b: PlanBlock): PlanBlock {
  const out: PlanBlock = {
    kind: b.kind,
    items: b.items.map((it) => ({ ...it, reps: [...it.reps] as [number, number] })),
  };
  if (b.notes) out.notes = [...b.notes];
  return out;
}

/** The day's minutes recounted from its blocks. */
export function recountMinutes(day: PlanDay, exercises: readonly Exercise[]): PlanDay {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  return { ...day, minutes: planBlocksMinutes(day.blocks, byId) };
}

/**
 * P1: the day trimmed to its time budget after today's changes (single-limb swaps, M1's longer alignment): one set
 * at a time from the main block, bilateral work and the biggest items first, then from glute and core work; never
 * below one set, so every exercise (and P3's glute and core work) stays in the session.
 */
export function trimToBudget(day: PlanDay, exercises: readonly Exercise[], minutes: number): PlanDay {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const uni = (id: string) => (byId.get(id)?.laterality === "unilateral" ? 1 : 0);
  let out = recountMinutes(day, exercises);
  for (const kind of ["main", "glute-core"] as const) {
    for (let guard = 0; guard < 60 && out.minutes > minutes; guard++) {
      const cand = out.blocks
        .find((b) => b.kind === kind)
        ?.items.filter((it) => it.sets > 1)
        .sort((a, b) => uni(a.exerciseId) - uni(b.exerciseId) || b.sets - a.sets)[0];
      if (!cand) break;
      cand.sets -= 1;
      out = recountMinutes(out, exercises);
    }
  }
  return out;
}
