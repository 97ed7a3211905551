import type { Database, SpotterKysely } from "../schema.js";

/** A share link as the server needs it (without the token). */
export interface ShareRow {
  id: string;
  userId: string;
  label: string | null;
  /** The report's range, or null for "the last 90 days up to the day it is opened". */
  fromDay: string | null;
  toDay: string | null;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
  /** How often the link was opened, and when last (epoch ms). */
  openedCount: number;
  lastOpenedAt: number | null;
}

const toShare = (r: Database["shares"]): ShareRow => ({
  id: r.id,
  userId: r.user_id,
  label: r.label,
  fromDay: r.from_day,
  toDay: r.to_day,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  openedCount: Number(r.opened_count ?? 0),
  lastOpenedAt: r.last_opened_at === null || r.last_opened_at === undefined ? null : Number(r.last_opened_at),
});

/** Stores a new share link with the hash of its token. */
export async function insertShare(
  db: SpotterKysely,
  s: Omit<ShareRow, "revokedAt" | "openedCount" | "lastOpenedAt"> & { tokenHash: string },
): Promise<void> {
  await db
    .insertInto("shares")
    .values({
      id: s.id,
      user_id: s.userId,
      token_hash: s.tokenHash,
      label: s.label,
      from_day: s.fromDay,
      to_day: s.toDay,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      revoked_at: null,
      opened_count: 0,
      last_opened_at: null,
    })
    .execute();
}

/** Counts one opening of a link by its professional (the owner sees how often and when last). */
export async function recordShareOpened(db: SpotterKysely, id: string, now: number): Promise<void> {
  await db
    .updateTable("shares")
    .set((eb) => ({ opened_count: eb("opened_count", "+", 1), last_opened_at: now }))
    .where("id", "=", id)
    .execute();
}

/** A user's share links, newest first. */
export async function listShares(db: SpotterKysely, userId: string): Promise<ShareRow[]> {
  const rows = await db
    .selectFrom("shares")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(toShare);
}

/** One share link of this user, or undefined (another user's reads as missing). */
export async function findShare(db: SpotterKysely, userId: string, id: string): Promise<ShareRow | undefined> {
  const r = await db
    .selectFrom("shares")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toShare(r) : undefined;
}

/** The share link with this token hash, if any (expired and revoked ones included: the caller checks). */
export async function findShareByTokenHash(db: SpotterKysely, tokenHash: string): Promise<ShareRow | undefined> {
  const r = await db.selectFrom("shares").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  return r ? toShare(r) : undefined;
}

/**
 * Revokes a share link of this user at `now`; a link already revoked keeps its first time. False when the user has
 * no link with that id.
 */
export async function revokeShare(db: SpotterKysely, userId: string, id: string, now: number): Promise<boolean> {
  const found = await findShare(db, userId, id);
  if (!found) return false;
  if (found.revokedAt === null) {
    await db
      .updateTable("shares")
      .set({ revoked_at: now })
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .execute();
  }
  return true;
}
