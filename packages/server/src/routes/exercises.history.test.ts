// The exercise page's data over the API: every session of an exercise newest first, its personal records and e1RM
// series, and the records a new set sets, on both engines. Another user sees none of it.
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

async function session(c: TestClient, server: TestServer, date: string, sets: { reps: number; loadKg: number }[]) {
  server.setNow(Date.parse(`${date}T17:00:00Z`));
  const s = await c.post("/sessions", { clientId: cid(), date, startedAt: `${date}T17:00:00Z`, painBefore: 1 });
  const answers = [];
  for (const [i, x] of sets.entries()) {
    const r = await c.post(`/sessions/${s.body.id}/sets`, {
      clientId: cid(),
      exerciseId: "goblet-squat",
      setIndex: i,
      warmup: false,
      reps: x.reps,
      loadKg: x.loadKg,
      rir: 2,
      belt: false,
      pain: 0,
      painKind: "none",
    });
    expect(r.status).toBe(201);
    answers.push(r.body);
  }
  return { id: s.body.id as string, answers };
}

for (const engine of testEngines()) {
  describe(`exercise history and records on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("a set that beats the log answers the records it set; the history lists sessions newest first with records", async () => {
      const a = await newUser(server);
      const first = await session(a, server, "2026-10-01", [
        { reps: 8, loadKg: 20 },
        { reps: 8, loadKg: 20 },
      ]);
      // Nothing to beat yet: the first session marks no record.
      expect(first.answers.every((x) => x.records === undefined)).toBe(true);
      const second = await session(a, server, "2026-10-04", [
        { reps: 8, loadKg: 20 },
        { reps: 8, loadKg: 22 },
        { reps: 10, loadKg: 22 },
      ]);
      expect(second.answers[0].records).toBeUndefined();
      expect(second.answers[1].records).toEqual(expect.arrayContaining(["heaviest", "e1rm", "reps"]));
      // 20x8 + 22x8 = 336 kg passes the first session's 320 kg at the second set.
      expect(second.answers[1].records).toContain("volume");
      expect(second.answers[2].records).toEqual(["reps"]);

      const h = await a.get("/exercises/goblet-squat/history");
      expect(h.status).toBe(200);
      expect(h.body.sessions.map((s: { sessionId: string }) => s.sessionId)).toEqual([second.id, first.id]);
      expect(h.body.total).toBe(2);
      expect(h.body.records.heaviest).toMatchObject({ value: 22, date: "2026-10-04" });
      expect(h.body.records.reps).toMatchObject({ value: 10, loadKg: 22 });
      expect(h.body.records.volume).toMatchObject({ value: 556, date: "2026-10-04" });
      expect(h.body.e1rm.map((p: { date: string }) => p.date)).toEqual(["2026-10-01", "2026-10-04"]);
      const limited = await a.get("/exercises/goblet-squat/history?limit=1");
      expect(limited.body.sessions).toHaveLength(1);
      expect(limited.body.total).toBe(2);
      expect((await a.get("/exercises/goblet-squat/history?limit=0")).body.error.details[0].path).toBe("limit");
    });

    it("records follow an edit of the log (G6)", async () => {
      const a = await newUser(server);
      await session(a, server, "2026-10-01", [{ reps: 8, loadKg: 20 }]);
      const s = await session(a, server, "2026-10-04", [{ reps: 8, loadKg: 24 }]);
      const setId = s.answers[0].set.id;
      expect((await a.get("/exercises/goblet-squat/history")).body.records.heaviest.value).toBe(24);
      await a.patch(`/sessions/${s.id}/sets/${setId}`, { loadKg: 18 });
      expect((await a.get("/exercises/goblet-squat/history")).body.records.heaviest.value).toBe(20);
    });

    it("another user's history is empty, and an unknown exercise is a 404", async () => {
      const a = await newUser(server);
      await session(a, server, "2026-10-01", [{ reps: 8, loadKg: 20 }]);
      const b = await newUser(server);
      const theirs = await b.get("/exercises/goblet-squat/history");
      expect(theirs.body).toMatchObject({ sessions: [], total: 0, e1rm: [], records: { repsAtLoad: [] } });
      const custom = await a.post("/exercises", { name: "Sandbag squat" });
      expect((await b.get(`/exercises/${custom.body.id}/history`)).status).toBe(404);
      expect((await a.get("/exercises/no-such-lift/history")).status).toBe(404);
    });
  });
}
