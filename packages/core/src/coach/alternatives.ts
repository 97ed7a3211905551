/** S1 alternatives for an exercise, for this user's triggers, equipment and a day's tier. */
import { aggravatingDirections } from "../catalog/index.js";
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
