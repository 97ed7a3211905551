import { type Checkin, defaultProfile, type LoggedSet, normaliseRedFlags, type TrainingSession } from "@spotter/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../connect.js";
import { isUniqueViolation } from "../errors.js";
import { uuidv7 } from "../ids.js";
import { logVersion } from "../logVersion.js";
import { testEngines } from "../testEngines.js";
import { deleteCheckin, findCheckinByDate, insertCheckin, listCheckins, updateCheckin } from "./checkins.js";
import { insertClearance, listClearances } from "./clearances.js";
import {
  currentPlan,
  deleteDailyEntry,
  findDailyEntryByClientId,
  insertDailyEntry,
  insertPlan,
  listDailyEntries,
  listPlans,
  updatePlan,
} from "./plans.js";
import { getProfile, saveProfile } from "./profiles.js";
import {
  deleteSession,
  deleteSet,
  getSession,
  insertSession,
  insertSet,
  listSessions,
  listSetsForSessions,
  updateSet,
} from "./sessions.js";
import { deleteUser, findUserByEmail, insertUser } from "./users.js";

const now = Date.parse("2026-11-20T08:00:00Z");

function session(id: string, date: string): TrainingSession {
  return {
    id,
    clientId: uuidv7(now),
    date,
    startedAt: `${date}T18:00:00.000Z`,
    finishedAt: null,
    painBefore: 2,
    painAfter: null,
    note: null,
    title: null,
    recovery: false,
    source: "spotter",
    createdAt: new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
  };
}

function set(sessionId: string, loadKg: number | null): LoggedSet {
  return {
    id: uuidv7(now),
    clientId: uuidv7(now),
    sessionId,
    exerciseId: "back-squat",
    setIndex: 0,
    warmup: false,
    setType: "normal",
    reps: 8,
    loadKg,
    seconds: null,
    distanceM: null,
    rir: 2,
    rpe: 7.5,
    belt: true,
    pain: 1,
    painKind: "none",
    flagged: false,
    unit: "kg",
    note: null,
    supersetId: null,
    createdAt: new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
  };
}

