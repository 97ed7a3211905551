/** Accounts, login sessions and personal tokens. Secrets are stored only as hashes. */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

type Db = Kysely<Database>;

/** A user row as the server needs it. */
export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
  createdAt: number;
}

const toUser = (r: Database["users"]): UserRow => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
});

/** Inserts a user; throws a unique violation when the email is taken. */
export async function insertUser(db: Db, u: UserRow): Promise<void> {
  await db
    .insertInto("users")
    .values({ id: u.id, email: u.email, password_hash: u.passwordHash, created_at: u.createdAt })
    .execute();
}

/** The user with this (normalised) email, if any. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const r = await db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

/** The user with this id, if any. */
export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const r = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

/** Replaces a user's password hash. */
export async function updatePasswordHash(db: Db, userId: string, hash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: hash }).where("id", "=", userId).execute();
}

/** Deletes a user and, by cascade, every record they own. */
export async function deleteUser(db: Db, userId: string): Promise<void> {
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
      "profiles",
      "tokens",
      "login_sessions",
    ] as const) {
      await trx.deleteFrom(t).where("user_id", "=", userId).execute();
    }
    await trx.deleteFrom("users").where("id", "=", userId).execute();
  });
}

/** A login session joined with its user id. */
export interface LoginSessionRow {
  id: string;
  userId: string;
  expiresAt: number;
  lastSeenAt: number;
}

/** Stores a new login session. */
export async function insertLoginSession(
  db: Db,
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
export async function findLoginSession(db: Db, tokenHash: string): Promise<LoginSessionRow | undefined> {
  const r = await db
    .selectFrom("login_sessions")
    .select(["id", "user_id", "expires_at", "last_seen_at"])
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  return r ? { id: r.id, userId: r.user_id, expiresAt: r.expires_at, lastSeenAt: r.last_seen_at } : undefined;
}

/** Extends a login session (sliding expiry). */
export async function touchLoginSession(db: Db, id: string, now: number, expiresAt: number): Promise<void> {
  await db
    .updateTable("login_sessions")
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where("id", "=", id)
    .execute();
}

/** Ends one login session. */
export async function deleteLoginSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom("login_sessions").where("id", "=", id).execute();
}

/** Ends every login session of a user except one (after a password change). */
export async function deleteOtherLoginSessions(db: Db, userId: string, keepId: string | null): Promise<void> {
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
  db: Db,
  t: { id: string; userId: string; name: string; tokenHash: string; createdAt: number },
): Promise<void> {
  await db
    .insertInto("tokens")
    .values({ id: t.id, user_id: t.userId, name: t.name, token_hash: t.tokenHash, created_at: t.createdAt })
    .execute();
}

/** The token with this secret hash, if any. */
export async function findTokenByHash(db: Db, tokenHash: string): Promise<TokenRow | undefined> {
  const r = await db.selectFrom("tokens").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  return r
    ? { id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }
    : undefined;
}

/** A user's tokens, newest first. */
export async function listTokens(db: Db, userId: string): Promise<TokenRow[]> {
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
export async function deleteUserTokens(db: Db, userId: string): Promise<number> {
  const r = await db.deleteFrom("tokens").where("user_id", "=", userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Revokes a token of this user; false when there is none with that id. */
export async function deleteToken(db: Db, userId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom("tokens").where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
