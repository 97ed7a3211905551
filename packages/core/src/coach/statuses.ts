/** T2 statuses of every exercise for a user: the one status function every rule uses, fed from the log. */
import { type ExerciseStats, statusMap, type TriggerStatus } from "../insights/index.js";
import type { CoachLog } from "./types.js";

/**
 * Exercise id -> status (named aggravating exercises count as triggers; cleared ones never do). `stats` are the T1
 * figures of the log's walk (`coachTriggerTimeline`) when the caller has them, so the walk is not made twice.
 */
export function coachStatuses(log: CoachLog, stats?: readonly ExerciseStats[]): Map<string, TriggerStatus> {
  const statuses = statusMap(
    stats ?? { sessions: log.sessions, sets: log.sets, checkins: log.checkins },
    { ...log.profile, retests: log.retests ?? [] },
    log.exercises,
  );
  for (const a of log.profile.aggravating) {
    if ("exerciseId" in a && !log.profile.cleared.includes(a.exerciseId)) statuses.set(a.exerciseId, "trigger");
  }
  return statuses;
}

/** A lookup function over a status map ("unknown" when the exercise has no record). */
export function statusLookup(statuses: Map<string, TriggerStatus>): (id: string) => TriggerStatus {
  return (id) => statuses.get(id) ?? "unknown";
}
