import { withLogChange } from "../logVersion.js";
import type { SpotterKysely } from "../schema.js";

/** One stored screen answer. */
export interface ScreenRecord {
  id: string;
  kind: string;
  date: string;
  /** The answers as the screen's validator left them. */
  answers: unknown;
  /** ISO instant it was stored. */
  createdAt: string;
}

/** Stores a screen answer (a log change: readiness advice reads it). */
export async function insertScreen(db: SpotterKysely, userId: string, s: ScreenRecord): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    await trx
      .insertInto("screens")
      .values({
        id: s.id,
        user_id: userId,
        kind: s.kind,
        date: s.date,
        answers: JSON.stringify(s.answers),
        created_at: Date.parse(s.createdAt),
      })
      .execute();
  });
}

/** The user's screen answers of every kind, oldest first. */
export async function listScreens(db: SpotterKysely, userId: string): Promise<ScreenRecord[]> {
  const rows = await db
    .selectFrom("screens")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    date: r.date,
    answers: JSON.parse(r.answers) as unknown,
    createdAt: new Date(Number(r.created_at)).toISOString(),
  }));
}
