/** Readiness for a day and professional clearances (SPEC §2). */
import { allRules, type Clearance, clearanceInputSchema, lastDayOf, zQueryDay } from "@spotter/core";
import { getProfile, insertClearance, saveProfile } from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import type { Routes } from "../routes.js";
import { checkedRules, unlockedWords } from "../services/clearance.js";
import { loadUserLog } from "../services/log.js";
import { readinessFor } from "../services/readiness.js";
import { assertNotFuture, queriedDay, todayIn } from "../services/today.js";
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
      const date = await queriedDay(deps, userId, queryOf(c, dayQuery).date);
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
      const today = todayIn(deps, profile.timeZone);
      const log = await loadUserLog(deps, userId);
      // X5: every rule checked (exercise ids, scopes, dates, lifted ids) before anything is written.
      const { rules, lifts } = checkedRules(input, log, today, deps.newId);
      const before = await readinessFor(deps, userId, today, log);
      const clearance: Clearance = {
        id: deps.newId(),
        date: input.date,
        by: input.by,
        restrictions: input.restrictions ?? null,
        recordedAt: new Date(now).toISOString(),
        ...(rules.length > 0 ? { rules } : {}),
        ...(lifts.length > 0 ? { lifts } : {}),
      };
      await db.transaction().execute(async (trx) => {
        await insertClearance(trx, userId, clearance);
        const p = await getProfile(trx, userId);
        // X5: the profile lists every rule that holds today or later (its own and earlier clearances' not lifted).
        const inForce = allRules([...log.clearances, clearance])
          .filter((r) => {
            const last = lastDayOf(r);
            return last === null || last >= today;
          })
          .map((r) => ({
            ...r.rule,
            from: r.from,
            by: r.by,
            ...(lastDayOf(r) !== null ? { until: lastDayOf(r) as string } : {}),
          }));
        const status = clearance.restrictions || inForce.length > 0 ? "restricted" : "cleared";
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
              ...(inForce.length > 0 ? { rules: inForce } : {}),
            },
          },
          now,
        );
      });
      const readiness = await readinessFor(deps, userId, today);
      const unlocked = unlockedWords(before, readiness, rules.length, lifts.length);
      return c.json({ clearance, readiness, unlocked }, 201);
    },
  );
}
