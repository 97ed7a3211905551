/** Plans and today (SPEC §5): the weekly plan, swaps that stick, and today's session adapted to the tier. */
import {
  PlanSwapError,
  planDayOn,
  recoverySession,
  swapInPlan,
  todaySession,
  type WeeklyPlan,
  zDay,
} from "@spotter/core";
import { currentPlan, updatePlan } from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import { ApiError } from "../errors.js";
import type { Routes } from "../routes.js";
import { loadUserLog } from "../services/log.js";
import { ensurePlan, makePlan, pickExercises, planChanges } from "../services/plan.js";
import { deloadFor, nextTargetsFor } from "../services/progression.js";
import { readinessFor } from "../services/readiness.js";
import { statusesOf, statusLookup } from "../services/statuses.js";
import { todayIn } from "../services/today.js";
import { jsonBody, queryOf } from "../validate.js";

const emptySchema = z.strictObject({});
const swapSchema = z.strictObject({
  dayIndex: z.int().min(0).max(6),
  fromExerciseId: z.string().min(1).max(100),
  toExerciseId: z.string().min(1).max(100),
});
const dayQuery = z.strictObject({ date: zDay.optional() });

/** Registers the plan and today routes. */
export function registerPlanRoutes(r: Routes, deps: Deps): void {
  const db = deps.db.kysely;

  r.route(
    {
      method: "post",
      path: "/plans",
      summary: "Make a new weekly plan from the profile (it becomes current)",
      tag: "plans",
      body: emptySchema,
      ok: [201, "the plan, with what changed"],
    },
    async (c) => {
      await jsonBody(c, emptySchema);
      const userId = c.get("userId");
      const before = await currentPlan<WeeklyPlan>(db, userId);
      const plan = await makePlan(deps, userId);
      return c.json({ ...plan, changes: planChanges(before?.plan, plan) }, 201);
    },
  );

  r.route({ method: "get", path: "/plans/current", summary: "The current weekly plan", tag: "plans" }, async (c) =>
    c.json(await ensurePlan(deps, c.get("userId"))),
  );

  r.route(
    {
      method: "post",
      path: "/plans/current/swap",
      summary: "Swap an exercise of a plan day for another; the swap is kept",
      tag: "plans",
      body: swapSchema,
    },
    async (c) => {
      const swap = await jsonBody(c, swapSchema);
      const userId = c.get("userId");
      const log = await loadUserLog(deps, userId);
      const plan = await ensurePlan(deps, userId, log);
      const { id, createdAt, ...weekly } = plan;
      let next: WeeklyPlan;
      try {
        next = swapInPlan(weekly, swap, {
          profile: log.profile,
          exercises: log.exercises,
          statusOf: statusLookup(statusesOf(log)),
        });
      } catch (e) {
        if (e instanceof PlanSwapError) throw new ApiError("VALIDATION_FAILED", e.message, e.details);
        throw e;
      }
      await updatePlan(db, userId, id, next);
      return c.json({ id, createdAt, ...next });
    },
  );

  r.route(
    {
      method: "get",
      path: "/today",
      summary: "Today's readiness and session, adapted to the tier (P5)",
      tag: "plans",
      query: dayQuery,
    },
    async (c) => {
      const userId = c.get("userId");
      const q = queryOf(c, dayQuery);
      const log = await loadUserLog(deps, userId);
      const date = q.date ?? todayIn(deps, log.profile.timeZone);
      const [plan, readiness] = await Promise.all([ensurePlan(deps, userId, log), readinessFor(deps, userId, date)]);
      const { id, createdAt, ...weekly } = plan;
      const statusOf = statusLookup(statusesOf(log));
      // M1 and O5 shape the day itself: exercises flagged for muscle guarding (a red outranks it, so nextTargets
      // only flags those without one) and the deload week's fewer sets.
      const planned = planDayOn(weekly, date);
      const plannedIds = [...new Set((planned?.blocks ?? []).flatMap((b) => b.items.map((i) => i.exerciseId)))];
      const plannedTargets = await nextTargetsFor(deps, userId, pickExercises(log.exercises, plannedIds), log);
      const guarding = plannedTargets.filter((t) => t.guarding).map((t) => t.exerciseId);
      const deload = await deloadFor(deps, userId, log, date);
      const today = todaySession({
        plan: weekly,
        date,
        readiness,
        profile: log.profile,
        exercises: log.exercises,
        statusOf,
        ...(guarding.length > 0 ? { guarding } : {}),
        ...(deload.due ? { deload: true } : {}),
      });
      // G3: a session of this day that started at pain 6 or more is the recovery session, whatever the plan says.
      const startedHigh = log.sessions.some((s) => s.date === date && s.recovery && !s.finishedAt);
      if (startedHigh && today.session && !today.session.recovery) {
        const recovery = recoverySession({ profile: log.profile, exercises: log.exercises, statusOf, tier: "R3" });
        today.session = {
          ...today.session,
          blocks: recovery.blocks,
          title: "Recovery session",
          recovery: true,
        };
        today.notes = [
          ...(today.notes ?? []),
          "You started today's session with pain of 6 or more, so it became a recovery session: gentle movement only.",
        ];
      }
      // The next targets travel with today's items (O1-O6): the load to use and why, per exercise.
      if (today.session) {
        const ids = [...new Set(today.session.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)))];
        const byId = new Map(plannedTargets.map((x) => [x.exerciseId, x]));
        const missing = ids.filter((x) => !byId.has(x));
        for (const x of await nextTargetsFor(deps, userId, pickExercises(log.exercises, missing), log)) {
          byId.set(x.exerciseId, x);
        }
        today.session = {
          ...today.session,
          blocks: today.session.blocks.map((b) => ({
            ...b,
            items: b.items.map((item) => {
              const next = byId.get(item.exerciseId);
              if (!next) return item;
              return {
                ...item,
                ...(next.loadKg !== null && item.loadKg === undefined ? { loadKg: next.loadKg } : {}),
                next: { decision: next.decision, why: next.why, ...(next.pending ? { pending: true } : {}) },
              };
            }),
          })),
        };
      }
      return c.json({ date, planId: id, ...today });
    },
  );
}
