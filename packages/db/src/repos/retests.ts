/** T6: the user's answers to re-test offers. Every answer is kept; the latest per exercise counts. */
import type { RetestDecision } from "@spotter/core";
import { withLogChange } from "../logVersion.js";
import type { SpotterKysely } from "../schema.js";

/** Stores an answer (a log change: statuses read it). */
export async function insertRetestDecision(
  db: SpotterKysely,
  userId: string,
  d: RetestDecision & { id: string },
  now: number,
): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    await trx
      .insertInto("retest_decisions")
      .values({
        id: d.id,
        user_id: userId,
        exercise_id: d.exerciseId,
        accept: d.accept ? 1 : 0,
        date: d.date,
        created_at: now,
      })
      .execute();
  });
}

/** The user's answers, oldest first. */
export async function listRetestDecisions(db: SpotterKysely, userId: string): Promise<RetestDecision[]> {
  const rows = await db
    .selectFrom("retest_decisions")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map((r) => ({ exerciseId: r.exercise_id, accept: Number(r.accept) === 1, date: r.date }));
}
