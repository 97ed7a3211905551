import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./connect.js";
import { migrationsFor } from "./migrations.js";
import { NewerSchemaError, schemaState } from "./schemaState.js";
import { PRE_MIGRATION_DIR, PRE_MIGRATION_KEEP } from "./snapshot.js";
import { testEngines } from "./testEngines.js";

const FIRST = Object.keys(migrationsFor("sqlite"))[0] as string;

describe.each(testEngines())("schema state ($name)", (engine) => {
  it("a migrated database has nothing pending and nothing unknown", async () => {
    const db = await engine.open();
    try {
      const state = await schemaState(db.kysely, db.dialect);
      expect(state.pending).toEqual([]);
      expect(state.unknown).toEqual([]);
      expect(state.applied).toEqual(Object.keys(migrationsFor(db.dialect)));
    } finally {
      await db.close();
    }
  });
});

describe("start-up on a SQLite data folder", () => {
  const dirs: string[] = [];
  const folder = () => {
    const d = mkdtempSync(join(tmpdir(), "spotter-schema-"));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("refuses a schema written by a newer Spotter, naming the unknown migration, and changes nothing", async () => {
    const dir = folder();
    const db = await openDatabase({ dataDir: dir });
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2027-01-01')`.execute(
      db.kysely,
    );
    await db.close();
    const open = openDatabase({ dataDir: dir, log: () => undefined });
    await expect(open).rejects.toThrow(NewerSchemaError);
    await expect(openDatabase({ dataDir: dir, log: () => undefined })).rejects.toThrow(/9999_from_the_future/);
    expect(existsSync(join(dir, PRE_MIGRATION_DIR))).toBe(false);
  });

  it("copies the data to backups/ before a migration runs, keeping the last five, and none for a new folder", async () => {
    const dir = folder();
    const first = await openDatabase({ dataDir: dir, log: () => undefined });
    await first.close();
    expect(existsSync(join(dir, PRE_MIGRATION_DIR))).toBe(false);
    const lines: string[] = [];
    for (let i = 0; i < PRE_MIGRATION_KEEP + 2; i++) {
      // A database of an older build, holding data: only the first migration has run.
      for (const f of ["spotter.db", "spotter.db-wal", "spotter.db-shm"]) rmSync(join(dir, f), { force: true });
      const old = await openDatabase({ dataDir: dir, migrate: false });
      const provider = { getMigrations: async () => migrationsFor("sqlite") };
      await new Migrator({ db: old.kysely, provider }).migrateTo(FIRST);
      await sql`insert into users (id, email, password_hash, created_at) values (${`u${i}`}, 'a@example.com', 'x', 1)`.execute(
        old.kysely,
      );
      await old.close();
      const again = await openDatabase({ dataDir: dir, log: (l) => lines.push(l) });
      expect((await schemaState(again.kysely, "sqlite")).pending).toEqual([]);
      await again.close();
      await new Promise((r) => setTimeout(r, 5));
    }
    const copies = readdirSync(join(dir, PRE_MIGRATION_DIR)).sort();
    expect(copies).toHaveLength(PRE_MIGRATION_KEEP);
    expect(lines).toHaveLength(PRE_MIGRATION_KEEP + 2);
    expect(lines[0]).toMatch(/before updating its schema/);
    // The newest copy holds the database as it was: the first migration only, and the last round's account.
    const { default: Sqlite } = await import("better-sqlite3");
    const raw = new Sqlite(join(dir, PRE_MIGRATION_DIR, copies.at(-1) as string), { readonly: true });
    const names = raw.prepare("select name from kysely_migration").all() as { name: string }[];
    const users = raw.prepare("select id from users").all() as { id: string }[];
    raw.close();
    expect(names.map((n) => n.name)).toEqual([FIRST]);
    expect(users).toEqual([{ id: `u${PRE_MIGRATION_KEEP + 1}` }]);
  });
});
