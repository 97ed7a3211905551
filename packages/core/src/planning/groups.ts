/**
 * The muscle groups the plan counts weekly sets for (P3, P4), and the body-region and push/pull tests it uses.
 * A set counts once for every group among the exercise's primary muscles; secondary muscles do not count, which
 * keeps the count conservative (documented in docs/evidence/planning.md).
 */
import type { Exercise } from "../records/exercise.js";
import type { Pattern } from "../records/vocab.js";

/** Groups with a weekly set target. `core` is abs and obliques plus every anti-movement exercise. */
export const PLAN_MUSCLE_GROUPS = ["glutes", "core", "quads", "hamstrings", "chest", "back", "shoulders"] as const;

/** One counted muscle group. */
export type PlanMuscleGroup = (typeof PLAN_MUSCLE_GROUPS)[number];

/** The groups P3 compares glutes and core against ("the other muscle groups"). */
export const PLAN_OTHER_GROUPS: readonly PlanMuscleGroup[] = ["quads", "hamstrings", "chest", "back", "shoulders"];

/** Plain names of the groups, for shortfalls and reasons. */
export const PLAN_GROUP_LABELS: Record<PlanMuscleGroup, string> = {
  glutes: "Glutes",
  core: "Core",
  quads: "Quads",
  hamstrings: "Hamstrings",
  chest: "Chest",
  back: "Lats and upper back",
  shoulders: "Shoulders",
};

/** The three anti-movement patterns P3 asks for in every session. */
export const CORE_ANTI_PATTERNS: readonly Pattern[] = ["anti-extension", "anti-rotation", "anti-lateral-flexion"];

const LOWER_PATTERNS: readonly Pattern[] = [
  "squat",
  "hinge",
  "lunge",
  "hip-extension",
  "knee-extension",
  "knee-flexion",
];
const LOWER_MUSCLES = ["glutes", "quads", "hamstrings", "adductors", "calves"];
const PUSH_PATTERNS: readonly Pattern[] = ["horizontal-push", "vertical-push"];
const PULL_PATTERNS: readonly Pattern[] = ["horizontal-pull", "vertical-pull"];

/** The counted groups one set of the exercise adds to. */
export function planGroupsOf(ex: Pick<Exercise, "pattern" | "primaryMuscles">): PlanMuscleGroup[] {
  const p = ex.primaryMuscles;
  const out: PlanMuscleGroup[] = [];
  if (p.includes("glutes")) out.push("glutes");
  if (CORE_ANTI_PATTERNS.includes(ex.pattern) || p.includes("abs") || p.includes("obliques")) out.push("core");
  if (p.includes("quads")) out.push("quads");
  if (p.includes("hamstrings")) out.push("hamstrings");
  if (p.includes("chest")) out.push("chest");
  if (p.includes("lats") || p.includes("upper-back")) out.push("back");
  if (p.includes("shoulders")) out.push("shoulders");
  return out;
}

/** True for work the body's lower half does (the R4 single-limb share counts these sets). */
export function isLowerBody(ex: Pick<Exercise, "pattern" | "primaryMuscles">): boolean {
  if (LOWER_PATTERNS.includes(ex.pattern)) return true;
  return ex.pattern === "isolation" && ex.primaryMuscles.every((m) => LOWER_MUSCLES.includes(m));
}

/** True for a pressing pattern. */
export function isPush(ex: Pick<Exercise, "pattern">): boolean {
  return PUSH_PATTERNS.includes(ex.pattern);
}

/** True for a pulling pattern. */
export function isPull(ex: Pick<Exercise, "pattern">): boolean {
  return PULL_PATTERNS.includes(ex.pattern);
}

/** True for an anti-movement core exercise (P3). */
export function isCoreAntiMovement(ex: Pick<Exercise, "pattern">): boolean {
  return CORE_ANTI_PATTERNS.includes(ex.pattern);
}

/** True for a glute exercise (P3): glutes among the primary muscles, outside the easy recovery patterns. */
export function isGluteExercise(ex: Pick<Exercise, "pattern" | "primaryMuscles">): boolean {
  return ex.primaryMuscles.includes("glutes") && !["mobility", "soft-tissue", "conditioning"].includes(ex.pattern);
}
