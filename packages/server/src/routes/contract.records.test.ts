/**
 * API.md "Readiness" and "Plans and sessions", black-box: the request fields, answers and status codes of check-ins,
 * sessions and sets exactly as the contract writes them.
 */
import { RED_FLAG_KEYS } from "@spotter/core";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const TIERS = ["R1", "R2", "R3", "R4", "R5"];
const DECISIONS = ["start", "increase", "hold", "reduce", "regress", "substitute", "step-up", "deload"];
const ACTIONS = ["continue", "hold", "reduce", "stop-exercise"];

const required = (over: Record<string, unknown> = {}) => ({
  clientId: cid(),
  date: "2026-11-25",
  painNow: 2,
  everydayPain: "none",
  ...over,
});
const setBody = (over: Record<string, unknown> = {}) => ({
  clientId: cid(),
  exerciseId: "smith-machine-squat",
  setIndex: 0,
  warmup: false,
  reps: 8,
  loadKg: 60,
  belt: false,
  pain: 1,
  painKind: "none",
  ...over,
});

function expectReadiness(r: { tier: string; reasons: unknown[]; askRedFlags: unknown }) {
  expect(TIERS).toContain(r.tier);
  expect(typeof r.askRedFlags).toBe("boolean");
  for (const reason of r.reasons) expect(reason).toEqual({ code: expect.any(String), message: expect.any(String) });
}

