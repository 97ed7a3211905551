/**
 * S1/S3: ranked alternatives to an exercise for a user's triggers, equipment and tier. Pure and deterministic:
 * the same input always gives the same list, ties broken by id.
 */
import { excludingDirection, gradeRank, SUPPORT_CREDIT, spineLoadScore } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Direction, Equipment, Grade, Pattern, Tier } from "../records/vocab.js";
import { GUIDE_SUBSTITUTIONS } from "./guide.js";
import { whyLine } from "./why.js";

/** Why an alternative is wanted: a found trigger, pain during the exercise, or missing equipment. */
export type AlternativeReason = "trigger" | "pain" | "equipment";

/** Everything rankAlternatives needs to know about the user and the day. */
export interface AlternativeContext {
  /** The exercises to choose from: the built-in catalog plus the user's custom ones. */
  catalog: readonly Exercise[];
  /** Exercise ids never to offer: triggers and the user's aggravating exercises. */
  excluded: ReadonlySet<string>;
  /** Patterns the user excluded as aggravating. */
  excludedPatterns: ReadonlySet<Pattern>;
  /** P9: directions the user named as aggravating; exercises at or above the threshold in one are never offered. */
  excludedDirections?: ReadonlySet<Direction>;
  /** P9 threshold (default 2). */
  directionThreshold?: number;
  /** Equipment the user has ("none", bodyweight, is always available). */
  equipment: readonly Equipment[];
  /** Today's readiness tier: under R4 single-limb alternatives come first. */
  tier: Tier;
  reason: AlternativeReason;
  /** Answer at most this many (all when absent). */
  limit?: number;
  /**
   * Also answer same-grade stand-ins that spare the spine no more, ranked after every S1 alternative. Only the plan
   * asks for them (P4: a trigger at grade A with full support has no S1 alternative, and dropping it would leave a
   * muscle untrained); the API's alternatives never include them.
   */
  sidesteps?: boolean;
}

/** One ranked alternative, as `GET /exercises/:id/alternatives` answers it. */
export interface Alternative {
  exercise: Exercise;
  why: string;
  gradeFrom: Grade;
  gradeTo: Grade;
}

/** Patterns that are recovery work, not training: they only stand in for each other. */
const RECOVERY_PATTERNS: ReadonlySet<Pattern> = new Set(["decompression", "soft-tissue", "mobility", "conditioning"]);

/** "Same pattern" counts only where the pattern says something about the muscles trained. */
const CATCH_ALL_PATTERNS: ReadonlySet<Pattern> = new Set(["isolation"]);

/** True when the user has every piece of equipment the exercise needs. */
export function hasEquipmentFor(ex: Pick<Exercise, "equipment">, equipment: readonly Equipment[]): boolean {
  return ex.equipment.every((e) => e === "none" || equipment.includes(e));
}

/** True when `to` trains what `from` trains: a shared primary muscle, or the same (specific) pattern. */
function isRelated(from: Exercise, to: Exercise): boolean {
  if (RECOVERY_PATTERNS.has(from.pattern) !== RECOVERY_PATTERNS.has(to.pattern)) return false;
  if (from.primaryMuscles.some((m) => to.primaryMuscles.includes(m))) return true;
  return from.pattern === to.pattern && !CATCH_ALL_PATTERNS.has(from.pattern);
}

/** S1's own test: `to` has a lower spine-load grade than `from`, or more support (pad, bench, machine path). */
export function sparesSpine(from: Exercise, to: Exercise): boolean {
  return (
    gradeRank(to.grade) < gradeRank(from.grade) || SUPPORT_CREDIT[to.load.support] > SUPPORT_CREDIT[from.load.support]
  );
}

/** True when the exercise moves external load (a bodyweight drill is a weak stand-in for a loaded lift). */
function isLoadedEx(e: Exercise): boolean {
  return e.loaded ?? e.increment.kg > 0;
}

/**
 * How good an alternative `to` is for `from`; higher is better. Similarity (shared primary muscles, helpers, shared
 * equipment, same pattern) and sparing the spine (grade steps, support, any lower load) add up; replacing a loaded lift with an
 * unloaded drill, or (for missing equipment) a worse grade, costs. The weights are our judgement, tuned so the
 * guide's examples read right; the hard rules are filters in rankAlternatives, not weights.
 */
