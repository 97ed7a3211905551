/**
 * Rules that need the server to hand the core what it knows: O4 (what a stand-in replaces), M1 (guarding shapes
 * today's session) and O5 (a deload week cuts today's sets), checked over the API.
 */
import { addDays } from "@spotter/core";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const ALL_NO = redFlagAnswers();
const MONDAY = "2026-03-02";

type SetIn = { reps: number; loadKg: number; pain: number; painKind?: string };
type Item = { exerciseId: string; sets: number; proposal?: { exerciseId: string } };
type Block = { kind: string; items: Item[]; notes?: string[] };

async function morning(c: TestClient, server: TestServer, date: string, painNow: number) {
  server.setNow(Date.parse(`${date}T07:00:00Z`));
  const r = await c.post("/checkins", { clientId: cid(), date, painNow, everydayPain: "none", redFlags: ALL_NO });
  expect(r.status).toBe(201);
}

/** A session of one exercise on `date` (pain before 1), then the next morning's check-in at pain 1. */
async function session(c: TestClient, server: TestServer, date: string, exerciseId: string, sets: SetIn[]) {
  server.setNow(Date.parse(`${date}T17:00:00Z`));
  const s = await c.post("/sessions", { clientId: cid(), date, startedAt: `${date}T17:00:00Z`, painBefore: 1 });
  expect(s.status).toBe(201);
  for (const [i, x] of sets.entries()) {
    const r = await c.post(`/sessions/${s.body.id}/sets`, {
      clientId: cid(),
      exerciseId,
      setIndex: i,
      warmup: false,
      reps: x.reps,
      loadKg: x.loadKg,
      rir: 2,
      belt: false,
      pain: x.pain,
      painKind: x.painKind ?? (x.pain > 0 ? "tightness" : "none"),
    });
    expect(r.status).toBe(201);
  }
  await c.post(`/sessions/${s.body.id}/finish`, { finishedAt: `${date}T18:00:00Z`, painAfter: 1 });
  await morning(c, server, addDays(date, 1), 1);
}

const green = (loadKg: number): SetIn[] => [0, 1, 2].map(() => ({ reps: 12, loadKg, pain: 0 }));

