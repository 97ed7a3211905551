// G6 over the API: a finished session's sets can be edited and deleted, and the session itself deleted; every
// conclusion drawn from the log (next targets, trigger statuses) follows the edit. Another user's records answer 404.
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const ALL_NO = redFlagAnswers();

async function morning(c: TestClient, server: TestServer, date: string, painNow: number) {
  server.setNow(Date.parse(`${date}T07:00:00Z`));
  const r = await c.post("/checkins", { clientId: cid(), date, painNow, everydayPain: "none", redFlags: ALL_NO });
  expect(r.status).toBe(201);
}

/** One finished session of one exercise; answers its id and its sets. */
async function session(
  c: TestClient,
  server: TestServer,
  date: string,
  exerciseId: string,
  sets: { reps: number; loadKg: number; pain: number; painKind?: string }[],
) {
  server.setNow(Date.parse(`${date}T17:00:00Z`));
  const s = await c.post("/sessions", { clientId: cid(), date, startedAt: `${date}T17:00:00Z`, painBefore: 1 });
  const logged: { id: string }[] = [];
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
      painKind: x.painKind ?? "none",
    });
    logged.push(r.body.set);
  }
  await c.post(`/sessions/${s.body.id}/finish`, { finishedAt: `${date}T18:00:00Z`, painAfter: 1 });
  return { id: s.body.id as string, sets: logged };
}

const TOP = [
  { reps: 12, loadKg: 100, pain: 0 },
  { reps: 12, loadKg: 100, pain: 0 },
  { reps: 12, loadKg: 100, pain: 0 },
];

for (const engine of testEngines()) {
  describe(`editing the log on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("G6: editing a finished session's sets changes the next target, and deleting the session changes it again", async () => {
      const a = await newUser(server);
      await morning(a, server, "2026-10-01", 1);
      await session(a, server, "2026-10-01", "leg-press-upright", TOP);
      await morning(a, server, "2026-10-02", 1);
      await morning(a, server, "2026-10-04", 1);
      const last = await session(a, server, "2026-10-04", "leg-press-upright", TOP);
      await morning(a, server, "2026-10-05", 1);
      server.setNow(Date.parse("2026-10-06T08:00:00Z"));
      const before = (await a.get("/exercises/leg-press-upright/next")).body;
      expect(before.decision).toBe("increase");

      // The last session's sets were really 9 reps: the top of the range was not reached, so the load holds.
      for (const s of last.sets) {
        const r = await a.patch(`/sessions/${last.id}/sets/${s.id}`, { reps: 9 });
        expect(r.status).toBe(200);
        expect(r.body.reps).toBe(9);
      }
      const edited = (await a.get("/exercises/leg-press-upright/next")).body;
      expect(edited.decision).not.toBe("increase");
      expect(edited.loadKg).toBeLessThanOrEqual(100);

      // Deleting that session leaves the first one (at the top of the range) as the latest: the increase is back.
      expect((await a.del(`/sessions/${last.id}`)).status).toBe(204);
      const after = (await a.get("/exercises/leg-press-upright/next")).body;
      expect(after.decision).toBe("increase");
      expect(after.loadKg).toBe(before.loadKg);
      const history = (await a.get("/sessions")).body as { id: string }[];
      expect(history.map((s) => s.id)).not.toContain(last.id);
    });

    it("G6: T2 statuses follow an edit: a sharp set corrected to none no longer counts toward a trigger", async () => {
      const a = await newUser(server);
      const logged = [];
      for (const d of ["2026-10-13", "2026-10-16"]) {
        await morning(a, server, d, 1);
        logged.push(
          await session(a, server, d, "leg-press-reclined", [{ reps: 10, loadKg: 120, pain: 6, painKind: "sharp" }]),
        );
      }
      await morning(a, server, "2026-10-17", 1);
      server.setNow(Date.parse("2026-10-17T08:00:00Z"));
      const statusOf = async () =>
        ((await a.get("/insights/triggers")).body as { subject: { exerciseId?: string }; status: string }[]).find(
          (t) => t.subject.exerciseId === "leg-press-reclined",
        )?.status;
      expect(await statusOf()).toBe("trigger");
      const first = logged[0];
      const fix = await a.patch(`/sessions/${first?.id}/sets/${first?.sets[0]?.id}`, { pain: 1, painKind: "none" });
      expect(fix.status).toBe(200);
      expect(await statusOf()).not.toBe("trigger");
    });

    it("another user's session and sets answer 404 to edits and deletes, and stay as they were", async () => {
      const a = await newUser(server);
      const b = await newUser(server);
      await morning(a, server, "2026-10-20", 1);
      const s = await session(a, server, "2026-10-20", "leg-press-upright", TOP.slice(0, 1));
      const setId = s.sets[0]?.id;
      expect((await b.patch(`/sessions/${s.id}/sets/${setId}`, { reps: 1 })).status).toBe(404);
      expect((await b.del(`/sessions/${s.id}/sets/${setId}`)).status).toBe(404);
      expect((await b.patch(`/sessions/${s.id}`, { note: "mine" })).status).toBe(404);
      expect((await b.del(`/sessions/${s.id}`)).status).toBe(404);
      const still = (await a.get(`/sessions/${s.id}`)).body;
      expect(still.note).toBeNull();
      expect(still.sets).toHaveLength(1);
      expect(still.sets[0].reps).toBe(12);
      // A set id of one session under another session of the same user is not found either.
      const other = await session(a, server, "2026-10-20", "leg-press-upright", TOP.slice(0, 1));
      expect((await a.patch(`/sessions/${other.id}/sets/${setId}`, { reps: 1 })).status).toBe(404);
    });

    it("G6: a bad edit is a 400 naming the field, and nothing is written", async () => {
      const a = await newUser(server);
      await morning(a, server, "2026-10-21", 1);
      const s = await session(a, server, "2026-10-21", "leg-press-upright", TOP.slice(0, 1));
      const setId = s.sets[0]?.id;
      const cases: [Record<string, unknown>, string][] = [
        [{ reps: -1 }, "reps"],
        [{ pain: 11 }, "pain"],
        [{ painKind: "dull" }, "painKind"],
        [{ loadKg: "heavy" }, "loadKg"],
        [{ reps: 10, exerciseId: "no-such-exercise" }, "exerciseId"],
      ];
      for (const [body, field] of cases) {
        const r = await a.patch(`/sessions/${s.id}/sets/${setId}`, body);
        expect(r.status, JSON.stringify(body)).toBe(400);
        expect(r.body.error.code).toBe("VALIDATION_FAILED");
        expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      }
      const bad = await a.patch(`/sessions/${s.id}`, { painAfter: 12 });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("painAfter");
      const still = (await a.get(`/sessions/${s.id}`)).body;
      expect(still.sets[0]).toMatchObject({ reps: 12, pain: 0, painKind: "none", loadKg: 100 });
      expect(still.painAfter).toBe(1);
    });
  });
}
