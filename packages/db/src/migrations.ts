/**
 * Numbered, forward-only migrations, run at start-up on both engines. A migration is never edited once it has
 * shipped: a change is a new, higher number.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";

/** Dialect-aware helpers so one migration serves both engines. */
interface Ctx {
  /** Column type for epoch-ms instants and other 64-bit integers. */
  bigint: "bigint" | "integer";
  /** Column type for doubles. */
  double: "double precision" | "real";
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema by design.
type AnyDb = Kysely<any>;

function m0001(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable("users")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("login_sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addColumn("expires_at", ctx.bigint, (c) => c.notNull())
        .addColumn("last_seen_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("login_sessions_user").on("login_sessions").column("user_id").execute();
      await db.schema
        .createTable("tokens")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addColumn("last_used_at", ctx.bigint)
        .execute();
      await db.schema.createIndex("tokens_user").on("tokens").column("user_id").execute();
      await db.schema
        .createTable("profiles")
        .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("updated_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("checkins")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("client_id", "text", (c) => c.notNull())
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("pain_now", "integer", (c) => c.notNull())
        .addColumn("everyday_pain", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addColumn("updated_at", ctx.bigint, (c) => c.notNull())
        .addUniqueConstraint("checkins_user_date", ["user_id", "date"])
        .execute();
      await db.schema
        .createTable("training_sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("client_id", "text", (c) => c.notNull())
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("started_at", ctx.bigint, (c) => c.notNull())
        .addColumn("finished_at", ctx.bigint)
        .addColumn("pain_before", "integer")
        .addColumn("pain_after", "integer")
        .addColumn("note", "text")
        .addColumn("title", "text")
        .addColumn("recovery", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addColumn("updated_at", ctx.bigint, (c) => c.notNull())
        .addUniqueConstraint("training_sessions_user_client", ["user_id", "client_id"])
        .execute();
      await db.schema
        .createIndex("training_sessions_user_date")
        .on("training_sessions")
        .columns(["user_id", "date"])
        .execute();
      await db.schema
        .createTable("sets")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("session_id", "text", (c) => c.notNull().references("training_sessions.id").onDelete("cascade"))
        .addColumn("client_id", "text", (c) => c.notNull())
        .addColumn("exercise_id", "text", (c) => c.notNull())
        .addColumn("set_index", "integer", (c) => c.notNull())
        .addColumn("warmup", "integer", (c) => c.notNull())
        .addColumn("set_type", "text", (c) => c.notNull())
        .addColumn("reps", "integer")
        .addColumn("load_g", "integer")
        .addColumn("seconds", "integer")
        .addColumn("distance_m", ctx.double)
        .addColumn("rir", "integer")
        .addColumn("rpe", ctx.double)
        .addColumn("belt", "integer", (c) => c.notNull())
        .addColumn("pain", "integer")
        .addColumn("pain_kind", "text")
        .addColumn("flagged", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addColumn("updated_at", ctx.bigint, (c) => c.notNull())
        .addUniqueConstraint("sets_user_client", ["user_id", "client_id"])
        .execute();
      await db.schema.createIndex("sets_session").on("sets").column("session_id").execute();
      await db.schema.createIndex("sets_user_exercise").on("sets").columns(["user_id", "exercise_id"]).execute();
      await db.schema
        .createTable("custom_exercises")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("custom_exercises_user").on("custom_exercises").column("user_id").execute();
      await db.schema
        .createTable("clearances")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("by_whom", "text", (c) => c.notNull())
        .addColumn("restrictions", "text")
        .addColumn("recorded_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("clearances_user").on("clearances").column("user_id").execute();
    },
  };
}

function m0002(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable("plans")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("plans_user_created").on("plans").columns(["user_id", "created_at"]).execute();
      await db.schema
        .createTable("daily_entries")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("client_id", "text", (c) => c.notNull())
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addUniqueConstraint("daily_entries_user_client", ["user_id", "client_id"])
        .execute();
      await db.schema.createIndex("daily_entries_user_date").on("daily_entries").columns(["user_id", "date"]).execute();
    },
  };
}

function m0003(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable("log_versions")
        .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
        .addColumn("version", ctx.bigint, (c) => c.notNull())
        .execute();
    },
  };
}

function m0004(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      // Read-only share links for a professional (X4): only a hash of the token is stored, like login sessions.
      await db.schema
        .createTable("shares")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("label", "text")
        .addColumn("from_day", "text")
        .addColumn("to_day", "text")
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addColumn("expires_at", ctx.bigint, (c) => c.notNull())
        .addColumn("revoked_at", ctx.bigint)
        .execute();
      await db.schema.createIndex("shares_user").on("shares").column("user_id").execute();
    },
  };
}

function m0005(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      // The owner sees whether their professional has opened the link (X4).
      await db.schema
        .alterTable("shares")
        .addColumn("opened_count", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable("shares").addColumn("last_opened_at", ctx.bigint).execute();
    },
  };
}