for (const engine of testEngines()) {
  describe(`db repositories on ${engine.name}`, () => {
    let db: Db;
    const a = uuidv7(now);
    const b = uuidv7(now);
    beforeAll(async () => {
      db = await engine.open();
      await insertUser(db.kysely, { id: a, email: "a@example.com", passwordHash: "x", createdAt: now });
      await insertUser(db.kysely, { id: b, email: "b@example.com", passwordHash: "x", createdAt: now });
    });
    afterAll(async () => db.close());

    it("rejects a second account with the same email as a unique violation", async () => {
      const err = await insertUser(db.kysely, {
        id: uuidv7(now),
        email: "a@example.com",
        passwordHash: "y",
        createdAt: now,
      }).catch((e: unknown) => e);
      expect(isUniqueViolation(err)).toBe(true);
      expect((await findUserByEmail(db.kysely, "a@example.com"))?.id).toBe(a);
    });

    it("round-trips a profile and fills new fields from the defaults", async () => {
      expect(await getProfile(db.kysely, a)).toEqual(defaultProfile());
      const p = { ...defaultProfile(), unit: "lb" as const, bodyWeightKg: 81.5 };
      await saveProfile(db.kysely, a, p, now);
      await saveProfile(db.kysely, a, { ...p, goal: "strength" }, now + 1);
      expect(await getProfile(db.kysely, a)).toMatchObject({ unit: "lb", bodyWeightKg: 81.5, goal: "strength" });
      expect((await getProfile(db.kysely, b)).unit).toBe("kg");
    });

    it("keeps one check-in per user and day, and lists them by window", async () => {
      const c: Checkin = {
        id: uuidv7(now),
        clientId: uuidv7(now),
        date: "2026-11-20",
        painNow: 3,
        everydayPain: "some",
        regions: ["lower-back-left"],
        nerve: [{ kind: "tingling", region: "thigh-left", trend: "same" }],
        redFlags: normaliseRedFlags({ bladderBowel: false }),
        sleep: { hours: 7, quality: 3, position: "side", supportUsed: true },
        habits: null,
        function: { walking: 1 },
        note: null,
        createdAt: new Date(now).toISOString(),
        updatedAt: new Date(now).toISOString(),
      };
      expect(await insertCheckin(db.kysely, a, c)).toBe(true);
      // The same client id again writes nothing; another client id for the same day is a unique violation.
      expect(await insertCheckin(db.kysely, a, { ...c, id: uuidv7(now) })).toBe(false);
      const dup = await insertCheckin(db.kysely, a, { ...c, id: uuidv7(now), clientId: uuidv7(now) }).catch(
        (e: unknown) => e,
      );
      expect(isUniqueViolation(dup)).toBe(true);
      await updateCheckin(db.kysely, a, { ...c, painNow: 4 });
      const got = await findCheckinByDate(db.kysely, a, "2026-11-20");
      expect(got).toEqual({ ...c, painNow: 4 });
      expect(await findCheckinByDate(db.kysely, b, "2026-11-20")).toBeUndefined();
      expect(await listCheckins(db.kysely, a, "2026-11-21")).toEqual([]);
      expect(await listCheckins(db.kysely, a, "2026-11-01", "2026-11-20")).toHaveLength(1);
    });

    it("stores loads exactly as grams and keeps every user's sessions apart", async () => {
      const s = session(uuidv7(now), "2026-11-20");
      await insertSession(db.kysely, a, s);
      const st = set(s.id, 102.513);
      await insertSet(db.kysely, a, st);
      await insertSet(db.kysely, a, { ...set(s.id, null), setIndex: 1 });
      const sets = await listSetsForSessions(db.kysely, a, [s.id]);
      expect(sets.map((x) => x.loadKg)).toEqual([102.513, null]);
      expect(sets[0]).toEqual(st);
      await updateSet(db.kysely, a, { ...st, loadKg: 45.359 });
      expect((await listSetsForSessions(db.kysely, a, [s.id]))[0]?.loadKg).toBe(45.359);
      expect(await getSession(db.kysely, b, s.id)).toBeUndefined();
      expect(await listSessions(db.kysely, b)).toEqual([]);
      expect(await listSetsForSessions(db.kysely, b, [s.id])).toEqual([]);
      expect(await deleteSession(db.kysely, b, s.id)).toBe(false);
      expect(await deleteSession(db.kysely, a, s.id)).toBe(true);
      expect(await listSetsForSessions(db.kysely, a, [s.id])).toEqual([]);
    });

    it("records clearances and deletes every record of a deleted user", async () => {
      await insertClearance(db.kysely, b, {
        id: uuidv7(now),
        date: "2026-11-20",
        by: "Dr Lee",
        restrictions: null,
        recordedAt: new Date(now).toISOString(),
      });
      expect(await listClearances(db.kysely, b)).toHaveLength(1);
      const s = session(uuidv7(now), "2026-11-19");
      await insertSession(db.kysely, b, s);
      await insertSet(db.kysely, b, set(s.id, 20));
      await deleteUser(db.kysely, b);
      expect(await listClearances(db.kysely, b)).toEqual([]);
      expect(await listSessions(db.kysely, b)).toEqual([]);
      expect(await findUserByEmail(db.kysely, "b@example.com")).toBeUndefined();
    });
  });
}

