import type { SpotterKysely } from "../schema.js";
import type { UserRole } from "./users.js";

/** One account as the admin sees it. */
export interface AccountFacts {
  id: string;
  email: string;
  role: UserRole;
  createdAt: number;
  lastActiveAt: number | null;
  disabledAt: number | null;
  /** How many rows the account owns across its log (check-ins, sessions, sets, daily entries, custom exercises, clearances). */
  records: number;
}

// The tables whose rows make up "data size". Counted, never read.
const COUNTED = ["checkins", "training_sessions", "sets", "daily_entries", "custom_exercises", "clearances"] as const;

/** Every account, oldest first, with its record count (one grouped count per table). */
export async function listAccounts(db: SpotterKysely): Promise<AccountFacts[]> {
  const users = await db
    .selectFrom("users")
    .select(["id", "email", "role", "created_at", "last_active_at", "disabled_at"])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const counts = new Map<string, number>();
  for (const table of COUNTED) {
    const rows = await db
      .selectFrom(table)
      .select((eb) => ["user_id", eb.fn.countAll<number>().as("n")])
      .groupBy("user_id")
      .execute();
    for (const r of rows) counts.set(r.user_id, (counts.get(r.user_id) ?? 0) + Number(r.n));
  }
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    role: u.role === "admin" ? "admin" : "user",
    createdAt: u.created_at,
    lastActiveAt: u.last_active_at,
    disabledAt: u.disabled_at,
    records: counts.get(u.id) ?? 0,
  }));
}

/** One account's facts, if it exists. */
export async function findAccount(db: SpotterKysely, userId: string): Promise<AccountFacts | undefined> {
  return (await listAccounts(db)).find((a) => a.id === userId);
}

/** Disables (an instant) or enables (null) an account; false when there is none with that id. */
export async function setAccountDisabled(db: SpotterKysely, userId: string, at: number | null): Promise<boolean> {
  const r = await db.updateTable("users").set({ disabled_at: at }).where("id", "=", userId).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Records activity (a login, a login session or token in use). */
export async function touchUserActivity(db: SpotterKysely, userId: string, now: number): Promise<void> {
  await db.updateTable("users").set({ last_active_at: now }).where("id", "=", userId).execute();
}

/** How many accounts hold the admin role and are not disabled. */
export async function countActiveAdmins(db: SpotterKysely): Promise<number> {
  const r = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("role", "=", "admin")
    .where("disabled_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Gives an account a role. */
export async function setUserRole(db: SpotterKysely, userId: string, role: UserRole): Promise<void> {
  await db.updateTable("users").set({ role }).where("id", "=", userId).execute();
}

/** An invite as listed (never its token). */
export interface InviteRow {
  id: string;
  email: string | null;
  createdBy: string | null;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

/** Stores a new invite (the token's hash only). */
export async function insertInvite(
  db: SpotterKysely,
  i: {
    id: string;
    tokenHash: string;
    email: string | null;
    createdBy: string | null;
    createdAt: number;
    expiresAt: number;
  },
): Promise<void> {
  await db
    .insertInto("invites")
    .values({
      id: i.id,
      token_hash: i.tokenHash,
      email: i.email,
      created_by: i.createdBy,
      created_at: i.createdAt,
      expires_at: i.expiresAt,
    })
    .execute();
}

/** Invites, newest first. */
export async function listInvites(db: SpotterKysely): Promise<InviteRow[]> {
  const rows = await db.selectFrom("invites").selectAll().orderBy("created_at", "desc").orderBy("id", "desc").execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
  }));
}

/** Withdraws an invite not used yet; false when there is no such unused invite. */
export async function deleteInvite(db: SpotterKysely, id: string): Promise<boolean> {
  const r = await db.deleteFrom("invites").where("id", "=", id).where("used_at", "is", null).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Why an invite could not be used. */
export type InviteRefusal = "missing" | "email";

/**
 * Uses an invite for a new account, in the caller's transaction: it must exist, be unused and unexpired, and name
 * this email when it names one. The update is conditional, so two registrations racing on one invite cannot both use it.
 */
export async function consumeInvite(
  db: SpotterKysely,
  tokenHash: string,
  email: string,
  userId: string,
  now: number,
): Promise<InviteRefusal | null> {
  const invite = await db
    .selectFrom("invites")
    .select(["id", "email"])
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  if (!invite) return "missing";
  if (invite.email && invite.email !== email) return "email";
  const r = await db
    .updateTable("invites")
    .set({ used_at: now, used_by: userId })
    .where("id", "=", invite.id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1 ? null : "missing";
}

/** Stores a password reset link (the token's hash only); earlier unused links of the user end. */
export async function insertPasswordReset(
  db: SpotterKysely,
  r: { id: string; userId: string; tokenHash: string; createdAt: number; expiresAt: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("password_resets").where("user_id", "=", r.userId).where("used_at", "is", null).execute();
    await trx
      .insertInto("password_resets")
      .values({
        id: r.id,
        user_id: r.userId,
        token_hash: r.tokenHash,
        created_at: r.createdAt,
        expires_at: r.expiresAt,
      })
      .execute();
  });
}

/** Uses a reset link in the caller's transaction; answers its user's id, or undefined when it is unknown, used or expired. */
export async function consumePasswordReset(
  db: SpotterKysely,
  tokenHash: string,
  now: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("password_resets")
    .select(["id", "user_id"])
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  if (!row) return undefined;
  const r = await db
    .updateTable("password_resets")
    .set({ used_at: now })
    .where("id", "=", row.id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1 ? row.user_id : undefined;
}
