/** The built-in catalog (C1, C5) and the lookups over it; custom exercises (C6) come in as an extra list. */
import type { Exercise, ExerciseDef } from "../records/exercise.js";
import { ACCESSORY_EXERCISES } from "./exercises/accessories.js";
import { ARM_EXERCISES } from "./exercises/arms.js";
import { CONDITIONING_EXERCISES } from "./exercises/conditioning.js";
import { CORE_EXERCISES } from "./exercises/core.js";
import { GLUTE_EXERCISES } from "./exercises/glute.js";
import { HINGE_EXERCISES } from "./exercises/hinge.js";
import { LEG_EXERCISES } from "./exercises/legs.js";
import { LUNGE_EXERCISES } from "./exercises/lunge.js";
import { MOBILITY_EXERCISES } from "./exercises/mobility.js";
import { OLYMPIC_EXERCISES } from "./exercises/olympic.js";
import { PULL_EXERCISES } from "./exercises/pull.js";
import { PUSH_EXERCISES } from "./exercises/push.js";
import { RECOVERY_EXERCISES } from "./exercises/recovery.js";
import { SHOULDER_EXERCISES } from "./exercises/shoulders.js";
import { SQUAT_EXERCISES } from "./exercises/squat.js";
import { VARIANT_EXERCISES } from "./exercises/variants.js";
import { gradeOf } from "./grade.js";
import { incrementFor } from "./increments.js";
import { levelOf } from "./level.js";

/** Every built-in exercise definition, grouped by pattern family. */
export const CATALOG: readonly ExerciseDef[] = [
  ...SQUAT_EXERCISES,
  ...HINGE_EXERCISES,
  ...GLUTE_EXERCISES,
  ...LUNGE_EXERCISES,
  ...PUSH_EXERCISES,
  ...PULL_EXERCISES,
  ...SHOULDER_EXERCISES,
  ...ARM_EXERCISES,
  ...LEG_EXERCISES,
  ...CORE_EXERCISES,
  ...RECOVERY_EXERCISES,
  ...MOBILITY_EXERCISES,
  // Grown for imports (issue 17): the rest of Strong's and Hevy's built-in lists. Last, so that the entries above
  // keep every name they answered to before.
  ...VARIANT_EXERCISES,
  ...OLYMPIC_EXERCISES,
  ...ACCESSORY_EXERCISES,
  ...CONDITIONING_EXERCISES,
];

/** An exercise as the API answers it: the definition plus its grade (C2), increment (C4) and origin. */
export function toExercise(def: ExerciseDef, custom = false): Exercise {
  return { ...def, grade: gradeOf(def.load), level: levelOf(def), increment: incrementFor(def), custom };
}

let builtIn: readonly Exercise[] | null = null;
let byId: Map<string, Exercise> | null = null;

/** The built-in catalog as Exercises, computed once (the data never changes at run time). */
function builtInExercises(): readonly Exercise[] {
  if (builtIn === null) builtIn = CATALOG.map((d) => toExercise(d, false));
  return builtIn;
}

/** True when `x` already carries a grade (an Exercise rather than a bare definition). */
function isExercise(x: ExerciseDef | Exercise): x is Exercise {
  return "grade" in x && "custom" in x;
}

/** Custom entries as Exercises (definitions are graded and marked custom). */
function customExercises(extra: readonly (ExerciseDef | Exercise)[]): Exercise[] {
  return extra.map((x) => (isExercise(x) ? { ...x, level: x.level ?? levelOf(x) } : toExercise(x, true)));
}

/** Every exercise: the built-in catalog followed by the user's custom ones (C6). Fresh copies each call. */
export function allExercises(extra: readonly (ExerciseDef | Exercise)[] = []): Exercise[] {
  return [...builtInExercises().map((e) => structuredClone(e)), ...customExercises(extra)];
}

/** One exercise by id, built-in first, then the extra (custom) list; undefined when unknown. */
export function exerciseById(id: string, extra: readonly (ExerciseDef | Exercise)[] = []): Exercise | undefined {
  if (byId === null) byId = new Map(builtInExercises().map((e) => [e.id, e]));
  const hit = byId.get(id);
  if (hit) return structuredClone(hit);
  const custom = extra.find((x) => x.id === id);
  return custom ? customExercises([custom])[0] : undefined;
}
