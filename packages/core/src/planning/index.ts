/** Planning (SPEC §5 P1-P5, §8 M1 alignment): the weekly plan, today's session, swaps and the recovery session. */

export { ALIGNMENT_IDS } from "./alignment.js";
export { BELT_CUE_MIN_SETS, blocksWithBeltCueIndex, withBeltCueIndex } from "./beltCue.js";
export { type BuildWeeklyPlanInput, buildWeeklyPlan, NO_BACK_CARE_REASON } from "./buildPlan.js";
export { isPlannable, type PlanExclusion, planExclusion } from "./eligibility.js";
export {
  BEGINNER_WEEKS,
  DEFAULT_GRADE_CEILING,
  type FitExclusion,
  fitExclusion,
  type PlanFit,
  type PlanHistory,
  planFitOf,
} from "./fit.js";
export { PLAN_GROUP_LABELS, PLAN_MUSCLE_GROUPS, type PlanMuscleGroup, planGroupsOf } from "./groups.js";
export { acceptStepUp, declineStepUp, stepUpProposalOn } from "./ladderStep.js";
export { BACK_CARE_IDS } from "./pick.js";
export { type PlanPin, pinStates } from "./pins.js";
export { adaptDayForR4, r4RirFloor, singleLimbShare } from "./r4.js";
export {
  HEAT_COLD_NOTES,
  isRecoveryExercise,
  RECOVERY_SESSION_IDS,
  type RecoverySessionInput,
  recoverySession,
} from "./recovery.js";
export { type PlanReturn, withReturns } from "./returns.js";
export { type PlanDayTemplate, planSplit } from "./splits.js";
export { applyStatusesToPlan, type PlanChange } from "./statuses.js";
export { type PlanSwap, PlanSwapError, swapInPlan } from "./swap.js";
export { PLAN_TIMING, planBlocksMinutes, planItemSeconds, planSetWorkSeconds } from "./timing.js";
export { planDayOn, type TodayAnswer, type TodaySessionBlocks, type TodaySessionInput, todaySession } from "./today.js";
export type {
  PlanBlock,
  PlanBlockKind,
  PlanDay,
  PlanExerciseStatus,
  PlanItem,
  PlanItemProposal,
  PlanPinState,
  PlanStatusOf,
  WeeklyPlan,
} from "./types.js";
export { PLAN_BLOCK_KINDS } from "./types.js";
export { planPushPullSets, planWeeklySets } from "./volume.js";
export { EVEN_TRAINING_DAYS, planWeekdays } from "./weekdays.js";
