import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const ALL_NO = redFlagAnswers();

async function sharpSession(c: TestClient, server: TestServer, date: string, exerciseId: string) {
  server.setNow(Date.parse(`${date}T17:00:00Z`));
  const s = await c.post("/sessions", { clientId: cid(), date, startedAt: `${date}T17:00:00Z`, painBefore: 1 });
  await c.post(`/sessions/${s.body.id}/sets`, {
    clientId: cid(),
    exerciseId,
    setIndex: 0,
    warmup: false,
    reps: 5,
    loadKg: 100,
    rir: 2,
    belt: false,
    pain: 4,
    painKind: "sharp",
  });
  await c.post(`/sessions/${s.body.id}/finish`, { finishedAt: `${date}T18:00:00Z`, painAfter: 1 });
}

async function morning(c: TestClient, server: TestServer, date: string, painNow: number) {
  server.setNow(Date.parse(`${date}T07:00:00Z`));
  return c.post("/checkins", { clientId: cid(), date, painNow, everydayPain: "none", redFlags: ALL_NO });
}

function entryOf(list: { subject: { exerciseId?: string } }[], id: string) {
  return list.find((t) => t.subject.exerciseId === id) as
    | { status: string; source: string; test?: { kind: string; state: string; rule: string } }
    | undefined;
}

