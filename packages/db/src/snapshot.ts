/**
 * Operator snapshots of the whole store: SQLite through its online backup API (a consistent copy while the server
 * keeps writing), PostgreSQL through `pg_dump` of Spotter's schema. Snapshot files carry the instant in their name,
 * so sorting by name is sorting by age, and a retention count keeps the newest few.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { loadPg } from "./pgModule.js";

/** The SQLite file inside a data folder. */
export const SQLITE_FILE = "spotter.db";
/** Where start-up puts the snapshot it takes before migrating, inside the data folder. */
export const PRE_MIGRATION_DIR = "backups";
/** How many pre-migration snapshots start-up keeps. */
export const PRE_MIGRATION_KEEP = 5;

const NAME = /^spotter-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-[a-z0-9-]+)?\.(db|dump)$/;

/** A snapshot file name for an instant: `spotter-2026-12-07T22-45-00-000Z[-label].db` (`.dump` for pg_dump). */
export function snapshotName(at: number, kind: "db" | "dump", label?: string): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, "-");
  return `spotter-${stamp}${label ? `-${label}` : ""}.${kind}`;
}

/** True for a file name this module made. */
export function isSnapshotName(name: string): boolean {
  return NAME.test(name);
}

/**
 * Copies a live SQLite file to `outFile` with the online backup API: the copy is one consistent state even while
 * another process writes. Written beside the target first and renamed, so a half-written copy never looks done.
 */
export async function snapshotSqlite(dbFile: string, outFile: string): Promise<void> {
  if (!existsSync(dbFile)) throw new Error(`There is no Spotter database at ${dbFile}.`);
  const src = new BetterSqlite3(dbFile, { readonly: true, fileMustExist: true });
  const partial = `${outFile}.partial`;
  try {
    await src.backup(partial);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  } finally {
    src.close();
  }
  renameSync(partial, outFile);
}

/** Where to find `pg_dump` and `pg_restore`: `SPOTTER_PG_BIN` (a folder) when set, else the PATH. */
function pgTool(name: "pg_dump" | "pg_restore"): string {
  const dir = process.env.SPOTTER_PG_BIN;
  return dir ? join(dir, name) : name;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", (e) =>
      reject(
        (e as NodeJS.ErrnoException).code === "ENOENT"
          ? new Error(`${cmd} was not found; install the PostgreSQL client tools or set SPOTTER_PG_BIN.`)
          : e,
      ),
    );
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} failed (exit ${code}): ${err.trim().split("\n")[0] ?? ""}`)),
    );
  });
}

// The password travels in the environment, never on a command line another user could read with ps.
function pgConnection(databaseUrl: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(databaseUrl);
  const env = { ...process.env };
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = "";
  return { args: ["--dbname", u.toString()], env };
}

/** Dumps Spotter's schema (default `public`) in pg_dump's custom format, written beside the target and renamed. */
export async function snapshotPostgres(databaseUrl: string, outFile: string, schema = "public"): Promise<void> {
  const { args, env } = pgConnection(databaseUrl);
  const partial = `${outFile}.partial`;
  try {
    await run(
      pgTool("pg_dump"),
      [...args, "--format=custom", "--no-owner", "--schema", schema, "--file", partial],
      env,
    );
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  renameSync(partial, outFile);
}

/**
 * Restores a pg_dump snapshot into the database, into the schema it was dumped from, which must hold no Spotter
 * tables. The schema itself is made here (so `public`, which every database has, restores too), and the dump's own
 * schema entry is left out; everything else is restored in one transaction, so a failure leaves nothing behind.
 */
export async function restorePostgres(databaseUrl: string, file: string): Promise<{ schema: string }> {
  const { args, env } = pgConnection(databaseUrl);
  const toc = await run(pgTool("pg_restore"), ["--list", file], env);
  const table = /^\d+; \d+ \d+ TABLE (\S+) users /m.exec(toc);
  if (!table?.[1]) throw new Error(`${file} is not a Spotter snapshot from pg_dump (it holds no users table).`);
  const schema = table[1];
  if (!/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`The snapshot's schema "${schema}" is not one Spotter makes.`);
  const pg = await loadPg();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const found = await client.query("select to_regclass($1) as t", [`${schema}.users`]);
    if (found.rows[0]?.t) {
      throw new Error(`The database already holds Spotter data in schema "${schema}"; restore into an empty one.`);
    }
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await client.end();
  }
  const list = `${file}.${process.pid}.list`;
  writeFileSync(
    list,
    toc
      .split("\n")
      .filter((l) => !/^\d+; \d+ \d+ SCHEMA /.test(l))
      .join("\n"),
  );
  try {
    await run(
      pgTool("pg_restore"),
      [...args, "--no-owner", "--exit-on-error", "--single-transaction", "--use-list", list, file],
      env,
    );
  } finally {
    rmSync(list, { force: true });
  }
  return { schema };
}

/** Deletes the oldest snapshots in `dir` beyond the newest `keep`; answers the names deleted. */
export function pruneSnapshots(dir: string, keep: number): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter(isSnapshotName)
    .filter((n) => statSync(join(dir, n)).isFile())
    .sort();
  const gone = names.slice(0, Math.max(0, names.length - Math.max(1, keep)));
  for (const n of gone) rmSync(join(dir, n), { force: true });
  return gone;
}

/** Takes the start-up snapshot of a SQLite data folder before migrations run; answers its path. */
export async function snapshotBeforeMigration(dataDir: string, at: number): Promise<string> {
  const dir = join(dataDir, PRE_MIGRATION_DIR);
  mkdirSync(dir, { recursive: true });
  const out = join(dir, snapshotName(at, "db", "before-migration"));
  await snapshotSqlite(join(dataDir, SQLITE_FILE), out);
  pruneSnapshots(dir, PRE_MIGRATION_KEEP);
  return out;
}

/**
 * Restores a SQLite snapshot as `<dataDir>/spotter.db`. The folder must not hold a database yet; the snapshot must
 * pass SQLite's integrity check and be a Spotter database. Copied through the backup API into a file beside the
 * target and renamed, so a failed restore leaves no half-written database.
 */
export async function restoreSqlite(file: string, dataDir: string): Promise<string> {
  const target = join(dataDir, SQLITE_FILE);
  if (existsSync(target)) {
    throw new Error(`${dataDir} already holds a Spotter database; restore into an empty data folder.`);
  }
  if (!existsSync(file)) throw new Error(`There is no file at ${file}.`);
  let src: BetterSqlite3.Database;
  try {
    src = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new Error(`${file} is not a SQLite database.`);
  }
  const partial = `${target}.partial`;
  try {
    let check: unknown;
    let users: unknown;
    try {
      check = src.pragma("integrity_check", { simple: true });
      users = src.prepare("select name from sqlite_master where type = 'table' and name = 'users'").get();
    } catch {
      throw new Error(`${file} is not a SQLite database.`);
    }
    if (check !== "ok") throw new Error(`${file} is damaged (SQLite's integrity check says: ${String(check)}).`);
    if (!users) throw new Error(`${file} is not a Spotter snapshot (it holds no users table).`);
    mkdirSync(dataDir, { recursive: true });
    await src.backup(partial);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  } finally {
    src.close();
  }
  renameSync(partial, target);
  return target;
}
