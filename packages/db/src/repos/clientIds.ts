import type { SpotterKysely } from "../schema.js";

/** The kinds of record a client id can make. */
export type ClientIdKind = "checkin" | "session" | "set" | "daily";

/** What a client id was applied to. */
export interface AppliedClientId {
  recordId: string;
  /** True once that record was deleted: a repeat answers 409. */
  deleted: boolean;
}

/** The record a client id was applied to, if it was. */
export async function findClientId(
  db: SpotterKysely,
  userId: string,
  kind: ClientIdKind,
  clientId: string,
): Promise<AppliedClientId | undefined> {
  const r = await db
    .selectFrom("client_ids")
    .select(["record_id", "deleted"])
    .where("user_id", "=", userId)
    .where("kind", "=", kind)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return r ? { recordId: r.record_id, deleted: Boolean(r.deleted) } : undefined;
}

/**
 * Claims a client id for a record inside the write's transaction. False when it was already applied (also when a
 * concurrent transaction claimed it first: PostgreSQL waits for that one to commit, SQLite runs one at a time), so
 * the caller abandons its write and answers the stored record.
 */
export async function claimClientId(
  db: SpotterKysely,
  userId: string,
  kind: ClientIdKind,
  clientId: string,
  recordId: string,
  now: number,
): Promise<boolean> {
  const r = await db
    .insertInto("client_ids")
    .values({ user_id: userId, kind, client_id: clientId, record_id: recordId, deleted: 0, created_at: now })
    .onConflict((oc) => oc.columns(["user_id", "kind", "client_id"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/**
 * Records client ids of records written in bulk (imports, restored backups). A client id already known is pointed
 * at the record now stored with it, so a restored record is the current one for a repeat.
 */
export async function recordClientIds(
  db: SpotterKysely,
  userId: string,
  kind: ClientIdKind,
  rows: readonly { clientId: string; recordId: string }[],
  now: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const part = rows.slice(i, i + 200);
    if (part.length === 0) continue;
    await db
      .insertInto("client_ids")
      .values(
        part.map((r) => ({
          user_id: userId,
          kind,
          client_id: r.clientId,
          record_id: r.recordId,
          deleted: 0,
          created_at: now,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["user_id", "kind", "client_id"]).doUpdateSet((eb) => ({
          record_id: eb.ref("excluded.record_id"),
          deleted: 0,
        })),
      )
      .execute();
  }
}

/** Marks the client ids of deleted records, so a repeat of them answers 409 and writes nothing. */
export async function markClientIdsDeleted(
  db: SpotterKysely,
  userId: string,
  kind: ClientIdKind,
  recordIds: readonly string[],
): Promise<void> {
  for (let i = 0; i < recordIds.length; i += 500) {
    const part = recordIds.slice(i, i + 500);
    if (part.length === 0) continue;
    await db
      .updateTable("client_ids")
      .set({ deleted: 1 })
      .where("user_id", "=", userId)
      .where("kind", "=", kind)
      .where("record_id", "in", part)
      .execute();
  }
}
