/**
 * S1/S3: ranked alternatives to an exercise for a user's triggers, equipment and tier. Pure and deterministic:
 * the same input always gives the same list, ties broken by id.
 */
import { gradeRank, SUPPORT_CREDIT, spineLoadScore } from "../catalog/grade.js";
import type { Exercise } from "../records/exercise.js";
import type { Equipment, Grade, Pattern, Tier } from "../records/vocab.js";
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
  /** Equipment the user has ("none", bodyweight, is always available). */
  equipment: readonly Equipment[];
  /** Today's readiness tier: under R4 single-limb alternatives come first. */
  tier: Tier;
  reason: AlternativeReason;
  /** Answer at most this many (all when absent). */
  limit?: number;
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

/** True when `to` spares the spine compared with `from`: a lower grade, more support, or a lower score. */
function sparesSpine(from: Exercise, to: Exercise): boolean {
  return (
    gradeRank(to.grade) < gradeRank(from.grade) ||
    SUPPORT_CREDIT[to.load.support] > SUPPORT_CREDIT[from.load.support] ||
    spineLoadScore(to.load) < spineLoadScore(from.load)
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
  const spine = 1.5 * Math.max(0, steps) + 0.25 * support + (sparesSpine(from, to) ? 1 : 0);
  const costs = (isLoadedEx(from) && !isLoadedEx(to) ? 2 : 0) + 3 * Math.max(0, -steps) + (to.custom ? 0.1 : 0);
  return similarity + spine - costs;
}

/**
 * S1: alternatives to `exercise`, best first. Every one trains the same primary muscles or pattern, is neither
 * excluded nor from an excluded pattern, needs only equipment the user has, and for a trigger or pain never has a
 * worse grade than the original; those that spare the spine (a lower grade, more support, a lower load score) rank
 * above sidesteps at the same load. For missing equipment a grade may be at most one step worse. The guide's mappings (S3) come first in their order; under R4 single-limb alternatives come first, the
 * order otherwise kept.
 */
export function rankAlternatives(exercise: Exercise, ctx: AlternativeContext): Alternative[] {
  const guide = GUIDE_SUBSTITUTIONS[exercise.id] ?? [];
  const fromRank = gradeRank(exercise.grade);
  const scored: { ex: Exercise; guideAt: number; s: number }[] = [];
  for (const to of ctx.catalog) {
    if (to.id === exercise.id || ctx.excluded.has(to.id) || ctx.excludedPatterns.has(to.pattern)) continue;
    if (!hasEquipmentFor(to, ctx.equipment)) continue;
    const guideAt = guide.indexOf(to.id);
    if (guideAt < 0 && !isRelated(exercise, to)) continue;
    const toRank = gradeRank(to.grade);
    if (ctx.reason === "equipment" ? toRank > fromRank + 1 : toRank > fromRank) continue;
    scored.push({ ex: to, guideAt, s: score(exercise, to) });
  }
  scored.sort(
    (a, b) =>
      // The guide's mappings first, in their order.
      (a.guideAt < 0 ? 1 : 0) - (b.guideAt < 0 ? 1 : 0) ||
      a.guideAt - b.guideAt ||
      b.s - a.s ||
      (a.ex.id < b.ex.id ? -1 : a.ex.id > b.ex.id ? 1 : 0),
  );
  let ordered = scored.map((x) => x.ex);
  if (ctx.tier === "R4") {
    // R4 prefers single-limb work: a stable partition keeps every other preference inside each half.
    ordered = [
      ...ordered.filter((e) => e.laterality === "unilateral"),
      ...ordered.filter((e) => e.laterality !== "unilateral"),
    ];
  }
  if (ctx.limit !== undefined) ordered = ordered.slice(0, Math.max(0, ctx.limit));
  return ordered.map((to) => ({
    exercise: to,
    why: whyLine(exercise, to, ctx.reason),
    gradeFrom: exercise.grade,
    gradeTo: to.grade,
  }));
}
