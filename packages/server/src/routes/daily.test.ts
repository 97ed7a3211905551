import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, startTestServer, type TestServer } from "../testing/harness.js";

const entry = (over: Record<string, unknown>) => ({ clientId: cid(), date: "2026-11-25", ...over });

for (const engine of testEngines()) {
  describe(`daily support on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("N1: water adds up toward a target from body weight; one clientId counts once", async () => {
      const a = await newUser(server);
      await a.put("/profile", { bodyWeightKg: 80, sex: "male" });
      const before = await a.get("/daily?date=2026-11-25");
      expect(before.body).toMatchObject({ date: "2026-11-25", waterMl: 0, waterTargetMl: 2800 });
      const glass = entry({ kind: "water", amountMl: 250 });
      const r1 = await a.post("/daily", glass);
      const r2 = await a.post("/daily", glass);
      expect(r1.status).toBe(201);
      expect(r1.body.waterMl).toBe(250);
      expect(r2.body.waterMl).toBe(250);
      const r3 = await a.post("/daily", entry({ kind: "water", amountMl: 500 }));
      expect(r3.body.waterMl).toBe(750);
    });

    it("N2: a supplement total above the upper limit warns, without dosing advice", async () => {
      const a = await newUser(server);
      await a.put("/profile", { ageBand: "19-50" });
      const r = await a.post("/daily", entry({ kind: "supplement", name: "Vitamin D3", amount: 5000, unit: "IU" }));
      expect(r.status).toBe(201);
      expect(r.body.warnings.map((w: { code: string }) => w.code)).toContain("ABOVE_UPPER_LIMIT");
      expect(r.body.supplements).toHaveLength(1);
    });

    it.each([
      [{ kind: "water", amountMl: 10_001 }, "amountMl"],
      [{ kind: "water", amountMl: -5 }, "amountMl"],
      [{ kind: "water" }, "amountMl"],
      [{ kind: "supplement", name: "Vitamin D", amount: 200_000, unit: "IU" }, "amount"],
      [{ kind: "supplement", name: "Calcium", amount: 500 }, "unit"],
      [{ kind: "supplement", name: "Calcium", amount: -1, unit: "mg" }, "amount"],
      [{ kind: "blood-flow", name: "foam-rolling", minutes: 0 }, "minutes"],
      [{ kind: "coffee", amountMl: 200 }, "kind"],
      [{ kind: "water", amountMl: 200, date: "2026-12-25" }, "date"],
    ])("rejects %j naming %s and stores nothing", async (over, field) => {
      const a = await newUser(server);
      const r = await a.post("/daily", entry(over));
      expect(r.status).toBe(400);
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      const day = await a.get(`/daily?date=2026-11-25`);
      expect(day.body.waterMl).toBe(0);
      expect(day.body.supplements).toEqual([]);
    });

    it("N3, P4: the day's rest-day suggestions leave out a pattern the user excluded", async () => {
      const a = await newUser(server);
      // A plan with no session on 2026-11-25 (a Wednesday) makes it a rest day.
      await a.put("/profile", { daysPerWeek: 2, trainingDays: ["mon", "fri"], aggravating: [{ pattern: "mobility" }] });
      const day = await a.get("/daily?date=2026-11-25");
      expect(day.status).toBe(200);
      const kinds = day.body.suggestions.map((x: { kind: string }) => x.kind);
      expect(kinds).toContain("walking");
      expect(kinds).not.toContain("dynamic-stretching");
    });

    it("N3, D1: a day carries cards, and entries can be deleted", async () => {
      const a = await newUser(server);
      await a.put("/profile", { sleepPosition: "side" });
      const day = await a.post("/daily", entry({ kind: "blood-flow", name: "foam-rolling", minutes: 10 }));
      expect(day.body.cards.length).toBeGreaterThan(0);
      expect(day.body.bloodFlow).toHaveLength(1);
      const id = day.body.entries[0].id;
      expect((await a.del(`/daily/${id}`)).status).toBe(204);
      expect((await a.get("/daily?date=2026-11-25")).body.bloodFlow).toEqual([]);
      const b = await newUser(server);
      expect((await b.del(`/daily/${id}`)).status).toBe(404);
    });
  });
}
