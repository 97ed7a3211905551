/**
 * The weekly plan (SPEC §5): made from the profile, kept in step with the trigger statuses so a new trigger is
 * substituted from the next session on (P4, T2) without rewriting the rest, and the deload week from its age (O5).
 */

import { gradeRank } from "../catalog/index.js";
import type { TriggerStatus } from "../insights/index.js";
import {
  applyStatusesToPlan,
  blocksWithBeltCueIndex,
  buildWeeklyPlan,
  type PlanHistory,
  pinStates,
  type WeeklyPlan,
  withReturns,
} from "../planning/index.js";
import { type DeloadDecision, deloadDue } from "../progression/index.js";
import type { Grade, Pattern } from "../records/vocab.js";
import { addDays, daysBetween, localDay, weekdayOf } from "../time.js";
import { retestReturns } from "./retestReturn.js";
import { coachTriggerStats, SEPARATION_NOTE_START, separationPlanNote } from "./separation.js";
import { arrangeSeparation } from "./separationMoves.js";
import { coachStatuses, statusLookup } from "./statuses.js";
import { planWithStepUps } from "./stepUp.js";
import type { CoachLog } from "./types.js";

/** P6 look-back for start grades: the last 8 weeks of the log. */
export const START_GRADE_WINDOW_DAYS = 56;

/** The Monday of a local day's week. */
function mondayOf(day: string): string {
  const order = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  return addDays(day, -order.indexOf(weekdayOf(day)));
}

/**
 * P6/P8: what the log says about the person: different weeks with a session (imports included), and per pattern the
 * highest grade of working sets in the 8 weeks up to the last session, leaving out exercises now trigger or suspected.
 */
export function planHistoryOf(log: CoachLog, statuses: Map<string, TriggerStatus> = coachStatuses(log)): PlanHistory {
  const tz = log.profile.timeZone;
  const days = log.sessions.map((s) => localDay(Date.parse(s.startedAt), tz)).sort();
  const weeks = new Set(days.map(mondayOf));
  const last = days.at(-1);
  const trainedGrades: Partial<Record<Pattern, Grade>> = {};
  if (last !== undefined) {
    const from = addDays(last, -(START_GRADE_WINDOW_DAYS - 1));
    const byId = new Map(log.exercises.map((e) => [e.id, e]));
    const recent = new Set(log.sessions.filter((s) => localDay(Date.parse(s.startedAt), tz) >= from).map((s) => s.id));
    for (const set of log.sets) {
      if (!recent.has(set.sessionId) || set.warmup) continue;
      const st = statuses.get(set.exerciseId);
      if (st === "trigger" || st === "suspected") continue;
      const ex = byId.get(set.exerciseId);
      if (!ex) continue;
      const had = trainedGrades[ex.pattern];
      if (had === undefined || gradeRank(ex.grade) > gradeRank(had)) trainedGrades[ex.pattern] = ex.grade;
    }
  }
  return { weeksLogged: weeks.size, trainedGrades };
}

/** A new weekly plan from the profile, the log's history (P6, P8) and today's statuses. */
export function newPlan(log: CoachLog, statuses: Map<string, TriggerStatus> = coachStatuses(log)): WeeklyPlan {
  return buildWeeklyPlan({
    profile: log.profile,
    exercises: log.exercises,
    statusOf: statusLookup(statuses),
    history: planHistoryOf(log, statuses),
  });
}

/**
 * The stored plan with today's statuses applied (a new trigger substituted, a re-tested one back after two passes). Given the clock,
 * main items also carry P6's step-up proposals as they stand now (never grade D here: that needs an R5 day).
 */
export function planInStep(
  plan: WeeklyPlan,
  log: CoachLog,
  statuses: Map<string, TriggerStatus> = coachStatuses(log),
  nowMs?: number,
): WeeklyPlan {
  const statusOf = statusLookup(statuses);
  const ctx = { profile: log.profile, exercises: log.exercises };
  // T6: an exercise that passed both re-tests takes its place back from its stand-in (once per block).
  const applied = withReturns(applyStatusesToPlan(plan, statusOf, ctx), retestReturns(log, statuses), {
    ...ctx,
    statusOf,
  });
  // T5: a suspect sharing its day moves to a day of tolerated lifts when one has room (back once decided), and the
  // plan says so in one calm sentence while suspects are being told apart.
  const inStep = separationArranged(applied, statuses, log);
  const note = separationPlanNote(inStep, statuses, log);
  const reasons = inStep.reasons.filter((r) => !r.startsWith(SEPARATION_NOTE_START));
  const { pins: _old, ...rest } = inStep;
  // P6: pins are answered as they stand today (a pin added or cleared since the plan was made shows at once).
  const pins = pinStates(log.profile, inStep, log.exercises, { profile: log.profile, statusOf });
  // G4: plans stored before the cue became a set index carry `true`; every cue is the index of the last set.
  const days = rest.days.map((d) => ({ ...d, blocks: blocksWithBeltCueIndex(d.blocks) }));
  const out = {
    ...rest,
    days,
    reasons: note ? [...reasons, note] : reasons,
    ...(pins.length > 0 ? { pins } : {}),
  };
  if (nowMs === undefined) return out;
  return planWithStepUps(out, log, { statuses, nowMs, weeksLogged: planHistoryOf(log, statuses).weeksLogged });
}

/** T5's moves applied; the trigger walk runs only when the plan holds a suspect or a moved item. */
function separationArranged(plan: WeeklyPlan, statuses: Map<string, TriggerStatus>, log: CoachLog): WeeklyPlan {
  const items = plan.days.flatMap((d) => d.blocks.flatMap((b) => b.items));
  if (!items.some((i) => i.testMovedFrom !== undefined || statuses.get(i.exerciseId) === "suspected")) return plan;
  return arrangeSeparation(plan, {
    statuses,
    stats: coachTriggerStats(log),
    exercises: log.exercises,
    sessionMinutes: log.profile.sessionMinutes,
  });
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

/**
 * O5: whether a local day fell in a deload week, for the week after it (`deloadReturn`): a deload day of the current
 * plan (its every-5th week or a pain rise), or, before the plan was made, the week just before it, which closed the
 * block before (P7 makes the next plan when a block's deload week is over). That week is a guess for a plan made for
 * another reason; `deloadReturn` only acts on sessions there that were lighter, went well and were no O7 return.
 */
export function deloadDayOf(log: CoachLog, planCreatedAtMs: number | null): (day: string) => boolean {
  const start = planCreatedAtMs === null ? null : localDay(planCreatedAtMs, log.profile.timeZone);
  const closingWeek = start !== null && log.profile.settings.deloadEveryWeeks > 0 ? addDays(start, -7) : null;
  const known = new Map<string, boolean>();
  return (day) => {
    let due = known.get(day);
    if (due === undefined) {
      due =
        (closingWeek !== null && start !== null && day >= closingWeek && day < start) ||
        deloadOn(log, planCreatedAtMs, day).due;
      known.set(day, due);
    }
    return due;
  };
}
