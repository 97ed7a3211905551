import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const DAY = 86_400_000;
const ALL_NO = redFlagAnswers();

/** Logs one session of one exercise on `date` with the given pain during and kind. */
async function session(
  c: TestClient,
  server: TestServer,
  date: string,
  exerciseId: string,
  sets: { reps: number; loadKg: number; pain: number; painKind?: string; rir?: number }[],
) {
  server.setNow(Date.parse(`${date}T17:00:00Z`));
  const s = await c.post("/sessions", { clientId: cid(), date, startedAt: `${date}T17:00:00Z`, painBefore: 1 });
  const answers = [];
  for (const [i, x] of sets.entries()) {
    answers.push(
      await c.post(`/sessions/${s.body.id}/sets`, {
        clientId: cid(),
        exerciseId,
        setIndex: i,
        warmup: false,
        reps: x.reps,
        loadKg: x.loadKg,
        rir: x.rir ?? 2,
        belt: false,
        pain: x.pain,
        painKind: x.painKind ?? (x.pain > 0 ? "tightness" : "none"),
      }),
    );
  }
  const fin = await c.post(`/sessions/${s.body.id}/finish`, { finishedAt: `${date}T18:00:00Z`, painAfter: 1 });
  return { id: s.body.id as string, answers, fin };
}

async function morning(c: TestClient, server: TestServer, date: string, painNow: number) {
  server.setNow(Date.parse(`${date}T07:00:00Z`));
  return c.post("/checkins", { clientId: cid(), date, painNow, everydayPain: "none", redFlags: ALL_NO });
}

