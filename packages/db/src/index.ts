/** @spotter/db: schema, migrations and repositories, written once for SQLite and PostgreSQL. */
export * from "./connect.js";
export * from "./errors.js";
export * from "./ids.js";
export * from "./logVersion.js";
export * from "./migrations.js";
export { describeDbError, describePostgresUrl } from "./pgHealth.js";
export * from "./repos/bulk.js";
export * from "./repos/checkins.js";
export * from "./repos/clientIds.js";
export * from "./repos/misc.js";
export * from "./repos/plans.js";
export * from "./repos/profiles.js";
export * from "./repos/rateLimits.js";
export * from "./repos/retests.js";
export * from "./repos/sessions.js";
export * from "./repos/shares.js";
export * from "./repos/users.js";
export type { Database } from "./schema.js";
