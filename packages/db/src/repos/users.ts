/** Accounts, login sessions and personal tokens. Secrets are stored only as hashes. */
import type { Selectable } from "kysely";
import type { Database, SpotterKysely } from "../schema.js";

/** An account's role: the admin manages accounts (never their data); every other account is a user. */
export type UserRole = "admin" | "user";

/** A user row as the server needs it. */
export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
  createdAt: number;
  /** Absent on insert: "user", or "admin" for the first account. */
  role?: UserRole;
  /** When an admin disabled the account; null or absent while it may log in. */
  disabledAt?: number | null;
  lastActiveAt?: number | null;
}

const toUser = (r: Selectable<Database["users"]>): UserRow => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
  role: r.role === "admin" ? "admin" : "user",
  disabledAt: r.disabled_at,
  lastActiveAt: r.last_active_at,
});

/** The claim that makes an account the instance's first, and so its admin. */
export const FIRST_ACCOUNT_CLAIM = "first-account";

/**
 * Inserts a user; throws a unique violation when the email is taken. The first account ever inserted, however it is
 * made (registration, `spotter user add`, the demo), becomes the admin: it claims `first-account` with an
 * insert-or-nothing in the same transaction, so of two racing on an empty database exactly one wins. `guard` runs in
 * that transaction after the claim and before the insert, knowing whether this is the first account; it may throw
 * (say, no invite) and then nothing is written. Answers whether the account is the admin.
 */
