/**
 * Daily check-ins (SPEC §2): one per local day, posting again updates it and keeps any "yes"; each answer comes
 * with the day's readiness.
 */
import {
  type Checkin,
  type CheckinInput,
  type CheckinPatch,
  checkinInputSchema,
  checkinPatchSchema,
  mergeRedFlags,
  normaliseRedFlags,
  zRangeFrom,
  zRangeTo,
} from "@spotter/core";
import {
  claimClientId,
  deleteCheckin,
  findCheckinByDate,
  getCheckin,
  getProfile,
  insertCheckin,
  isUniqueViolation,
  listCheckins,
  updateCheckin,
} from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import { ApiError, notFound } from "../errors.js";
import type { Routes } from "../routes.js";
import { appliedRecordId, deletedRecord } from "../services/clientIds.js";
import { afterLogWrite } from "../services/log.js";
import { withCheckin, withoutCheckin } from "../services/logPatch.js";
import { readinessFor } from "../services/readiness.js";
import { assertListRange, assertNotFuture, todayIn } from "../services/today.js";
import { jsonBody, pathParam, queryOf } from "../validate.js";

const rangeQuery = z.strictObject({ from: zRangeFrom.optional(), to: zRangeTo.optional() });

/** Applies answers to a check-in: given fields replace, red flags merge so a "yes" stays yes. */
function applyAnswers(base: Checkin, input: CheckinInput | CheckinPatch, nowIso: string): Checkin {
  return {
    ...base,
    painNow: input.painNow ?? base.painNow,
    everydayPain: input.everydayPain ?? base.everydayPain,
    regions: input.regions ?? base.regions,
    nerve: input.nerve ?? base.nerve,
    redFlags: mergeRedFlags(base.redFlags, input.redFlags),
    // R8: keys answered again after a re-ask stay answered again for the day.
    ...(input.confirmed || base.confirmed
      ? { confirmed: [...new Set([...(base.confirmed ?? []), ...(input.confirmed ?? [])])] }
      : {}),
    sleep:
      input.sleep === undefined
        ? base.sleep
        : input.sleep && {
            hours: input.sleep.hours ?? null,
            quality: input.sleep.quality ?? null,
            position: input.sleep.position ?? null,
            supportUsed: input.sleep.supportUsed ?? null,
          },
    habits:
      input.habits === undefined
        ? base.habits
        : input.habits && {
            lumbarSupport: input.habits.lumbarSupport ?? null,
            sittingHours: input.habits.sittingHours ?? null,
            foamRolling: input.habits.foamRolling ?? null,
          },
    function: input.function === undefined ? base.function : input.function,
    note: input.note === undefined ? base.note : input.note,
    updatedAt: nowIso,
  };
}

