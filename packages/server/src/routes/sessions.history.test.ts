import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, startTestServer, type TestServer } from "../testing/harness.js";

for (const engine of testEngines()) {
  describe(`history pages on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("G6: GET /sessions?limit gives the newest sessions in whole days, and `to` pages further back", async () => {
      const a = await newUser(server);
      const days = ["2026-11-01", "2026-11-03", "2026-11-03", "2026-11-05", "2026-11-07"];
      for (const [i, date] of days.entries()) {
        const r = await a.post("/sessions", {
          clientId: cid(),
          date,
          startedAt: `${date}T0${i}:00:00Z`,
          painBefore: 1,
        });
        expect(r.status).toBe(201);
      }
      const first = (await a.get("/sessions?limit=3")).body as { date: string }[];
      // The third newest is on 11-03, and so is the fourth: a page never splits a day.
      expect(first.map((s) => s.date)).toEqual(["2026-11-07", "2026-11-05", "2026-11-03", "2026-11-03"]);
      const next = (await a.get("/sessions?limit=3&to=2026-11-02")).body as { date: string }[];
      expect(next.map((s) => s.date)).toEqual(["2026-11-01"]);
      expect((await a.get("/sessions")).body).toHaveLength(5);
      const bad = await a.get("/sessions?limit=0");
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("limit");
    });
  });
}
