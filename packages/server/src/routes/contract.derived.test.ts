/**
 * API.md "Profile", "Exercises", "Plans and sessions" (plans, today, locks), black-box: field names, shapes and
 * status codes as the contract writes them.
 */
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const BLOCK_KINDS = ["alignment", "main", "glute-core", "recovery", "cooldown"];
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
type Item = Record<string, unknown> & { exerciseId: string };
type Block = { kind: string; items: Item[] };

// 2026-11-25 is a Wednesday.
const checkin = (c: TestClient, over: Record<string, unknown> = {}) =>
  c.post("/checkins", {
    clientId: cid(),
    date: "2026-11-25",
    painNow: 1,
    everydayPain: "none",
    redFlags: redFlagAnswers(),
    ...over,
  });

function expectItem(item: Item) {
  expect(typeof item.exerciseId).toBe("string");
  expect(item.sets).toEqual(expect.any(Number));
  expect(item.reps).toEqual([expect.any(Number), expect.any(Number)]);
  expect(item.targetRir).toEqual(expect.any(Number));
  expect(item.restSeconds).toEqual(expect.any(Number));
  if ("seconds" in item) expect(item.seconds).toEqual(expect.any(Number));
  if ("loadKg" in item) expect(item.loadKg).toEqual(expect.any(Number));
  // G4: the 1-based index of the one cued working set, within the item's sets.
  if ("beltCue" in item) expect(item.beltCue).toBe(item.sets);
  if ("why" in item) expect(typeof item.why).toBe("string");
}

function expectBlocks(blocks: Block[]) {
  expect(blocks.length).toBeGreaterThan(0);
  for (const b of blocks) {
    expect(BLOCK_KINDS).toContain(b.kind);
    for (const i of b.items) expectItem(i);
  }
}

