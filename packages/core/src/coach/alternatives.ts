/** S1 alternatives for an exercise, for this user's triggers, equipment and a day's tier. */
import { aggravatingDirections } from "../catalog/index.js";
import { restrictedIdsOn } from "../clearance/index.js";
import type { TriggerStatus } from "../insights/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Pattern, Tier } from "../records/vocab.js";
import { type Alternative, type AlternativeReason, rankAlternatives } from "../substitution/index.js";
import { coachStatuses } from "./statuses.js";
import type { CoachLog } from "./types.js";

/** Options of `alternativesOf`. */
export interface AlternativesOptions {
  tier: Tier;
  limit?: number;
  sidesteps?: boolean;
  /** The statuses when the caller has them already. */
  statuses?: Map<string, TriggerStatus>;
  /** The local day asked for (X5 rules of that day); the log's latest day when absent. */
  day?: string;
}

/** Alternatives best first, in the API's shape `{exercise, why, gradeFrom, gradeTo}`. */
export function alternativesOf(
  log: CoachLog,
  exercise: Exercise,
  reason: AlternativeReason,
  opts: AlternativesOptions,
): Alternative[] {
  const statuses = opts.statuses ?? coachStatuses(log);
  const { tier } = opts;
  const excluded = new Set<string>();
  for (const [id, status] of statuses) {
    // Under modified training suspected triggers are left out too (R4).
    if (status === "trigger" || (tier === "R4" && status === "suspected")) excluded.add(id);
  }
  // X5: what the clinician's rules keep out is never offered.
  for (const id of restrictedIdsOn(log, opts.day ?? latestDayOf(log))) excluded.add(id);
  const excludedPatterns = new Set<Pattern>();
  for (const a of log.profile.aggravating) if ("pattern" in a) excludedPatterns.add(a.pattern);
  const rank = (sidesteps: boolean) =>
    rankAlternatives(exercise, {
      catalog: log.exercises,
      excluded,
      excludedPatterns,
      excludedDirections: aggravatingDirections(log.profile.aggravating),
      directionThreshold: log.profile.settings.directionThreshold,
      equipment: log.profile.equipment,
      tier,
      reason,
      ...(opts.limit ? { limit: opts.limit } : {}),
      ...(sidesteps ? { sidesteps: true } : {}),
    });
  const strict = rank(opts.sidesteps === true);
  // A grade-A exercise on a pad or machine has nothing gentler; then the user still gets same-grade options for the
  // same muscles (never a worse grade) rather than an empty list at the moment a set hurt or a swap is wanted.
  return strict.length > 0 || reason === "equipment" ? strict : rank(true);
}

/** The log's latest day (a session's or a check-in's), for callers that name no day. */
function latestDayOf(log: CoachLog): string {
  let day = "1900-01-01";
  for (const s of log.sessions) if (s.date > day) day = s.date;
  for (const c of log.checkins) if (c.date > day) day = c.date;
  return day;
}