for (const engine of testEngines()) {
  describe(`progression wiring over the API on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("O4: three green sessions on the easier rung after a red propose stepping back up the ladder", async () => {
      server.setNow(Date.parse(`${MONDAY}T06:00:00Z`));
      const a = await newUser(server);
      await morning(a, server, MONDAY, 1);
      await session(a, server, MONDAY, "back-squat", [
        { reps: 5, loadKg: 100, pain: 1 },
        { reps: 5, loadKg: 100, pain: 4, painKind: "sharp" },
      ]);
      const down = (await a.get("/exercises/back-squat/next")).body;
      expect(down).toMatchObject({ decision: "regress", regressTo: "smith-machine-squat" });

      await session(a, server, addDays(MONDAY, 2), "smith-machine-squat", green(60));
      await session(a, server, addDays(MONDAY, 4), "smith-machine-squat", green(60));
      expect((await a.get("/exercises/smith-machine-squat/next")).body.decision).not.toBe("step-up");
      await session(a, server, addDays(MONDAY, 6), "smith-machine-squat", green(60));
      const up = (await a.get("/exercises/smith-machine-squat/next")).body;
      expect(up).toMatchObject({ decision: "step-up", stepUpTo: "back-squat" });
      // Staying on the easier rung still progresses (O1).
      expect(up.loadKg).toBeGreaterThan(60);
    });

    it("O4: three green sessions on the substitute of a trigger propose trying the original again", async () => {
      server.setNow(Date.parse(`${MONDAY}T06:00:00Z`));
      const a = await newUser(server);
      await morning(a, server, MONDAY, 1);
      for (const d of [MONDAY, addDays(MONDAY, 3)]) {
        await session(a, server, d, "leg-press-reclined", [{ reps: 10, loadKg: 120, pain: 6, painKind: "sharp" }]);
      }
      const sub = (await a.get("/exercises/leg-press-reclined/next")).body;
      expect(sub.decision).toBe("substitute");
      const standIn: string = sub.substitute.exerciseId;
      for (const n of [5, 7, 9]) await session(a, server, addDays(MONDAY, n), standIn, green(80));
      const up = (await a.get(`/exercises/${standIn}/next`)).body;
      expect(up).toMatchObject({ decision: "step-up", stepUpTo: "leg-press-reclined" });
    });

    it("M1: guarding keeps the load, lengthens today's alignment block and offers a single-limb variant", async () => {
      server.setNow(Date.parse(`${MONDAY}T06:00:00Z`));
      const a = await newUser(server);
      await a.put("/profile", { daysPerWeek: 3, trainingDays: ["mon", "wed", "fri"] });
      expect((await a.post("/plans", {})).status).toBe(201);
      await morning(a, server, MONDAY, 0);
      const before = (await a.get(`/today?date=${MONDAY}`)).body;
      const main: Item[] = before.session.blocks.find((b: Block) => b.kind === "main").items;
      let lift: string | undefined;
      for (const it of main) {
        const ex = (await a.get(`/exercises/${it.exerciseId}`)).body;
        if (ex.increment.kg > 0) {
          lift = it.exerciseId;
          break;
        }
      }
      expect(lift).toBeDefined();
      const id = lift as string;
      const best = [0, 1, 2].map(() => ({ reps: 8, loadKg: 100, pain: 0 }));
      const dipped = [0, 1, 2].map(() => ({ reps: 8, loadKg: 85, pain: 3 }));
      await session(a, server, addDays(MONDAY, 2), id, best);
      await session(a, server, addDays(MONDAY, 4), id, dipped);
      const next = (await a.get(`/exercises/${id}/next`)).body;
      expect(next).toMatchObject({ decision: "hold", guarding: true, loadKg: 85 });

      const monday = addDays(MONDAY, 7);
      await morning(a, server, monday, 0);
      const today = (await a.get(`/today?date=${monday}`)).body;
      expect(today.readiness.tier).toBe("R5");
      const align = today.session.blocks.find((b: Block) => b.kind === "alignment");
      const alignBefore = before.session.blocks.find((b: Block) => b.kind === "alignment");
      expect(align.items.map((i: Item) => i.sets)).toEqual(alignBefore.items.map((i: Item) => i.sets + 1));
      expect(align.notes.join(" ")).toMatch(/guarding/);
      const item = today.session.blocks.flatMap((b: Block) => b.items).find((i: Item) => i.exerciseId === id);
      expect(item.proposal?.exerciseId).toBeTruthy();
      const proposed = (await a.get(`/exercises/${item.proposal.exerciseId}`)).body;
      expect(proposed.laterality).toBe("unilateral");
    });

    it("O5: in the 5th week of the plan today's training blocks keep 60% of their sets", async () => {
      server.setNow(Date.parse(`${MONDAY}T06:00:00Z`));
      const a = await newUser(server);
      await a.put("/profile", { daysPerWeek: 3, trainingDays: ["mon", "wed", "fri"] });
      expect((await a.post("/plans", {})).status).toBe(201);
      const setsOn = async (date: string) => {
        await morning(a, server, date, 0);
        const t = (await a.get(`/today?date=${date}`)).body;
        expect(t.readiness.tier).toBe("R5");
        return {
          notes: (t.notes ?? []) as string[],
          main: t.session.blocks.find((b: Block) => b.kind === "main").items.map((i: Item) => i.sets) as number[],
        };
      };
      const week1 = await setsOn(MONDAY);
      const week4 = await setsOn(addDays(MONDAY, 21));
      const week5 = await setsOn(addDays(MONDAY, 28));
      expect(week4.main).toEqual(week1.main);
      expect(week5.main).toEqual(week1.main.map((n) => Math.max(1, Math.round(n * 0.6))));
      expect(week5.notes.join(" ")).toMatch(/40% fewer sets/);
      expect(week4.notes.join(" ")).not.toMatch(/40% fewer sets/);
    });
  });
}
