import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestServer } from "../testing/harness.js";

const DAY = "2026-11-02";

for (const engine of testEngines()) {
  describe(`R7 and R8 over the API on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("R7: the screen is due once, four or more gives rheumatology advice, nothing is locked, and it is not due again until a year on", async () => {
      const c = await newUser(server);
      server.setNow(Date.parse(`${DAY}T07:00:00Z`));
      await c.post("/checkins", {
        clientId: cid(),
        date: DAY,
        painNow: 1,
        everydayPain: "none",
        redFlags: redFlagAnswers(),
      });
      const before = await c.get("/readiness");
      expect(before.body.tier).toBe("R5");
      expect(before.body.advice.map((a: { code: string }) => a.code)).toContain("inflammatory-screen");
      expect((await c.get("/screens/inflammatory")).body).toMatchObject({
        latest: null,
        outcome: { due: true, count: 0 },
      });

      const bad = await c.post("/screens/inflammatory", { onsetBefore45: "yes", longerThan3Months: true });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.error.details)).toContain("onsetBefore45");

      const answers = {
        before35: true,
        wakesSecondHalf: true,
        buttockPain: true,
        betterWithMovement: true,
        psoriasis: false,
      };
      const posted = await c.post("/screens/inflammatory", { onsetBefore45: true, longerThan3Months: true, answers });
      expect(posted.status).toBe(201);
      expect(posted.body.outcome).toMatchObject({ due: false, count: 4, advice: { code: "rheumatology" } });
      const after = await c.get("/readiness");
      expect(after.body.tier).toBe("R5");
      const codes = after.body.advice.map((a: { code: string }) => a.code);
      expect(codes).toEqual(["rheumatology"]);

      // (Due again a year on: the core's R7 table test; a login does not last a year.)
      expect((await c.get("/screens/inflammatory")).body.outcome.due).toBe(false);

      const backup = (await c.get("/export")).body;
      expect(backup.screens).toHaveLength(1);
      expect(backup.screens[0].answers.answers.before35).toBe(true);
    });

    it("R8: both legs on the map with 'both legs' answered no asks again, the day is recovery only, and the re-answer decides", async () => {
      const c = await newUser(server);
      server.setNow(Date.parse(`${DAY}T07:00:00Z`));
      const first = await c.post("/checkins", {
        clientId: cid(),
        date: DAY,
        painNow: 2,
        everydayPain: "none",
        regions: ["thigh-left", "below-knee-right"],
        redFlags: redFlagAnswers(),
      });
      expect(first.body.readiness.ask).toEqual(["bothLegs"]);
      expect(first.body.readiness.tier).toBe("R3");
      const today = await c.get("/today");
      expect(today.body.readiness.ask).toEqual(["bothLegs"]);

      const again = await c.post("/checkins", {
        clientId: cid(),
        date: DAY,
        painNow: 2,
        everydayPain: "none",
        redFlags: { bothLegs: false },
        confirmed: ["bothLegs"],
      });
      expect(again.body.readiness.ask).toBeUndefined();
      expect(again.body.readiness.tier).toBe("R5");
      expect(again.body.checkin.confirmed).toEqual(["bothLegs"]);

      const d2 = "2026-11-03";
      server.setNow(Date.parse(`${d2}T07:00:00Z`));
      await c.post("/checkins", {
        clientId: cid(),
        date: d2,
        painNow: 2,
        everydayPain: "none",
        regions: ["thigh-left", "thigh-right"],
        redFlags: redFlagAnswers(),
      });
      const yes = await c.post("/checkins", {
        clientId: cid(),
        date: d2,
        painNow: 2,
        everydayPain: "none",
        redFlags: { bothLegs: true },
        confirmed: ["bothLegs"],
      });
      expect(yes.body.readiness.tier).toBe("R1");
    });
  });
}
