/**
 * P8: the level of an exercise (beginner, intermediate, advanced) and the high-eccentric dose. A level comes from
 * the catalog entry when it names one, otherwise from one rule: Olympic lifts, kipping and high-eccentric moves are
 * advanced; grade C-D lifts (C2) are intermediate; grade A-B work is beginner. The named exceptions below are
 * skills the grade alone does not show (hanging, single-leg balance, bodyweight pulling).
 */
import type { ExerciseDef } from "../records/exercise.js";
import type { Experience } from "../records/vocab.js";
import { gradeOf } from "./grade.js";

/** An exercise's level: the same slugs as the profile's experience (API.md `level`). */
export type Level = Experience;

/** Levels, easiest first. */
export const LEVELS: readonly Level[] = ["beginner", "intermediate", "advanced"];

/** Position of a level, beginner = 0 .. advanced = 2. */
export function levelRank(l: Level): number {
  return LEVELS.indexOf(l);
}

/** High-eccentric moves (P8): advanced, and planned at a low dose only. */
export const HIGH_ECCENTRIC_IDS: ReadonlySet<string> = new Set(["nordic-curl", "glute-ham-raise"]);

/** P8 *default*: high-eccentric moves are planned at 2-3 sets of 3-6 reps, never 10-15. */
export const HIGH_ECCENTRIC_DOSE = { sets: [2, 3], reps: [3, 6] } as const;

/** Olympic lifts and their kettlebell cousins (fast pulls to the rack or overhead): advanced. */
const OLYMPIC = /\b(clean|snatch|jerk|long cycle)\b/i;
/** Kipping and other momentum gymnastics: advanced. */
const KIPPING = /\b(kipping|kip)\b/i;

/** Grade A-B exercises that still take a skill a beginner has not built yet. */
const INTERMEDIATE_IDS: ReadonlySet<string> = new Set([
  "pull-up",
  "chin-up",
  "chest-dip",
  "triceps-dip",
  "hanging-leg-raise",
  "ab-wheel-rollout",
  "cossack-squat",
  "single-leg-squat-to-box",
  "single-leg-rdl",
  "turkish-get-up",
  "kettlebell-windmill",
  "running",
]);

/** True for the high-eccentric moves of P8 (nordic curl and its kin). */
export function isHighEccentric(def: Pick<ExerciseDef, "id">): boolean {
  return HIGH_ECCENTRIC_IDS.has(def.id);
}

/** True when the name or an alias names an Olympic lift or a kipping movement. */
function isAdvancedByName(def: Pick<ExerciseDef, "name" | "aliases">): boolean {
  return [def.name, ...def.aliases].some((n) => OLYMPIC.test(n) || KIPPING.test(n));
}

/** P8: the level of a definition (its own when set, otherwise the rule above). */
export function levelOf(def: Pick<ExerciseDef, "id" | "name" | "aliases" | "load"> & { level?: Level }): Level {
  if (def.level !== undefined) return def.level;
  if (isHighEccentric(def) || isAdvancedByName(def)) return "advanced";
  if (INTERMEDIATE_IDS.has(def.id)) return "intermediate";
  const g = gradeOf(def.load);
  return g === "C" || g === "D" ? "intermediate" : "beginner";
}
