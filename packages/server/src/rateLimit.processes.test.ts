/**
 * Two real server processes on one database (a SQLite file; a PostgreSQL schema) share the login limit, and a
 * server killed with -9 and started again still refuses the guesser: the count lives in the database, not in a
 * process.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema, openDatabase } from "@spotter/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChildStore, type ServerChild, startServerChild } from "./resilience/child.js";
import { sendFrom } from "./testing/fromAddress.js";

const PASSWORD = "correct horse 1";

interface Store {
  name: string;
  store: ChildStore;
  /** Creates and migrates the store before any server starts on it. */
  prepare(): Promise<void>;
  remove(): Promise<void>;
}

// Opening runs the migrations; the servers then start on a ready database, as they do after an upgrade.
const migrated = async (opts: Parameters<typeof openDatabase>[0]) => (await openDatabase(opts)).close();

function stores(): Store[] {
  const dir = mkdtempSync(join(tmpdir(), "spotter-ratelimit-proc-"));
  const list: Store[] = [
    {
      name: "a SQLite file",
      store: { dataDir: dir },
      prepare: () => migrated({ dataDir: dir }),
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    },
  ];
  const url = process.env.SPOTTER_TEST_DATABASE_URL;
  if (url) {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    list.push({
      name: "PostgreSQL",
      store: { databaseUrl: url, schema },
      // Under a loaded full run a child once met its new schema missing during its own migrations.
      prepare: () => migrated({ databaseUrl: url, schema }),
      remove: () => dropSchema(url, schema),
    });
  }
  return list;
}

for (const { name, store, prepare, remove } of stores()) {
  describe(`two server processes on ${name}`, () => {
    const children: ServerChild[] = [];
    beforeAll(prepare, 60_000);
    afterAll(async () => {
      for (const c of children) await c.kill();
      await remove();
    });
    const start = async () => {
      const c = await startServerChild(store);
      children.push(c);
      return c;
    };
    const login = (c: ServerChild, email: string, password: string, address: string) =>
      sendFrom("POST", `${c.api}/auth/login`, { email, password }, { address });

    it("share the default login limit (10 failures in 15 minutes), and a kill -9 and restart keeps it", async () => {
      // Started one after the other: the first runs the migrations.
      const a = await start();
      const b = await start();
      const email = `proc-${randomBytes(3).toString("hex")}@example.com`;
      const reg = await sendFrom("POST", `${a.api}/auth/register`, { email, password: PASSWORD }, {});
      expect(reg.status).toBe(201);
      for (let i = 0; i < 5; i++) expect((await login(a, email, `a${i}`, "127.0.0.2")).status).toBe(401);
      for (let i = 0; i < 5; i++) expect((await login(b, email, `b${i}`, "127.0.0.2")).status).toBe(401);
      expect((await login(a, email, PASSWORD, "127.0.0.2")).status).toBe(429);
      expect((await login(b, email, PASSWORD, "127.0.0.2")).status).toBe(429);

      await a.kill();
      const again = await start();
      const after = await login(again, email, PASSWORD, "127.0.0.2");
      expect(after.status).toBe(429);
      expect(Number(after.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await login(again, email, PASSWORD, "127.0.0.3")).status).toBe(200);
    }, 120_000);
  });
}
