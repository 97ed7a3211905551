/** R7: the inflammatory back pain screen (`GET` the latest answer and its outcome, `POST` a new answer). */
import { inflammatoryDue, inflammatoryOutcome, inflammatoryScreenInputSchema } from "@spotter/core";
import { insertScreen } from "@spotter/db";
import type { Deps } from "../context.js";
import type { Routes } from "../routes.js";
import { loadUserLog } from "../services/log.js";
import { inflammatoryScreensOf } from "../services/readiness.js";
import { todayIn } from "../services/today.js";
import { jsonBody } from "../validate.js";

/** Registers the screen routes. */
export function registerScreenRoutes(r: Routes, deps: Deps): void {
  const answer = async (userId: string) => {
    const log = await loadUserLog(deps, userId);
    const today = todayIn(deps, log.profile.timeZone);
    const screens = inflammatoryScreensOf(log);
    const latest = screens.at(-1) ?? null;
    const outcome = latest ? inflammatoryOutcome(latest) : null;
    return {
      latest,
      outcome: {
        due: inflammatoryDue(screens, today),
        count: outcome?.count ?? 0,
        ...(outcome?.advice ? { advice: outcome.advice } : {}),
      },
    };
  };

  r.route(
    {
      method: "get",
      path: "/screens/inflammatory",
      summary: "The latest inflammatory back pain screen and its outcome (R7)",
      tag: "readiness",
    },
    async (c) => c.json(await answer(c.get("userId"))),
  );

  r.route(
    {
      method: "post",
      path: "/screens/inflammatory",
      summary: "Answer the inflammatory back pain screen (R7); never locks training",
      tag: "readiness",
      body: inflammatoryScreenInputSchema,
      ok: [201, "the screen and its outcome"],
    },
    async (c) => {
      const input = await jsonBody(c, inflammatoryScreenInputSchema);
      const userId = c.get("userId");
      const log = await loadUserLog(deps, userId);
      const now = deps.now();
      await insertScreen(deps.db.kysely, userId, {
        id: deps.newId(),
        kind: "inflammatory",
        date: todayIn(deps, log.profile.timeZone),
        answers: input,
        createdAt: new Date(now).toISOString(),
      });
      return c.json(await answer(userId), 201);
    },
  );
}
