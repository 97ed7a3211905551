/**
 * `spotter backup` while the server writes, then `spotter restore` into an empty store: every write acknowledged
 * before the backup began is in the restored copy, and nothing else is half there (issue 20). SQLite through the
 * online backup API; PostgreSQL through pg_dump and pg_restore when the test database and the tools are available.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  dropSchema,
  openDatabase,
  restorePostgres,
  restoreSqlite,
  SQLITE_FILE,
  snapshotName,
  snapshotPostgres,
  snapshotSqlite,
} from "@spotter/db";
import { testEngines } from "@spotter/db/testing";
import { describe, expect, it } from "vitest";
import { TestClient } from "../testing/harness.js";
import { type ChildStore, type ServerChild, startServerChild } from "./child.js";

const WRITERS = 4;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const hasPgDump =
  spawnSync(process.env.SPOTTER_PG_BIN ? join(process.env.SPOTTER_PG_BIN, "pg_dump") : "pg_dump", ["--version"])
    .status === 0;

const engines = testEngines()
  .map((e) => e.name)
  .filter((name) => name === "sqlite" || hasPgDump);

for (const engine of engines) {
  describe(`backup while serving, then restore, on ${engine}`, () => {
    it("finds every write acknowledged before the backup began in the restored store", async () => {
      const work = mkdtempSync(join(tmpdir(), "spotter-backup-"));
      const databaseUrl = process.env.SPOTTER_TEST_DATABASE_URL as string;
      const schema = `bk_${Math.random().toString(36).slice(2, 10)}`;
      const store: ChildStore = engine === "sqlite" ? { dataDir: join(work, "data") } : { databaseUrl, schema };
      let child: ServerChild | undefined;
      try {
        child = await startServerChild(store);
        const api = child.api;
        const clients = await Promise.all(
          Array.from({ length: WRITERS }, async (_, i) => {
            const c = new TestClient(api);
            const r = await c.post("/auth/register", { email: `w${i}@example.com`, password: "correct horse 1" });
            expect(r.status).toBe(201);
            return c;
          }),
        );
        const date = new Date().toISOString().slice(0, 10);
        const acked: { clientId: string; at: number }[] = [];
        let writing = true;
        const writers = clients.map(async (c) => {
          while (writing) {
            const clientId = crypto.randomUUID();
            const r = await c.post("/daily", { clientId, date, kind: "water", amountMl: 250 });
            if (r.status === 200 || r.status === 201) acked.push({ clientId, at: Date.now() });
          }
        });
        // Counts, not times: the machine's speed decides how long these take.
        const until = async (n: number) => {
          while (acked.length < n) await sleep(20);
        };
        await until(30);
        const began = Date.now();
        const file = join(work, snapshotName(began, engine === "sqlite" ? "db" : "dump"));
        if (engine === "sqlite") await snapshotSqlite(join(store.dataDir as string, SQLITE_FILE), file);
        else await snapshotPostgres(databaseUrl, file, schema);
        await until(acked.length + 10);
        writing = false;
        await Promise.all(writers);
        await child.stop();
        child = undefined;
        const before = acked.filter((a) => a.at < began);
        expect(before.length).toBeGreaterThan(20);
        expect(acked.length).toBeGreaterThan(before.length);

        // Restore into an empty store: a fresh folder, or the schema dropped and made again from the dump.
        let restored: Awaited<ReturnType<typeof openDatabase>>;
        if (engine === "sqlite") {
          const dataDir = join(work, "restored");
          await restoreSqlite(file, dataDir);
          await expect(restoreSqlite(file, dataDir)).rejects.toThrow(/empty data folder/);
          restored = await openDatabase({ dataDir, log: () => undefined });
        } else {
          await dropSchema(databaseUrl, schema);
          expect((await restorePostgres(databaseUrl, file)).schema).toBe(schema);
          await expect(restorePostgres(databaseUrl, file)).rejects.toThrow(/empty one/);
          restored = await openDatabase({ databaseUrl, schema, log: () => undefined });
        }
        try {
          const rows = await restored.kysely.selectFrom("daily_entries").select("client_id").execute();
          const kept = new Set(rows.map((r) => r.client_id));
          const lost = before.filter((a) => !kept.has(a.clientId));
          expect(lost).toEqual([]);
          // Nothing that was never acknowledged (a write the copy caught mid-way) is in it either.
          const all = new Set(acked.map((a) => a.clientId));
          expect(rows.filter((r) => !all.has(r.client_id))).toEqual([]);
          const users = await restored.kysely.selectFrom("users").select("email").execute();
          expect(users).toHaveLength(WRITERS);
          console.info(
            `backup on ${engine}: ${before.length} writes acknowledged before the backup, all restored; ` +
              `${kept.size} in the copy, ${acked.length} acknowledged in all`,
          );
        } finally {
          await restored.close();
        }
        expect(readdirSync(work).filter((f) => f.endsWith(".partial"))).toEqual([]);
      } finally {
        await child?.kill();
        if (engine === "postgres") await dropSchema(databaseUrl, schema);
        rmSync(work, { recursive: true, force: true });
      }
    }, 120_000);
  });
}
