/** Check-ins: one per user and local day; the answers beyond pain live in a JSON column. */
import type { Checkin } from "@spotter/core";
import { withLogChange, withLogDelete } from "../logVersion.js";
import type { Database, SpotterKysely } from "../schema.js";
import { claimClientId, markClientIdsDeleted } from "./clientIds.js";

type Row = Database["checkins"];

type CheckinData = Pick<
  Checkin,
  "regions" | "nerve" | "redFlags" | "confirmed" | "sleep" | "habits" | "function" | "note"
>;

function toCheckin(r: Row): Checkin {
  const d = JSON.parse(r.data) as CheckinData;
  return {
    id: r.id,
    clientId: r.client_id,
    date: r.date,
    painNow: r.pain_now,
    everydayPain: r.everyday_pain as Checkin["everydayPain"],
    regions: d.regions ?? [],
    nerve: d.nerve ?? [],
    redFlags: d.redFlags,
    ...(d.confirmed && d.confirmed.length > 0 ? { confirmed: d.confirmed } : {}),
    sleep: d.sleep ?? null,
    habits: d.habits ?? null,
    function: d.function ?? null,
    note: d.note ?? null,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The table row of a check-in (for bulk writes). */
export function checkinRow(userId: string, c: Checkin): Row {
  const data: CheckinData = {
    regions: c.regions,
    nerve: c.nerve,
    redFlags: c.redFlags,
    ...(c.confirmed && c.confirmed.length > 0 ? { confirmed: c.confirmed } : {}),
    sleep: c.sleep,
    habits: c.habits,
    function: c.function,
    note: c.note,
  };
  return {
    id: c.id,
    user_id: userId,
    client_id: c.clientId,
    date: c.date,
    pain_now: c.painNow,
    everyday_pain: c.everydayPain,
    data: JSON.stringify(data),
    created_at: Date.parse(c.createdAt),
    updated_at: Date.parse(c.updatedAt),
  };
}

/** The user's check-in for a local day, if any. */
export async function findCheckinByDate(db: SpotterKysely, userId: string, date: string): Promise<Checkin | undefined> {
  const r = await db
    .selectFrom("checkins")
    .selectAll()
    .where("user_id", "=", userId)
    .where("date", "=", date)
    .executeTakeFirst();
  return r ? toCheckin(r) : undefined;
}

/** One of the user's check-ins by id (another user's answers undefined, as a missing one). */
export async function getCheckin(db: SpotterKysely, userId: string, id: string): Promise<Checkin | undefined> {
  const r = await db
    .selectFrom("checkins")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toCheckin(r) : undefined;
}

/** Inserts a new check-in and claims its client id; false (nothing written) when that client id was applied before. */
export async function insertCheckin(db: SpotterKysely, userId: string, c: Checkin): Promise<boolean> {
  return withLogChange(db, userId, async (trx) => {
    if (!(await claimClientId(trx, userId, "checkin", c.clientId, c.id, Date.parse(c.createdAt)))) return false;
    await trx.insertInto("checkins").values(checkinRow(userId, c)).execute();
    return true;
  });
}

/** Replaces a stored check-in (same id). */
export async function updateCheckin(db: SpotterKysely, userId: string, c: Checkin): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    const { id, user_id, created_at, ...rest } = checkinRow(userId, c);
    await trx.updateTable("checkins").set(rest).where("user_id", "=", userId).where("id", "=", id).execute();
  });
}

/** Deletes a check-in; false when the user has none with that id. */
export async function deleteCheckin(db: SpotterKysely, userId: string, id: string): Promise<boolean> {
  return withLogDelete(db, userId, async (trx) => {
    const r = await trx.deleteFrom("checkins").where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
    await markClientIdsDeleted(trx, userId, "checkin", [id]);
    return Number(r.numDeletedRows) > 0;
  });
}

/** The user's check-ins in an inclusive day window (either end open), oldest first. */
export async function listCheckins(db: SpotterKysely, userId: string, from?: string, to?: string): Promise<Checkin[]> {
  let q = db.selectFrom("checkins").selectAll().where("user_id", "=", userId);
  if (from) q = q.where("date", ">=", from);
  if (to) q = q.where("date", "<=", to);
  const rows = await q.orderBy("date", "asc").execute();
  return rows.map(toCheckin);
}
