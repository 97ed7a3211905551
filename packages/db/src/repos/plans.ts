import { withLogChange, withLogDelete } from "../logVersion.js";
import type { SpotterKysely } from "../schema.js";
import { claimClientId, markClientIdsDeleted } from "./clientIds.js";

/** A stored plan: its id, when it was made, and the plan document. */
export interface StoredPlan<T> {
  id: string;
  createdAt: number;
  plan: T;
}

/** Stores a new plan; it becomes the current one. */
export async function insertPlan<T>(
  db: SpotterKysely,
  userId: string,
  id: string,
  plan: T,
  now: number,
): Promise<void> {
  await db
    .insertInto("plans")
    .values({ id, user_id: userId, data: JSON.stringify(plan), created_at: now })
    .execute();
}

/** Replaces a stored plan's document (a swap). */
export async function updatePlan<T>(db: SpotterKysely, userId: string, id: string, plan: T): Promise<void> {
  await db
    .updateTable("plans")
    .set({ data: JSON.stringify(plan) })
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .execute();
}

/** The user's newest plan, if any. */
export async function currentPlan<T>(db: SpotterKysely, userId: string): Promise<StoredPlan<T> | undefined> {
  const r = await db
    .selectFrom("plans")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  return r ? { id: r.id, createdAt: r.created_at, plan: JSON.parse(r.data) as T } : undefined;
}

/** Every plan of the user, oldest first (for the backup). */
export async function listPlans<T>(db: SpotterKysely, userId: string): Promise<StoredPlan<T>[]> {
  const rows = await db
    .selectFrom("plans")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "asc")
    .execute();
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at, plan: JSON.parse(r.data) as T }));
}

/** A stored daily entry with its payload. */
export interface StoredDailyEntry<T> {
  id: string;
  clientId: string;
  date: string;
  kind: string;
  createdAt: number;
  entry: T;
}

/** Stores a daily entry and claims its client id; false (nothing written) when that client id was applied before. */
export async function insertDailyEntry<T>(
  db: SpotterKysely,
  userId: string,
  e: { id: string; clientId: string; date: string; kind: string; createdAt: number; entry: T },
): Promise<boolean> {
  return withLogChange(db, userId, async (trx) => {
    if (!(await claimClientId(trx, userId, "daily", e.clientId, e.id, e.createdAt))) return false;
    await trx
      .insertInto("daily_entries")
      .values({
        id: e.id,
        user_id: userId,
        client_id: e.clientId,
        date: e.date,
        kind: e.kind,
        data: JSON.stringify(e.entry),
        created_at: e.createdAt,
      })
      .execute();
    return true;
  });
}

/** The daily entry made with this client id, if any. */
export async function findDailyEntryByClientId<T>(
  db: SpotterKysely,
  userId: string,
  clientId: string,
): Promise<StoredDailyEntry<T> | undefined> {
  const r = await db
    .selectFrom("daily_entries")
    .selectAll()
    .where("user_id", "=", userId)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        clientId: r.client_id,
        date: r.date,
        kind: r.kind,
        createdAt: r.created_at,
        entry: JSON.parse(r.data) as T,
      }
    : undefined;
}

/** The user's daily entries in an inclusive day window, oldest first. */
export async function listDailyEntries<T>(
  db: SpotterKysely,
  userId: string,
  from?: string,
  to?: string,
): Promise<StoredDailyEntry<T>[]> {
  let q = db.selectFrom("daily_entries").selectAll().where("user_id", "=", userId);
  if (from) q = q.where("date", ">=", from);
  if (to) q = q.where("date", "<=", to);
  const rows = await q.orderBy("date", "asc").orderBy("created_at", "asc").execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    date: r.date,
    kind: r.kind,
    createdAt: r.created_at,
    entry: JSON.parse(r.data) as T,
  }));
}

/** Deletes one daily entry; false when the user has none with that id. */
export async function deleteDailyEntry(db: SpotterKysely, userId: string, id: string): Promise<boolean> {
  return withLogDelete(db, userId, async (trx) => {
    const r = await trx
      .deleteFrom("daily_entries")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    await markClientIdsDeleted(trx, userId, "daily", [id]);
    return Number(r.numDeletedRows) > 0;
  });
}
