/** Insights (SPEC §9): trigger statuses with their evidence, habit links, and trends. */
import {
  beltShare,
  beltShareWindow,
  type Checkin,
  datedSets,
  habitLinks,
  localDay,
  loggedTrainingMinutes,
  scoreFunctionCheck,
  trends,
  triggerInsights,
  waterTargetMl,
  zRangeFrom,
  zRangeTo,
} from "@spotter/core";
import { z } from "zod";
import type { Deps } from "../context.js";
import type { Routes } from "../routes.js";
import { loadUserLog } from "../services/log.js";
import { checkedRange } from "../services/today.js";
import { queryOf } from "../validate.js";

const rangeQuery = z.strictObject({ from: zRangeFrom.optional(), to: zRangeTo.optional() });

/** Registers the insights routes. */
export function registerInsightsRoutes(r: Routes, deps: Deps): void {
  r.route(
    {
      method: "get",
      path: "/insights/triggers",
      summary: "Every exercise's trigger status with its evidence",
      tag: "insights",
    },
    async (c) => {
      const log = await loadUserLog(deps, c.get("userId"));
      return c.json(
        triggerInsights(
          { sessions: log.sessions, sets: log.sets, checkins: log.checkins },
          log.profile,
          log.exercises,
          {
            includePatterns: true,
          },
        ),
      );
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
