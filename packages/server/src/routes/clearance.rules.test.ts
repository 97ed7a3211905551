import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const DAY = "2026-11-02";

interface Item {
  exerciseId: string;
  targetRir: number;
  loadKg?: number;
}
interface Block {
  items: Item[];
}
const itemsOf = (blocks: Block[]): Item[] => blocks.flatMap((b) => b.items);

async function setOf(c: TestClient, sessionId: string, exerciseId: string, over: Record<string, unknown> = {}) {
  return c.post(`/sessions/${sessionId}/sets`, {
    clientId: cid(),
    exerciseId,
    setIndex: 0,
    warmup: false,
    reps: 8,
    loadKg: 60,
    rir: 3,
    belt: false,
    pain: 1,
    painKind: "none",
    ...over,
  });
}

for (const engine of testEngines()) {
  describe(`X5 restrictions over the API on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("X5: a clearance's rules remove every matching exercise from the plan, Today and alternatives, and flag a set against them", async () => {
      const c = await newUser(server);
      server.setNow(Date.parse(`${DAY}T07:00:00Z`));
      await c.put("/profile", {
        equipment: ["barbell", "dumbbells", "leg-press", "machines", "cable", "bench"],
        daysPerWeek: 4,
        pinned: ["conventional-deadlift"],
      });
      await c.post("/checkins", {
        clientId: cid(),
        date: DAY,
        painNow: 1,
        everydayPain: "none",
        redFlags: redFlagAnswers(),
      });
      const before = await c.get("/plans/current");
      expect(before.status).toBe(200);

      const bad = await c.post("/clearance", {
        date: DAY,
        by: "Dr Okafor",
        rules: [{ kind: "exercise", value: "no-such-lift" }],
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.error.details)).toContain("rules.0.value");

      const posted = await c.post("/clearance", {
        date: DAY,
        by: "Dr Okafor",
        restrictions: "No loaded spinal flexion, no deadlifts or leg press for 6 weeks",
        rules: [
          { kind: "pattern", value: "hinge", until: "2026-12-14" },
          { kind: "direction", value: "flexion", until: "2026-12-14" },
          { kind: "exercise", value: "horizontal-leg-press", until: "2026-12-14" },
          { kind: "effort-cap", value: 3, until: "2026-12-14" },
        ],
      });
      expect(posted.status).toBe(201);
      expect(posted.body.clearance.rules).toHaveLength(4);
      expect(posted.body.unlocked).toContain("4 rules");
      const ids: string[] = posted.body.clearance.rules.map((r: { id: string }) => r.id);
      expect(new Set(ids).size).toBe(4);

      const exercises = (await c.get("/exercises")).body as {
        id: string;
        pattern: string;
        load: { flexion: number };
      }[];
      const out = new Set(
        exercises
          .filter((e) => e.pattern === "hinge" || e.load.flexion >= 2 || e.id === "horizontal-leg-press")
          .map((e) => e.id),
      );
      expect(out.has("conventional-deadlift")).toBe(true);

      const plan = await c.get("/plans/current");
      const planned = plan.body.days.flatMap((d: { blocks: Block[] }) => itemsOf(d.blocks));
      expect(planned.length).toBeGreaterThan(0);
      for (const i of planned) {
        expect(out.has(i.exerciseId)).toBe(false);
        expect(i.targetRir).toBeGreaterThanOrEqual(3);
      }
      const pin = plan.body.pins.find((p: { exerciseId: string }) => p.exerciseId === "conventional-deadlift");
      expect(pin.state).toBe("held-back");

      for (let d = 0; d < 7; d++) {
        const date = `2026-11-0${2 + d}`;
        const today = await c.get(`/today?date=${date}`);
        expect(today.status).toBe(200);
        for (const i of itemsOf(today.body.session?.blocks ?? [])) expect(out.has(i.exerciseId)).toBe(false);
      }

      for (const id of ["back-squat", "conventional-deadlift", "romanian-deadlift", "leg-press-upright"]) {
        const alts = await c.get(`/exercises/${id}/alternatives`);
        expect(alts.status).toBe(200);
        for (const a of alts.body) expect(out.has(a.exercise.id)).toBe(false);
      }

      const s = await c.post("/sessions", { clientId: cid(), date: DAY, startedAt: `${DAY}T17:00:00Z`, painBefore: 1 });
      const against = await setOf(c, s.body.id, "conventional-deadlift");
      expect(against.status).toBe(201);
      expect(against.body.set.flagged).toBe(true);
      expect(against.body.guidance.action).toBe("stop-exercise");
      expect(against.body.guidance.rule).toBe("restriction");
      expect(against.body.guidance.message).toContain("no hinge movements");
      for (const a of against.body.guidance.alternatives) expect(out.has(a.exercise.id)).toBe(false);

      const hard = await setOf(c, s.body.id, "bench-press", { rir: 1 });
      expect([hard.body.set.flagged, hard.body.guidance.action]).toEqual([true, "hold"]);
      const fine = await setOf(c, s.body.id, "bench-press", { rir: 3 });
      expect(fine.body.set.flagged).toBe(false);

      const next = await c.get("/exercises/conventional-deadlift/next");
      expect(next.body.decision).toBe("substitute");

      // X2: the rules travel with the backup.
      const backup = (await c.get("/export")).body;
      expect(backup.clearances[0].rules).toHaveLength(4);
      // The profile's list of the rules in force rides along too (an export that left its schema failed here).
      expect(backup.profile.clearance.rules).toHaveLength(4);

      // A later clearance lifts the leg press rule by id; one without rules lifts nothing.
      const lift = await c.post("/clearance", { date: "2026-11-03", by: "Dr Okafor", lifts: [ids[2]] });
      expect(lift.status).toBe(201);
      expect(lift.body.unlocked).toContain("1 earlier rule ends");
      const wrongLift = await c.post("/clearance", { date: "2026-11-03", by: "Dr Okafor", lifts: ["nope"] });
      expect(wrongLift.status).toBe(400);
      expect(JSON.stringify(wrongLift.body.error.details)).toContain("lifts.0");
    });

    it("X5: T6 offers no re-test for an exercise under a rule, and the report and PDF carry the rules", async () => {
      const c = await newUser(server);
      for (const date of ["2026-10-01", "2026-10-03"]) {
        server.setNow(Date.parse(`${date}T17:00:00Z`));
        const s = await c.post("/sessions", { clientId: cid(), date, startedAt: `${date}T17:00:00Z`, painBefore: 1 });
        await setOf(c, s.body.id, "back-squat", { loadKg: 100, reps: 5, rir: 2, pain: 4, painKind: "sharp" });
        await c.post(`/sessions/${s.body.id}/finish`, { finishedAt: `${date}T18:00:00Z`, painAfter: 1 });
      }
      for (let d = 4; d <= 31; d++) {
        const date = `2026-10-${String(d).padStart(2, "0")}`;
        server.setNow(Date.parse(`${date}T07:00:00Z`));
        await c.post("/checkins", {
          clientId: cid(),
          date,
          painNow: 0,
          everydayPain: "none",
          redFlags: redFlagAnswers(),
        });
      }
      server.setNow(Date.parse("2026-10-31T12:00:00Z"));
      const offered = (await c.get("/insights/triggers")).body.find(
        (t: { subject: { exerciseId?: string } }) => t.subject.exerciseId === "back-squat",
      );
      expect(offered?.test).toMatchObject({ kind: "retest", state: "offered" });
      const posted = await c.post("/clearance", {
        date: "2026-10-31",
        by: "Dr Okafor",
        rules: [{ kind: "exercise", value: "back-squat", until: "2026-11-30" }],
      });
      expect(posted.status).toBe(201);
      const after = (await c.get("/insights/triggers")).body.find(
        (t: { subject: { exerciseId?: string } }) => t.subject.exerciseId === "back-squat",
      );
      expect(after?.test?.state).not.toBe("offered");

      const report = await c.get("/reports/clinician?from=2026-10-01&to=2026-10-31&format=html");
      expect(report.status).toBe(200);
      const text = typeof report.body === "string" ? report.body : JSON.stringify(report.body);
      expect(text).toContain("no back squat");
      const pdf = await c.get("/reports/clinician?from=2026-10-01&to=2026-10-31&format=pdf");
      expect(pdf.status).toBe(200);
    });

    it("X5: a load cap holds the next target and answers a heavier set reduce at the cap", async () => {
      const c = await newUser(server);
      server.setNow(Date.parse("2026-10-28T17:00:00Z"));
      const s0 = await c.post("/sessions", {
        clientId: cid(),
        date: "2026-10-28",
        startedAt: "2026-10-28T17:00:00Z",
        painBefore: 1,
      });
      await setOf(c, s0.body.id, "back-squat", { loadKg: 100, reps: 8, rir: 2 });
      await c.post(`/sessions/${s0.body.id}/finish`, { finishedAt: "2026-10-28T18:00:00Z", painAfter: 1 });
      server.setNow(Date.parse(`${DAY}T07:00:00Z`));
      const posted = await c.post("/clearance", {
        date: DAY,
        by: "Physio",
        rules: [{ kind: "load-cap", value: { percent: 60 }, scope: ["back-squat"], until: "2026-12-01" }],
      });
      expect(posted.status).toBe(201);
      const next = await c.get("/exercises/back-squat/next");
      expect(next.body.loadKg).toBeLessThanOrEqual(60);
      const s = await c.post("/sessions", { clientId: cid(), date: DAY, startedAt: `${DAY}T17:00:00Z`, painBefore: 1 });
      const heavy = await setOf(c, s.body.id, "back-squat", { loadKg: 80 });
      expect(heavy.body.set.flagged).toBe(true);
      expect(heavy.body.guidance.action).toBe("reduce");
      expect(heavy.body.guidance.next.loadKg).toBe(60);
    });
  });
}
