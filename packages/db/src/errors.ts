/** Recognising engine errors the same way on SQLite and PostgreSQL. */

/** True when the error is a unique-constraint violation (a duplicate email, client id or day). */
export function isUniqueViolation(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const code = (err as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

// Socket-level failures: the server is down, restarting, or the network between us dropped the connection.
const UNREACHABLE_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
// PostgreSQL SQLSTATEs that say "not now" rather than "wrong": shutdowns (57P01-57P03), too many connections.
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
// node-postgres and pg-pool report these as plain Errors without a code.
const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "is not queryable",
  "Cannot use a pool after calling end",
];

/**
 * True when the error means the database cannot be reached or cannot take work right now (PostgreSQL down or
 * restarting, a dropped connection, the pool's connect timeout, SQLite still locked after its busy timeout), as
 * opposed to a query that is wrong. The server answers these with 503 and Retry-After; the one place that decides.
 */
export function isUnavailableError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  if (UNREACHABLE_SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
  // Class 08: connection exceptions (08000, 08003, 08006, 08001, 08004, ...).
  if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  // SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, ...): another process held the lock too long.
  if (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_")) return true;
  const message = typeof e.message === "string" ? e.message : "";
  if (!code && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
  // Node wraps a failed connect to several addresses in an AggregateError; Kysely and others may set a cause.
  if (Array.isArray(e.errors) && e.errors.some((x) => isUnavailableError(x, depth + 1))) return true;
  return isUnavailableError(e.cause, depth + 1);
}
