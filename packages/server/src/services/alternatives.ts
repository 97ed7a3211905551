/** S1 alternatives for an exercise: loads the log and today's tier, and asks the coach facade (`alternativesOf`). */
import { type Alternative, alternativesOf, type Exercise, type Tier } from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog } from "./log.js";
import { readinessFor } from "./readiness.js";
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
  const tier = opts.tier ?? (await readinessFor(deps, userId, todayIn(deps, log.profile.timeZone), log)).tier;
  return alternativesOf(log, exercise, reason, {
    tier,
    day: todayIn(deps, log.profile.timeZone),
    ...(opts.limit ? { limit: opts.limit } : {}),
    ...(opts.sidesteps ? { sidesteps: true } : {}),
  });
}
