/**
 * What the database's schema is, against the migrations this build knows: which ran, which are still to run, and
 * which ran but are unknown here (a newer Spotter migrated this database; this build must not touch it).
 */
import { type Kysely, sql } from "kysely";
import { migrationsFor } from "./migrations.js";

/** The schema's state against this build's migrations. */
export interface SchemaState {
  /** Migrations recorded as run, in order. */
  applied: string[];
  /** Migrations this build knows that have not run yet. */
  pending: string[];
  /** Migrations recorded as run that this build does not know: the schema is newer than the code. */
  unknown: string[];
}

// Kysely's bookkeeping table (the Migrator's default name).
const MIGRATION_TABLE = "kysely_migration";

/** A database written by a newer Spotter than this one. */
export class NewerSchemaError extends Error {
  override readonly name = "NewerSchemaError";
}

// biome-ignore lint/suspicious/noExplicitAny: the bookkeeping table is not part of the typed schema.
type AnyDb = Kysely<any>;

/**
 * Reads the migration bookkeeping (one small query). A database never migrated has none: everything is pending.
 * Errors other than a missing table (say, the database is unreachable) are thrown.
 */
export async function schemaState(db: AnyDb, dialect: "sqlite" | "postgres"): Promise<SchemaState> {
  const known = Object.keys(migrationsFor(dialect));
  let applied: string[];
  try {
    const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
    applied = rows.rows.map((r) => r.name);
  } catch (e) {
    if (!isMissingTable(e)) throw e;
    applied = [];
  }
  const done = new Set(applied);
  const knownSet = new Set(known);
  return {
    applied,
    pending: known.filter((n) => !done.has(n)),
    unknown: applied.filter((n) => !knownSet.has(n)),
  };
}

/** Throws a `NewerSchemaError` naming the unknown migrations when the schema is newer than this build. */
export function assertNotNewer(state: SchemaState): void {
  if (state.unknown.length === 0) return;
  throw new NewerSchemaError(
    `This database was updated by a newer version of Spotter (migrations ${state.unknown.join(", ")} are unknown ` +
      "to this one). Start the newer version, or restore a backup made before the update.",
  );
}

function isMissingTable(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown };
  // PostgreSQL: undefined_table; SQLite: "no such table".
  return err?.code === "42P01" || (typeof err?.message === "string" && err.message.includes("no such table"));
}
