import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./connect.js";
import { migrationsFor } from "./migrations.js";
import { NewerSchemaError, schemaState } from "./schemaState.js";
import { PRE_MIGRATION_DIR, PRE_MIGRATION_KEEP } from "./snapshot.js";
import { testEngines } from "./testEngines.js";

const LAST = Object.keys(migrationsFor("sqlite")).at(-1) as string;
/** What undoes the last migration on SQLite (a new migration adds its line here). */
const UNDO: Record<string, string[]> = {
  "0011_clearance_rules_screens": ["drop table screens", "alter table clearances drop column rules"],
  "0012_import_runs": [
    "drop table import_runs",
    "drop table import_mappings",
    "alter table sets drop column source_name",
    "alter table sets drop column import_id",
    "alter table training_sessions drop column import_id",
    "alter table custom_exercises drop column import_id",
  ],
  "0013_set_unit_notes_supersets": [
    "alter table sets drop column unit",
    "alter table sets drop column note",
    "alter table sets drop column superset_id",
    "alter table training_sessions drop column exercise_notes",
  ],
};

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
      // Undo the last migration so the next start has one to run.
      const db = await openDatabase({ dataDir: dir, migrate: false });
      for (const q of UNDO[LAST] ?? []) await sql.raw(q).execute(db.kysely);
      await sql`delete from kysely_migration where name = ${LAST}`.execute(db.kysely);
      await db.close();
      const again = await openDatabase({ dataDir: dir, log: (l) => lines.push(l) });
      expect((await schemaState(again.kysely, "sqlite")).pending).toEqual([]);
      await again.close();
      await new Promise((r) => setTimeout(r, 5));
    }
    const copies = readdirSync(join(dir, PRE_MIGRATION_DIR));
    expect(copies).toHaveLength(PRE_MIGRATION_KEEP);
    expect(lines).toHaveLength(PRE_MIGRATION_KEEP + 2);
    expect(lines[0]).toMatch(/before updating its schema/);
    // A copy holds the schema as it was: without the table the pending migration makes.
    const snap = join(dir, PRE_MIGRATION_DIR, copies.sort().at(-1) as string);
    const { default: Sqlite } = await import("better-sqlite3");
    const raw = new Sqlite(snap, { readonly: true });
    const names = raw.prepare("select name from kysely_migration").all() as { name: string }[];
    raw.close();
    expect(names.map((n) => n.name)).not.toContain(LAST);
  });
});
