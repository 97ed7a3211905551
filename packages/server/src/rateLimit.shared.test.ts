/**
 * Two servers on one database (a SQLite file; a PostgreSQL schema) share the rate-limit counts, and a restarted
 * server keeps them: each server opens its own connection, as two processes behind a load balancer would.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Db, dropSchema, openDatabase } from "@spotter/db";
import type { TestEngine } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendFrom } from "./testing/fromAddress.js";
import { startTestServer, type TestServer } from "./testing/harness.js";

const PASSWORD = "correct horse 1";

/** A database two servers can each open: a SQLite folder, or a PostgreSQL schema. */
interface SharedStore {
  name: string;
  open(): Promise<Db>;
  remove(): Promise<void>;
}

function stores(): SharedStore[] {
  const dir = mkdtempSync(join(tmpdir(), "spotter-ratelimit-"));
  const list: SharedStore[] = [
    {
      name: "a SQLite file",
      open: () => openDatabase({ dataDir: dir }),
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    },
  ];
  const url = process.env.SPOTTER_TEST_DATABASE_URL;
  if (url) {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    list.push({
      name: "PostgreSQL",
      open: () => openDatabase({ databaseUrl: url, schema }),
      remove: () => dropSchema(url, schema),
    });
  }
  return list;
}

const unused: TestEngine = {
  name: "sqlite",
  open: () => Promise.reject(new Error("each server here is given its database")),
};

for (const store of stores()) {
  describe(`two servers on ${store.name} share the rate limits`, () => {
    const dbs: Db[] = [];
    const servers: TestServer[] = [];
    const start = async () => {
      const db = await store.open();
      dbs.push(db);
      const server = await startTestServer(unused, { db });
      servers.push(server);
      return server;
    };
    let a: TestServer;
    let b: TestServer;
    beforeAll(async () => {
      a = await start();
      b = await start();
    });
    afterAll(async () => {
      for (const s of servers) await s.close();
      for (const db of dbs) await db.close().catch(() => {});
      await store.remove();
    });
    const login = (s: TestServer, email: string, password: string, address: string) =>
      sendFrom("POST", `${s.url}/auth/login`, { email, password }, { address });
    const register = (s: TestServer, email: string) =>
      sendFrom("POST", `${s.url}/auth/register`, { email, password: PASSWORD }, { address: "127.0.0.1" });

    it("5 failures on each server lock the guesser on both; a restart keeps the lock; the victim still logs in", async () => {
      const email = `shared-${randomBytes(3).toString("hex")}@example.com`;
      expect((await register(a, email)).status).toBe(201);
      for (let i = 0; i < 5; i++) expect((await login(a, email, `a${i}`, "127.0.0.2")).status).toBe(401);
      for (let i = 0; i < 5; i++) expect((await login(b, email, `b${i}`, "127.0.0.2")).status).toBe(401);
      expect((await login(b, email, PASSWORD, "127.0.0.2")).status).toBe(429);
      expect((await login(a, email, PASSWORD, "127.0.0.2")).status).toBe(429);

      // Restart server A: a new process would open a new connection and know nothing in memory.
      const index = servers.indexOf(a);
      await a.close();
      await dbs[index]?.close();
      servers.splice(index, 1);
      dbs.splice(index, 1);
      a = await start();
      const after = await login(a, email, PASSWORD, "127.0.0.2");
      expect(after.status).toBe(429);
      expect(Number(after.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await login(a, email, PASSWORD, "127.0.0.3")).status).toBe(200);
    });

    it("parallel guesses spread over both servers are counted exactly: 10 tried, 20 refused", async () => {
      const email = `parallel-${randomBytes(3).toString("hex")}@example.com`;
      expect((await register(b, email)).status).toBe(201);
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => login(i % 2 ? a : b, email, `p${i}`, "127.0.0.4")),
      );
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    });
  });
}
