import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const start = (over: Record<string, unknown> = {}) => ({
  clientId: cid(),
  date: "2026-11-25",
  startedAt: "2026-11-25T09:05:00+01:00",
  painBefore: 1,
  ...over,
});
const set = (over: Record<string, unknown> = {}) => ({
  clientId: cid(),
  exerciseId: "smith-machine-squat",
  setIndex: 0,
  warmup: false,
  reps: 8,
  loadKg: 60,
  rir: 2,
  belt: false,
  pain: 1,
  painKind: "none",
  ...over,
});

async function checkedIn(c: TestClient) {
  await c.post("/checkins", {
    clientId: cid(),
    date: "2026-11-25",
    painNow: 1,
    everydayPain: "none",
    redFlags: redFlagAnswers(),
  });
}

for (const engine of testEngines()) {
  describe(`sessions and sets on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("G6: the same clientId twice stores one session and one set", async () => {
      const a = await newUser(server);
      await checkedIn(a);
      const body = start();
      const s1 = await a.post("/sessions", body);
      const s2 = await a.post("/sessions", body);
      expect(s1.status).toBe(201);
      expect(s2.body.id).toBe(s1.body.id);
      const sb = set();
      const t1 = await a.post(`/sessions/${s1.body.id}/sets`, sb);
      const t2 = await a.post(`/sessions/${s1.body.id}/sets`, sb);
      expect(t1.status).toBe(201);
      expect(t1.body.guidance.action).toMatch(/continue|hold|reduce|stop-exercise/);
      expect(t2.body.set.id).toBe(t1.body.set.id);
      const got = await a.get(`/sessions/${s1.body.id}`);
      expect(got.body.sets).toHaveLength(1);
      expect(got.body.sets[0]).toMatchObject({ reps: 8, loadKg: 60, rir: 2, pain: 1, painKind: "none" });
      expect((await a.get("/sessions")).body).toHaveLength(1);
    });

    it("G6: sets and sessions can be edited and deleted", async () => {
      const a = await newUser(server);
      const s = (await a.post("/sessions", start())).body;
      const t = (await a.post(`/sessions/${s.id}/sets`, set({ loadKg: 102.5 }))).body.set;
      const edited = await a.patch(`/sessions/${s.id}/sets/${t.id}`, { reps: 10, loadKg: 100 });
      expect(edited.body).toMatchObject({ reps: 10, loadKg: 100 });
      expect((await a.patch(`/sessions/${s.id}/sets/${t.id}`, { pain: 12 })).status).toBe(400);
      expect((await a.del(`/sessions/${s.id}/sets/${t.id}`)).status).toBe(200);
      expect((await a.get(`/sessions/${s.id}`)).body.sets).toEqual([]);
      expect((await a.patch(`/sessions/${s.id}`, { note: "felt fine" })).body.note).toBe("felt fine");
      expect((await a.del(`/sessions/${s.id}`)).status).toBe(204);
      expect((await a.get(`/sessions/${s.id}`)).status).toBe(404);
    });

    it("G5: finishing records pain after and a note, and is idempotent", async () => {
      const a = await newUser(server);
      const s = (await a.post("/sessions", start())).body;
      const fin = { finishedAt: "2026-11-25T09:55:00Z", painAfter: 2, note: "Good session" };
      const f1 = await a.post(`/sessions/${s.id}/finish`, fin);
      const f2 = await a.post(`/sessions/${s.id}/finish`, fin);
      expect(f1.status).toBe(200);
      expect(f1.body).toMatchObject({ painAfter: 2, note: "Good session", finishedAt: "2026-11-25T09:55:00.000Z" });
      expect(Array.isArray(f1.body.progression)).toBe(true);
      expect(f2.body.finishedAt).toBe(f1.body.finishedAt);
      const early = await a.post(`/sessions/${s.id}/finish`, { ...fin, finishedAt: "2026-11-25T07:00:00Z" });
      expect(early.status).toBe(400);
      expect(early.body.error.details[0].path).toBe("finishedAt");
    });

    it("G3: a session started at pain 6 or more is the recovery session", async () => {
      const a = await newUser(server);
      expect((await a.post("/sessions", start({ painBefore: 6 }))).body.recovery).toBe(true);
      expect((await a.post("/sessions", start({ painBefore: 5 }))).body.recovery).toBe(false);
    });

    it.each([
      [{ reps: -1 }, "reps"],
      [{ loadKg: 1000.5 }, "loadKg"],
      [{ loadKg: 20.0001 }, "loadKg"],
      [{ pain: 11 }, "pain"],
      [{ painKind: "burning" }, "painKind"],
      [{ rpe: 7.3 }, "rpe"],
      [{ exerciseId: "moon-squat" }, "exerciseId"],
      [{ belt: "yes" }, "belt"],
      [{ tempo: "3010" }, "tempo"],
    ])("rejects set %j naming %s and stores nothing", async (over, field) => {
      const a = await newUser(server);
      const s = (await a.post("/sessions", start())).body;
      const r = await a.post(`/sessions/${s.id}/sets`, set(over));
      expect(r.status).toBe(400);
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      expect((await a.get(`/sessions/${s.id}`)).body.sets).toEqual([]);
    });

    it.each([
      [{ painBefore: 11 }, "painBefore"],
      [{ date: "2026-11-31" }, "date"],
      [{ startedAt: "yesterday" }, "startedAt"],
      [{ clientId: 42 }, "clientId"],
    ])("rejects session %j naming %s", async (over, field) => {
      const a = await newUser(server);
      const r = await a.post("/sessions", start(over));
      expect(r.status).toBe(400);
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      expect((await a.get("/sessions")).body).toEqual([]);
    });

    it("R1: a session cannot start under an R1 lock until a clearance is recorded", async () => {
      const a = await newUser(server);
      const ci = await a.post("/checkins", {
        clientId: cid(),
        date: "2026-11-25",
        painNow: 3,
        everydayPain: "some",
        redFlags: { saddleNumbness: true },
      });
      expect(ci.body.readiness.tier).toBe("R1");
      const locked = await a.post("/sessions", start());
      expect(locked.status).toBe(423);
      expect(locked.body.error.code).toBe("TRAINING_LOCKED");
      expect((await a.get("/sessions")).body).toEqual([]);
      const cl = await a.post("/clearance", { date: "2026-11-25", by: "Dr Okafor, emergency department" });
      expect(cl.status).toBe(201);
      expect((await a.get("/profile")).body.clearance).toMatchObject({
        status: "cleared",
        by: "Dr Okafor, emergency department",
      });
      expect((await a.post("/sessions", start())).status).toBe(201);
    });

    it("a set must name a session of the user", async () => {
      const a = await newUser(server);
      const b = await newUser(server);
      const s = (await a.post("/sessions", start())).body;
      expect((await b.post(`/sessions/${s.id}/sets`, set())).status).toBe(404);
      expect((await a.get(`/sessions/${s.id}`)).body.sets).toEqual([]);
    });
  });
}
