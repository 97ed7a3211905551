/** The other 22 hours (SPEC §10, §11): the day's water, supplements, blood-flow work, breaks and support. */
import {
  addDays,
  BLOOD_FLOW_KINDS,
  type BloodFlowKind,
  buildDailyDay,
  type DailyEntry,
  dailyEntryFromInput,
  dailyEntryInputSchema,
  isPlannable,
  loggedTrainingMinutes,
  trainingHoursForDay,
  zQueryDay,
} from "@spotter/core";
import {
  deleteDailyEntry,
  findCheckinByDate,
  findDailyEntryByClientId,
  getProfile,
  insertDailyEntry,
  isUniqueViolation,
  listDailyEntries,
  listSessions,
} from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import { notFound } from "../errors.js";
import type { Routes } from "../routes.js";
import { appliedRecordId, deletedRecord } from "../services/clientIds.js";
import { afterLogWrite, loadUserLog } from "../services/log.js";
import { withDaily, withoutDaily } from "../services/logPatch.js";
import { plannedMinutesOn } from "../services/plan.js";
import { readinessFor } from "../services/readiness.js";
import { statusesOf, statusLookup } from "../services/statuses.js";
import { assertNotFuture, queriedDay, todayIn } from "../services/today.js";
import { jsonBody, parseWith, pathParam, queryOf } from "../validate.js";

const dayQuery = z.strictObject({ date: zQueryDay.optional() });

const BLOOD_FLOW_WORDS: [RegExp, BloodFlowKind][] = [
  [/massag/, "massage"],
  [/roll/, "foam-rolling"],
  [/stretch/, "dynamic-stretching"],
  [/walk/, "walking"],
];

/**
 * API.md marks a daily entry's `name` and `used` optional. Blood-flow work without a name is "other", and one named
 * in the user's own words ("Foam rolling") takes the closest kind; a support entry without `used` says it was used.
 */
function withEntryDefaults(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const e = { ...(raw as Record<string, unknown>) };
  if (e.kind === "blood-flow") {
    if (e.name === undefined || e.name === null) e.name = "other";
    else if (typeof e.name === "string" && !(BLOOD_FLOW_KINDS as readonly string[]).includes(e.name)) {
      const words = e.name.trim().toLowerCase();
      e.name = BLOOD_FLOW_WORDS.find(([re]) => re.test(words))?.[1] ?? "other";
    }
  }
  if (e.kind === "support" && (e.used === undefined || e.used === null)) e.used = true;
  return e;
}

async function dayAnswer(deps: Deps, userId: string, date: string) {
  const db = deps.db.kysely;
  const profile = await getProfile(db, userId);
  const today = todayIn(deps, profile.timeZone);
  const [stored, sessions, planned, checkin, readiness] = await Promise.all([
    listDailyEntries<DailyEntry>(db, userId, date, date),
    listSessions(db, userId, date, date),
    plannedMinutesOn(deps, userId, date),
    findCheckinByDate(db, userId, date),
    date <= addDays(today, 1) ? readinessFor(deps, userId, date) : Promise.resolve(null),
  ]);
  const loggedMinutes = sessions.length ? loggedTrainingMinutes(sessions) : null;
  const trainingHours = trainingHoursForDay({ day: date, today, loggedMinutes, plannedMinutes: planned });
  const isTrainingDay = planned !== null || sessions.length > 0;
  return buildDailyDay({
    date,
    entries: stored.map((e) => e.entry),
    profile,
    trainingHours,
    isTrainingDay,
    tier: readiness?.tier ?? null,
    sleepPosition: checkin?.sleep?.position ?? null,
    nowMs: deps.now(),
    // Only a rest day has suggestions to filter; a water tap on a training day skips the statuses.
    ...(isTrainingDay ? {} : { offerable: await offerableFor(deps, userId) }),
  });
}

/** What the day's suggestions may offer: nothing that is a trigger or from a pattern the user excluded (P4). */
async function offerableFor(deps: Deps, userId: string): Promise<(exerciseId: string) => boolean> {
  const log = await loadUserLog(deps, userId);
  const rules = { profile: log.profile, statusOf: statusLookup(statusesOf(log)) };
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  return (id) => {
    const ex = byId.get(id);
    return ex === undefined || isPlannable(ex, rules);
  };
}

/** Registers the daily support routes. */
export function registerDailyRoutes(r: Routes, deps: Deps): void {
  const db = deps.db.kysely;

  r.route(
    {
      method: "get",
      path: "/daily",
      summary: "The day's water, supplements, blood-flow work, breaks, targets and cards",
      tag: "daily",
      query: dayQuery,
    },
    async (c) => {
      const userId = c.get("userId");
      const date = await queriedDay(deps, userId, queryOf(c, dayQuery).date);
      return c.json(await dayAnswer(deps, userId, date));
    },
  );

  r.route(
    {
      method: "post",
      path: "/daily",
      summary: "Log one daily entry; answers the day",
      tag: "daily",
      body: dailyEntryInputSchema,
      ok: [201, "the day"],
    },
    async (c) => {
      const input = parseWith(dailyEntryInputSchema, withEntryDefaults(await jsonBody(c, z.unknown())));
      const userId = c.get("userId");
      // A repeated clientId answers the entry's day as it is now and changes nothing (409 once it was deleted).
      const answerStored = async () => {
        const stored = await findDailyEntryByClientId<DailyEntry>(db, userId, input.clientId);
        if (!stored) throw deletedRecord("daily");
        return c.json(await dayAnswer(deps, userId, stored.date), 201);
      };
      if (await appliedRecordId(deps, userId, "daily", input.clientId)) return answerStored();
      assertNotFuture(deps, (await getProfile(db, userId)).timeZone, input.date);
      const entry = dailyEntryFromInput(input, { id: deps.newId(), receivedAt: new Date(deps.now()).toISOString() });
      let stored: boolean;
      try {
        stored = await insertDailyEntry(db, userId, {
          id: entry.id,
          clientId: entry.clientId,
          date: entry.date,
          kind: entry.kind,
          createdAt: deps.now(),
          entry,
        });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        stored = false;
      }
      if (!stored) {
        // A concurrent post with the same clientId was applied first: one record, one answer.
        if (!(await appliedRecordId(deps, userId, "daily", input.clientId))) throw deletedRecord("daily");
        return answerStored();
      }
      await afterLogWrite(deps, userId, (l) => withDaily(l, entry));
      return c.json(await dayAnswer(deps, userId, entry.date), 201);
    },
  );

  r.route(
    { method: "delete", path: "/daily/:id", summary: "Delete one daily entry", tag: "daily", ok: [204, "deleted"] },
    async (c) => {
      const userId = c.get("userId");
      const id = pathParam(c, "id");
      if (!(await deleteDailyEntry(db, userId, id))) throw notFound("daily entry");
      await afterLogWrite(deps, userId, (l) => withoutDaily(l, id));
      return c.body(null, 204);
    },
  );
}