for (const engine of testEngines()) {
  describe(`contract: profile, exercises, plans and today on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("GET /profile can be PUT back as it came (read-only fields unchanged); changing them is refused", async () => {
      const a = await newUser(server);
      await a.post("/profile/notice", { accepted: true });
      await a.post("/clearance", { date: "2026-11-25", by: "Dr Osei", restrictions: "No heavy hinges" });
      const got = (await a.get("/profile")).body;
      expect(got.clearance).toMatchObject({ status: "restricted", by: "Dr Osei" });
      const back = await a.put("/profile", { ...got, unit: "lb", trainingDays: ["mon", "thu", "sat"] });
      expect(back.status).toBe(200);
      expect(back.body).toMatchObject({ unit: "lb", daysPerWeek: 3, clearance: got.clearance });
      expect(back.body.noticeAcceptedAt).toBe(got.noticeAcceptedAt);
      for (const [field, value] of [
        ["clearance", { status: "none" }],
        ["noticeAcceptedAt", null],
      ] as const) {
        const r = await a.put("/profile", { [field]: value });
        expect(r.status, field).toBe(400);
        expect(r.body.error.details[0].path).toBe(field);
      }
      expect((await a.get("/profile")).body.clearance.status).toBe("restricted");
    });

    it("GET /exercises holds the whole catalog in the contract's shape; q ranks an exact name or alias first", async () => {
      const a = await newUser(server);
      const all = (await a.get("/exercises")).body;
      expect(all.length).toBeGreaterThanOrEqual(150);
      for (const e of all) {
        expect(e).toMatchObject({
          id: expect.any(String),
          name: expect.any(String),
          aliases: expect.any(Array),
          pattern: expect.any(String),
          primaryMuscles: expect.any(Array),
          secondaryMuscles: expect.any(Array),
          laterality: expect.stringMatching(/^(bilateral|unilateral)$/),
          equipment: expect.any(Array),
          load: {
            axial: expect.any(Number),
            shear: expect.any(Number),
            flexion: expect.any(Number),
            extension: expect.any(Number),
            rotation: expect.any(Number),
            support: expect.stringMatching(/^(free|braced|supported|guided)$/),
          },
          grade: expect.stringMatching(/^[A-D]$/),
          beltEligible: expect.any(Boolean),
          increment: { kg: expect.any(Number), lb: expect.any(Number) },
          cues: expect.any(Array),
          custom: false,
        });
      }
      expect((await a.get("/exercises?q=Squat%20(Barbell)")).body[0].id).toBe("back-squat");
      expect((await a.get("/exercises?q=hip%20thrust")).body[0].name.toLowerCase()).toBe("hip thrust");
      const filtered = (await a.get("/exercises?pattern=squat&grade=A&equipment=leg-press")).body;
      expect(filtered.length).toBeGreaterThan(0);
      for (const e of filtered) {
        expect(e).toMatchObject({ pattern: "squat", grade: "A" });
        expect(e.equipment).toContain("leg-press");
      }
      expect((await a.get("/exercises?grade=E")).status).toBe(400);
      const one = await a.get("/exercises/back-squat");
      expect(one.body).toEqual(all.find((e: { id: string }) => e.id === "back-squat"));
      expect((await a.get("/exercises/no-such-lift")).status).toBe(404);
    });

    it("POST /exercises answers 201 a custom exercise; the exercise shape itself is accepted as the body", async () => {
      const a = await newUser(server);
      const full = {
        name: "Landmine squat",
        aliases: ["Landmine Goblet"],
        pattern: "squat",
        primaryMuscles: ["quads", "glutes"],
        secondaryMuscles: [],
        laterality: "bilateral",
        equipment: ["barbell"],
        load: { axial: 1, shear: 1, flexion: 1, extension: 0, rotation: 0, support: "free" },
        grade: "B",
        beltEligible: false,
        increment: { kg: 2.5, lb: 5 },
        cues: ["Hold the sleeve at your chest."],
        custom: true,
      };
      const r = await a.post("/exercises", full);
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ id: expect.any(String), name: "Landmine squat", custom: true, pattern: "squat" });
      expect(r.body.grade).toMatch(/^[A-D]$/);
      expect((await a.get(`/exercises/${r.body.id}`)).body).toEqual(r.body);
      expect((await a.get("/exercises?q=landmine%20goblet")).body[0].id).toBe(r.body.id);
      // Only the name is needed: the rest is guessed conservatively, as for an imported unknown name (C6).
      const bare = await a.post("/exercises", { name: "Sled push" });
      expect(bare.status).toBe(201);
      expect(bare.body).toMatchObject({ name: "Sled push", custom: true });
      expect(bare.body.load).toMatchObject({ support: expect.any(String) });
      expect((await a.post("/exercises", { name: "Sled push" })).status).toBe(409);
      const bad = await a.post("/exercises", { name: "Zercher hold", pattern: "sideways" });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("pattern");
      expect((await a.post("/exercises", { pattern: "squat" })).status).toBe(400);
    });

    it("alternatives answer [{exercise, why, gradeFrom, gradeTo}] best first, for every reason", async () => {
      const a = await newUser(server);
      for (const reason of ["trigger", "pain", "equipment"]) {
        const r = await a.get(`/exercises/back-squat/alternatives?reason=${reason}`);
        expect(r.status).toBe(200);
        expect(r.body.length).toBeGreaterThan(0);
        for (const x of r.body) {
          expect(Object.keys(x)).toEqual(expect.arrayContaining(["exercise", "why", "gradeFrom", "gradeTo"]));
          expect(x.exercise.id).not.toBe("back-squat");
          expect(x.gradeFrom).toBe("D");
          expect(typeof x.why).toBe("string");
        }
      }
      expect((await a.get("/exercises/back-squat/alternatives")).status).toBe(200);
    });

    it("POST /plans answers 201 {id, days, shortfalls, reasons}; GET current and swap answer the plan", async () => {
      const a = await newUser(server);
      await a.put("/profile", { daysPerWeek: 4 });
      const p = await a.post("/plans", {});
      expect(p.status).toBe(201);
      expect(p.body).toMatchObject({
        id: expect.any(String),
        shortfalls: expect.any(Array),
        reasons: expect.any(Array),
      });
      expect(p.body.days).toHaveLength(4);
      for (const d of p.body.days) {
        expect(d).toMatchObject({ index: expect.any(Number), title: expect.any(String), minutes: expect.any(Number) });
        expect(WEEKDAYS).toContain(d.weekday);
        expectBlocks(d.blocks);
      }
      // Without trainingDays the days are spread evenly: three days never fall on two days in a row.
      await a.put("/profile", { daysPerWeek: 3 });
      const spread = (await a.post("/plans")).body.days.map((d: { weekday: string }) => WEEKDAYS.indexOf(d.weekday));
      expect(spread).toHaveLength(3);
      for (const [i, d] of spread.entries()) expect((spread[(i + 1) % 3] - d + 7) % 7).toBeGreaterThan(1);
      const current = await a.get("/plans/current");
      expect(current.status).toBe(200);
      const day = current.body.days[1];
      const main = day.blocks.find((b: Block) => b.kind === "main");
      const from = main.items[0].exerciseId;
      const to = (await a.get(`/exercises/${from}/alternatives?reason=equipment`)).body[0].exercise.id;
      const swap = await a.post("/plans/current/swap", { dayIndex: day.index, fromExerciseId: from, toExerciseId: to });
      expect(swap.status).toBe(200);
      expect(swap.body.id).toBe(current.body.id);
      const kept = (await a.get("/plans/current")).body.days[1].blocks.flatMap((b: Block) => b.items);
      expect(kept.map((i: Item) => i.exerciseId)).toContain(to);
      const bad = await a.post("/plans/current/swap", { dayIndex: day.index, fromExerciseId: from });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("toExerciseId");
    });

    it("GET /today answers {readiness, restDay, session}; a rest day has no session whatever the tier", async () => {
      const a = await newUser(server);
      await a.put("/profile", { daysPerWeek: 3, trainingDays: ["mon", "wed", "fri"] });
      await checkin(a);
      const t = await a.get("/today?date=2026-11-25");
      expect(t.status).toBe(200);
      expect(t.body).toMatchObject({ restDay: false, readiness: { tier: "R5", askRedFlags: false } });
      expectBlocks(t.body.session.blocks);
      const rest = await a.get("/today?date=2026-11-24");
      expect(rest.body).toMatchObject({ restDay: true, session: null });
      expect(rest.body.readiness.tier).toMatch(/^R[1-5]$/);
      // R3 on a rest day: still a rest day; R2 on a training day: the recovery session.
      await a.post("/checkins", { clientId: cid(), date: "2026-11-24", painNow: 7, everydayPain: "persistent" });
      const r3rest = await a.get("/today?date=2026-11-24");
      expect(r3rest.body).toMatchObject({ restDay: true, session: null, readiness: { tier: "R3" } });
      await checkin(a, { redFlags: { infectionRisk: true } });
      const r2 = await a.get("/today?date=2026-11-25");
      expect(r2.body.readiness.tier).toBe("R2");
      expect(r2.body.session.blocks.map((b: Block) => b.kind)).toEqual(["recovery"]);
      expectBlocks(r2.body.session.blocks);
      expect((await a.get("/today?date=2026-13-01")).status).toBe(400);
    });

    it("R1: the lock holds on later days until a clearance, POST /sessions answers 423, and a set already under way is stored, flagged and stopped", async () => {
      const a = await newUser(server);
      await a.put("/profile", { daysPerWeek: 3, trainingDays: ["mon", "wed", "fri"] });
      server.setNow(Date.parse("2026-11-25T07:00:00Z"));
      await checkin(a);
      const s = (
        await a.post("/sessions", {
          clientId: cid(),
          date: "2026-11-25",
          startedAt: "2026-11-25T07:05:00Z",
          painBefore: 1,
        })
      ).body;
      const urgent = await checkin(a, { redFlags: { bothLegs: true } });
      expect(urgent.body.readiness.tier).toBe("R1");
      const locked = await a.post("/sessions", {
        clientId: cid(),
        date: "2026-11-25",
        startedAt: "2026-11-25T09:00:00Z",
        painBefore: 1,
      });
      expect(locked.status).toBe(423);
      expect(locked.body.error).toMatchObject({ code: "TRAINING_LOCKED", message: expect.any(String) });
      // A set of the session started before the answer still arrives: stored, flagged, stopped, no alternatives.
      const late = await a.post(`/sessions/${s.id}/sets`, {
        clientId: cid(),
        exerciseId: "leg-press-upright",
        setIndex: 0,
        warmup: false,
        reps: 10,
        loadKg: 80,
        belt: false,
        pain: 1,
        painKind: "none",
      });
      expect(late.status).toBe(201);
      expect(late.body.set.flagged).toBe(true);
      expect(late.body.guidance.action).toBe("stop-exercise");
      expect(late.body.guidance.alternatives).toBeUndefined();
      expect((await a.get(`/sessions/${s.id}`)).body.sets).toHaveLength(1);
      // The next day, with no check-in yet, the lock still holds.
      server.setNow(Date.parse("2026-11-27T07:00:00Z"));
      expect((await a.get("/readiness?date=2026-11-27")).body.tier).toBe("R1");
      expect((await a.get("/today?date=2026-11-27")).body.session).toBeNull();
      const next = { clientId: cid(), date: "2026-11-27", startedAt: "2026-11-27T07:00:00Z", painBefore: 1 };
      expect((await a.post("/sessions", next)).status).toBe(423);
      expect((await a.post("/clearance", { date: "2026-11-27", by: "A&E registrar" })).status).toBe(201);
      expect((await a.post("/sessions", next)).status).toBe(201);
      server.setNow(Date.parse("2026-11-25T09:00:00Z"));
    });
  });
}
