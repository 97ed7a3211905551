/** Who used Spotter lately, for warming a server's caches after it starts. */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/**
 * Users with a login session still valid at `now`, the most recently seen first (at most `limit`). The login
 * sessions table holds a row per signed-in device, so this reads a small table, never the training log.
 */
export async function recentlySeenUsers(db: Kysely<Database>, now: number, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("login_sessions")
    .select((eb) => ["user_id", eb.fn.max("last_seen_at").as("seen")])
    .where("expires_at", ">", now)
    .groupBy("user_id")
    .orderBy("seen", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => r.user_id);
}
