// Bounded work on the set path (issue 19): logging a set reads the database once before its write (the login check,
// which carries the log version) and writes once; the session, exercise, unit and history come from the cached log.
// Counts of statements, never times.
import { testEngines } from "@spotter/db/testing";
import type { KyselyPlugin, RootOperationNode } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, startTestServer, type TestServer } from "../testing/harness.js";

/** Counts the statements sent through a Kysely instance, by kind of query node. */
class StatementCounter implements KyselyPlugin {
  counts = new Map<string, number>();
  transformQuery({ node }: { node: RootOperationNode }): RootOperationNode {
    this.counts.set(node.kind, (this.counts.get(node.kind) ?? 0) + 1);
    return node;
  }
  async transformResult<R>({ result }: { result: R }): Promise<R> {
    return result;
  }
  take(): Record<string, number> {
    const out = Object.fromEntries(this.counts);
    this.counts.clear();
    return out;
  }
}

const SET = { exerciseId: "leg-press-upright", warmup: false, reps: 10, loadKg: 120, rir: 2, belt: false, pain: 1 };

for (const engine of testEngines()) {
  describe(`the set path's statements on ${engine.name}`, () => {
    let server: TestServer;
    const counter = new StatementCounter();
    beforeAll(async () => {
      const db = await engine.open();
      server = await startTestServer(engine, { db: { ...db, kysely: db.kysely.withPlugin(counter) } });
    });
    afterAll(async () => server.close());

    it("a set reads the database once before its write (login and log version together) and writes once", async () => {
      const a = await newUser(server);
      const session = await a.post("/sessions", {
        clientId: cid(),
        date: "2026-11-25",
        startedAt: "2026-11-25T08:00:00Z",
        painBefore: 1,
      });
      expect(session.status).toBe(201);
      const path = `/sessions/${session.body.id}/sets`;
      // The first set loads the log into the cache; the ones after it find it there.
      expect((await a.post(path, { ...SET, clientId: cid(), setIndex: 0, painKind: "none" })).status).toBe(201);
      counter.take();
      for (let i = 1; i <= 3; i++) {
        const r = await a.post(path, { ...SET, clientId: cid(), setIndex: i, painKind: "none" });
        expect(r.status).toBe(201);
        expect(r.body.guidance.action).toBeTypeOf("string");
        const counts = counter.take();
        // One select (the login with the log version); the claim of the client id, the set and the version bump.
        expect(counts.SelectQueryNode ?? 0).toBe(1);
        expect(counts.InsertQueryNode ?? 0).toBe(3);
        expect(counts.UpdateQueryNode ?? 0).toBe(0);
      }
    });

    it("a repeated client id answers the stored set, writes nothing and keeps the cached log in step", async () => {
      const a = await newUser(server);
      const s = await a.post("/sessions", {
        clientId: cid(),
        date: "2026-11-25",
        startedAt: "2026-11-25T08:00:00Z",
        painBefore: 1,
      });
      const path = `/sessions/${s.body.id}/sets`;
      const body = { ...SET, clientId: cid(), setIndex: 0, painKind: "none" };
      const first = await a.post(path, body);
      expect(first.status).toBe(201);
      const again = await a.post(path, { ...body, reps: 3 });
      expect(again.status).toBe(201);
      expect(again.body.set.id).toBe(first.body.set.id);
      expect(again.body.set.reps).toBe(10);
      const next = await a.post(path, { ...SET, clientId: cid(), setIndex: 1, painKind: "none" });
      expect(next.status).toBe(201);
      const history = await a.get(`/sessions/${s.body.id}`);
      expect(history.body.sets.map((x: { id: string }) => x.id)).toEqual([first.body.set.id, next.body.set.id]);
      // The exercise's history comes from the cached log: it holds both sets and no third.
      const exercise = await a.get(`/exercises/${SET.exerciseId}/history`);
      expect(exercise.status).toBe(200);
      expect(exercise.body.sessions[0].sets).toHaveLength(2);
    });
  });
}