for (const engine of testEngines()) {
  describe(`plans and daily entries on ${engine.name}`, () => {
    let db: Db;
    const u = uuidv7(now);
    beforeAll(async () => {
      db = await engine.open();
      await insertUser(db.kysely, { id: u, email: "p@example.com", passwordHash: "x", createdAt: now });
    });
    afterAll(async () => db.close());

    it("answers the newest plan as the current one and keeps a swap", async () => {
      expect(await currentPlan(db.kysely, u)).toBeUndefined();
      await insertPlan(db.kysely, u, "p1", { days: [1] }, now);
      await insertPlan(db.kysely, u, "p2", { days: [2] }, now + 1000);
      expect((await currentPlan<{ days: number[] }>(db.kysely, u))?.plan).toEqual({ days: [2] });
      await updatePlan(db.kysely, u, "p2", { days: [3] });
      expect((await currentPlan<{ days: number[] }>(db.kysely, u))?.plan).toEqual({ days: [3] });
      expect(await listPlans(db.kysely, u)).toHaveLength(2);
    });

    it("stores daily entries once per client id and lists them by day", async () => {
      const e = {
        id: uuidv7(now),
        clientId: uuidv7(now),
        date: "2026-11-20",
        kind: "water",
        createdAt: now,
        entry: { amountMl: 250 },
      };
      expect(await insertDailyEntry(db.kysely, u, e)).toBe(true);
      expect(await insertDailyEntry(db.kysely, u, { ...e, id: uuidv7(now) })).toBe(false);
      expect((await findDailyEntryByClientId(db.kysely, u, e.clientId))?.entry).toEqual({ amountMl: 250 });
      expect(await listDailyEntries(db.kysely, u, "2026-11-21")).toEqual([]);
      expect(await listDailyEntries(db.kysely, u, "2026-11-20", "2026-11-20")).toHaveLength(1);
      expect(await deleteDailyEntry(db.kysely, u, e.id)).toBe(true);
    });
  });
}

for (const engine of testEngines()) {
  describe(`log version on ${engine.name}`, () => {
    let db: Db;
    const u = uuidv7(now);
    beforeAll(async () => {
      db = await engine.open();
      await insertUser(db.kysely, { id: u, email: "v@example.com", passwordHash: "x", createdAt: now });
    });
    afterAll(async () => db.close());

    it("G6: every write to the log bumps the version, so derived caches never go stale", async () => {
      expect(await logVersion(db.kysely, u)).toBe(0);
      const s = session(uuidv7(now), "2026-11-20");
      await insertSession(db.kysely, u, s);
      const v1 = await logVersion(db.kysely, u);
      const st = set(s.id, 50);
      await insertSet(db.kysely, u, st);
      const v2 = await logVersion(db.kysely, u);
      await updateSet(db.kysely, u, { ...st, pain: 4 });
      const v3 = await logVersion(db.kysely, u);
      await deleteSession(db.kysely, u, s.id);
      const v4 = await logVersion(db.kysely, u);
      await saveProfile(db.kysely, u, defaultProfile(), now);
      const v5 = await logVersion(db.kysely, u);
      expect([v1, v2, v3, v4, v5]).toEqual([1, 2, 3, 4, 5]);
      // A write inside an outer transaction bumps once and commits with it.
      await db.kysely.transaction().execute(async (trx) => {
        await insertSession(trx, u, session(uuidv7(now), "2026-11-21"));
      });
      expect(await logVersion(db.kysely, u)).toBe(6);
    });

    it("G6: a delete that finds nothing leaves the version as it was (a 404 stores nothing)", async () => {
      const before = await logVersion(db.kysely, u);
      const missing = uuidv7(now);
      expect(await deleteSession(db.kysely, u, missing)).toBe(false);
      expect(await deleteSet(db.kysely, u, missing, missing)).toBe(false);
      expect(await deleteCheckin(db.kysely, u, missing)).toBe(false);
      expect(await deleteDailyEntry(db.kysely, u, missing)).toBe(false);
      expect(await logVersion(db.kysely, u)).toBe(before);
      // Inside an outer transaction too.
      await db.kysely.transaction().execute(async (trx) => {
        expect(await deleteSession(trx, u, missing)).toBe(false);
      });
      expect(await logVersion(db.kysely, u)).toBe(before);
    });
  });
}