for (const engine of testEngines()) {
  describe(`derived conclusions over the API on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("G3: sharp pain stops the exercise with alternatives; a later set of it is stored and flagged", async () => {
      const a = await newUser(server);
      await morning(a, server, "2026-11-25", 1);
      const { answers } = await session(a, server, "2026-11-25", "back-squat", [
        { reps: 5, loadKg: 100, pain: 1 },
        { reps: 5, loadKg: 100, pain: 4, painKind: "sharp" },
        { reps: 5, loadKg: 100, pain: 1 },
      ]);
      expect(answers[0]?.body.guidance.action).toBe("continue");
      expect(answers[1]?.body.guidance.action).toBe("stop-exercise");
      const alternatives = answers[1]?.body.guidance.alternatives ?? [];
      expect(alternatives.length).toBeGreaterThan(0);
      expect(alternatives.map((x: { exercise: { id: string } }) => x.exercise.id)).not.toContain("back-squat");
      expect(answers[2]?.status).toBe(201);
      expect(answers[2]?.body.set.flagged).toBe(true);
    });

    it("O1: green sessions at the top of the range raise the load by one step; T2: two sharp events make a trigger", async () => {
      server.setNow(Date.parse("2026-09-30T06:00:00Z"));
      const a = await newUser(server);
      const start = Date.parse("2026-10-01T00:00:00Z");
      for (let i = 0; i < 3; i++) {
        const d = new Date(start + i * 3 * DAY).toISOString().slice(0, 10);
        const next = new Date(start + (i * 3 + 1) * DAY).toISOString().slice(0, 10);
        await morning(a, server, d, 1);
        await session(a, server, d, "leg-press-upright", [
          { reps: 12, loadKg: 100, pain: 0 },
          { reps: 12, loadKg: 100, pain: 0 },
          { reps: 12, loadKg: 100, pain: 1 },
        ]);
        await morning(a, server, next, 1);
      }
      server.setNow(Date.parse("2026-10-12T08:00:00Z"));
      const next = await a.get("/exercises/leg-press-upright/next");
      expect(next.body).toMatchObject({ exerciseId: "leg-press-upright" });
      expect(next.body.decision).toBe("increase");
      expect(next.body.loadKg).toBeGreaterThan(100);
      expect(next.body.loadKg).toBeLessThanOrEqual(110);
      // The same target travels with GET /today when the plan holds the exercise (a Monday at full training).
      await morning(a, server, "2026-10-12", 0);
      const day0 = (await a.get("/plans/current")).body.days[0];
      expect(day0.weekday).toBe("mon");
      const main = day0.blocks.find((b: { kind: string }) => b.kind === "main");
      const ids = main.items.map((i: { exerciseId: string }) => i.exerciseId);
      if (!ids.includes("leg-press-upright")) {
        const swap = await a.post("/plans/current/swap", {
          dayIndex: day0.index,
          fromExerciseId: ids[0],
          toExerciseId: "leg-press-upright",
        });
        expect(swap.status).toBe(200);
      }
      const today = await a.get("/today?date=2026-10-12");
      expect(today.body.readiness.tier).toBe("R5");
      const items = today.body.session.blocks.flatMap(
        (b: { items: { exerciseId: string; loadKg?: number; next?: { decision: string } }[] }) => b.items,
      );
      const lp = items.find((i: { exerciseId: string }) => i.exerciseId === "leg-press-upright");
      // O1 (revised 2026-12): once the plan holds the exercise, its item's rep range is the one the target uses, in
      // GET /today and GET /exercises/:id/next alike.
      const again = await a.get("/exercises/leg-press-upright/next");
      expect(again.body.reps).toEqual(lp.reps);
      expect(lp.loadKg).toBe(again.body.loadKg);
      expect(lp.next.decision).toBe(again.body.decision);

      for (const d of ["2026-10-13", "2026-10-16"]) {
        await morning(a, server, d, 2);
        await session(a, server, d, "leg-press-reclined", [{ reps: 10, loadKg: 120, pain: 6, painKind: "sharp" }]);
      }
      await morning(a, server, "2026-10-17", 0);
      server.setNow(Date.parse("2026-10-17T08:00:00Z"));
      const triggers = await a.get("/insights/triggers");
      const reclined = triggers.body.find(
        (t: { subject: { exerciseId?: string } }) => t.subject.exerciseId === "leg-press-reclined",
      );
      expect(reclined.status).toBe("trigger");
      expect(reclined.evidence.length).toBeGreaterThan(0);
      const sub = await a.get("/exercises/leg-press-reclined/next");
      expect(sub.body.decision).toBe("substitute");
      expect(sub.body.substitute.exerciseId).toBeTruthy();
      const alts = await a.get("/exercises/leg-press-reclined/alternatives?reason=trigger");
      // S3 under full training: the upright pad first. Under R4 (no check-in yet) single-limb work leads.
      expect(alts.body[0].exercise.id).toBe("leg-press-upright");
      server.setNow(Date.parse("2026-10-18T08:00:00Z"));
      const r4 = await a.get("/exercises/leg-press-reclined/alternatives?reason=trigger");
      expect(r4.body[0].exercise.laterality).toBe("unilateral");
      expect((await a.get("/exercises/leg-press-reclined/alternatives?reason=nope")).status).toBe(400);
    });

    it("T4: trends answer pain averages and sessions; T3 stays silent before 30 days of check-ins", async () => {
      server.setNow(Date.parse("2026-11-20T06:00:00Z"));
      const a = await newUser(server);
      await morning(a, server, "2026-11-20", 3);
      await morning(a, server, "2026-11-21", 2);
      const t = await a.get("/insights/trends?from=2026-11-15&to=2026-11-21");
      expect(t.status).toBe(200);
      expect(t.body.pain.length).toBeGreaterThan(0);
      // G4: the 4-week belt share travels with the trends.
      expect(t.body.belt4Weeks).toMatchObject({ share: expect.any(Number), warn: false });
      expect((await a.get("/insights/habits")).body).toEqual([]);
      expect((await a.get("/insights/trends?from=2026-11-22&to=2026-11-21")).status).toBe(400);
    });
  });
}
