/**
 * The coach: one pure facade over the coaching rules, called by the server's services and by the cohort benchmark
 * alike, so the benchmark measures exactly what the app runs. Inputs are the user's log, the stored plan and the
 * clock; nothing here reads a database or the time.
 */
export { type AlternativesOptions, alternativesOf } from "./alternatives.js";
export { coachAnswerTurnsAt } from "./answerTurns.js";
export {
  BLOCK_NOTE_START,
  BLOCK_TRAINING_WEEKS,
  blockEndsOn,
  blockOver,
  blockWeeks,
  type PlanForDay,
  planForDay,
  withBlockNote,
} from "./blocks.js";
export { type GuidanceAnswer, type SetGuidanceContext, setGuidanceOf } from "./guidance.js";
export {
  deloadDayOf,
  deloadOn,
  newPlan,
  planHistoryOf,
  planInStep,
  planWeekIndex,
  START_GRADE_WINDOW_DAYS,
} from "./plan.js";
export { coachReadiness, type TrainingLockAnswer, trainingLockOf } from "./readiness.js";
export { calmStretch, RETEST_RULES, type RetestOffer, retestOffers } from "./retest.js";
export { applyRetests, type RetestDue, retestsDueToday } from "./retestToday.js";
export {
  applySeparation,
  coachTriggerStats,
  coachTriggerTimeline,
  frozenForTest,
  pauseDaysOf,
  pausedForTest,
  SEPARATION_MAX_PAUSE_DAYS,
  SEPARATION_NOTE_START,
  type Separation,
  separationFor,
  separationOnPlanDay,
} from "./separation.js";
export { coachStatuses, statusLookup } from "./statuses.js";
export {
  dayWithStepUps,
  planWithStepUps,
  readyToStepUp,
  STEP_UP_FIRST_RIR,
  STEP_UP_MAX_TIGHT,
  type StepUpContext,
  stepUpOffered,
  stepUpTarget,
} from "./stepUp.js";
export {
  type NextTargetsAnswer,
  nextTargetsOf,
  standInFor,
  type TargetsContext,
  targetsAfterSession,
} from "./targets.js";
export { THRESHOLDS, type Threshold } from "./thresholds.js";
export { type CoachTodayInput, coachToday, type TodayItem } from "./today.js";
export type { CoachLog, CoachPlan } from "./types.js";
