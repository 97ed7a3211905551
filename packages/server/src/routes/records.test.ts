import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, startTestServer, type TestServer } from "../testing/harness.js";

const checkin = (over: Record<string, unknown> = {}) => ({
  clientId: cid(),
  date: "2026-11-25",
  painNow: 2,
  everydayPain: "none",
  ...over,
});

for (const engine of testEngines()) {
  describe(`profile, check-ins and isolation on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("answers defaults before anything is set, and merges updates", async () => {
      const a = await newUser(server);
      const p0 = await a.get("/profile");
      expect(p0.body).toMatchObject({
        unit: "kg",
        daysPerWeek: 3,
        clearance: { status: "none" },
        noticeAcceptedAt: null,
      });
      const p1 = await a.put("/profile", { unit: "lb", bodyWeightKg: 90.7, equipment: ["dumbbells", "bench"] });
      expect(p1.status).toBe(200);
      expect(p1.body).toMatchObject({
        unit: "lb",
        bodyWeightKg: 90.7,
        daysPerWeek: 3,
        equipment: ["dumbbells", "bench"],
      });
      const p2 = await a.put("/profile", { settings: { targetRir: 3 } });
      expect(p2.body.settings).toMatchObject({ targetRir: 3, beltThresholdPct: 85 });
      expect((await a.post("/profile/notice", { accepted: true })).status).toBe(204);
      expect((await a.get("/profile")).body.noticeAcceptedAt).toBe("2026-11-25T09:00:00.000Z");
    });

    it.each([
      [{ unit: "stone" }, "unit"],
      [{ daysPerWeek: 7 }, "daysPerWeek"],
      [{ sessionMinutes: 20 }, "sessionMinutes"],
      [{ timeZone: "Mars/Olympus" }, "timeZone"],
      [{ equipment: ["rocket"] }, "equipment.0"],
      [{ clearance: { status: "cleared" } }, "clearance"],
      [{ bodyWeightKg: "80" }, "bodyWeightKg"],
    ])("rejects profile %j naming %s, and changes nothing", async (body, field) => {
      const a = await newUser(server);
      const r = await a.put("/profile", body);
      expect(r.status).toBe(400);
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      expect((await a.get("/profile")).body.unit).toBe("kg");
    });

    it("words validation problems plainly, naming the field", async () => {
      const a = await newUser(server);
      const unit = await a.put("/profile", { unit: "stone" });
      expect(unit.body.error.details[0]).toEqual({ path: "unit", message: "must be one of: kg, lb" });
      const days = await a.put("/profile", { daysPerWeek: 9 });
      expect(days.body.error.details[0]).toEqual({ path: "daysPerWeek", message: "must be at most 6" });
      const missing = await a.post("/checkins", { clientId: cid(), date: "2026-11-25", everydayPain: "none" });
      expect(missing.body.error.details[0]).toEqual({ path: "painNow", message: "is required" });
      const name = await a.post("/exercises", {
        name: "x",
        pattern: "squat",
        primaryMuscles: ["quads"],
        laterality: "bilateral",
        equipment: ["dumbbells"],
        load: { axial: 1, shear: 1, flexion: 0, extension: 0, rotation: 0, support: "free" },
      });
      expect(name.body.error.details[0]).toEqual({ path: "name", message: "must be at least 2 characters" });
    });

    it("keeps one check-in per day: posting again updates it", async () => {
      const a = await newUser(server);
      const r1 = await a.post("/checkins", checkin({ painNow: 4 }));
      expect(r1.status).toBe(201);
      expect(r1.body.readiness.tier).toMatch(/^R[1-5]$/);
      const r2 = await a.post("/checkins", checkin({ painNow: 1, everydayPain: "none" }));
      expect(r2.body.checkin.id).toBe(r1.body.checkin.id);
      const list = await a.get("/checkins");
      expect(list.body).toHaveLength(1);
      expect(list.body[0].painNow).toBe(1);
    });

    it("R1/S0.2: a red flag answered yes stays yes whatever is posted later that day", async () => {
      const a = await newUser(server);
      const r1 = await a.post("/checkins", checkin({ redFlags: { saddleNumbness: true } }));
      expect(r1.body.readiness.tier).toBe("R1");
      const r2 = await a.post("/checkins", checkin({ redFlags: { saddleNumbness: false } }));
      expect(r2.body.checkin.redFlags.saddleNumbness).toBe(true);
      expect(r2.body.readiness.tier).toBe("R1");
      const patched = await a.patch(`/checkins/${r1.body.checkin.id}`, { redFlags: { saddleNumbness: false } });
      expect(patched.body.redFlags.saddleNumbness).toBe(true);
      expect((await a.del(`/checkins/${r1.body.checkin.id}`)).status).toBe(409);
    });

    it.each([
      [{ painNow: 11 }, "painNow"],
      [{ painNow: -1 }, "painNow"],
      [{ painNow: 2.5 }, "painNow"],
      [{ date: "25/11/2026" }, "date"],
      [{ date: "2026-02-30" }, "date"],
      [{ date: "2026-11-28" }, "date"],
      [{ everydayPain: "lots" }, "everydayPain"],
      [{ regions: ["left-foot"] }, "regions.0"],
      [{ nerve: [{ kind: "tingling", trend: "new" }] }, "nerve.0.region"],
      [{ nerve: [{ region: "thigh-left", trend: "new" }] }, "nerve.0.kind"],
      [{ clientId: "abc" }, "clientId"],
      [{ mood: "ok" }, "mood"],
      [{ redFlags: { bladderBowel: "yes" } }, "redFlags.bladderBowel"],
    ])("rejects check-in %j naming %s and stores nothing", async (over, field) => {
      const a = await newUser(server);
      const r = await a.post("/checkins", checkin(over));
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe("VALIDATION_FAILED");
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      expect((await a.get("/checkins")).body).toEqual([]);
    });

    it("accepts tomorrow (a client clock ahead) but not the day after", async () => {
      const a = await newUser(server);
      expect((await a.post("/checkins", checkin({ date: "2026-11-26" }))).status).toBe(201);
      expect((await a.post("/checkins", checkin({ date: "2026-11-27" }))).status).toBe(400);
    });

    it("answers 404 for another user's records, exactly as for missing ones", async () => {
      const a = await newUser(server);
      const b = await newUser(server);
      const c1 = await a.post("/checkins", checkin());
      const s1 = await a.post("/sessions", {
        clientId: cid(),
        date: "2026-11-25",
        startedAt: "2026-11-25T09:00:00Z",
        painBefore: 1,
      });
      const missing = await b.get("/checkins/01a2130c-0000-7000-8000-000000000000");
      for (const path of [`/checkins/${c1.body.checkin.id}`, `/sessions/${s1.body.id}`]) {
        const r = await b.get(path);
        expect(r.status).toBe(404);
        expect(r.body.error.code).toBe(missing.body.error.code);
      }
      expect((await b.patch(`/sessions/${s1.body.id}`, { note: "x" })).status).toBe(404);
      expect((await b.del(`/sessions/${s1.body.id}`)).status).toBe(404);
      expect((await b.get("/checkins")).body).toEqual([]);
      expect((await b.get("/sessions")).body).toEqual([]);
      expect((await a.get(`/sessions/${s1.body.id}`)).status).toBe(200);
    });

    it("answers 413 for a body over the limit and 400 for broken JSON", async () => {
      // A small limit keeps the oversized body inside the socket buffers, so the client reads the 413 cleanly.
      const small = await startTestServer(engine, { bodyLimitBytes: 4096 });
      try {
        const u = await newUser(small);
        const big = await u.post("/checkins", checkin({ note: "x".repeat(8000) }));
        expect(big.status).toBe(413);
        expect(big.body.error.code).toBe("PAYLOAD_TOO_LARGE");
        expect((await u.get("/checkins")).body).toEqual([]);
      } finally {
        await small.close();
      }
      const a = await newUser(server);
      const broken = await a.req("POST", "/checkins", "{not json");
      expect(broken.status).toBe(400);
      expect((await a.get("/checkins")).body).toEqual([]);
    });

    it("serves the OpenAPI document and 404s unknown API paths as JSON", async () => {
      const a = await newUser(server);
      const doc = await fetch(server.url.replace("/api/v1", "/api/openapi.json")).then(
        (r) => r.json() as Promise<{ openapi: string; paths: Record<string, unknown> }>,
      );
      expect(doc.openapi).toBe("3.1.0");
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(["/checkins", "/sessions/{id}/sets", "/auth/register"]),
      );
      const r = await a.get("/nope");
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe("NOT_FOUND");
    });
  });
}
