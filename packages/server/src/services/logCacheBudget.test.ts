/**
 * The log cache is bounded by records, not by users: many light users logging at once all stay cached (with a limit
 * of 32 users, the 33rd concurrent user reloaded a whole log on every set), and the count it keeps follows the writes.
 */
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, startTestServer, type TestServer } from "../testing/harness.js";
import { CACHE_MAX_RECORDS, logCacheSize } from "./log.js";

const USERS = 40;

for (const engine of testEngines().slice(0, 1)) {
  describe(`log cache budget on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => {
      await server.close();
    });

    it("keeps every one of 40 users who log a set, and counts their records within the budget", async () => {
      const deps = { db: server.db };
      for (let k = 0; k < USERS; k++) {
        const user = await newUser(server);
        const session = await user.post("/sessions", {
          clientId: cid(),
          date: "2026-11-25",
          startedAt: "2026-11-25T08:30:00.000Z",
          painBefore: 1,
        });
        expect(session.status).toBe(201);
        const id = (session.body as { id: string }).id;
        const set = await user.post(`/sessions/${id}/sets`, {
          clientId: cid(),
          exerciseId: "leg-press-upright",
          setIndex: 0,
          warmup: false,
          reps: 10,
          loadKg: 100,
          rir: 2,
          belt: false,
          pain: 1,
          painKind: "none",
        });
        expect(set.status).toBe(201);
      }
      const size = logCacheSize(deps as Parameters<typeof logCacheSize>[0]);
      expect(size.users).toBe(USERS);
      // Each user: the fixed share plus their one set.
      expect(size.records).toBe(USERS * 101);
      expect(size.records).toBeLessThan(CACHE_MAX_RECORDS);
    });
  });
}
