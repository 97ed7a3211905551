/**
 * Next targets per exercise (SPEC §7 O1-O6, §8 M1): loads the log and the plan's age, and asks the coach facade
 * (`nextTargetsOf`, `deloadOn`), which adds the deload week, the stand-in (O4) and the substitute for a trigger.
 */
import {
  coachReadiness,
  type DeloadDecision,
  deloadOn,
  type Exercise,
  localDay,
  type NextTargetsAnswer,
  nextTargetsOf,
  pausedForTest,
  type SessionWithSets,
  separationOnPlanDay,
  targetsAfterSession,
  type WeeklyPlan,
} from "@spotter/core";
import { currentPlan } from "@spotter/db";
import type { Deps } from "../context.js";
import { loadUserLog, type UserLog } from "./log.js";

export type { NextTargetsAnswer };

async function planCreatedAtMs(deps: Deps, userId: string): Promise<number | null> {
  const plan = await currentPlan(deps.db.kysely, userId);
  return plan ? plan.createdAt : null;
}

/** The plan's age and items: the deload week (O5) and each item's rep range, seconds and fixed dose (O1). */
async function planContext(deps: Deps, userId: string): Promise<{ planCreatedAtMs: number | null; plan?: WeeklyPlan }> {
  const plan = await currentPlan<WeeklyPlan>(deps.db.kysely, userId);
  return plan ? { planCreatedAtMs: plan.createdAt, plan: plan.plan } : { planCreatedAtMs: null };
}

/**
 * O5: whether the week of a local day (default: the user's today) is a deload week: the plan's week (every 5th by
 * default) or a pain rise.
 */
export async function deloadFor(deps: Deps, userId: string, log?: UserLog, day?: string): Promise<DeloadDecision> {
  const data = log ?? (await loadUserLog(deps, userId));
  const today = day ?? localDay(deps.now(), data.profile.timeZone);
  return deloadOn(data, await planCreatedAtMs(deps, userId), today);
}

/** The next targets of some exercises, from one load of the log. */
export async function nextTargetsFor(
  deps: Deps,
  userId: string,
  exercises: Exercise[],
  log?: UserLog,
): Promise<NextTargetsAnswer[]> {
  const data = log ?? (await loadUserLog(deps, userId));
  const ctx = await planContext(deps, userId);
  const answers = nextTargetsOf(data, exercises, { nowMs: deps.now(), ...ctx });
  if (!ctx.plan) return answers;
  // T5: an exercise paused by today's test answers hold with the why; the suspect under test keeps its load.
  const today = localDay(deps.now(), data.profile.timeZone);
  const separation = separationOnPlanDay(data, ctx.plan, today, coachReadiness(data, today));
  return answers.map((a) => pausedForTest(a, separation, data));
}

/** The next targets for each exercise of a finished session. */
export async function progressionAfter(
  deps: Deps,
  userId: string,
  session: SessionWithSets,
): Promise<NextTargetsAnswer[]> {
  const log = await loadUserLog(deps, userId);
  return targetsAfterSession(log, session, { nowMs: deps.now(), ...(await planContext(deps, userId)) });
}
