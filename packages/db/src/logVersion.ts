/**
 * A per-user counter that every write to the user's log bumps (sets, sessions, check-ins, daily entries, profile,
 * custom exercises, clearances). Readers cache what they derive from the log under this version, so a heavy user's
 * insights are not reloaded from scratch while nothing changed; any edit anywhere makes the cache miss.
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.js";

type Db = Kysely<Database>;

/** Runs a write and bumps the user's log version in the same transaction. */
export async function withLogChange<T>(db: Db, userId: string, write: (trx: Db) => Promise<T>): Promise<T> {
  const run = async (trx: Db) => {
    const out = await write(trx);
    await trx
      .insertInto("log_versions")
      .values({ user_id: userId, version: 1 })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ version: sql<number>`log_versions.version + 1` }))
      .execute();
    return out;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** The user's current log version (0 before the first write). */
export async function logVersion(db: Db, userId: string): Promise<number> {
  const r = await db.selectFrom("log_versions").select("version").where("user_id", "=", userId).executeTakeFirst();
  return r?.version ?? 0;
}
