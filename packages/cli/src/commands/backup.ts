/**
 * `spotter backup --out DIR` and `spotter restore FILE`: the operator's snapshots of the whole store. A backup runs
 * beside a serving server (SQLite's online backup API gives one consistent copy while writes go on; pg_dump reads one
 * snapshot of Spotter's schema) and keeps the newest `--keep`. A restore goes only into an empty store.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  openDatabase,
  pruneSnapshots,
  restorePostgres,
  restoreSqlite,
  SQLITE_FILE,
  snapshotName,
  snapshotPostgres,
  snapshotSqlite,
} from "@spotter/db";
import { DB_OPTION_SPEC, dbOptions, describeDb } from "./options.js";

/** How many snapshots `spotter backup` keeps in its folder unless told otherwise. */
export const DEFAULT_KEEP = 7;

/** Runs `spotter backup`. */
export async function backupCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { ...DB_OPTION_SPEC, out: { type: "string" }, keep: { type: "string" }, schema: { type: "string" } },
  });
  if (!values.out) {
    console.error("Usage: spotter backup --out DIR [--keep N] [--data DIR | --database-url URL]");
    return 2;
  }
  const keep = Number(values.keep ?? DEFAULT_KEEP);
  if (!Number.isInteger(keep) || keep < 1) {
    console.error(`--keep must be a whole number of snapshots, 1 or more, not "${values.keep}".`);
    return 2;
  }
  const o = dbOptions(values);
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const at = Date.now();
  try {
    const file = join(out, snapshotName(at, o.databaseUrl ? "dump" : "db"));
    if (o.databaseUrl) await snapshotPostgres(o.databaseUrl, file, values.schema ?? "public");
    else await snapshotSqlite(join(o.dataDir, SQLITE_FILE), file);
    const gone = pruneSnapshots(out, keep);
    console.log(`Backed up ${describeDb(o)} to ${file}.${gone.length ? ` Removed ${gone.length} older.` : ""}`);
    return 0;
  } catch (e) {
    console.error(`The backup failed: ${(e as Error).message}`);
    return 1;
  }
}

/** Runs `spotter restore`. */
export async function restoreCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: DB_OPTION_SPEC,
  });
  const [file] = positionals;
  if (!file) {
    console.error("Usage: spotter restore FILE [--data DIR | --database-url URL]");
    return 2;
  }
  const o = dbOptions(values);
  try {
    let schema: string | undefined;
    if (o.databaseUrl) ({ schema } = await restorePostgres(o.databaseUrl, resolve(file)));
    else await restoreSqlite(resolve(file), o.dataDir);
    // Opening checks the schema is not newer than this build and brings an older one up to date.
    const db = await openDatabase({
      dataDir: o.dataDir,
      databaseUrl: o.databaseUrl,
      schema: schema === "public" ? undefined : schema,
    });
    await db.close();
    console.log(`Restored ${file} into ${describeDb(o)}.`);
    return 0;
  } catch (e) {
    console.error(`The restore failed: ${(e as Error).message}`);
    return 1;
  }
}
