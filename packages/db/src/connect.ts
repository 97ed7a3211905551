/**
 * Opening the database: the embedded SQLite file (default) or PostgreSQL (`DATABASE_URL`). Both run the same
 * migrations and the same queries; only the connection differs.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { migrateToLatest } from "./migrations.js";
import type { Database } from "./schema.js";

/** An open database handle. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: "sqlite" | "postgres";
  close(): Promise<void>;
}

/** Where to connect: a PostgreSQL URL, or a folder for the SQLite file (or ":memory:"). */
export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (tests run each in their own); created when missing. */
  schema?: string | undefined;
  /** Run migrations on open (default true). */
  migrate?: boolean;
}

// pg returns int8 (bigint, COUNT) as strings; every int8 here is an epoch-ms instant or a count, safe as a number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// numeric (AVG) as a number too.
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/** Opens (and by default migrates) the database. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Db> {
  let db: Db;
  let schema: string | undefined;
  if (opts.databaseUrl) {
    schema = opts.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    db = { kysely, dialect: "postgres", close: () => kysely.destroy() };
  } else {
    const dir = opts.dataDir ?? "./data";
    let file = ":memory:";
    if (dir !== ":memory:") {
      mkdirSync(dir, { recursive: true });
      file = join(dir, "spotter.db");
    }
    const sqlite = new BetterSqlite3(file);
    sqlite.pragma("journal_mode = WAL");
    // FULL makes every acknowledged commit durable across power loss, not only across a process crash.
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    db = { kysely, dialect: "sqlite", close: () => kysely.destroy() };
  }
  if (opts.migrate !== false) await migrateToLatest(db.kysely, db.dialect, schema);
  return db;
}

/** Drops a PostgreSQL schema (test clean-up). */
export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
