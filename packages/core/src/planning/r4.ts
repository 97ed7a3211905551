/**
 * P5 under R4 (modified training): known and suspected triggers out, grade C-D main lifts swapped for supported
 * variants (S1, reason "pain", single-limb first), at least the set share of single-limb lower-body work
 * (profile.settings.singleLimbShareR4, *default* 40%), and effort capped: RIR 2 on grade C-D work, single-limb
 * included; grade A-B work may go to RIR 1.
 */
import { gradeRank } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import { isGluteExercise, isLowerBody } from "./groups.js";
import { alternativesInDay, type ReplaceContext, recountMinutes, replaceItem, trimToBudget } from "./replace.js";
import { applyStatusesToDay } from "./statuses.js";
import type { PlanDay, PlanItem } from "./types.js";
import { inPlaceOfWhy } from "./wording.js";

/** P6: on an R4 day training items above grade B (rank 1) are swapped for a variant at B or lower. */
export const R4_GRADE_LIMIT = 1;

/** Lower-body sets and the single-limb share of them in a day's training blocks. */
export function singleLimbShare(
  day: PlanDay,
  exercises: readonly Exercise[],
): { lower: number; single: number; share: number } {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  let lower = 0;
  let single = 0;
  for (const b of day.blocks) {
    if (b.kind !== "main" && b.kind !== "glute-core") continue;
    for (const it of b.items) {
      const ex = byId.get(it.exerciseId);
      if (!ex || !isLowerBody(ex)) continue;
      lower += it.sets;
      if (ex.laterality === "unilateral") single += it.sets;
    }
  }
  return { lower, single, share: lower === 0 ? 1 : single / lower };
}

/** The lowest target RIR R4 allows for an exercise: 2 on grade C-D, 1 on grade A-B. */
export function r4RirFloor(ex: Pick<Exercise, "grade">): number {
  return gradeRank(ex.grade) >= 2 ? 2 : 1;
}

/** True when a training item other than the one at (bi, ii) is glute work (P3). */
function hasOtherGluteItem(day: PlanDay, bi: number, ii: number, byId: ReadonlyMap<string, Exercise>): boolean {
  return day.blocks.some(
    (b, i) =>
      (b.kind === "main" || b.kind === "glute-core") &&
      b.items.some((it, j) => (i !== bi || j !== ii) && isGlute(byId.get(it.exerciseId))),
  );
}

/** isGluteExercise for an exercise that may be missing. */
function isGlute(ex: Exercise | undefined): boolean {
  return ex !== undefined && isGluteExercise(ex);
}