function m0006(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      // Rate-limit counters live in the database, so every server on it shares them and a restart keeps them.
      // One row per counter key; a hit past `expires_at` starts a new window in the same row.
      await db.schema
        .createTable("rate_limits")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("hits", "integer", (c) => c.notNull())
        .addColumn("window_start", ctx.bigint, (c) => c.notNull())
        .addColumn("expires_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("rate_limits_expires").on("rate_limits").column("expires_at").execute();
    },
  };
}

function m0007(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      // Every client id the server has applied, per user and record kind, kept after the record is deleted: a
      // repeated post answers the record as it is now (or 409 once deleted) and never writes again (API.md).
      await db.schema
        .createTable("client_ids")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("client_id", "text", (c) => c.notNull())
        .addColumn("record_id", "text", (c) => c.notNull())
        .addColumn("deleted", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addPrimaryKeyConstraint("client_ids_pk", ["user_id", "kind", "client_id"])
        .execute();
      await db.schema.createIndex("client_ids_record").on("client_ids").columns(["user_id", "record_id"]).execute();
      // The client ids of records stored before this table existed.
      for (const [kind, table] of [
        ["checkin", "checkins"],
        ["session", "training_sessions"],
        ["set", "sets"],
        ["daily", "daily_entries"],
      ] as const) {
        await db
          .insertInto("client_ids")
          .columns(["user_id", "kind", "client_id", "record_id", "deleted", "created_at"])
          .expression(
            db
              .selectFrom(table)
              .select(["user_id", sql.lit(kind).as("kind"), "client_id", "id", sql.lit(0).as("deleted"), "created_at"]),
          )
          .execute();
      }
    },
  };
}

function m0008(): Migration {
  return {
    async up(db: AnyDb) {
      // The server reads a big log's sets in pages in logging order (between pages it serves other requests);
      // this index makes each page one range read instead of a sort of every set of the user.
      await db.schema
        .createIndex("sets_user_order")
        .on("sets")
        .columns(["user_id", "created_at", "set_index"])
        .execute();
    },
  };
}

function m0009(): Migration {
  return {
    async up(db: AnyDb) {
      // An import stores all its sets at one instant, so pages of a big log need a unique key after the instant
      // and the set's place: its client id (unique per user, and kept by a backup, so order survives a restore).
      await db.schema
        .createIndex("sets_user_order_client")
        .on("sets")
        .columns(["user_id", "created_at", "set_index", "client_id"])
        .execute();
      await db.schema.dropIndex("sets_user_order").execute();
    },
  };
}

function m0010(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      // T6: the user's answers to re-test offers (accept or decline), one row per answer; the latest counts.
      await db.schema
        .createTable("retest_decisions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("exercise_id", "text", (c) => c.notNull())
        .addColumn("accept", "integer", (c) => c.notNull())
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("retest_decisions_user").on("retest_decisions").column("user_id").execute();
    },
  };
}

function m0011(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      // X5: a clearance's rules and the earlier rules it lifts, as JSON text ({rules, lifts}); null for none.
      await db.schema.alterTable("clearances").addColumn("rules", "text").execute();
      // R7: screening answers (the inflammatory back pain screen), one row per answer; the latest counts.
      await db.schema
        .createTable("screens")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("answers", "text", (c) => c.notNull())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("screens_user").on("screens").columns(["user_id", "kind"]).execute();
    },
  };
}

function m0012(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      // X1 identity: the exercise name as the source file wrote it, so Spotter's own CSV export can write it back
      // (Source Name) and a re-import meets the same identity key.
      await db.schema.alterTable("sets").addColumn("source_name", "text").execute();
      // Chunked imports: every row an import writes carries its run, so a run that fails (or a server that dies)
      // midway is removed as a whole (see docs/ARCHITECTURE.md, "Imports").
      await db.schema.alterTable("sets").addColumn("import_id", "text").execute();
      await db.schema.alterTable("training_sessions").addColumn("import_id", "text").execute();
      await db.schema.alterTable("custom_exercises").addColumn("import_id", "text").execute();
      await db.schema
        .createTable("import_runs")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("touched_at", ctx.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("import_runs_user").on("import_runs").column("user_id").execute();
      // Mapping overrides the user chose in an import preview, remembered per source app and file name.
      await db.schema
        .createTable("import_mappings")
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("app", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("exercise_id", "text", (c) => c.notNull())
        .addColumn("updated_at", ctx.bigint, (c) => c.notNull())
        .addPrimaryKeyConstraint("import_mappings_pk", ["user_id", "app", "name"])
        .execute();
    },
  };
}

