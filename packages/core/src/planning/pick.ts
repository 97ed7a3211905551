/**
 * Choosing exercises for slots by their attributes, never by a fixed list (the catalog keeps growing): a lower
 * spine-load grade and more support first, loadable work for main lifts (so progressive overload has somewhere to
 * go), suspected triggers last, ties broken by id so the same inputs always give the same plan.
 */

import { gradeRank } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Pattern } from "../records/vocab.js";
import { isPlannable, type PlanRules } from "./eligibility.js";
import { fitExclusion, OLDER_ADULT_FREE_PENALTY, type PlanFit, startGradeBonus } from "./fit.js";
import { isCoreAntiMovement, isGluteExercise, planGroupsOf } from "./groups.js";
import type { PlanSlotSpec } from "./splits.js";

/** What the pickers read: the rules and the exercises sorted by id. */
export interface PickContext {
  rules: PlanRules;
  exercises: readonly Exercise[];
  /** P6/P8: the person's levels, ceiling, start grades and pins (absent: no such limits). */
  fit?: PlanFit;
}

/** Pinned work leads its slot (P6) by far more than any other preference. */
const PIN_BONUS = 100;

/** True when the exercise fits the person in this role (P6 ceiling, P8 levels; a pin always fits). */
function fits(ex: Exercise, ctx: PickContext, main: boolean): boolean {
  return ctx.fit === undefined || fitExclusion(ex, ctx.fit, main) === null;
}

/** The score changes of fit: pins first, an older adult's free work later, main lifts toward the start grade. */
function fitScore(ex: Exercise, ctx: PickContext, main: boolean): number {
  const fit = ctx.fit;
  if (!fit) return 0;
  let s = 0;
  if (fit.pinned.has(ex.id)) s -= PIN_BONUS;
  if (fit.olderAdult && (ex.load.support === "free" || ex.load.support === "braced")) s += OLDER_ADULT_FREE_PENALTY;
  if (main) s += startGradeBonus(ex, fit);
  return s;
}

/** A scored candidate (lower score is better). */
export interface ScoredExercise {
  exercise: Exercise;
  score: number;
}

/** Score band within which the week rotates between candidates for variety (about one grade step). */
export const ROTATION_BAND = 8;

const SUPPORT_BONUS = { supported: -3, guided: -2, braced: -1, free: 0 } as const;

/** Base score: grade first, then support; suspected triggers far behind, tolerated a little ahead. */
export function baseScore(ex: Exercise, rules: PlanRules): number {
  const status = rules.statusOf(ex.id);
  let s = gradeRank(ex.grade) * 10 + SUPPORT_BONUS[ex.load.support];
  if (status === "suspected") s += 25;
  if (status === "tolerated") s -= 2;
  if (ex.custom) s += 1;
  return s;
}

/** Sorts scored candidates best first, ties by id. */
function ranked(list: ScoredExercise[]): ScoredExercise[] {
  return list.sort((a, b) => a.score - b.score || (a.exercise.id < b.exercise.id ? -1 : 1));
}

/** True for work that counts in seconds or distance rather than reps. */
function notReps(ex: Exercise): boolean {
  return (ex.measure ?? "reps") !== "reps";
}

/** Every plannable candidate for a main slot, best first. */
export function slotCandidates(spec: PlanSlotSpec, ctx: PickContext): ScoredExercise[] {
  const out: ScoredExercise[] = [];
  for (const ex of ctx.exercises) {
    if (!spec.patterns.includes(ex.pattern)) continue;
    if (spec.unilateral && ex.laterality !== "unilateral") continue;
    if (spec.primaryAny && !ex.primaryMuscles.some((m) => spec.primaryAny?.includes(m))) continue;
    if (!planGroupsOf(ex).includes(spec.group)) continue;
    if (!isPlannable(ex, ctx.rules) || !fits(ex, ctx, !spec.accessory)) continue;
    let s = baseScore(ex, ctx.rules) + fitScore(ex, ctx, !spec.accessory);
    if (notReps(ex)) s += 20;
    if (!spec.accessory && ex.increment.kg > 0) s -= 4;
    out.push({ exercise: ex, score: s });
  }
  return ranked(out);
}

