/**
 * The per-user log cache never answers stale: after any mix of writes through one server, its derived answers equal
 * those of a fresh server (empty cache) over the same database, and a second server's writes are seen at once.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { uuidv7 } from "@spotter/db";
import { testEngines } from "@spotter/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import {
  cid,
  newUser,
  redFlagAnswers,
  startTestServer,
  TEST_RATE_LIMITS,
  TestClient,
  type TestServer,
} from "../testing/harness.js";

const NOW = Date.parse("2026-11-25T09:00:00Z");

for (const engine of testEngines().slice(0, 1)) {
  describe(`log cache on ${engine.name}`, () => {
    let server: TestServer;
    let fresh: { url: string; close: () => Promise<void> };
    beforeAll(async () => {
      server = await startTestServer(engine);
      server.setNow(NOW);
      // A second app over the same database: it stands for another server behind a load balancer.
      const app = createApp({
        db: server.db,
        now: () => NOW,
        newId: () => uuidv7(NOW),
        registration: "open",
        rateLimits: TEST_RATE_LIMITS,
      });
      const s = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const x = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(x));
      });
      fresh = {
        url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/api/v1`,
        close: () => new Promise<void>((r) => s.close(() => r())),
      };
    });
    afterAll(async () => {
      await fresh.close();
      await server.close();
    });

    it("G6: derived answers match a second server's after any sequence of writes on either", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              op: fc.constantFrom("checkin", "set", "sharp", "edit", "delete", "finish", "profile"),
              via: fc.constantFrom("a", "b"),
              day: fc.integer({ min: 0, max: 6 }),
              pain: fc.integer({ min: 0, max: 8 }),
            }),
            { minLength: 3, maxLength: 12 },
          ),
          async (ops) => {
            const a = await newUser(server);
            const b = new TestClient(fresh.url);
            b.cookie = a.cookie;
            const s = await a.post("/sessions", {
              clientId: cid(),
              date: "2026-11-20",
              startedAt: "2026-11-20T17:00:00Z",
              painBefore: 1,
            });
            const setIds: string[] = [];
            for (const o of ops) {
              const c = o.via === "a" ? a : b;
              const date = `2026-11-${String(18 + o.day).padStart(2, "0")}`;
              if (o.op === "checkin") {
                await c.post("/checkins", {
                  clientId: cid(),
                  date,
                  painNow: o.pain,
                  everydayPain: "none",
                  redFlags: redFlagAnswers(),
                });
              } else if (o.op === "set" || o.op === "sharp") {
                const r = await c.post(`/sessions/${s.body.id}/sets`, {
                  clientId: cid(),
                  exerciseId: o.day % 2 ? "leg-press-reclined" : "hip-thrust",
                  setIndex: setIds.length,
                  warmup: false,
                  reps: 10,
                  loadKg: 80,
                  belt: false,
                  pain: o.op === "sharp" ? 6 : o.pain % 3,
                  painKind: o.op === "sharp" ? "sharp" : "none",
                });
                setIds.push(r.body.set.id);
              } else if (o.op === "edit" && setIds.length) {
                await c.patch(`/sessions/${s.body.id}/sets/${setIds[0]}`, { pain: o.pain });
              } else if (o.op === "delete" && setIds.length) {
                await c.del(`/sessions/${s.body.id}/sets/${setIds.pop()}`);
              } else if (o.op === "finish") {
                await c.post(`/sessions/${s.body.id}/finish`, {
                  finishedAt: "2026-11-20T18:00:00Z",
                  painAfter: o.pain,
                });
              } else if (o.op === "profile") {
                await c.put("/profile", { cleared: o.pain % 2 ? ["leg-press-reclined"] : [] });
              }
              for (const path of ["/insights/triggers", "/readiness?date=2026-11-24", "/exercises/hip-thrust/next"]) {
                const [x, y] = await Promise.all([a.get(path), b.get(path)]);
                expect(x.body, path).toEqual(y.body);
              }
            }
          },
        ),
        { numRuns: 8 },
      );
    }, 120_000);
  });
}
