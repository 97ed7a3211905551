/**
 * Opening the database: the embedded SQLite file (default) or PostgreSQL (`DATABASE_URL`). Both run the same
 * migrations and the same queries; only the connection differs.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import { migrateToLatest } from "./migrations.js";
import { waitForPostgres, watchPool } from "./pgHealth.js";
import { loadPg } from "./pgModule.js";
import type { Database } from "./schema.js";
import { assertNotNewer, schemaState } from "./schemaState.js";
import { SQLITE_FILE, snapshotBeforeMigration } from "./snapshot.js";
import { SplitSqliteDialect } from "./sqliteDriver.js";

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
  /**
   * PostgreSQL only: how long to keep retrying, with backoff, while the server is unreachable at start-up (default 0:
   * fail at once). Wrong credentials or a missing database fail at once whatever this says.
   */
  waitMs?: number | undefined;
  /**
   * PostgreSQL only: connections this server keeps open at most (default 10). Each request holds one only while a
   * query or a transaction runs; several servers share the database's `max_connections` (or PgBouncer's pool).
   */
  poolSize?: number | undefined;
  /** SQLite only: how long a write waits for another process's lock before failing with SQLITE_BUSY (default 5000). */
  busyTimeoutMs?: number | undefined;
  /**
   * SQLite in a folder: before migrations change a database that holds data, copy it to `<data>/backups/` (the last
   * five are kept). Default true; tests of throwaway folders may turn it off.
   */
  backupBeforeMigrate?: boolean | undefined;
  /** Where connection-state lines go (lost, back, waiting at start-up); default console.warn. */
  log?: ((line: string) => void) | undefined;
}

/** Opens (and by default migrates) the database. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Db> {
  let db: Db;
  let schema: string | undefined;
  let sqliteDir: string | undefined;
  let useReader: (() => void) | undefined;
  if (opts.databaseUrl) {
    schema = opts.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
    const pg = await loadPg();
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      // A request waiting for a connection while PostgreSQL is unreachable fails (503) instead of hanging.
      connectionTimeoutMillis: 5000,
      keepAlive: true,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // Without these handlers a PostgreSQL restart kills the process: pg emits `error` on idle and checked-out clients.
    watchPool(pool, opts.log ?? console.warn);
    try {
      // Before the first query of our own (schema, migrations): reach the server, or fail with one plain sentence.
      // With neither, opening connects to nothing; each query then connects (and fails) on its own.
      if (schema || opts.migrate !== false) {
        await waitForPostgres(pool, opts.databaseUrl, opts.waitMs ?? 0, opts.log ?? console.warn);
      }
      if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw e;
    }
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    db = { kysely, dialect: "postgres", close: () => kysely.destroy() };
  } else {
    const dir = opts.dataDir ?? "./data";
    let file = ":memory:";
    if (dir !== ":memory:") {
      mkdirSync(dir, { recursive: true });
      file = join(dir, SQLITE_FILE);
      sqliteDir = dir;
    }
    const sqlite = new BetterSqlite3(file);
    sqlite.pragma("journal_mode = WAL");
    // FULL makes every acknowledged commit durable across power loss, not only across a process crash.
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    // Beyond this wait another process's lock answers SQLITE_BUSY, which the server turns into a 503.
    const busyTimeout = `busy_timeout = ${Math.max(0, Math.trunc(opts.busyTimeoutMs ?? 5000))}`;
    sqlite.pragma(busyTimeout);
    // Plain reads answer from a second connection (sqliteDriver.ts) once migrations are done; not in memory, where a
    // second connection would be another database.
    const openReader =
      file === ":memory:"
        ? null
        : () => {
            const reader = new BetterSqlite3(file);
            reader.pragma(busyTimeout);
            return withStatementCache(reader);
          };
    const dialect = new SplitSqliteDialect(withStatementCache(sqlite), openReader);
    useReader = () => dialect.driver.useReader();
    const kysely = new Kysely<Database>({ dialect });
    db = { kysely, dialect: "sqlite", close: () => kysely.destroy() };
  }
  if (opts.migrate !== false) {
    try {
      // Never run this build's migrations over a schema a newer build wrote; and on SQLite keep a copy of the data
      // as it was before any migration changes it.
      const state = await schemaState(db.kysely, db.dialect);
      assertNotNewer(state);
      if (sqliteDir && opts.backupBeforeMigrate !== false && state.applied.length > 0 && state.pending.length > 0) {
        const at = Date.now();
        const copy = await snapshotBeforeMigration(sqliteDir, at);
        (opts.log ?? console.warn)(`Copied the database to ${copy} before updating its schema.`);
      }
      // Up to date (every restart but the first after an upgrade): the migrator's lock and reads are skipped.
      if (state.pending.length > 0) await migrateToLatest(db.kysely, db.dialect, schema);
    } catch (e) {
      await db.close().catch(() => undefined);
      throw e;
    }
  }
  useReader?.();
  return db;
}

/** Prepared statements kept per connection; SQL with a varying number of `?` makes new ones, so the count is capped. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely's SQLite driver sees it, with prepared statements reused: the driver prepares every query
 * afresh, which cost about as much CPU as running it for the short queries of logging a set. A statement that is
 * still being iterated (a stream) is never handed out twice.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): BetterSqlite3.Database {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string) => {
    const hit = statements.get(source);
    if (hit && !hit.busy) {
      statements.delete(source);
      statements.set(source, hit);
      return hit;
    }
    const stmt = sqlite.prepare(source);
    if (!hit) {
      statements.set(source, stmt);
      if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
    }
    return stmt;
  };
  return new Proxy(sqlite, {
    get(target, key) {
      if (key === "prepare") return prepare;
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Drops a PostgreSQL schema (test clean-up). */
export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const pg = await loadPg();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
