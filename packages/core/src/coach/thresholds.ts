/**
 * S0.5 (revised 2026-12): every threshold that raises or lowers load, changes a status or locks training, with the
 * rule it belongs to. Each must have an entry under its rule id in docs/EVIDENCE.md ("Thresholds", with its source
 * and the strength of that source); `thresholds.test.ts` checks that it does.
 */

import { TRIGGER_RULES } from "../insights/index.js";
import {
  CALM_MAX_PAIN,
  CARRY_TOP_METRES,
  DELOAD_LOAD_FACTOR,
  DELOAD_PAIN_RISE,
  DELOAD_VOLUME_FACTOR,
  DISTANCE_STEP_METRES,
  HOLD_PROGRESSION_SECONDS,
  MAX_INCREASE_SHARE,
  MORNING_RED_REDUCTION_SHARE,
  PAIN_RISE_AMBER,
  PENDING_HOURS,
  RAMP_STEP_SHARE,
  RED_REDUCTION_SHARE,
  RETURN_FACTOR_LONG,
  RETURN_FACTOR_SHORT,
  RETURN_GAP_LONG_DAYS,
  RETURN_GAP_SHORT_DAYS,
  STEP_UP_GREEN_SESSIONS,
  TIGHT_RISE_HOLDS,
} from "../progression/index.js";
import {
  LINGERING_PAIN_RISE,
  NO_IMPROVEMENT_LOOKBACK_DAYS,
  NO_IMPROVEMENT_MIN_AVERAGE,
  NO_IMPROVEMENT_MIN_CHECKINS,
  PAIN_HIGH_FROM,
  PAIN_MODERATE_FROM,
  REVIEW_EVERY_DAYS,
} from "../readiness/index.js";
import {
  BELT_SHARE_WARN,
  BELT_THRESHOLD_PCT,
  BELT_TOP_SET_RPE,
  PAIN_RISE_KEEP,
  PAIN_RISE_WITHIN,
  RECOVERY_START_PAIN,
} from "../session/index.js";

/** One threshold: its rule id, its name in the code and its value. */
export interface Threshold {
  rule: string;
  name: string;
  value: number;
}

/** S0.5: the thresholds that raise or lower load, change a status or lock training. */
export const THRESHOLDS: readonly Threshold[] = [
  { rule: "R3", name: "PAIN_HIGH_FROM", value: PAIN_HIGH_FROM },
  { rule: "R3", name: "LINGERING_PAIN_RISE", value: LINGERING_PAIN_RISE },
  { rule: "R4", name: "PAIN_MODERATE_FROM", value: PAIN_MODERATE_FROM },
  { rule: "R6", name: "NO_IMPROVEMENT_MIN_AVERAGE", value: NO_IMPROVEMENT_MIN_AVERAGE },
  { rule: "R6", name: "NO_IMPROVEMENT_LOOKBACK_DAYS", value: NO_IMPROVEMENT_LOOKBACK_DAYS },
  { rule: "R6", name: "NO_IMPROVEMENT_MIN_CHECKINS", value: NO_IMPROVEMENT_MIN_CHECKINS },
  { rule: "R6", name: "REVIEW_EVERY_DAYS", value: REVIEW_EVERY_DAYS },
  { rule: "G3", name: "RECOVERY_START_PAIN", value: RECOVERY_START_PAIN },
  { rule: "G3", name: "PAIN_RISE_WITHIN", value: PAIN_RISE_WITHIN },
  { rule: "G3", name: "PAIN_RISE_KEEP", value: PAIN_RISE_KEEP.least },
  { rule: "G4", name: "BELT_THRESHOLD_PCT", value: BELT_THRESHOLD_PCT },
  { rule: "G4", name: "BELT_TOP_SET_RPE", value: BELT_TOP_SET_RPE },
  { rule: "G4", name: "BELT_SHARE_WARN", value: BELT_SHARE_WARN },
  { rule: "O1", name: "MAX_INCREASE_SHARE", value: MAX_INCREASE_SHARE },
  { rule: "O1", name: "HOLD_PROGRESSION_SECONDS", value: HOLD_PROGRESSION_SECONDS },
  { rule: "O1", name: "DISTANCE_STEP_METRES", value: DISTANCE_STEP_METRES },
  { rule: "O1", name: "CARRY_TOP_METRES", value: CARRY_TOP_METRES },
  { rule: "O2", name: "CALM_MAX_PAIN", value: CALM_MAX_PAIN },
  { rule: "O2", name: "PAIN_RISE_AMBER", value: PAIN_RISE_AMBER },
  { rule: "O2", name: "PENDING_HOURS", value: PENDING_HOURS },
  { rule: "O3", name: "TIGHT_RISE_HOLDS", value: TIGHT_RISE_HOLDS },
  { rule: "O3", name: "RED_REDUCTION_SHARE", value: RED_REDUCTION_SHARE },
  { rule: "O3", name: "MORNING_RED_REDUCTION_SHARE", value: MORNING_RED_REDUCTION_SHARE },
  { rule: "O4", name: "STEP_UP_GREEN_SESSIONS", value: STEP_UP_GREEN_SESSIONS },
  { rule: "O5", name: "DELOAD_LOAD_FACTOR", value: DELOAD_LOAD_FACTOR },
  { rule: "O5", name: "DELOAD_VOLUME_FACTOR", value: DELOAD_VOLUME_FACTOR },
  { rule: "O5", name: "DELOAD_PAIN_RISE", value: DELOAD_PAIN_RISE },
  { rule: "O7", name: "RETURN_GAP_SHORT_DAYS", value: RETURN_GAP_SHORT_DAYS },
  { rule: "O7", name: "RETURN_GAP_LONG_DAYS", value: RETURN_GAP_LONG_DAYS },
  { rule: "O7", name: "RETURN_FACTOR_SHORT", value: RETURN_FACTOR_SHORT },
  { rule: "O7", name: "RETURN_FACTOR_LONG", value: RETURN_FACTOR_LONG },
  { rule: "O7", name: "RAMP_STEP_SHARE", value: RAMP_STEP_SHARE },
  { rule: "T2", name: "TRIGGER_RULES.toleratedMaxPain", value: TRIGGER_RULES.toleratedMaxPain },
  { rule: "T2", name: "TRIGGER_RULES.triggerChange", value: TRIGGER_RULES.triggerChange },
];