for (const engine of testEngines()) {
  describe(`T6 re-test over the API on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("T6: a found trigger is offered a re-test after 21 calm days; accept plans it, with the rule stated", async () => {
      const a = await newUser(server);
      await a.put("/profile", { aggravating: [{ exerciseId: "deadlift" }] });
      await sharpSession(a, server, "2026-10-01", "back-squat");
      await sharpSession(a, server, "2026-10-03", "back-squat");
      for (let d = 4; d <= 31; d++) await morning(a, server, `2026-10-${String(d).padStart(2, "0")}`, 0);
      server.setNow(Date.parse("2026-10-31T12:00:00Z"));

      const list = await a.get("/insights/triggers");
      expect(list.status).toBe(200);
      const squat = entryOf(list.body, "back-squat");
      expect(squat?.status).toBe("trigger");
      expect(squat?.test).toMatchObject({ kind: "retest", state: "offered" });
      expect(squat?.test?.rule).toContain("pain during it stays at 3 or below");

      const bad = await a.post("/insights/triggers/back-squat/retest", { accept: "yes" });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.error.details)).toContain("accept");

      const missing = await a.post("/insights/triggers/front-squat/retest", { accept: true });
      expect(missing.status).toBe(404);

      const named = await a.post("/insights/triggers/deadlift/retest", { accept: true });
      expect(named.status).toBe(409);

      const ok = await a.post("/insights/triggers/back-squat/retest", { accept: true });
      expect(ok.status).toBe(200);
      expect(ok.body.test).toMatchObject({ kind: "retest", state: "planned" });

      // Another user sees nothing of it.
      const b = await newUser(server);
      expect((await b.post("/insights/triggers/back-squat/retest", { accept: true })).status).toBe(404);

      // X2: the answer is part of the backup, and a restore brings it back; a version 1 backup still imports.
      const backup = (await a.get("/export")).body;
      expect(backup.version).toBeGreaterThanOrEqual(2);
      expect(backup.retests).toEqual([{ exerciseId: "back-squat", accept: true, date: "2026-10-31" }]);
      const c = await newUser(server);
      expect((await c.req("POST", "/import?format=spotter", JSON.stringify(backup))).status).toBe(201);
      expect((await c.get("/export")).body.retests).toEqual(backup.retests);
      const { retests: _r, ...older } = backup;
      const d = await newUser(server);
      const v1 = await d.req("POST", "/import?format=spotter", JSON.stringify({ ...older, version: 1 }));
      expect(v1.status).toBe(201);
      expect((await d.get("/export")).body.retests).toEqual([]);
      // Account deletion takes the answers with it.
      const rows = async () =>
        (
          await server.db.kysely
            .selectFrom("retest_decisions")
            .select("id")
            .where("exercise_id", "=", "back-squat")
            .execute()
        ).length;
      const before = await rows();
      expect((await c.del("/account", { password: "correct horse 1" })).status).toBeLessThan(300);
      expect(await rows()).toBe(before - 1);
    });

    it("T6: an accepted re-test puts the trigger into Today at half its last load, with the rule; the next target says retest", async () => {
      const a = await newUser(server);
      // 31 Oct 2026 is a Saturday, one of the training days.
      await a.put("/profile", { daysPerWeek: 3, trainingDays: ["mon", "wed", "sat"] });
      await sharpSession(a, server, "2026-10-01", "back-squat");
      await sharpSession(a, server, "2026-10-03", "back-squat");
      for (let d = 4; d <= 31; d++) await morning(a, server, `2026-10-${String(d).padStart(2, "0")}`, 0);
      server.setNow(Date.parse("2026-10-31T12:00:00Z"));
      const before = await a.get("/today");
      const ids = (t: { session: { blocks: { items: { exerciseId: string }[] }[] } | null }) =>
        (t.session?.blocks ?? []).flatMap((b) => b.items.map((i) => i.exerciseId));
      expect(ids(before.body)).not.toContain("back-squat");
      expect((await a.post("/insights/triggers/back-squat/retest", { accept: true })).status).toBe(200);
      const today = await a.get("/today");
      expect(today.status).toBe(200);
      const item = today.body.session.blocks
        .flatMap((b: { items: unknown[] }) => b.items)
        .find((i: { exerciseId: string }) => i.exerciseId === "back-squat");
      expect(item).toMatchObject({ loadKg: 50, next: { decision: "retest" } });
      expect(item.why).toContain("Two passes make it tolerated again");
      const next = await a.get("/exercises/back-squat/next");
      expect(next.body).toMatchObject({ decision: "retest", loadKg: 50 });
    });

    it("T6: a share link's trigger list reads the re-test answer as GET /insights/triggers does", async () => {
      const a = await newUser(server);
      await sharpSession(a, server, "2026-10-01", "back-squat");
      await sharpSession(a, server, "2026-10-03", "back-squat");
      for (let d = 4; d <= 31; d++) await morning(a, server, `2026-10-${String(d).padStart(2, "0")}`, 0);
      server.setNow(Date.parse("2026-10-31T12:00:00Z"));
      expect((await a.post("/insights/triggers/back-squat/retest", { accept: true })).status).toBe(200);
      const link = await a.post("/shares", {});
      expect(link.status).toBe(201);
      const opened = await fetch(`${server.url}${link.body.url}`);
      expect(opened.status).toBe(200);
      const body = (await opened.json()) as { triggers: { subject: { exerciseId?: string } }[] };
      const shared = entryOf(body.triggers, "back-squat");
      expect(shared?.test).toMatchObject({ kind: "retest", state: "planned" });
      expect(shared).toEqual(entryOf((await a.get("/insights/triggers")).body, "back-squat"));
    });

    it("T6: a decline hides the offer; declining twice changes nothing else", async () => {
      const a = await newUser(server);
      await sharpSession(a, server, "2026-10-01", "back-squat");
      await sharpSession(a, server, "2026-10-03", "back-squat");
      for (let d = 4; d <= 31; d++) await morning(a, server, `2026-10-${String(d).padStart(2, "0")}`, 0);
      server.setNow(Date.parse("2026-10-31T12:00:00Z"));
      const no = await a.post("/insights/triggers/back-squat/retest", { accept: false });
      expect(no.status).toBe(200);
      expect(no.body.status).toBe("trigger");
      expect(no.body.test).toBeUndefined();
      const again = await a.post("/insights/triggers/back-squat/retest", { accept: true });
      expect(again.status).toBe(409);
    });
  });
}