/** Registers the check-in routes. */
export function registerCheckinRoutes(r: Routes, deps: Deps): void {
  const db = deps.db.kysely;

  r.route(
    {
      method: "post",
      path: "/checkins",
      summary: "Record today's check-in (posting again for a day updates it)",
      tag: "readiness",
      body: checkinInputSchema,
      ok: [201, "{checkin, readiness}"],
    },
    async (c) => {
      const input = await jsonBody(c, checkinInputSchema);
      const userId = c.get("userId");
      // A repeated clientId answers the check-in as it is now and changes nothing (a later edit stays).
      const answerStored = async (id: string) => {
        const stored = await getCheckin(db, userId, id);
        if (!stored) throw deletedRecord("checkin");
        return c.json({ checkin: stored, readiness: await readinessFor(deps, userId, stored.date) }, 201);
      };
      const prior = await appliedRecordId(deps, userId, "checkin", input.clientId);
      if (prior) return answerStored(prior);
      const profile = await getProfile(db, userId);
      assertNotFuture(deps, profile.timeZone, input.date);
      // Null when a concurrent post with the same clientId was applied first.
      const save = () =>
        db.transaction().execute(async (trx): Promise<Checkin | null> => {
          const nowIso = new Date(deps.now()).toISOString();
          const existing = await findCheckinByDate(trx, userId, input.date);
          if (existing) {
            // A second post for the day (a new clientId, e.g. the red-flag answers) updates the day's check-in.
            if (!(await claimClientId(trx, userId, "checkin", input.clientId, existing.id, deps.now()))) return null;
            const next = applyAnswers(existing, input, nowIso);
            await updateCheckin(trx, userId, next);
            return next;
          }
          const fresh: Checkin = applyAnswers(
            {
              id: deps.newId(),
              clientId: input.clientId,
              date: input.date,
              painNow: input.painNow,
              everydayPain: input.everydayPain,
              regions: [],
              nerve: [],
              redFlags: normaliseRedFlags(undefined),
              sleep: null,
              habits: null,
              function: null,
              note: null,
              createdAt: nowIso,
              updatedAt: nowIso,
            },
            input,
            nowIso,
          );
          return (await insertCheckin(trx, userId, fresh)) ? fresh : null;
        });
      let checkin: Checkin | null;
      try {
        checkin = await save();
      } catch (e) {
        // Two posts for the same new day raced: the loser finds the winner's row and updates it.
        if (!isUniqueViolation(e)) throw e;
        checkin = await save();
      }
      if (checkin === null) {
        const winner = await appliedRecordId(deps, userId, "checkin", input.clientId);
        if (!winner) throw deletedRecord("checkin");
        return answerStored(winner);
      }
      const saved = checkin;
      await afterLogWrite(deps, userId, (l) => withCheckin(l, saved));
      const readiness = await readinessFor(deps, userId, checkin.date);
      return c.json({ checkin, readiness }, 201);
    },
  );

  r.route(
    {
      method: "get",
      path: "/checkins",
      summary: "Check-ins in a day window, oldest first",
      tag: "readiness",
      query: rangeQuery,
    },
    async (c) => {
      const q = queryOf(c, rangeQuery);
      const userId = c.get("userId");
      assertListRange(q, todayIn(deps, (await getProfile(db, userId)).timeZone));
      return c.json(await listCheckins(db, userId, q.from, q.to));
    },
  );

  r.route({ method: "get", path: "/checkins/:id", summary: "One check-in", tag: "readiness" }, async (c) => {
    const found = await getCheckin(db, c.get("userId"), pathParam(c, "id"));
    if (!found) throw notFound("check-in");
    return c.json(found);
  });

  r.route(
    {
      method: "patch",
      path: "/checkins/:id",
      summary: "Change a check-in (a yes red flag stays yes)",
      tag: "readiness",
      body: checkinPatchSchema,
    },
    async (c) => {
      const patch = await jsonBody(c, checkinPatchSchema);
      const userId = c.get("userId");
      const next = await db.transaction().execute(async (trx) => {
        const found = await getCheckin(trx, userId, pathParam(c, "id"));
        if (!found) throw notFound("check-in");
        const updated = applyAnswers(found, patch, new Date(deps.now()).toISOString());
        await updateCheckin(trx, userId, updated);
        return updated;
      });
      await afterLogWrite(deps, userId, (l) => withCheckin(l, next));
      return c.json({ ...next, readiness: await readinessFor(deps, userId, next.date) });
    },
  );

  r.route(
    {
      method: "delete",
      path: "/checkins/:id",
      summary: "Delete a check-in; answers it with the day's readiness recomputed",
      tag: "readiness",
      errors: [409],
      ok: [200, "the deleted check-in with readiness"],
    },
    async (c) => {
      const userId = c.get("userId");
      const found = await getCheckin(db, userId, pathParam(c, "id"));
      if (!found) throw notFound("check-in");
      // A red flag answered yes is never erased: only a clearance covers it (SPEC §2).
      if (Object.values(found.redFlags).some((v) => v === true)) {
        throw new ApiError(
          "CONFLICT",
          "This check-in holds a red flag answered yes, so it is kept. Record a clearance once a clinician has seen you.",
        );
      }
      if (!(await deleteCheckin(db, userId, found.id))) throw notFound("check-in");
      await afterLogWrite(deps, userId, (l) => withoutCheckin(l, found.id));
      // API.md: PATCH and DELETE answer the check-in, with readiness and everything derived recomputed.
      return c.json({ ...found, readiness: await readinessFor(deps, userId, found.date) });
    },
  );
}
