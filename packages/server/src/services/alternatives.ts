/** S1 alternatives for an exercise, for this user's triggers, equipment and today's tier. */
import { type Alternative, type Exercise, type Pattern, rankAlternatives, type Tier } from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog } from "./log.js";
import { readinessFor } from "./readiness.js";
import { statusesOf } from "./statuses.js";
import { todayIn } from "./today.js";

/** Alternatives best first, in the API's shape `{exercise, why, gradeFrom, gradeTo}`. */
export async function alternativesFor(
  deps: Deps,
  userId: string,
  exercise: Exercise,
  reason: "trigger" | "pain" | "equipment",
  opts: { tier?: Tier; limit?: number; sidesteps?: boolean } = {},
): Promise<Alternative[]> {
  const log = await loadUserLog(deps, userId);
  const statuses = statusesOf(log);
  const tier = opts.tier ?? (await readinessFor(deps, userId, todayIn(deps, log.profile.timeZone), log)).tier;
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
