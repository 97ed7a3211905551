/** Plans and today (SPEC §5): the weekly plan, swaps that stick, and today's session adapted to the tier. */
import {
  acceptStepUp,
  declineStepUp,
  PlanSwapError,
  planHistoryOf,
  stepUpOffered,
  stepUpProposalOn,
  swapInPlan,
  type WeeklyPlan,
  zQueryDay,
  zTextField,
} from "@spotter/core";
import { currentPlan, updatePlan } from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import { ApiError } from "../errors.js";
import type { Routes } from "../routes.js";
import { loadUserLog } from "../services/log.js";
import { ensurePlan, makePlan, planChanges, shownPlan } from "../services/plan.js";
import { readinessFor } from "../services/readiness.js";
import { statusesOf, statusLookup } from "../services/statuses.js";
import { todayIn } from "../services/today.js";
import { todayAnswerFor } from "../services/todayAnswer.js";
import { jsonBody, queryOf } from "../validate.js";

const emptySchema = z.strictObject({});
const swapSchema = z.strictObject({
  dayIndex: z.int().min(0).max(6),
  fromExerciseId: zTextField("id", { min: 1 }),
  toExerciseId: zTextField("id", { min: 1 }),
});
const dayQuery = z.strictObject({ date: zQueryDay.optional() });

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
      const log = await loadUserLog(deps, userId);
      const plan = shownPlan(deps, await makePlan(deps, userId, log), log);
      return c.json({ ...plan, changes: planChanges(before?.plan, plan) }, 201);
    },
  );

  r.route({ method: "get", path: "/plans/current", summary: "The current weekly plan", tag: "plans" }, async (c) => {
    const log = await loadUserLog(deps, c.get("userId"));
    return c.json(shownPlan(deps, await ensurePlan(deps, c.get("userId"), log), log));
  });

  r.route(
    {
      method: "post",
      path: "/plans/current/swap",
      summary:
        "Swap an exercise of a plan day for another; the swap is kept. Swapping to a proposed step up (P6) takes it on every day; swapping an exercise for itself declines its proposal",
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
      // P6: a step-up proposal is accepted by swapping to it (every day of the block takes the step) and declined
      // by swapping the exercise for itself (kept, and not proposed again this block).
      const statuses = statusesOf(log);
      const onToday = async () => {
        const readiness = await readinessFor(deps, userId, todayIn(deps, log.profile.timeZone));
        const weeksLogged = planHistoryOf(log, statuses).weeksLogged;
        return stepUpOffered(log, swap.fromExerciseId, {
          statuses,
          nowMs: deps.now(),
          tier: readiness.tier,
          weeksLogged,
        });
      };
      const ctx = { profile: log.profile, exercises: log.exercises, statusOf: statusLookup(statuses) };
      const proposed = stepUpProposalOn(weekly, swap.dayIndex, swap.fromExerciseId) ?? (await onToday());
      try {
        if (proposed !== undefined && swap.toExerciseId === proposed) {
          next = acceptStepUp(weekly, swap.fromExerciseId, proposed, ctx);
        } else if (proposed !== undefined && swap.toExerciseId === swap.fromExerciseId) {
          next = declineStepUp(weekly, swap.fromExerciseId, proposed);
        } else {
          next = swapInPlan(weekly, swap, ctx);
        }
      } catch (e) {
        if (e instanceof PlanSwapError) throw new ApiError("VALIDATION_FAILED", e.message, e.details);
        throw e;
      }
      await updatePlan(db, userId, id, next);
      return c.json(shownPlan(deps, { id, createdAt, ...next }, log));
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
      const q = queryOf(c, dayQuery);
      return c.json(await todayAnswerFor(deps, c.get("userId"), q.date));
    },
  );
}
