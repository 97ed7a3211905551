/** T2 statuses of every exercise for a user: the coach facade's one status function, fed from the loaded log. */
import { coachStatuses, coachTriggerTimeline, statusLookup, type TriggerStatus } from "@spotter/core";
import { derivedFrom, type UserLog } from "./log.js";

/**
 * Exercise id -> status (named aggravating exercises count as triggers; cleared ones never do). Worked out once per
 * cached log (a walk of the whole log), so the plan kept in step and today's session share it; read-only.
 */
export function statusesOf(log: UserLog): Map<string, TriggerStatus> {
  return derivedFrom(log, "statuses", () => coachStatuses(log, [...triggerTimelineOf(log).stats.values()]));
}

/** T5's figures and test days of the cached log: the one walk the statuses and today's session both read. */
export function triggerTimelineOf(log: UserLog): ReturnType<typeof coachTriggerTimeline> {
  return derivedFrom(log, "trigger-timeline", () => coachTriggerTimeline(log));
}

export { statusLookup };