async function startSession(c: TestClient, over: Record<string, unknown> = {}) {
  const r = await c.post("/sessions", {
    clientId: cid(),
    date: "2026-11-25",
    startedAt: "2026-11-25T08:00:00Z",
    painBefore: 1,
    ...over,
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; date: string; sets: unknown[] };
}

for (const engine of testEngines()) {
  describe(`contract: check-ins, sessions and sets on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("POST /checkins needs only clientId, date, painNow and everydayPain; answers 201 {checkin, readiness}", async () => {
      const a = await newUser(server);
      const r = await a.post("/checkins", required());
      expect(r.status).toBe(201);
      expect(Object.keys(r.body).sort()).toEqual(["checkin", "readiness"]);
      expect(r.body.checkin).toMatchObject({ id: expect.any(String), date: "2026-11-25", painNow: 2 });
      // Every red-flag key is present and null: not answered, never "no".
      expect(r.body.checkin.redFlags).toEqual(Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, null])));
      expectReadiness(r.body.readiness);
      expect(r.body.readiness.askRedFlags).toBe(true);
      for (const field of ["clientId", "date", "painNow", "everydayPain"]) {
        const body: Record<string, unknown> = required({ date: "2026-11-24" });
        delete body[field];
        const bad = await a.post("/checkins", body);
        expect(bad.status, field).toBe(400);
        expect(bad.body.error).toMatchObject({ code: "VALIDATION_FAILED", message: expect.any(String) });
        expect(bad.body.error.details).toContainEqual({ path: field, message: expect.any(String) });
      }
      expect((await a.get("/checkins")).body).toHaveLength(1);
    });

    it("a missing red-flag key is null; the same clientId twice answers the same record; a new one updates the day", async () => {
      const a = await newUser(server);
      const body = required({
        redFlags: { nightPain: false, feverChills: null },
        regions: ["lower-back-left"],
        nerve: [{ kind: "tingling", region: "thigh-left", trend: "same" }],
        sleep: { hours: 7.5, quality: 4, position: "side", supportUsed: true },
        habits: { lumbarSupport: true, sittingHours: 6, foamRolling: false },
      });
      const r1 = await a.post("/checkins", body);
      const r2 = await a.post("/checkins", body);
      expect(r1.status).toBe(201);
      expect(r2.status).toBe(201);
      expect(r2.body.checkin).toEqual(r1.body.checkin);
      expect(r1.body.checkin.redFlags).toMatchObject({ nightPain: false, feverChills: null, bladderBowel: null });
      expect(r1.body.checkin.sleep).toEqual({ hours: 7.5, quality: 4, position: "side", supportUsed: true });
      expect(r1.body.checkin.habits).toEqual({ lumbarSupport: true, sittingHours: 6, foamRolling: false });
      // A new clientId for the same day updates it; a yes stays yes whatever comes later.
      const yes = await a.post("/checkins", required({ painNow: 3, redFlags: { weightLoss: true } }));
      const no = await a.post("/checkins", required({ painNow: 1, redFlags: { weightLoss: false, nightPain: true } }));
      expect(yes.body.checkin.id).toBe(r1.body.checkin.id);
      expect(no.body.checkin.id).toBe(r1.body.checkin.id);
      expect(no.body.checkin.painNow).toBe(1);
      expect(no.body.checkin.redFlags).toMatchObject({ weightLoss: true, nightPain: true });
      expect(no.body.readiness.tier).toBe("R2");
      expect((await a.get("/checkins")).body).toHaveLength(1);
    });

    it("GET /checkins?from&to lists the window; PATCH and DELETE /checkins/:id answer the check-in with readiness recomputed", async () => {
      const a = await newUser(server);
      for (const [date, painNow] of [
        ["2026-11-22", 1],
        ["2026-11-23", 2],
        ["2026-11-24", 3],
      ] as const) {
        await a.post("/checkins", required({ date, painNow, redFlags: redFlagAnswers() }));
      }
      const day = (await a.post("/checkins", required({ painNow: 1, redFlags: redFlagAnswers() }))).body;
      expect(day.readiness.tier).toBe("R5");
      const win = await a.get("/checkins?from=2026-11-23&to=2026-11-24");
      expect(win.body.map((x: { date: string }) => x.date)).toEqual(["2026-11-23", "2026-11-24"]);
      expect((await a.get("/checkins?from=yesterday")).status).toBe(400);

      const patched = await a.patch(`/checkins/${day.checkin.id}`, { painNow: 7 });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ id: day.checkin.id, painNow: 7 });
      expect(patched.body.readiness.tier).toBe("R3");
      expect((await a.get("/readiness?date=2026-11-25")).body.tier).toBe("R3");
      expect((await a.patch(`/checkins/${day.checkin.id}`, { painNow: 12 })).status).toBe(400);

      const deleted = await a.del(`/checkins/${day.checkin.id}`);
      expect(deleted.status).toBe(200);
      expect(deleted.body).toMatchObject({ id: day.checkin.id, date: "2026-11-25", painNow: 7 });
      expect(deleted.body.readiness.tier).not.toBe("R3");
      expect((await a.get(`/checkins/${day.checkin.id}`)).status).toBe(404);
      expect((await a.get("/readiness?date=2026-11-25")).body.tier).toBe("R4");
      expect((await a.del(`/checkins/${day.checkin.id}`)).status).toBe(404);
    });

    it("POST /sessions answers 201 with the session; the client's date wins; the same clientId answers the same session", async () => {
      const a = await newUser(server);
      await a.post("/checkins", required({ painNow: 1, redFlags: redFlagAnswers() }));
      const body = { clientId: cid(), date: "2026-11-25", startedAt: "2026-11-26T01:30:00+02:00", painBefore: 1 };
      const s1 = await a.post("/sessions", body);
      const s2 = await a.post("/sessions", body);
      expect(s1.status).toBe(201);
      expect(s2.status).toBe(201);
      expect(s1.body).toMatchObject({ id: expect.any(String), date: "2026-11-25", painBefore: 1, sets: [] });
      expect(s1.body.startedAt).toBe("2026-11-25T23:30:00.000Z");
      expect(s2.body.id).toBe(s1.body.id);
      expect((await a.get("/sessions")).body).toHaveLength(1);
      const bad = await a.post("/sessions", { clientId: cid(), date: "2026-11-25", startedAt: "2026-11-25T08:00:00Z" });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details).toContainEqual({ path: "painBefore", message: expect.any(String) });
    });

    it("a set answers 201 {set, guidance}; with only RPE (half points) its RIR is 10 - RPE; given RIR wins", async () => {
      const a = await newUser(server);
      await a.post("/checkins", required({ painNow: 1, redFlags: redFlagAnswers() }));
      const s = await startSession(a);
      const r8 = await a.post(`/sessions/${s.id}/sets`, setBody({ rpe: 8 }));
      expect(r8.status).toBe(201);
      expect(Object.keys(r8.body).sort()).toEqual(["guidance", "set"]);
      expect(r8.body.set).toMatchObject({ rpe: 8, rir: 2, reps: 8, loadKg: 60, setType: "normal", flagged: false });
      const g = r8.body.guidance;
      expect(ACTIONS).toContain(g.action);
      expect(typeof g.beltCue).toBe("boolean");
      expect(typeof g.message).toBe("string");
      if (g.next) expect(g.next).toEqual({ loadKg: expect.any(Number), reps: expect.any(Number), warmup: false });
      const half = await a.post(`/sessions/${s.id}/sets`, setBody({ setIndex: 1, rpe: 7.5 }));
      expect(half.body.set).toMatchObject({ rpe: 7.5, rir: 2.5 });
      const both = await a.post(`/sessions/${s.id}/sets`, setBody({ setIndex: 2, rpe: 9, rir: 3 }));
      expect(both.body.set).toMatchObject({ rpe: 9, rir: 3 });
      const none = await a.post(`/sessions/${s.id}/sets`, setBody({ setIndex: 3 }));
      expect(none.body.set).toMatchObject({ rpe: null, rir: null });
      expect((await a.post(`/sessions/${s.id}/sets`, setBody({ rpe: 8.25 }))).status).toBe(400);
      // The history and an edit read the same way.
      const got = (await a.get(`/sessions/${s.id}`)).body.sets;
      expect(got.map((x: { rir: number | null }) => x.rir)).toEqual([2, 2.5, 3, null]);
      const edited = await a.patch(`/sessions/${s.id}/sets/${r8.body.set.id}`, { rpe: 9 });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ id: r8.body.set.id, rpe: 9, rir: 1 });
      expect((await a.get("/sessions")).body[0].sets[0]).toMatchObject({ rpe: 9, rir: 1 });
    });

    it("PATCH and DELETE of a set answer the set; DELETE /sessions/:id answers 204 and takes its sets", async () => {
      const a = await newUser(server);
      const s = await startSession(a);
      const t = (await a.post(`/sessions/${s.id}/sets`, setBody({ rir: 2 }))).body.set;
      const patched = await a.patch(`/sessions/${s.id}/sets/${t.id}`, { reps: 10, pain: 2, painKind: "tightness" });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ id: t.id, reps: 10, pain: 2, painKind: "tightness", loadKg: 60 });
      const deleted = await a.del(`/sessions/${s.id}/sets/${t.id}`);
      expect(deleted.status).toBe(200);
      expect(deleted.body).toMatchObject({ id: t.id, sessionId: s.id, reps: 10 });
      expect((await a.get(`/sessions/${s.id}`)).body.sets).toEqual([]);
      expect((await a.del(`/sessions/${s.id}/sets/${t.id}`)).status).toBe(404);

      const p = await a.patch(`/sessions/${s.id}`, { painBefore: 2, title: "Legs" });
      expect(p.status).toBe(200);
      expect(p.body).toMatchObject({ id: s.id, painBefore: 2, title: "Legs", sets: [] });
      await a.post(`/sessions/${s.id}/sets`, setBody());
      const gone = await a.del(`/sessions/${s.id}`);
      expect(gone.status).toBe(204);
      expect(gone.body).toBeNull();
      expect((await a.get(`/sessions/${s.id}`)).status).toBe(404);
      expect((await a.get("/sessions")).body).toEqual([]);
      const rows = await server.db.kysely.selectFrom("sets").select("id").where("session_id", "=", s.id).execute();
      expect(rows).toEqual([]);
    });

    it("finish answers 200 the session with progression shaped as /exercises/:id/next; history filters by from and to", async () => {
      const a = await newUser(server);
      const s = await startSession(a, { date: "2026-11-24", startedAt: "2026-11-24T08:00:00Z" });
      await a.post(`/sessions/${s.id}/sets`, setBody({ rir: 2 }));
      await a.post(`/sessions/${s.id}/sets`, setBody({ setIndex: 1, exerciseId: "bird-dog", loadKg: null, rir: 3 }));
      const fin = await a.post(`/sessions/${s.id}/finish`, { finishedAt: "2026-11-24T09:00:00Z", painAfter: 1 });
      expect(fin.status).toBe(200);
      expect(fin.body).toMatchObject({ id: s.id, painAfter: 1, finishedAt: "2026-11-24T09:00:00.000Z" });
      expect(fin.body.sets).toHaveLength(2);
      const ids = fin.body.progression.map((p: { exerciseId: string }) => p.exerciseId).sort();
      expect(ids).toEqual(["bird-dog", "smith-machine-squat"]);
      for (const p of fin.body.progression) {
        expect(p).toMatchObject({ reps: [expect.any(Number), expect.any(Number)], sets: expect.any(Number) });
        expect(DECISIONS).toContain(p.decision);
        expect(typeof p.why).toBe("string");
        expect("loadKg" in p).toBe(true);
        const next = await a.get(`/exercises/${p.exerciseId}/next`);
        expect(next.status).toBe(200);
        expect(next.body).toEqual(p);
      }
      const later = await startSession(a);
      expect((await a.get("/sessions?from=2026-11-25&to=2026-11-25")).body.map((x: { id: string }) => x.id)).toEqual([
        later.id,
      ]);
      expect((await a.get("/sessions?to=2026-11-24")).body.map((x: { id: string }) => x.id)).toEqual([s.id]);
    });
  });
}
