/**
 * P7 blocks (new 2026-12): the main exercises stay the same through a block so that overload can build. A block is
 * 4 training weeks (*default*) followed by O5's deload week; after it a new plan is made from the profile, the log
 * (P6 start grades, P8 levels) and today's statuses. Within a block the plan changes only by a substitution, a
 * ladder step, a T5 separation or the user's swap (`planInStep`, the swap route).
 */
import type { TriggerStatus } from "../insights/index.js";
import type { WeeklyPlan } from "../planning/index.js";
import type { Profile } from "../records/profile.js";
import { addDays, localDay } from "../time.js";
import { newPlan, planInStep, planWeekIndex } from "./plan.js";
import { coachStatuses } from "./statuses.js";
import type { CoachLog, CoachPlan } from "./types.js";

/** P7: training weeks in a block (*default*), before O5's deload week. */
export const BLOCK_TRAINING_WEEKS = 4;

/** P7: weeks in a block: the training weeks and, when deloads are on, the deload week that closes it. */
export function blockWeeks(profile: Pick<Profile, "settings">): number {
  const every = profile.settings.deloadEveryWeeks;
  // The deload week closes the block (week 5 of 5 by default); a longer deload cycle makes a longer block.
  return every > 0 ? every : BLOCK_TRAINING_WEEKS;
}

/** P7: the last local day of the block that started with the plan made at `createdAtMs`. */
export function blockEndsOn(createdAtMs: number, profile: Pick<Profile, "settings" | "timeZone">): string {
  return addDays(localDay(createdAtMs, profile.timeZone), blockWeeks(profile) * 7 - 1);
}

/** P7: true when the block of a plan made at `createdAtMs` is over on the local day `day`. */
export function blockOver(createdAtMs: number, day: string, profile: Pick<Profile, "settings" | "timeZone">): boolean {
  return planWeekIndex(createdAtMs, day, profile.timeZone) > blockWeeks(profile);
}

/** The start of P7's sentence on a plan, so a renewed plan replaces it rather than adding a second. */
export const BLOCK_NOTE_START = "This block runs until";

function formatDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[m - 1]} ${y}`;
}

/** P7: the plan with one sentence saying when its block ends and why its main exercises stay the same. */
export function withBlockNote(
  plan: WeeklyPlan,
  createdAtMs: number,
  profile: Pick<Profile, "settings" | "timeZone">,
): WeeklyPlan {
  const ends = formatDay(blockEndsOn(createdAtMs, profile));
  const last = profile.settings.deloadEveryWeeks > 0 ? ", its last week a lighter one" : "";
  const note = `${BLOCK_NOTE_START} ${ends}${last}: the main exercises stay the same through it so the loads can build, then a new block begins.`;
  return { ...plan, reasons: [...plan.reasons.filter((r) => !r.startsWith(BLOCK_NOTE_START)), note] };
}

/** The plan to coach from on a day, and whether a new block began with it. */
export interface PlanForDay {
  plan: CoachPlan;
  /** True when the stored plan's block was over and this is the next block's plan (store it as a new plan). */
  renewed: boolean;
}

/**
 * P7: the plan for a day: at the end of a block, the next block's plan, made now; otherwise the stored plan kept
 * in step with today's statuses. The server stores a renewed plan as a new plan; the cohort keeps it in memory.
 */
export function planForDay(
  stored: CoachPlan,
  log: CoachLog,
  nowMs: number,
  statuses: Map<string, TriggerStatus> = coachStatuses(log),
): PlanForDay {
  const today = localDay(nowMs, log.profile.timeZone);
  if (blockOver(stored.createdAtMs, today, log.profile)) {
    const plan = withBlockNote(planInStep(newPlan(log, statuses), log, statuses, nowMs), nowMs, log.profile);
    return { plan: { plan, createdAtMs: nowMs }, renewed: true };
  }
  return {
    plan: { plan: planInStep(stored.plan, log, statuses, nowMs), createdAtMs: stored.createdAtMs },
    renewed: false,
  };
}