/** Glute candidates (P3): hip extension and glute isolation, the back's own muscles left to back care. */
export function gluteCandidates(ctx: PickContext): ScoredExercise[] {
  const out: ScoredExercise[] = [];
  for (const ex of ctx.exercises) {
    if (ex.pattern !== "hip-extension" && ex.pattern !== "isolation") continue;
    if (!isGluteExercise(ex) || ex.primaryMuscles.includes("lower-back") || notReps(ex)) continue;
    if (!isPlannable(ex, ctx.rules) || !fits(ex, ctx, false)) continue;
    let s = baseScore(ex, ctx.rules) + fitScore(ex, ctx, false);
    if (ex.increment.kg > 0) s -= 3;
    if (ex.laterality === "unilateral") s -= 1;
    out.push({ exercise: ex, score: s });
  }
  if (out.length > 0) return ranked(out);
  // With hip extension and isolation excluded, any plannable glute work (a lunge, a squat) keeps P3.
  for (const ex of ctx.exercises) {
    if (isGluteExercise(ex) && !notReps(ex) && isPlannable(ex, ctx.rules) && fits(ex, ctx, false)) {
      out.push({ exercise: ex, score: baseScore(ex, ctx.rules) + fitScore(ex, ctx, false) });
    }
  }
  return ranked(out);
}

/** Core anti-movement candidates (P3), with hip-flexor dominated raises pushed back. */
export function coreCandidates(ctx: PickContext): ScoredExercise[] {
  const collect = (leaveBackToBackCare: boolean) => {
    const out: ScoredExercise[] = [];
    for (const ex of ctx.exercises) {
      if (!isCoreAntiMovement(ex) || (leaveBackToBackCare && ex.primaryMuscles.includes("lower-back"))) continue;
      if (!isPlannable(ex, ctx.rules) || !fits(ex, ctx, false)) continue;
      let s = baseScore(ex, ctx.rules) + fitScore(ex, ctx, false);
      if (ex.primaryMuscles.includes("hip-flexors")) s += 10;
      out.push({ exercise: ex, score: s });
    }
    return out;
  };
  const out = collect(true);
  // When exclusions and level leave only core work led by the back's own muscles (a bird dog), it still keeps P3's
  // core exercise in every session, on the days back care chose something else.
  return ranked(out.length > 0 ? out : collect(false));
}

/** The back's own muscles at a low dose (P3): the SPEC names these three. */
export const BACK_CARE_IDS = ["bird-dog", "side-plank", "isometric-back-extension"] as const;

/** Back-care candidates: the named three when plannable, else low-grade direct work for the lower back. */
export function backCareCandidates(ctx: PickContext): Exercise[] {
  const byId = new Map(ctx.exercises.map((e) => [e.id, e]));
  const named = BACK_CARE_IDS.map((id) => byId.get(id)).filter(
    (e): e is Exercise => e !== undefined && isPlannable(e, ctx.rules) && ctx.rules.statusOf(e.id) !== "suspected",
  );
  if (named.length > 0) return named;
  const easy: readonly Pattern[] = ["decompression", "soft-tissue", "mobility", "conditioning"];
  return ranked(
    ctx.exercises
      .filter(
        (e) =>
          !easy.includes(e.pattern) &&
          gradeRank(e.grade) <= 1 &&
          (e.primaryMuscles.includes("lower-back") || e.pattern === "anti-lateral-flexion") &&
          isPlannable(e, ctx.rules),
      )
      .map((e) => ({ exercise: e, score: baseScore(e, ctx.rules) })),
  ).map((x) => x.exercise);
}

/**
 * Picks from ranked candidates for the n-th use of a slot in the week: rotates among those within the score band
 * of the best, skipping ids already used that day.
 */
export function pickRotating(
  candidates: readonly ScoredExercise[],
  occurrence: number,
  usedToday: ReadonlySet<string>,
): Exercise | undefined {
  const free = candidates.filter((c) => !usedToday.has(c.exercise.id));
  const best = free[0];
  if (!best) return undefined;
  const band = free.filter((c) => c.score <= best.score + ROTATION_BAND);
  return band[occurrence % band.length]?.exercise;
}

/** Picks a core exercise for a day, rotating through the three anti-movement patterns across the week. */
export function pickCore(
  candidates: readonly ScoredExercise[],
  dayIndex: number,
  usedToday: ReadonlySet<string>,
): Exercise | undefined {
  const order: Pattern[] = ["anti-extension", "anti-rotation", "anti-lateral-flexion"];
  for (let k = 0; k < order.length; k++) {
    const pattern = order[(dayIndex + k) % order.length];
    const hit = pickRotating(
      candidates.filter((c) => c.exercise.pattern === pattern),
      Math.floor(dayIndex / order.length),
      usedToday,
    );
    if (hit) return hit;
  }
  return pickRotating(candidates, dayIndex, usedToday);
}
