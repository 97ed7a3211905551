/** The `custom_exercises` table: a user's own exercise definitions. */
import type { ExerciseDef } from "@spotter/core";
import { withLogChange } from "../logVersion.js";
import type { SpotterKysely } from "../schema.js";

/** Stores a custom exercise definition for a user. */
export async function insertCustomExercise(
  db: SpotterKysely,
  userId: string,
  def: ExerciseDef,
  now: number,
): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    await trx
      .insertInto("custom_exercises")
      .values({ id: def.id, user_id: userId, name: def.name, data: JSON.stringify(def), created_at: now })
      .execute();
  });
}

/** The user's custom exercise definitions, oldest first. */
export async function listCustomExercises(db: SpotterKysely, userId: string): Promise<ExerciseDef[]> {
  const rows = await db
    .selectFrom("custom_exercises")
    .select("data")
    .where("user_id", "=", userId)
    .orderBy("created_at", "asc")
    .execute();
  return rows.map((r) => JSON.parse(r.data) as ExerciseDef);
}
