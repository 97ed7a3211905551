/**
 * Group commit for SQLite. With `synchronous=FULL` every commit waits for the disk (an fsync of the WAL), and one
 * SQLite file takes one writer at a time, so under many users logging at once the fsyncs were the whole cost of a
 * set. Writes that arrive while one is committing are queued and run together in the next transaction, each inside a
 * savepoint of its own, and the one COMMIT makes them all durable at once. Every write's promise settles only after
 * that COMMIT returned: an acknowledged write is on disk exactly as before, only the fsync is shared. A write that
 * throws is rolled back to its savepoint and rejected alone; a failed COMMIT rejects every write of the batch, none of
 * which was acknowledged. PostgreSQL does its own group commit of concurrent transactions and never comes here.
 */
import { type Kysely, SqliteAdapter, sql } from "kysely";

/** At most this many writes share one transaction, so one batch never holds the file for long. */
export const GROUP_MAX_WRITES = 64;

interface Pending<DB> {
  run: (trx: Kysely<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Group<DB> {
  queue: Pending<DB>[];
  scheduled: boolean;
  running: boolean;
  batches: number;
  writes: number;
}

// biome-ignore lint/suspicious/noExplicitAny: keyed by any database's Kysely instance.
const groups = new WeakMap<Kysely<any>, Group<any>>();

/** True when the Kysely instance talks to SQLite. */
export function isSqlite<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** How many batches and writes the group commit ran on this database (tests read it). */
export function groupCommitStats<DB>(db: Kysely<DB>): { batches: number; writes: number } {
  const g = groups.get(db);
  return { batches: g?.batches ?? 0, writes: g?.writes ?? 0 };
}

/**
 * Runs `write` in a transaction shared with the other writes queued at the same time (SQLite only; callers use
 * `db.transaction()` elsewhere). Resolves with its result once the shared transaction has committed.
 */
export function inGroupCommit<DB, T>(db: Kysely<DB>, write: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  let g = groups.get(db) as Group<DB> | undefined;
  if (!g) {
    g = { queue: [], scheduled: false, running: false, batches: 0, writes: 0 };
    groups.set(db, g);
  }
  const group = g;
  return new Promise<T>((resolve, reject) => {
    group.queue.push({ run: write, resolve: resolve as (v: unknown) => void, reject });
    schedule(db, group);
  });
}

function schedule<DB>(db: Kysely<DB>, g: Group<DB>): void {
  if (g.scheduled || g.running) return;
  g.scheduled = true;
  // One turn of the event loop lets the requests already read from their sockets join this batch.
  setImmediate(() => void flush(db, g));
}

async function flush<DB>(db: Kysely<DB>, g: Group<DB>): Promise<void> {
  g.scheduled = false;
  g.running = true;
  const batch = g.queue.splice(0, GROUP_MAX_WRITES);
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  try {
    await db.transaction().execute(async (trx) => {
      for (const pending of batch) {
        await sql`SAVEPOINT spotter_write`.execute(trx);
        try {
          const value = await pending.run(trx);
          await sql`RELEASE spotter_write`.execute(trx);
          outcomes.push({ ok: true, value });
        } catch (error) {
          await sql`ROLLBACK TO spotter_write`.execute(trx);
          await sql`RELEASE spotter_write`.execute(trx);
          outcomes.push({ ok: false, error });
        }
      }
    });
    g.batches++;
    g.writes += batch.length;
    batch.forEach((pending, i) => {
      const o = outcomes[i];
      if (o?.ok) pending.resolve(o.value);
      else pending.reject(o ? o.error : new Error("the write did not run"));
    });
  } catch (error) {
    // The COMMIT (or BEGIN) failed: nothing of this batch is stored, so no write of it is acknowledged.
    for (const pending of batch) pending.reject(error);
  } finally {
    g.running = false;
    if (g.queue.length > 0) schedule(db, g);
  }
}
