/**
 * The one place that turns "the database is not there right now" into an answer: 503 `UNAVAILABLE` with Retry-After,
 * never a 500. Which errors count is decided by `isUnavailableError` in @spotter/db (connection refused or reset,
 * PostgreSQL shutting down or starting, connection exceptions, pool timeouts, SQLite busy beyond its timeout).
 */
import { isUnavailableError } from "@spotter/db";
import { ApiError } from "./errors.js";

/** Seconds a client is asked to wait before retrying: about what a PostgreSQL restart takes. */
export const RETRY_AFTER_SECONDS = 2;

/** The 503 for an unavailable database, or undefined when the error is something else. */
export function unavailableError(err: unknown): ApiError | undefined {
  if (!isUnavailableError(err)) return undefined;
  return new ApiError("UNAVAILABLE", "Spotter cannot reach its database right now. Please try again in a moment.");
}
