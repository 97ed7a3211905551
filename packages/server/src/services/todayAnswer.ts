/**
 * GET /today's answer, kept in the database under what it was computed from (services/derived.ts): the log version,
 * the stored plan's text, the day asked for and the user's today. A kept answer is one row read, so the first call
 * after a restart costs what any call costs; a miss computes it from the cached log as before.
 */
import { coachAnswerTurnsAt, coachToday, type TodayAnswer } from "@spotter/core";
import { currentPlanText, getProfile, logVersion } from "@spotter/db";
import type { Deps } from "../context.js";
import { buildStamp, keptAnswer, keptIsFresh, textStamp } from "./derived.js";
import { loadUserLog } from "./log.js";
import { ensurePlan } from "./plan.js";
import { readinessFor } from "./readiness.js";
import { statusesOf, triggerTimelineOf } from "./statuses.js";
import { assertQueryDay, todayIn } from "./today.js";

/** GET /today's body: the day, the plan's id and today's session. */
export type TodayResponse = { date: string; planId: string } & TodayAnswer;

const planKey = (plan: { id: string; createdAt: number; text: string } | undefined) =>
  plan ? `${plan.id}@${plan.createdAt}#${textStamp(plan.text)}` : "no-plan";

const todayKey = (version: number, plan: string, date: string, localToday: string) =>
  `${buildStamp()}|log ${version}|plan ${plan}|${date}|today ${localToday}`;

/** What a GET /today reads before its answer: the log version, the days and the key of what a kept answer must match. */
async function todayKeyOf(deps: Deps, userId: string, day?: string) {
  const db = deps.db.kysely;
  // The version first: whatever is read after it is at least that new, so a key never claims more than was read.
  const version = await logVersion(db, userId);
  const profile = await getProfile(db, userId);
  const localToday = todayIn(deps, profile.timeZone);
  const date = day ?? localToday;
  assertQueryDay(localToday, date);
  const stored = await currentPlanText(db, userId);
  const key = todayKey(
    version,
    planKey(stored && { id: stored.id, createdAt: stored.createdAt, text: stored.data }),
    date,
    localToday,
  );
  return { version, localToday, date, key };
}

/** True when the user's GET /today would be answered from the kept row (the start-up warm-up skips such users). */
export async function todayIsKept(deps: Deps, userId: string): Promise<boolean> {
  return keptIsFresh(deps, userId, "today", (await todayKeyOf(deps, userId)).key);
}

/** Today's readiness and session for a local day (default: the user's today), kept while nothing it read changed. */
export async function todayAnswerFor(deps: Deps, userId: string, day?: string): Promise<TodayResponse> {
  const { version, localToday, date, key: keyNow } = await todayKeyOf(deps, userId, day);
  return keptAnswer(deps, userId, "today", keyNow, async () => {
    const log = await loadUserLog(deps, userId);
    const nowMs = deps.now();
    const [plan, readiness] = await Promise.all([ensurePlan(deps, userId, log), readinessFor(deps, userId, date, log)]);
    const { id, createdAt, ...weekly } = plan;
    const createdAtMs = Date.parse(createdAt);
    const statuses = statusesOf(log);
    const timeline = triggerTimelineOf(log);
    const today = coachToday({ log, plan: { plan: weekly, createdAtMs }, date, readiness, nowMs, statuses, timeline });
    // Keyed by the plan it used (after any renewal or status update ensurePlan stored), not a later read.
    const key = todayKey(
      version,
      planKey({ id, createdAt: createdAtMs, text: JSON.stringify(weekly) }),
      date,
      localToday,
    );
    return {
      value: { date, planId: id, ...today },
      key,
      validUntil: coachAnswerTurnsAt(log, nowMs),
      // One row per user: the user's today, which the app asks for, not a day browsed to.
      keep: date === localToday,
    };
  });
}
