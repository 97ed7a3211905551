/**
 * Derived answers kept in the database (migration 0015), so a restarted server answers a heavy user's GET /today and
 * trigger list without going through five years of log first. The caller decides the key (everything the answer was
 * computed from); a row is answered only under the same key and before its `validUntil`.
 */
import type { SpotterKysely } from "../schema.js";

/** A kept answer: its key, the JSON text, and when it stops being valid (null: no time limit). */
export interface DerivedAnswer {
  key: string;
  data: string;
  validUntil: number | null;
}

/** The user's kept answer of a kind, if any (whatever its key: the caller compares). */
export async function getDerivedAnswer(
  db: SpotterKysely,
  userId: string,
  kind: string,
): Promise<DerivedAnswer | undefined> {
  const r = await db
    .selectFrom("derived_answers")
    .select(["key", "data", "valid_until"])
    .where("user_id", "=", userId)
    .where("kind", "=", kind)
    .executeTakeFirst();
  return r
    ? { key: r.key, data: r.data, validUntil: r.valid_until === null ? null : Number(r.valid_until) }
    : undefined;
}

/** Keeps an answer, replacing the user's earlier one of the same kind. */
export async function putDerivedAnswer(
  db: SpotterKysely,
  userId: string,
  kind: string,
  answer: DerivedAnswer,
  now: number,
): Promise<void> {
  await db
    .insertInto("derived_answers")
    .values({
      user_id: userId,
      kind,
      key: answer.key,
      data: answer.data,
      valid_until: answer.validUntil,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(["user_id", "kind"]).doUpdateSet((eb) => ({
        key: eb.ref("excluded.key"),
        data: eb.ref("excluded.data"),
        valid_until: eb.ref("excluded.valid_until"),
        updated_at: eb.ref("excluded.updated_at"),
      })),
    )
    .execute();
}

/**
 * The current plan's identity as stored text: its id, when it was made and its document exactly as written, so a
 * key made from it changes with every plan write (a swap, a pin, a step-up, a renewal) without a version column.
 */
export async function currentPlanText(
  db: SpotterKysely,
  userId: string,
): Promise<{ id: string; createdAt: number; data: string } | undefined> {
  const r = await db
    .selectFrom("plans")
    .select(["id", "created_at", "data"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  return r ? { id: r.id, createdAt: Number(r.created_at), data: r.data } : undefined;
}
