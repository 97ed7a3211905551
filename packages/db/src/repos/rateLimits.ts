/**
 * Rate-limit counters in the database (0006), so every server on one database shares them and a restart keeps
 * them. A counter is one row per key; a hit after its window ended starts a new window in the same row. Each hit is
 * one atomic statement on both engines (`INSERT ... ON CONFLICT DO UPDATE ... RETURNING`), so parallel requests on
 * any number of servers never lose a count.
 */
import { sql } from "kysely";
import type { SpotterKysely } from "../schema.js";

/** One counter to bump: its key and the length of a new window. */
export interface CounterHit {
  key: string;
  windowMs: number;
}

/** A counter after a hit: hits in the current window (this one included) and when the window ends (epoch ms). */
export interface CounterState {
  hits: number;
  expiresAt: number;
}

/**
 * Counts one hit on each counter at `now` in one statement and answers every counter's state after it. Keys are
 * deduplicated and sorted, so two requests bumping the same keys on PostgreSQL lock them in the same order.
 */
export async function hitCounters(
  db: SpotterKysely,
  counters: readonly CounterHit[],
  now: number,
): Promise<Map<string, CounterState>> {
  const byKey = new Map<string, number>();
  for (const c of counters) byKey.set(c.key, c.windowMs);
  const rows = [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, windowMs]) => ({ key, hits: 1, window_start: now, expires_at: now + windowMs }));
  const states = new Map<string, CounterState>();
  if (rows.length === 0) return states;
  const ended = sql<boolean>`${sql.ref("rate_limits.expires_at")} <= ${now}`;
  const answered = await db
    .insertInto("rate_limits")
    .values(rows)
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        // Every expression reads the row as it was before this statement, so the three agree on "ended".
        hits: sql<number>`CASE WHEN ${ended} THEN 1 ELSE ${sql.ref("rate_limits.hits")} + 1 END`,
        window_start: sql<number>`CASE WHEN ${ended} THEN ${sql.ref("excluded.window_start")} ELSE ${sql.ref("rate_limits.window_start")} END`,
        expires_at: sql<number>`CASE WHEN ${ended} THEN ${sql.ref("excluded.expires_at")} ELSE ${sql.ref("rate_limits.expires_at")} END`,
      }),
    )
    .returning(["key", "hits", "expires_at"])
    .execute();
  for (const r of answered) states.set(r.key, { hits: Number(r.hits), expiresAt: Number(r.expires_at) });
  return states;
}

/**
 * Gives back one hit on each of `keys` whose window is still running, and sets the counters in `clear` to zero (one
 * statement). A request that turned out to be allowed (a right password) does not use up the limit.
 */
export async function giveBackCounters(
  db: SpotterKysely,
  keys: readonly string[],
  clear: readonly string[],
  now: number,
): Promise<void> {
  const all = [...new Set([...keys, ...clear])];
  if (all.length === 0) return;
  const hits =
    clear.length > 0
      ? sql<number>`CASE WHEN ${sql.ref("key")} IN (${sql.join([...clear])}) THEN 0 ELSE ${sql.ref("hits")} - 1 END`
      : sql<number>`${sql.ref("hits")} - 1`;
  await db
    .updateTable("rate_limits")
    .set({ hits })
    .where("key", "in", all)
    .where("hits", ">", 0)
    .where("expires_at", ">", now)
    .execute();
}

/** The current state of the counters among `keys` whose window is still running at `now`. */
export async function readCounters(
  db: SpotterKysely,
  keys: readonly string[],
  now: number,
): Promise<Map<string, CounterState>> {
  const states = new Map<string, CounterState>();
  if (keys.length === 0) return states;
  const rows = await db
    .selectFrom("rate_limits")
    .select(["key", "hits", "expires_at"])
    .where("key", "in", [...keys])
    .where("expires_at", ">", now)
    .execute();
  for (const r of rows) states.set(r.key, { hits: Number(r.hits), expiresAt: Number(r.expires_at) });
  return states;
}

/**
 * Deletes counters whose window ended before `now`, at most `batch` of them (so one sweep is bounded work even after
 * a flood); answers how many went.
 */
export async function sweepCounters(db: SpotterKysely, now: number, batch = 10_000): Promise<number> {
  const ended = db.selectFrom("rate_limits").select("key").where("expires_at", "<=", now).limit(batch);
  const r = await db.deleteFrom("rate_limits").where("key", "in", ended).executeTakeFirst();
  return Number(r.numDeletedRows);
}
