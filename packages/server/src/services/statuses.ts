/** T2 statuses of every exercise for a user: the coach facade's one status function, fed from the loaded log. */
import { coachStatuses, statusLookup, type TriggerStatus } from "@spotter/core";
import { derivedFrom, type UserLog } from "./log.js";

/**
 * Exercise id -> status (named aggravating exercises count as triggers; cleared ones never do). Worked out once per
 * cached log (a walk of the whole log), so the plan kept in step and today's session share it; read-only.
 */
export function statusesOf(log: UserLog): Map<string, TriggerStatus> {
  return derivedFrom(log, "statuses", () => coachStatuses(log));
}

export { statusLookup };
