/** T2 statuses of every exercise for a user: the coach facade's one status function, fed from the loaded log. */
import { coachStatuses, statusLookup, type TriggerStatus } from "@spotter/core";
import type { UserLog } from "./log.js";

/** Exercise id -> status (named aggravating exercises count as triggers; cleared ones never do). */
export function statusesOf(log: UserLog): Map<string, TriggerStatus> {
  return coachStatuses(log);
}

export { statusLookup };
