/**
 * P4: what the plan may use. An exercise is out when its T2 status is trigger (unless the user cleared it), when
 * the user named it or its pattern as aggravating, or when it needs equipment the user lacks ("none" means
 * bodyweight and is always available). Triggers found by Spotter are per exercise, never per pattern.
 */
import { aggravatingDirections, excludingDirection } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { Direction, Equipment, Pattern } from "../records/vocab.js";
import type { PlanStatusOf } from "./types.js";

/** Why an exercise cannot be planned, or null when it can. */
export type PlanExclusion =
  | "trigger"
  | "aggravating-exercise"
  | "aggravating-pattern"
  | "aggravating-direction"
  | "equipment";

/** What the eligibility rules read. */
export interface PlanRules {
  profile: Pick<Profile, "equipment" | "aggravating" | "cleared"> & {
    settings?: Pick<Profile["settings"], "directionThreshold">;
  };
  statusOf: PlanStatusOf;
}

/** The user's equipment with bodyweight always included. */
export function planEquipment(profile: Pick<Profile, "equipment">): Equipment[] {
  const set = new Set<Equipment>(profile.equipment);
  set.add("none");
  return [...set].sort();
}

/** True when the user has everything the exercise needs. */
export function hasEquipmentFor(ex: Pick<Exercise, "equipment">, equipment: readonly Equipment[]): boolean {
  return ex.equipment.every((e) => e === "none" || equipment.includes(e));
}

/** Exercise ids the user named as aggravating. */
export function aggravatingExerciseIds(profile: Pick<Profile, "aggravating">): Set<string> {
  const out = new Set<string>();
  for (const a of profile.aggravating) if ("exerciseId" in a) out.add(a.exerciseId);
  return out;
}

/** Patterns the user named as aggravating (the whole pattern is out). */
export function aggravatingPatterns(profile: Pick<Profile, "aggravating">): Set<Pattern> {
  const out = new Set<Pattern>();
  for (const a of profile.aggravating) if ("pattern" in a) out.add(a.pattern);
  return out;
}

/** True when the exercise is a trigger the user has not overruled. */
export function isActiveTrigger(id: string, rules: PlanRules): boolean {
  return rules.statusOf(id) === "trigger" && !rules.profile.cleared.includes(id);
}

/** Why the exercise is excluded from planning (first reason that applies), or null when it may be planned. */
export function planExclusion(
  ex: Pick<Exercise, "id" | "pattern" | "equipment" | "load">,
  rules: PlanRules,
): PlanExclusion | null {
  if (aggravatingPatterns(rules.profile).has(ex.pattern)) return "aggravating-pattern";
  if (aggravatingExerciseIds(rules.profile).has(ex.id)) return "aggravating-exercise";
  if (directionOut(ex, rules) !== null) return "aggravating-direction";
  if (isActiveTrigger(ex.id, rules)) return "trigger";
  if (!hasEquipmentFor(ex, planEquipment(rules.profile))) return "equipment";
  return null;
}

/** P9: the aggravating direction that keeps the exercise out of the plan, or null. */
export function directionOut(ex: Pick<Exercise, "load">, rules: PlanRules): Direction | null {
  const dirs = aggravatingDirections(rules.profile.aggravating);
  if (dirs.size === 0) return null;
  return excludingDirection(ex.load, dirs, rules.profile.settings?.directionThreshold);
}

/** True when the exercise may be planned. */
export function isPlannable(ex: Pick<Exercise, "id" | "pattern" | "equipment" | "load">, rules: PlanRules): boolean {
  return planExclusion(ex, rules) === null;
}