/** The day adapted for R4; notes say what changed. */
export function adaptDayForR4(day: PlanDay, ctx: ReplaceContext): { day: PlanDay; notes: string[] } {
  const notes: string[] = [];
  const first = applyStatusesToDay(day, ctx, { tier: "R4", alsoSuspected: true });
  const out = first.day;
  for (const c of first.changes) notes.push(c.why);
  const byId = new Map(ctx.exercises.map((e) => [e.id, e]));

  const swap = (blockIdx: number, itemIdx: number, to: Exercise, because: string) => {
    const block = out.blocks[blockIdx];
    const item = block?.items[itemIdx];
    const from = item ? byId.get(item.exerciseId) : undefined;
    if (!block || !item || !from) return;
    const why = inPlaceOfWhy(to, from, because);
    block.items[itemIdx] = replaceItem(item, to, block.kind, ctx, why);
    notes.push(why);
  };

  // P6: each training item above grade B gives way to a supported or single-limb variant at grade B or lower; a
  // tolerated item, or one with no such variant for the user's equipment, stays (the effort cap below holds it at
  // RIR 2 or more).
  out.blocks.forEach((b, bi) => {
    if (b.kind !== "main" && b.kind !== "glute-core") return;
    b.items.forEach((it, ii) => {
      const ex = byId.get(it.exerciseId);
      if (!ex || gradeRank(ex.grade) < 2 || ctx.statusOf(ex.id) === "tolerated") return;
      const to = alternativesInDay(ex, out, ctx, { tier: "R4", reason: "pain", alsoSuspected: true }).find(
        (e) => gradeRank(e.grade) <= R4_GRADE_LIMIT,
      );
      if (to) swap(bi, ii, to, "a more supported option suits a day with some pain");
    });
  });

  // Single-limb share of lower-body sets: swap the biggest bilateral lower-body items first.
  const need = ctx.profile.settings.singleLimbShareR4;
  const tried = new Set<string>();
  for (let guard = 0; guard < 20 && singleLimbShare(out, ctx.exercises).share < need; guard++) {
    const pool: { bi: number; ii: number; it: PlanItem; ex: Exercise }[] = [];
    out.blocks.forEach((b, bi) => {
      if (b.kind !== "main" && b.kind !== "glute-core") return;
      b.items.forEach((it, ii) => {
        const ex = byId.get(it.exerciseId);
        if (ex && isLowerBody(ex) && ex.laterality === "bilateral" && !tried.has(ex.id)) pool.push({ bi, ii, it, ex });
      });
    });
    pool.sort(
      (a, b) => b.it.sets - a.it.sets || gradeRank(b.ex.grade) - gradeRank(a.ex.grade) || (a.ex.id < b.ex.id ? -1 : 1),
    );
    const next = pool[0];
    if (!next) break;
    tried.add(next.ex.id);
    const single = alternativesInDay(next.ex, out, ctx, { tier: "R4", reason: "pain", alsoSuspected: true }).filter(
      (e) => e.laterality === "unilateral" && isLowerBody(e),
    );
    // P3 keeps glute work in every session: the day's last glute item only gives way to single-limb glute work.
    const lastGlute = isGluteExercise(next.ex) && !hasOtherGluteItem(out, next.bi, next.ii, byId);
    const to = lastGlute ? single.find((e) => isGluteExercise(e)) : single[0];
    if (to) swap(next.bi, next.ii, to, "one leg at a time lets the muscle work hard while your back carries less");
  }
  // No single-limb stand-in left: move sets from bilateral to single-limb lower-body items instead.
  for (let guard = 0; guard < 30 && singleLimbShare(out, ctx.exercises).share < need; guard++) {
    const lower = out.blocks
      .filter((b) => b.kind === "main" || b.kind === "glute-core")
      .flatMap((b) => b.items)
      .filter((it) => {
        const ex = byId.get(it.exerciseId);
        return ex !== undefined && isLowerBody(ex);
      });
    const uni = (it: PlanItem) => byId.get(it.exerciseId)?.laterality === "unilateral";
    const giver = lower.filter((it) => !uni(it) && it.sets > 1).sort((a, b) => b.sets - a.sets)[0];
    if (!giver) break;
    giver.sets -= 1;
    const taker = lower.filter((it) => uni(it) && it.sets < 5).sort((a, b) => a.sets - b.sets)[0];
    if (taker) taker.sets += 1;
  }
  // Effort caps.
  for (const b of out.blocks) {
    if (b.kind !== "main" && b.kind !== "glute-core") continue;
    for (const it of b.items) {
      const ex = byId.get(it.exerciseId);
      if (ex) it.targetRir = Math.max(it.targetRir, r4RirFloor(ex));
    }
  }

  // Single-limb work takes longer (each side does its reps): trim sets to stay inside the time budget (P1).
  let day2 = trimToBudget(out, ctx.exercises, ctx.profile.sessionMinutes);
  // Trimming cuts the longer single-limb sets first, which can push the share back under its floor: take sets off
  // the bilateral lower-body items instead (never below one), which only shortens the session.
  for (let guard = 0; guard < 30 && singleLimbShare(day2, ctx.exercises).share < need; guard++) {
    const giver = day2.blocks
      .filter((b) => b.kind === "main" || b.kind === "glute-core")
      .flatMap((b) => b.items)
      .filter((it) => {
        const ex = byId.get(it.exerciseId);
        return ex !== undefined && isLowerBody(ex) && ex.laterality === "bilateral" && it.sets > 1;
      })
      .sort((a, b) => b.sets - a.sets)[0];
    if (!giver) break;
    giver.sets -= 1;
    day2 = recountMinutes(day2, ctx.exercises);
  }
  if (singleLimbShare(day2, ctx.exercises).share < need) {
    notes.push(
      "Your equipment and exclusions leave too few single-leg options to make more of today's leg work single-leg.",
    );
  }
  notes.unshift("Modified training: supported and single-leg variants, and every set stops short of your limit.");
  return { day: day2, notes };
}
