/** Readiness for a day and professional clearances (SPEC §2). */
import { clearanceInputSchema, zQueryDay } from "@spotter/core";
import { getProfile, insertClearance, saveProfile } from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import type { Routes } from "../routes.js";
import { readinessFor } from "../services/readiness.js";
import { assertNotFuture, assertQueryDay, todayIn } from "../services/today.js";
import { jsonBody, queryOf } from "../validate.js";

const dayQuery = z.strictObject({ date: zQueryDay.optional() });

/** Registers the readiness and clearance routes. */
export function registerReadinessRoutes(r: Routes, deps: Deps): void {
  const db = deps.db.kysely;

  r.route(
    {
      method: "get",
      path: "/readiness",
      summary: "The readiness tier of a day (default today)",
      tag: "readiness",
      query: dayQuery,
    },
    async (c) => {
      const userId = c.get("userId");
      const q = queryOf(c, dayQuery);
      const today = todayIn(deps, (await getProfile(db, userId)).timeZone);
      const date = q.date ?? today;
      assertQueryDay(today, date);
      return c.json(await readinessFor(deps, userId, date));
    },
  );

  r.route(
    {
      method: "post",
      path: "/clearance",
      summary: "Record that a clinician has assessed you (lifts R1/R2 locks)",
      tag: "readiness",
      body: clearanceInputSchema,
      ok: [201, "the clearance and the day's readiness"],
    },
    async (c) => {
      const input = await jsonBody(c, clearanceInputSchema);
      const userId = c.get("userId");
      const now = deps.now();
      const profile = await getProfile(db, userId);
      assertNotFuture(deps, profile.timeZone, input.date);
      const clearance = {
        id: deps.newId(),
        date: input.date,
        by: input.by,
        restrictions: input.restrictions ?? null,
        recordedAt: new Date(now).toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await insertClearance(trx, userId, clearance);
        const p = await getProfile(trx, userId);
        const status = clearance.restrictions ? "restricted" : "cleared";
        await saveProfile(
          trx,
          userId,
          {
            ...p,
            clearance: {
              status,
              date: clearance.date,
              by: clearance.by,
              ...(clearance.restrictions ? { restrictions: clearance.restrictions } : {}),
            },
          },
          now,
        );
      });
      const readiness = await readinessFor(deps, userId, todayIn(deps, profile.timeZone));
      return c.json({ clearance, readiness }, 201);
    },
  );
}