export async function insertUser(
  db: SpotterKysely,
  u: UserRow,
  guard?: (trx: SpotterKysely, first: boolean) => Promise<void>,
): Promise<{ admin: boolean }> {
  const run = async (trx: SpotterKysely) => {
    const claim = await trx
      .insertInto("instance_claims")
      .values({ key: FIRST_ACCOUNT_CLAIM, user_id: u.id, created_at: u.createdAt })
      .onConflict((oc) => oc.column("key").doNothing())
      .executeTakeFirst();
    const first = Number(claim.numInsertedOrUpdatedRows ?? 0) > 0;
    if (guard) await guard(trx, first);
    const role: UserRole = first ? "admin" : (u.role ?? "user");
    await trx
      .insertInto("users")
      .values({ id: u.id, email: u.email, password_hash: u.passwordHash, created_at: u.createdAt, role })
      .execute();
    return { admin: role === "admin" };
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** The user with this (normalised) email, if any. */
export async function findUserByEmail(db: SpotterKysely, email: string): Promise<UserRow | undefined> {
  const r = await db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

/** How many accounts exist. */
export async function countUsers(db: SpotterKysely): Promise<number> {
  const r = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The user with this id, if any. */
export async function findUserById(db: SpotterKysely, id: string): Promise<UserRow | undefined> {
  const r = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

/** Replaces a user's password hash. */
export async function updatePasswordHash(db: SpotterKysely, userId: string, hash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: hash }).where("id", "=", userId).execute();
}

/** Deletes a user and, by cascade, every record they own. */
export async function deleteUser(db: SpotterKysely, userId: string): Promise<void> {
  // Explicit deletes keep this correct even where a cascade is not enforced.
  await db.transaction().execute(async (trx) => {
    for (const t of [
      "shares",
      "client_ids",
      "log_versions",
      "daily_entries",
      "plans",
      "sets",
      "training_sessions",
      "checkins",
      "custom_exercises",
      "clearances",
      "retest_decisions",
      "screens",
      "import_runs",
      "import_mappings",
      "derived_answers",
      "password_resets",
      "profiles",
      "tokens",
      "login_sessions",
    ] as const) {
      await trx.deleteFrom(t).where("user_id", "=", userId).execute();
    }
    await trx.deleteFrom("users").where("id", "=", userId).execute();
  });
}

/** A login session joined with its user's id, role, disabled mark and last activity. */
export interface LoginSessionRow {
  id: string;
  userId: string;
  expiresAt: number;
  lastSeenAt: number;
  role: UserRole;
  disabledAt: number | null;
  lastActiveAt: number | null;
  /** The user's log version (logVersion.ts), read by the same query: a set's path then reads it no second time. */
  logVersion: number;
}

/** Stores a new login session. */
export async function insertLoginSession(
  db: SpotterKysely,
  s: { id: string; userId: string; tokenHash: string; createdAt: number; expiresAt: number },
): Promise<void> {
  await db
    .insertInto("login_sessions")
    .values({
      id: s.id,
      user_id: s.userId,
      token_hash: s.tokenHash,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      last_seen_at: s.createdAt,
    })
    .execute();
}

/** The login session with this secret hash, if any (expired ones included: the caller checks). */
export async function findLoginSession(db: SpotterKysely, tokenHash: string): Promise<LoginSessionRow | undefined> {
  const r = await db
    .selectFrom("login_sessions")
    .innerJoin("users", "users.id", "login_sessions.user_id")
    .leftJoin("log_versions", "log_versions.user_id", "login_sessions.user_id")
    .select([
      "login_sessions.id",
      "login_sessions.user_id",
      "login_sessions.expires_at",
      "login_sessions.last_seen_at",
      "users.role",
      "users.disabled_at",
      "users.last_active_at",
      "log_versions.version as log_version",
    ])
    .where("login_sessions.token_hash", "=", tokenHash)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        userId: r.user_id,
        expiresAt: r.expires_at,
        lastSeenAt: r.last_seen_at,
        role: r.role === "admin" ? "admin" : "user",
        disabledAt: r.disabled_at,
        lastActiveAt: r.last_active_at,
        logVersion: Number(r.log_version ?? 0),
      }
    : undefined;
}

/** Extends a login session (sliding expiry). */
export async function touchLoginSession(db: SpotterKysely, id: string, now: number, expiresAt: number): Promise<void> {
  await db
    .updateTable("login_sessions")
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where("id", "=", id)
    .execute();
}

/** Ends one login session. */
export async function deleteLoginSession(db: SpotterKysely, id: string): Promise<void> {
  await db.deleteFrom("login_sessions").where("id", "=", id).execute();
}

/** Ends every login session of a user except one (after a password change). */
export async function deleteOtherLoginSessions(
  db: SpotterKysely,
  userId: string,
  keepId: string | null,
): Promise<void> {
  let q = db.deleteFrom("login_sessions").where("user_id", "=", userId);
  if (keepId) q = q.where("id", "!=", keepId);
  await q.execute();
}

/** A personal token (without its secret). */
export interface TokenRow {
  id: string;
  userId: string;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** Stores a personal token. */
export async function insertToken(
  db: SpotterKysely,
  t: { id: string; userId: string; name: string; tokenHash: string; createdAt: number },
): Promise<void> {
  await db
    .insertInto("tokens")
    .values({ id: t.id, user_id: t.userId, name: t.name, token_hash: t.tokenHash, created_at: t.createdAt })
    .execute();
}

/** The token with this secret hash, if any, with its user's role, disabled mark, last activity and log version. */
export async function findTokenByHash(
  db: SpotterKysely,
  tokenHash: string,
): Promise<
  | (TokenRow & { role: UserRole; disabledAt: number | null; lastActiveAt: number | null; logVersion: number })
  | undefined
> {
  const r = await db
    .selectFrom("tokens")
    .innerJoin("users", "users.id", "tokens.user_id")
    .leftJoin("log_versions", "log_versions.user_id", "tokens.user_id")
    .select([
      "tokens.id",
      "tokens.user_id",
      "tokens.name",
      "tokens.created_at",
      "tokens.last_used_at",
      "users.role",
      "users.disabled_at",
      "users.last_active_at",
      "log_versions.version as log_version",
    ])
    .where("tokens.token_hash", "=", tokenHash)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        userId: r.user_id,
        name: r.name,
        createdAt: r.created_at,
        lastUsedAt: r.last_used_at,
        role: r.role === "admin" ? "admin" : "user",
        disabledAt: r.disabled_at,
        lastActiveAt: r.last_active_at,
        logVersion: Number(r.log_version ?? 0),
      }
    : undefined;
}

/** A user's tokens, newest first. */
export async function listTokens(db: SpotterKysely, userId: string): Promise<TokenRow[]> {
  const rows = await db
    .selectFrom("tokens")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  }));
}

/** Revokes every personal token of this user (a password change ends them); answers how many there were. */
export async function deleteUserTokens(db: SpotterKysely, userId: string): Promise<number> {
  const r = await db.deleteFrom("tokens").where("user_id", "=", userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Revokes a token of this user; false when there is none with that id. */
export async function deleteToken(db: SpotterKysely, userId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom("tokens").where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
