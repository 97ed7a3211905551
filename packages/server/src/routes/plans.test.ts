import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const answers = redFlagAnswers;

// 2026-11-25 is a Wednesday.
const checkin = (c: TestClient, over: Record<string, unknown>) =>
  c.post("/checkins", {
    clientId: cid(),
    date: "2026-11-25",
    painNow: 1,
    everydayPain: "none",
    redFlags: answers(),
    ...over,
  });

type Block = { kind: string; items: { exerciseId: string }[] };

for (const engine of testEngines()) {
  describe(`plans and today on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("P1, P2: a plan on the profile's weekdays, each day opening with alignment and closing with a cooldown", async () => {
      const a = await newUser(server);
      await a.put("/profile", { daysPerWeek: 3, trainingDays: ["mon", "wed", "fri"], sessionMinutes: 60 });
      const p = await a.post("/plans", {});
      expect(p.status).toBe(201);
      expect(p.body.days.map((d: { weekday: string }) => d.weekday)).toEqual(["mon", "wed", "fri"]);
      for (const d of p.body.days) {
        expect(d.blocks[0].kind).toBe("alignment");
        expect(d.blocks.at(-1).kind).toBe("cooldown");
        expect(d.minutes).toBeLessThanOrEqual(60);
      }
      expect((await a.get("/plans/current")).body.id).toBe(p.body.id);
      expect((await a.post("/plans", { extra: 1 })).status).toBe(400);
    });

    it("P7: the plan is one block; after its 4 training weeks and deload week a new block's plan becomes current", async () => {
      const start = Date.parse("2026-11-25T09:00:00Z");
      server.setNow(start);
      try {
        const a = await newUser(server);
        const p = (await a.post("/plans", {})).body;
        expect(p.reasons.some((r: string) => r.startsWith("This block runs until 29 Dec 2026"))).toBe(true);
        // Weekly visits keep the login alive (it slides) and the block's plan current.
        for (const day of [7, 14, 21, 28, 34]) {
          server.setNow(start + day * 86_400_000);
          expect((await a.get("/plans/current")).body.id).toBe(p.id);
        }
        server.setNow(start + 35 * 86_400_000);
        const next = (await a.get("/plans/current")).body;
        expect(next.id).not.toBe(p.id);
        expect(next.reasons.some((r: string) => r.startsWith("This block runs until 2 Feb 2027"))).toBe(true);
        expect((await a.get("/plans/current")).body.id).toBe(next.id);
      } finally {
        server.setNow(start);
      }
    });

    it("P6: three greens propose a step up; swapping the exercise for itself declines it, swapping to it takes it on every day", async () => {
      const start = Date.parse("2026-11-25T09:00:00Z");
      try {
        const a = await newUser(server);
        await a.put("/profile", { daysPerWeek: 3, trainingDays: ["mon", "wed", "fri"], experience: "intermediate" });
        const plan = (await a.post("/plans", {})).body;
        const main = plan.days
          .flatMap((d: { index: number; blocks: Block[] }) =>
            d.blocks
              .filter((b) => b.kind === "main")
              .flatMap((b) => b.items.map((i) => ({ day: d.index, id: i.exerciseId }))),
          )
          .find((x: { id: string }) => x.id === "leg-press-reclined" || x.id === "leg-press-upright");
        expect(main).toBeTruthy();
        // Three calm sessions on it, each with a next morning no worse than before.
        for (const [k, date] of ["2026-11-16", "2026-11-18", "2026-11-20"].entries()) {
          server.setNow(Date.parse(`${date}T07:00:00Z`));
          await a.post("/checkins", { clientId: cid(), date, painNow: 1, everydayPain: "none", redFlags: answers() });
          server.setNow(Date.parse(`${date}T17:00:00Z`));
          const sn = await a.post("/sessions", {
            clientId: cid(),
            date,
            startedAt: `${date}T17:00:00Z`,
            painBefore: 1,
          });
          for (let i = 0; i < 3; i++) {
            await a.post(`/sessions/${sn.body.id}/sets`, {
              clientId: cid(),
              exerciseId: main.id,
              setIndex: i,
              warmup: false,
              reps: 10,
              loadKg: 80 + k * 5,
              rir: 3,
              belt: false,
              pain: 1,
              painKind: "tightness",
            });
          }
          await a.post(`/sessions/${sn.body.id}/finish`, { finishedAt: `${date}T18:00:00Z`, painAfter: 1 });
        }
        for (const date of ["2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25"]) {
          server.setNow(Date.parse(`${date}T07:00:00Z`));
          await a.post("/checkins", { clientId: cid(), date, painNow: 1, everydayPain: "none", redFlags: answers() });
        }
        server.setNow(start);
        const itemOf = (p: { days: { index: number; blocks: Block[] }[] }, id: string) =>
          p.days.flatMap((d) => d.blocks.flatMap((b) => b.items)).find((i) => i.exerciseId === id) as
            | { exerciseId: string; proposal?: { exerciseId: string; kind?: string } }
            | undefined;
        const current = (await a.get("/plans/current")).body;
        const proposal = itemOf(current, main.id)?.proposal;
        expect(proposal).toMatchObject({ kind: "step-up" });
        const to = proposal?.exerciseId as string;
        const declined = await a.post("/plans/current/swap", {
          dayIndex: main.day,
          fromExerciseId: main.id,
          toExerciseId: main.id,
        });
        expect(declined.status).toBe(200);
        expect(itemOf(declined.body, main.id)?.proposal).toBeUndefined();
        expect(itemOf((await a.get("/plans/current")).body, main.id)?.proposal).toBeUndefined();
        // A new answer: take the step after all (the swap route takes any allowed swap).
        const taken = await a.post("/plans/current/swap", {
          dayIndex: main.day,
          fromExerciseId: main.id,
          toExerciseId: to,
        });
        expect(taken.status).toBe(200);
        expect(itemOf(taken.body, to)).toBeTruthy();
      } finally {
        server.setNow(start);
      }
    });

    it("P4: a named aggravating exercise is never planned, and a swap is kept", async () => {
      const a = await newUser(server);
      await a.put("/profile", { aggravating: [{ exerciseId: "back-squat" }, { pattern: "hinge" }] });
      const p = (await a.post("/plans", {})).body;
      const ids = p.days.flatMap((d: { blocks: Block[] }) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
      expect(ids).not.toContain("back-squat");
      const day = p.days[0];
      const main = day.blocks.find((b: Block) => b.kind === "main");
      const from = main.items[0].exerciseId;
      const alts = await a.get(`/exercises/${from}/alternatives?reason=equipment`);
      const to = alts.body[0]?.exercise.id;
      expect(to).toBeTruthy();
      const swapped = await a.post("/plans/current/swap", {
        dayIndex: day.index,
        fromExerciseId: from,
        toExerciseId: to,
      });
      expect(swapped.status).toBe(200);
      const again = await a.get("/plans/current");
      const mainAgain = again.body.days[0].blocks.find((b: Block) => b.kind === "main");
      expect(mainAgain.items.map((i: { exerciseId: string }) => i.exerciseId)).toContain(to);
      const bad = await a.post("/plans/current/swap", {
        dayIndex: day.index,
        fromExerciseId: "nope",
        toExerciseId: to,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("fromExerciseId");
    });

    it("P5: today follows the tier: R5 as planned, R3 recovery, R1 no session, and a rest day rests", async () => {
      const a = await newUser(server);
      await a.put("/profile", { trainingDays: ["mon", "wed", "fri"], daysPerWeek: 3 });
      await checkin(a, { painNow: 1 });
      const r5 = await a.get("/today?date=2026-11-25");
      expect(r5.body.readiness.tier).toBe("R5");
      expect(r5.body.restDay).toBe(false);
      expect(r5.body.session.blocks.map((b: Block) => b.kind)).toContain("main");

      await checkin(a, { painNow: 7, everydayPain: "persistent" });
      const r3 = await a.get("/today?date=2026-11-25");
      expect(r3.body.readiness.tier).toBe("R3");
      expect(r3.body.session.blocks.map((b: Block) => b.kind)).toEqual(["recovery"]);

      const rest = await a.get("/today?date=2026-11-26");
      expect(rest.body.restDay).toBe(true);
      expect(rest.body.session).toBeNull();

      await checkin(a, { redFlags: answers(["bladderBowel"]) });
      const r1 = await a.get("/today?date=2026-11-25");
      expect(r1.body.readiness.tier).toBe("R1");
      expect(r1.body.session).toBeNull();
    });

    it("G3, P5: a session started at pain 6 or more turns today's session into the recovery session", async () => {
      const a = await newUser(server);
      await a.put("/profile", { trainingDays: ["mon", "wed", "fri"], daysPerWeek: 3 });
      await checkin(a, { painNow: 2 });
      expect((await a.get("/today?date=2026-11-25")).body.session.recovery).toBe(false);
      const s = await a.post("/sessions", {
        clientId: cid(),
        date: "2026-11-25",
        startedAt: "2026-11-25T09:00:00Z",
        painBefore: 6,
      });
      expect(s.body.recovery).toBe(true);
      const t = await a.get("/today?date=2026-11-25");
      expect(t.body.session.recovery).toBe(true);
      expect(t.body.session.blocks.map((b: Block) => b.kind)).toEqual(["recovery"]);
    });

    it("R2: a session is allowed, and a set outside the recovery work is stored, flagged and stopped", async () => {
      const a = await newUser(server);
      await checkin(a, { redFlags: answers(["feverChills"]) });
      expect((await a.get("/readiness?date=2026-11-25")).body.tier).toBe("R2");
      const s = await a.post("/sessions", {
        clientId: cid(),
        date: "2026-11-25",
        startedAt: "2026-11-25T09:00:00Z",
        painBefore: 2,
      });
      expect(s.status).toBe(201);
      expect(s.body.recovery).toBe(true);
      const set = {
        setIndex: 0,
        warmup: false,
        reps: 5,
        loadKg: 80,
        belt: false,
        pain: 1,
        painKind: "none",
      };
      const loaded = await a.post(`/sessions/${s.body.id}/sets`, { ...set, clientId: cid(), exerciseId: "back-squat" });
      expect(loaded.status).toBe(201);
      expect(loaded.body.set.flagged).toBe(true);
      expect(loaded.body.guidance.action).toBe("stop-exercise");
      const gentle = await a.post(`/sessions/${s.body.id}/sets`, {
        ...set,
        loadKg: null,
        reps: 8,
        clientId: cid(),
        exerciseId: "bird-dog",
      });
      expect(gentle.body.set.flagged).toBe(false);
    });
  });
}
