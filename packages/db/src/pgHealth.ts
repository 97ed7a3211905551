/**
 * Living with PostgreSQL going away: handlers that keep a restart from killing the process, one log line per outage
 * instead of one per pooled connection, and the start-up wait with backoff. node-postgres's pool reconnects on demand,
 * so once PostgreSQL is back the next query simply gets a fresh connection.
 */
import type pg from "pg";
import { isUnavailableError } from "./errors.js";

/** A short reason for a database error, for one log line or message (never a stack). */
export function describeDbError(err: unknown): string {
  if (!err || typeof err !== "object") return String(err);
  const e = err as { code?: unknown; message?: unknown; errors?: unknown };
  const message = typeof e.message === "string" ? e.message.trim() : "";
  if (message) return message;
  // Node's AggregateError (a connect tried on several addresses) has an empty message; its parts say what failed.
  if (Array.isArray(e.errors) && e.errors.length > 0) return describeDbError(e.errors[0]);
  return typeof e.code === "string" ? e.code : "unknown error";
}

/** host:port/database of a PostgreSQL URL, without user or password. */
export function describePostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "the configured address";
  }
}

/**
 * Attaches the error handlers node-postgres needs (an unhandled `error` event on the pool or on a checked-out client
 * ends the process) and logs the outage once when it starts and once when a connection succeeds again.
 */
export function watchPool(pool: pg.Pool, log: (line: string) => void): void {
  let lostAt: number | null = null;
  const lost = (err: unknown) => {
    if (lostAt !== null) return;
    lostAt = Date.now();
    const what = isUnavailableError(err) ? "PostgreSQL connection lost" : "PostgreSQL connection error";
    log(`${what} (${describeDbError(err)}); requests that need the database answer 503 until it is back.`);
  };
  // Idle clients: the pool drops the broken client and emits here.
  pool.on("error", (err) => lost(err));
  pool.on("connect", (client) => {
    // Checked-out clients: the query in flight rejects on its own, and the client emits `error` as well.
    client.on("error", (err) => lost(err));
    if (lostAt !== null) {
      log(`PostgreSQL connection is back after ${((Date.now() - lostAt) / 1000).toFixed(1)} s.`);
      lostAt = null;
    }
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until PostgreSQL answers `SELECT 1`, retrying unreachable-server errors with exponential backoff (0.25 s
 * doubling to 5 s) for up to `waitMs`. Any other error (wrong password, no such database), or running out of time,
 * throws an Error whose message is one plain sentence an operator can act on.
 */
export async function waitForPostgres(
  pool: pg.Pool,
  url: string,
  waitMs: number,
  log: (line: string) => void,
): Promise<void> {
  const where = describePostgresUrl(url);
  const started = Date.now();
  let delay = 250;
  for (;;) {
    try {
      await pool.query("SELECT 1");
      return;
    } catch (err) {
      const reason = describeDbError(err);
      if (!isUnavailableError(err)) {
        throw new Error(`Could not open PostgreSQL at ${where}: ${reason}. Check DATABASE_URL.`);
      }
      const waited = Date.now() - started;
      if (waited + delay > waitMs) {
        const tried = waitMs > 0 ? ` (kept trying for ${Math.round(waited / 1000)} s)` : "";
        throw new Error(
          `Could not reach PostgreSQL at ${where}${tried}: ${reason}. Check that it is running and that DATABASE_URL is right.`,
        );
      }
      log(`PostgreSQL at ${where} is not reachable yet (${reason}); trying again in ${delay / 1000} s.`);
      await sleep(delay);
      delay = Math.min(delay * 2, 5000);
    }
  }
}
