/** Insights (SPEC §9): trigger statuses with their evidence, habit links, and trends. */
import {
  beltShare,
  beltShareWindow,
  type Checkin,
  datedSets,
  habitLinks,
  localDay,
  loggedTrainingMinutes,
  retestOffers,
  scoreFunctionCheck,
  type TriggerInsight,
  trends,
  triggerInsights,
  waterTargetMl,
  zRangeFrom,
  zRangeTo,
} from "@spotter/core";
import { getProfile, insertRetestDecision, logVersion } from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import { ApiError, notFound } from "../errors.js";
import type { Routes } from "../routes.js";
import { buildStamp, keptAnswer, keptIsFresh } from "../services/derived.js";
import { derivedFrom, loadUserLog, type UserLog } from "../services/log.js";
import { checkedRange, todayIn } from "../services/today.js";
import { jsonBody, pathParam, queryOf } from "../validate.js";

const rangeQuery = z.strictObject({ from: zRangeFrom.optional(), to: zRangeTo.optional() });
const retestBody = z.strictObject({ accept: z.boolean() });

/** The trigger list with each entry's T5/T6 test, re-test offers worked out for the user's today. */
export function triggerListOf(deps: Deps, log: UserLog): TriggerInsight[] {
  const today = todayIn(deps, log.profile.timeZone);
  // Kept with the cached log until its next write: a five-year log takes hundreds of milliseconds to go through.
  return derivedFrom(log, `triggers:${today}`, () => {
    const offers = retestOffers(log, today).map((o) => o.exerciseId);
    return triggerInsights(
      { sessions: log.sessions, sets: log.sets, checkins: log.checkins },
      { ...log.profile, retests: log.retests },
      log.exercises,
      { includePatterns: true, retestOffers: offers },
    );
  });
}

async function triggerKeyOf(deps: Deps, userId: string): Promise<{ version: number; key: string }> {
  const db = deps.db.kysely;
  const version = await logVersion(db, userId);
  const today = todayIn(deps, (await getProfile(db, userId)).timeZone);
  return { version, key: `${buildStamp()}|log ${version}|today ${today}` };
}

/** True when the user's trigger list would be answered from the kept row (the start-up warm-up skips such users). */
export async function triggersAreKept(deps: Deps, userId: string): Promise<boolean> {
  return keptIsFresh(deps, userId, "triggers", (await triggerKeyOf(deps, userId)).key);
}

/**
 * GET /insights/triggers' answer, kept in the database under the log version, the user's today and the build
 * (services/derived.ts), so the first call after a restart is a row read. The list reads nothing else: no plan, and
 * no clock but the day.
 */
export async function keptTriggerList(deps: Deps, userId: string): Promise<TriggerInsight[]> {
  const { version, key } = await triggerKeyOf(deps, userId);
  return keptAnswer(deps, userId, "triggers", key, async () => {
    const log = await loadUserLog(deps, userId);
    const list = triggerListOf(deps, log);
    // Keyed by the day the list was worked out for, in case midnight passed while the log loaded.
    return {
      value: list,
      key: `${buildStamp()}|log ${version}|today ${todayIn(deps, log.profile.timeZone)}`,
      validUntil: null,
    };
  });
}

/** Registers the insights routes. */
export function registerInsightsRoutes(r: Routes, deps: Deps): void {
  r.route(
    {
      method: "get",
      path: "/insights/triggers",
      summary: "Every exercise's trigger status with its evidence",
      tag: "insights",
    },
    async (c) => c.json(await keptTriggerList(deps, c.get("userId"))),
  );

  r.route(
    {
      method: "post",
      path: "/insights/triggers/:exerciseId/retest",
      summary: "Accept or decline the re-test of a trigger Spotter found (SPEC T6)",
      tag: "insights",
      body: retestBody,
      ok: [200, "the trigger-list entry with its re-test planned or declined"],
    },
    async (c) => {
      const userId = c.get("userId");
      const exerciseId = pathParam(c, "exerciseId");
      const { accept } = await jsonBody(c, retestBody);
      const log = await loadUserLog(deps, userId);
      const entry = triggerListOf(deps, log).find(
        (t) => "exerciseId" in t.subject && t.subject.exerciseId === exerciseId,
      );
      if (!entry || entry.status !== "trigger") throw notFound("trigger");
      // T6: only triggers Spotter found are re-tested; the user's own word on an aggravating exercise stands.
      if (entry.source === "named")
        throw new ApiError("CONFLICT", "You named this exercise as aggravating, so Spotter does not re-test it.", [
          { path: "exerciseId", message: "named as aggravating" },
        ]);
      if (accept && entry.test?.state !== "offered")
        throw new ApiError("CONFLICT", "A re-test of this exercise is not offered now.", [
          { path: "accept", message: "not offered now" },
        ]);
      const date = todayIn(deps, log.profile.timeZone);
      await insertRetestDecision(deps.db.kysely, userId, { id: deps.newId(), exerciseId, accept, date }, deps.now());
      const after = await loadUserLog(deps, userId);
      const updated = triggerListOf(deps, after).find(
        (t) => "exerciseId" in t.subject && t.subject.exerciseId === exerciseId,
      );
      return c.json(updated ?? entry);
    },
  );

  r.route(
    {
      method: "get",
      path: "/insights/habits",
      summary: "Habit links, worded as associations (after 30 days of check-ins)",
      tag: "insights",
    },
    async (c) => {
      const log = await loadUserLog(deps, c.get("userId"));
      // The water target of a past day counts the training logged on it (N1).
      const sessionsByDay = new Map<string, typeof log.sessions>();
      for (const s of log.sessions) sessionsByDay.set(s.date, [...(sessionsByDay.get(s.date) ?? []), s]);
      const targetOn = (day: string) =>
        waterTargetMl({
          bodyWeightKg: log.profile.bodyWeightKg,
          sex: log.profile.sex,
          trainingHours: loggedTrainingMinutes(sessionsByDay.get(day) ?? []) / 60,
          mlPerKg: log.profile.settings.waterMlPerKg,
        });
      return c.json(habitLinks({ checkins: log.checkins, daily: log.daily, waterTargetMl: targetOn }));
    },
  );

  r.route(
    {
      method: "get",
      path: "/insights/trends",
      summary: "Pain averages, volume per muscle, e1RM per exercise, belt share",
      tag: "insights",
      query: rangeQuery,
    },
    async (c) => {
      const q = queryOf(c, rangeQuery);
      const log = await loadUserLog(deps, c.get("userId"));
      const today = localDay(deps.now(), log.profile.timeZone);
      const { from, to } = checkedRange(q, today, { defaultDays: 90 });
      const belt4Weeks = beltShare(
        datedSets(log.sessions),
        new Map(log.exercises.map((e) => [e.id, e])),
        beltShareWindow(today),
      );
      return c.json({
        belt4Weeks,
        ...trends({
          from,
          to,
          sessions: log.sessions,
          sets: log.sets,
          checkins: log.checkins,
          exercises: log.exercises,
          functionScore: (c) => scoreFunctionCheck((c as { function?: Checkin["function"] }).function).score,
        }),
      });
    },
  );
}
