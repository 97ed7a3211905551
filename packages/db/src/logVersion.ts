/**
 * A per-user counter that every write to the user's log bumps (sets, sessions, check-ins, daily entries, profile,
 * custom exercises, clearances). Readers cache what they derive from the log under this version, so a heavy user's
 * insights are not reloaded from scratch while nothing changed; any edit anywhere makes the cache miss.
 */
import { sql } from "kysely";
import { inGroupCommit, isSqlite } from "./groupCommit.js";
import type { SpotterKysely } from "./schema.js";

/** Adds one to the user's log version (inside the caller's transaction); answers the new version. */
async function bump(trx: SpotterKysely, userId: string): Promise<number> {
  const r = await trx
    .insertInto("log_versions")
    .values({ user_id: userId, version: 1 })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ version: sql<number>`log_versions.version + 1` }))
    .returning("version")
    .executeTakeFirstOrThrow();
  return Number(r.version);
}

/** Runs a write and bumps the user's log version in the same transaction. */
export async function withLogChange<T>(
  db: SpotterKysely,
  userId: string,
  write: (trx: SpotterKysely) => Promise<T>,
): Promise<T> {
  const run = async (trx: SpotterKysely) => {
    const out = await write(trx);
    await bump(trx, userId);
    return out;
  };
  return inOwnTransaction(db, run);
}

/** Runs in the caller's transaction, in a SQLite group commit (groupCommit.ts), or in a transaction of its own. */
function inOwnTransaction<T>(db: SpotterKysely, run: (trx: SpotterKysely) => Promise<T>): Promise<T> {
  if (db.isTransaction) return run(db);
  if (isSqlite(db)) return inGroupCommit(db, run);
  return db.transaction().execute(run);
}

/**
 * Runs a delete that says whether it removed anything, and bumps the version only when it did: deleting a missing
 * record (a 404) leaves the log, and every cache of it, as it was.
 */
export async function withLogDelete(
  db: SpotterKysely,
  userId: string,
  remove: (trx: SpotterKysely) => Promise<boolean>,
): Promise<boolean> {
  const run = async (trx: SpotterKysely) => {
    const removed = await remove(trx);
    if (removed) await bump(trx, userId);
    return removed;
  };
  return inOwnTransaction(db, run);
}

/**
 * Runs a write that says whether it changed anything (false: a repeated client id, nothing written) and bumps the
 * version only when it did. Answers the version after the write, or null when nothing changed: the caller's cached
 * log can take the write as its next version without reading the version again.
 */
export async function withLogChangeIf(
  db: SpotterKysely,
  userId: string,
  write: (trx: SpotterKysely) => Promise<boolean>,
): Promise<number | null> {
  return inOwnTransaction(db, async (trx) => ((await write(trx)) ? bump(trx, userId) : null));
}

/** The user's current log version (0 before the first write). */
export async function logVersion(db: SpotterKysely, userId: string): Promise<number> {
  const r = await db.selectFrom("log_versions").select("version").where("user_id", "=", userId).executeTakeFirst();
  return r?.version ?? 0;
}
