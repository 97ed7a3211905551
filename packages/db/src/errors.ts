/** Recognising engine errors the same way on SQLite and PostgreSQL. */

/** True when the error is a unique-constraint violation (a duplicate email, client id or day). */
export function isUniqueViolation(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const code = (err as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
