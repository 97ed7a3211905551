/**
 * The one place that turns "the database is not there right now" into an answer: 503 `UNAVAILABLE` with Retry-After,
 * never a 500. Which errors count is decided by `isUnavailableError` in @spotter/db (connection refused or reset,
 * PostgreSQL shutting down or starting, connection exceptions, pool timeouts, SQLite busy beyond its timeout).
 */
import { describeDbError, isUnavailableError } from "@spotter/db";
import { ApiError } from "./errors.js";

/** Seconds a client is asked to wait before retrying: about what a PostgreSQL restart takes. */
export const RETRY_AFTER_SECONDS = 2;

/** At most one log line per this many ms while requests keep failing, so an outage does not flood the log. */
const LOG_EVERY_MS = 30_000;
let lastLogged = Number.NEGATIVE_INFINITY;

/** The 503 for an unavailable database, or undefined when the error is something else. */
export function unavailableError(err: unknown): ApiError | undefined {
  if (!isUnavailableError(err)) return undefined;
  // The pool logs a lost connection it held; this covers an outage met while it held none (say, after a quiet hour).
  const now = Date.now();
  if (now - lastLogged >= LOG_EVERY_MS) {
    lastLogged = now;
    console.warn(`The database is unavailable (${describeDbError(err)}); answering 503 with Retry-After.`);
  }
  return new ApiError("UNAVAILABLE", "Spotter cannot reach its database right now. Please try again in a moment.");
}
