/**
 * The weekly plan (SPEC §5): made from the profile, kept in step with the trigger statuses so a new trigger is
 * substituted from the next session on (P4, T2) without rewriting the rest, and the deload week from its age (O5).
 */
import type { TriggerStatus } from "../insights/index.js";
import { applyStatusesToPlan, buildWeeklyPlan, type WeeklyPlan } from "../planning/index.js";
import { type DeloadDecision, deloadDue } from "../progression/index.js";
import { daysBetween, localDay } from "../time.js";
import { SEPARATION_NOTE_START, separationPlanNote } from "./separation.js";
import { coachStatuses, statusLookup } from "./statuses.js";
import type { CoachLog } from "./types.js";

/** A new weekly plan from the profile and today's statuses. */
export function newPlan(log: CoachLog, statuses: Map<string, TriggerStatus> = coachStatuses(log)): WeeklyPlan {
  return buildWeeklyPlan({ profile: log.profile, exercises: log.exercises, statusOf: statusLookup(statuses) });
}

/** The stored plan with today's statuses applied (a new trigger substituted, a cleared one back). */
export function planInStep(
  plan: WeeklyPlan,
  log: CoachLog,
  statuses: Map<string, TriggerStatus> = coachStatuses(log),
): WeeklyPlan {
  const inStep = applyStatusesToPlan(plan, statusLookup(statuses), { profile: log.profile, exercises: log.exercises });
  // T5: one calm sentence on the plan while suspects that share a day are being told apart.
  const note = separationPlanNote(inStep, statuses, log);
  const reasons = inStep.reasons.filter((r) => !r.startsWith(SEPARATION_NOTE_START));
  return { ...inStep, reasons: note ? [...reasons, note] : reasons };
}

/** The plan's week that a local day falls in, 1 for the week it was made (1 when there is no plan). */
export function planWeekIndex(planCreatedAtMs: number | null, day: string, timeZone: string): number {
  if (planCreatedAtMs === null) return 1;
  return Math.floor(daysBetween(localDay(planCreatedAtMs, timeZone), day) / 7) + 1;
}

/** O5: whether the week of a local day is a deload week: the plan's week (every 5th by default) or a pain rise. */
export function deloadOn(log: CoachLog, planCreatedAtMs: number | null, day: string): DeloadDecision {
  return deloadDue({
    weekIndex: planWeekIndex(planCreatedAtMs, day, log.profile.timeZone),
    everyWeeks: log.profile.settings.deloadEveryWeeks,
    checkins: log.checkins,
    today: day,
  });
}