function score(from: Exercise, to: Exercise): number {
  const shared = from.primaryMuscles.filter((m) => to.primaryMuscles.includes(m)).length;
  // Muscle lists hold no duplicates, so the union's size needs no Set.
  const union = from.primaryMuscles.length + to.primaryMuscles.length - shared;
  const helper = from.primaryMuscles.filter((m) => to.secondaryMuscles.includes(m)).length;
  const sameHelpers = from.secondaryMuscles.filter((m) => to.secondaryMuscles.includes(m)).length;
  const sameKit = from.equipment.filter((e) => e !== "none" && to.equipment.includes(e)).length;
  const similarity =
    (4 * shared) / union + 0.5 * helper + 0.25 * sameHelpers + 0.25 * sameKit + (to.pattern === from.pattern ? 3 : 0);
  const steps = gradeRank(from.grade) - gradeRank(to.grade);
  const support = SUPPORT_CREDIT[to.load.support] - SUPPORT_CREDIT[from.load.support];
  const lighter = spineLoadScore(to.load) < spineLoadScore(from.load);
  const spine = 1.5 * Math.max(0, steps) + 0.25 * support + (sparesSpine(from, to) || lighter ? 1 : 0);
  const costs = (isLoadedEx(from) && !isLoadedEx(to) ? 2 : 0) + 3 * Math.max(0, -steps) + (to.custom ? 0.1 : 0);
  return similarity + spine - costs;
}

/** A stable split: single-limb exercises first, each half in its given order (R4 prefers single-limb work). */
function singleLimbFirst<T extends { ex: Exercise }>(list: readonly T[]): T[] {
  return [
    ...list.filter((x) => x.ex.laterality === "unilateral"),
    ...list.filter((x) => x.ex.laterality !== "unilateral"),
  ];
}

/**
 * S1: alternatives to `exercise`, best first. Every one trains the same primary muscles or pattern, is neither
 * excluded nor from an excluded pattern, and needs only equipment the user has. For a trigger or pain each has a
 * lower spine-load grade or more support than the original (SPEC S1's wording) and never a worse grade; the guide's
 * own mappings (S3) always count, since the SPEC names them (the upright pad keeps grade A but takes load off the
 * back). For missing equipment the point is different kit, so a grade may be at most one step worse.
 *
 * Order: the guide's mappings (S3) first in their order, then the rest by score. Under R4 single-limb work comes
 * first inside each of those two groups, so the guide's mappings stay on top in every tier while a single-limb one
 * leads them (back squat under R4: Bulgarian split squat, then the Smith machine squat and the upright leg press).
 */
export function rankAlternatives(exercise: Exercise, ctx: AlternativeContext): Alternative[] {
  const guide = GUIDE_SUBSTITUTIONS[exercise.id] ?? [];
  const fromRank = gradeRank(exercise.grade);
  const scored: { ex: Exercise; guideAt: number; sidestep: boolean; s: number }[] = [];
  for (const to of ctx.catalog) {
    if (to.id === exercise.id || ctx.excluded.has(to.id) || ctx.excludedPatterns.has(to.pattern)) continue;
    if (!hasEquipmentFor(to, ctx.equipment)) continue;
    // P9: an excluded S3 mapping is skipped, so the next one leads.
    if (ctx.excludedDirections && excludingDirection(to.load, ctx.excludedDirections, ctx.directionThreshold)) continue;
    const guideAt = guide.indexOf(to.id);
    if (guideAt < 0 && !isRelated(exercise, to)) continue;
    const toRank = gradeRank(to.grade);
    let sidestep = false;
    if (ctx.reason === "equipment") {
      if (toRank > fromRank + 1) continue;
    } else {
      if (toRank > fromRank) continue;
      if (guideAt < 0 && !sparesSpine(exercise, to)) {
        if (ctx.sidesteps !== true) continue;
        sidestep = true;
      }
    }
    scored.push({ ex: to, guideAt, sidestep, s: score(exercise, to) });
  }
  scored.sort(
    (a, b) =>
      (a.guideAt < 0 ? 1 : 0) - (b.guideAt < 0 ? 1 : 0) ||
      a.guideAt - b.guideAt ||
      Number(a.sidestep) - Number(b.sidestep) ||
      b.s - a.s ||
      (a.ex.id < b.ex.id ? -1 : a.ex.id > b.ex.id ? 1 : 0),
  );
  const guided = scored.filter((x) => x.guideAt >= 0);
  const rest = scored.filter((x) => x.guideAt < 0);
  const r4 = ctx.tier === "R4";
  let ordered = [...(r4 ? singleLimbFirst(guided) : guided), ...(r4 ? singleLimbFirst(rest) : rest)].map((x) => x.ex);
  if (ctx.limit !== undefined) ordered = ordered.slice(0, Math.max(0, ctx.limit));
  return ordered.map((to) => ({
    exercise: to,
    why: whyLine(exercise, to, ctx.reason),
    gradeFrom: exercise.grade,
    gradeTo: to.grade,
  }));
}