function m0013(): Migration {
  return {
    async up(db: AnyDb) {
      // Issue 16: the unit a set was lifted in (kg stays the stored truth), a note per set, the superset a set
      // belongs to (one client-made id), and notes per exercise of a session (JSON: exercise id -> text).
      await db.schema.alterTable("sets").addColumn("unit", "text").execute();
      await db.schema.alterTable("sets").addColumn("note", "text").execute();
      await db.schema.alterTable("sets").addColumn("superset_id", "text").execute();
      await db.schema.alterTable("training_sessions").addColumn("exercise_notes", "text").execute();
    },
  };
}

function m0014(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      // Operating for others (issue 20): a role, a disabled mark and the last activity on each account.
      await db.schema
        .alterTable("users")
        .addColumn("role", "text", (c) => c.notNull().defaultTo("user"))
        .execute();
      await db.schema.alterTable("users").addColumn("disabled_at", ctx.bigint).execute();
      await db.schema.alterTable("users").addColumn("last_active_at", ctx.bigint).execute();
      // One row per instance-wide fact claimed once; "first-account" makes whoever claims it the admin. The primary
      // key serialises two registrations racing on an empty database: exactly one inserts the row.
      await db.schema
        .createTable("instance_claims")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .execute();
      // The first account of a database made before roles existed is its admin.
      const first = await db.selectFrom("users").select(["id"]).orderBy("created_at").orderBy("id").executeTakeFirst();
      if (first) {
        await db.updateTable("users").set({ role: "admin" }).where("id", "=", first.id).execute();
        await db
          .insertInto("instance_claims")
          .values({ key: "first-account", user_id: first.id, created_at: Date.now() })
          .execute();
      }
      // Single-use invitations; only a hash of the token is stored, like login sessions and share links.
      await db.schema
        .createTable("invites")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("email", "text")
        .addColumn("created_by", "text")
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addColumn("expires_at", ctx.bigint, (c) => c.notNull())
        .addColumn("used_at", ctx.bigint)
        .addColumn("used_by", "text")
        .execute();
      // Password reset links an admin hands over (never a password); single use, short-lived.
      await db.schema
        .createTable("password_resets")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", ctx.bigint, (c) => c.notNull())
        .addColumn("expires_at", ctx.bigint, (c) => c.notNull())
        .addColumn("used_at", ctx.bigint)
        .execute();
      await db.schema.createIndex("password_resets_user").on("password_resets").column("user_id").execute();
    },
  };
}

function m0015(ctx: Ctx): Migration {
  return {
    async up(db: AnyDb) {
      // Derived answers kept across restarts (GET /today, the trigger list): one row per user and kind, valid only
      // under the key it was computed for (log version, plan, day, build), so a stale row is never answered.
      await db.schema
        .createTable("derived_answers")
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("valid_until", ctx.bigint)
        .addColumn("updated_at", ctx.bigint, (c) => c.notNull())
        .addPrimaryKeyConstraint("derived_answers_pk", ["user_id", "kind"])
        .execute();
    },
  };
}

/** All migrations in order, keyed by their number and name. */
export function migrationsFor(dialect: "sqlite" | "postgres"): Record<string, Migration> {
  const ctx: Ctx =
    dialect === "postgres" ? { bigint: "bigint", double: "double precision" } : { bigint: "integer", double: "real" };
  return {
    "0001_init": m0001(ctx),
    "0002_plans_daily": m0002(ctx),
    "0003_log_versions": m0003(ctx),
    "0004_shares": m0004(ctx),
    "0005_share_opens": m0005(ctx),
    "0006_rate_limits": m0006(ctx),
    "0007_client_ids": m0007(ctx),
    "0008_sets_user_order": m0008(),
    "0009_sets_user_order_client": m0009(),
    "0010_retest_decisions": m0010(ctx),
    "0011_clearance_rules_screens": m0011(ctx),
    "0012_import_runs": m0012(ctx),
    "0013_set_unit_notes_supersets": m0013(),
    "0014_accounts_admin": m0014(ctx),
    "0015_derived_answers": m0015(ctx),
  };
}

/** Runs every pending migration; throws with the failing migration's name when one fails. */
export async function migrateToLatest(db: AnyDb, dialect: "sqlite" | "postgres", schema?: string): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  // Kysely looks for its bookkeeping tables across every schema, so a database holding several Spotter schemas
  // (one per test run) needs the schema named explicitly.
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const why = error instanceof Error ? error.message : String(error ?? "");
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${why}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
