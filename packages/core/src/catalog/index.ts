/** Exercise catalog (SPEC §3 C1-C6): data, grades, increments, name resolution and search. */
export { allExercises, CATALOG, exerciseById, toExercise } from "./catalog.js";
export { customExerciseToDef } from "./custom.js";
export { aggravatingDirections, DIRECTION_THRESHOLD, directionDemand, excludingDirection } from "./directions.js";
export { GRADE_CUTOFFS, gradeOf, gradeRank, SPINE_DEMAND_WEIGHTS, SUPPORT_CREDIT, spineLoadScore } from "./grade.js";
export {
  CARRY_STEP_METRES,
  CONDITIONING_STEP_METRES,
  EQUIPMENT_INCREMENTS,
  HOLD_STEP_SECONDS,
  type Increment,
  incrementFor,
  isLoaded,
  NO_INCREMENT,
  type NonLoadStep,
  nonLoadStepFor,
} from "./increments.js";
export {
  HIGH_ECCENTRIC_DOSE,
  HIGH_ECCENTRIC_IDS,
  isHighEccentric,
  LEVELS,
  type Level,
  levelOf,
  levelRank,
} from "./level.js";
export { isMuscle, MUSCLE_LABELS, MUSCLES, type Muscle, muscleLabel } from "./muscles.js";
export { nameKey, nameWords, resolveExerciseName } from "./names.js";
export { type ExerciseQuery, matchRank, searchExercises } from "./search.js";
