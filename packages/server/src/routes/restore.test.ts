/**
 * X2 restores through the same validation as the API (trust issue): a backup's plan is checked for shape, depth and
 * size, its texts by the text rule, and its exercise ids stay in the user's own space. A bad backup is refused
 * naming the field and nothing is written; Today keeps working.
 */
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const customBody = (name: string) => ({
  name,
  pattern: "hinge",
  primaryMuscles: ["glutes"],
  laterality: "bilateral",
  equipment: ["barbell"],
  load: { axial: 1, shear: 1, flexion: 1, extension: 1, rotation: 0, support: "free" },
});

// biome-ignore lint/suspicious/noExplicitAny: tests edit a backup's JSON freely.
type Json = any;

/** A user with a custom exercise, a session of two sets (custom and catalog), a plan; answers their backup. */
async function backupOf(c: TestClient): Promise<{ backup: Json; customId: string }> {
  const custom = await c.post("/exercises", customBody(`Landmine hinge ${cid().slice(0, 8)}`));
  const s = await c.post("/sessions", {
    clientId: cid(),
    date: "2026-11-25",
    startedAt: "2026-11-25T08:00:00Z",
    painBefore: 1,
  });
  for (const ex of [custom.body.id, "hip-thrust"]) {
    await c.post(`/sessions/${s.body.id}/sets`, {
      clientId: cid(),
      exerciseId: ex,
      setIndex: 0,
      warmup: false,
      reps: 8,
      loadKg: 40,
      belt: false,
      pain: 1,
      painKind: "none",
    });
  }
  expect((await c.get("/plans/current")).status).toBe(200);
  const backup = (await c.get("/export")).body;
  expect(backup.plans).toHaveLength(1);
  return { backup, customId: custom.body.id };
}

const restore = (c: TestClient, backup: Json) => c.req("POST", "/import?format=spotter", JSON.stringify(backup));

/** What a user has stored, to show a refused restore wrote nothing. */
async function storedOf(c: TestClient): Promise<Json> {
  const e = (await c.get("/export")).body;
  return { exercises: e.exercises, sessions: e.sessions, plans: e.plans, checkins: e.checkins, daily: e.daily };
}

for (const engine of testEngines()) {
  describe(`restoring a backup on ${engine.name}`, () => {
    let server: TestServer;
    let source: { backup: Json; customId: string };
    beforeAll(async () => {
      server = await startTestServer(engine);
      source = await backupOf(await newUser(server));
    });
    afterAll(async () => server.close());

    const damaged: [string, (b: Json) => void, string][] = [
      ["a plan that is not a plan", (b) => (b.plans[0].plan = "weekly"), "plans.0.plan"],
      ["a plan without days", (b) => (b.plans[0].plan = { shortfalls: [], reasons: [] }), "plans.0.plan.days"],
      ["blocks that are not a list", (b) => (b.plans[0].plan.days[0].blocks = {}), "plans.0.plan.days.0.blocks"],
      [
        "an item without sets",
        (b) => delete b.plans[0].plan.days[0].blocks[0].items[0].sets,
        "plans.0.plan.days.0.blocks.0.items.0.sets",
      ],
      [
        "a plan nested too deep",
        (b) => {
          let deep: Json = 1;
          for (let i = 0; i < 20; i++) deep = [deep];
          b.plans[0].plan.extra = deep;
        },
        "plans.0.plan",
      ],
      [
        "a NUL in a plan's text",
        (b) => (b.plans[0].plan.days[0].title = "Full\u0000body"),
        "plans.0.plan.days.0.title",
      ],
      ["a NUL in a session note", (b) => (b.sessions[0].note = "ok\u0000"), "sessions.0.note"],
      ["half a character in a custom name", (b) => (b.exercises[0].name = "Hinge \ud800"), "exercises.0.name"],
      ["a NUL in a client id", (b) => (b.sessions[0].sets[0].clientId = "a\u0000b"), "sessions.0.sets.0.clientId"],
      ["a custom exercise with a catalog id", (b) => (b.exercises[0].id = "hip-thrust"), "exercises.0.id"],
      [
        "a set naming an exercise that is nobody's in the backup",
        (b) => (b.sessions[0].sets[0].exerciseId = "custom-someone-elses"),
        "sessions.0.sets.0.exerciseId",
      ],
      [
        "a plan item naming an unknown exercise",
        (b) => (b.plans[0].plan.days[0].blocks[0].items[0].exerciseId = "custom-nobody"),
        "plans.0.plan.days.0.blocks.0.items.0.exerciseId",
      ],
    ];
    for (const [name, damage, path] of damaged) {
      it(`X2: ${name} is refused naming ${path}, nothing is written, and Today still works`, async () => {
        const b = await newUser(server);
        const before = await storedOf(b);
        const backup = structuredClone(source.backup);
        damage(backup);
        const r = await restore(b, backup);
        expect(r.status).toBe(400);
        expect(r.body.error.code).toBe("VALIDATION_FAILED");
        expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
        expect(await storedOf(b)).toEqual(before);
        expect((await b.get("/today")).status).toBe(200);
      });
    }

    it("X2: a plan nested 100,000 deep (JSON.parse takes it) is a 400 naming the plan, never a 500", async () => {
      const b = await newUser(server);
      const backup = structuredClone(source.backup);
      backup.plans[0].plan = "DEEP";
      const deep = `{"abyss":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
      const text = JSON.stringify(backup).replace('"DEEP"', deep);
      const r = await b.req("POST", "/import?format=spotter", text);
      expect(r.status).toBe(400);
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain("plans.0.plan");
    });

    it("X2: a restored plan is Today's plan, and Today answers", async () => {
      const b = await newUser(server);
      expect((await restore(b, source.backup)).status).toBe(201);
      const plan = (await b.get("/plans/current")).body;
      expect(plan.days).toEqual(source.backup.plans[0].plan.days);
      expect((await b.get("/today")).status).toBe(200);
    });

    it("X2: a custom exercise id of another user's becomes one of the restoring user's own", async () => {
      const owner = await newUser(server);
      const { backup, customId } = await backupOf(owner);
      const ownerBefore = (await owner.get(`/exercises/${customId}`)).body;
      const b = await newUser(server);
      expect((await restore(b, backup)).status).toBe(201);
      const mine = (await b.get("/export")).body;
      const restoredId = mine.exercises[0].id;
      expect(restoredId).not.toBe(customId);
      expect(restoredId).toMatch(/^custom-/);
      expect(mine.sessions[0].sets.map((s: Json) => s.exerciseId).sort()).toEqual(["hip-thrust", restoredId].sort());
      // The owner's exercise is untouched, and the restoring user cannot see it by its id.
      expect((await owner.get(`/exercises/${customId}`)).body).toEqual(ownerBefore);
      expect((await b.get(`/exercises/${customId}`)).status).toBe(404);
    });

    it("X2: a custom id outside the custom space is given one of the user's own", async () => {
      const b = await newUser(server);
      const backup = structuredClone(source.backup);
      const old = backup.exercises[0].id;
      backup.exercises[0].id = "my-hinge";
      for (const s of backup.sessions)
        for (const set of s.sets) if (set.exerciseId === old) set.exerciseId = "my-hinge";
      expect((await restore(b, backup)).status).toBe(201);
      const mine = (await b.get("/export")).body;
      expect(mine.exercises[0].id).toMatch(/^custom-/);
      expect(mine.sessions[0].sets.map((s: Json) => s.exerciseId)).toContain(mine.exercises[0].id);
    });
  });
}
