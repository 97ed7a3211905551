/** Custom exercises and clearances. */
import type { Clearance, ExerciseDef } from "@spotter/core";
import type { Kysely } from "kysely";
import { withLogChange } from "../logVersion.js";
import type { Database } from "../schema.js";

type Db = Kysely<Database>;

/** Stores a custom exercise definition for a user. */
export async function insertCustomExercise(db: Db, userId: string, def: ExerciseDef, now: number): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    await trx
      .insertInto("custom_exercises")
      .values({ id: def.id, user_id: userId, name: def.name, data: JSON.stringify(def), created_at: now })
      .execute();
  });
}

/** The user's custom exercise definitions, oldest first. */
export async function listCustomExercises(db: Db, userId: string): Promise<ExerciseDef[]> {
  const rows = await db
    .selectFrom("custom_exercises")
    .select("data")
    .where("user_id", "=", userId)
    .orderBy("created_at", "asc")
    .execute();
  return rows.map((r) => JSON.parse(r.data) as ExerciseDef);
}

/** Records a clearance. */
export async function insertClearance(db: Db, userId: string, c: Clearance): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    await trx
      .insertInto("clearances")
      .values({
        id: c.id,
        user_id: userId,
        date: c.date,
        by_whom: c.by,
        restrictions: c.restrictions,
        recorded_at: Date.parse(c.recordedAt),
        rules: clearanceRulesText(c),
      })
      .execute();
  });
}

/** X5: a clearance's rules and lifts as the `rules` column stores them (null when it holds neither). */
export function clearanceRulesText(c: Pick<Clearance, "rules" | "lifts">): string | null {
  const rules = c.rules ?? [];
  const lifts = c.lifts ?? [];
  return rules.length === 0 && lifts.length === 0 ? null : JSON.stringify({ rules, lifts });
}

/** X5: the `rules` column read back onto a clearance (nothing added when it is null). */
export function clearanceRulesOf(text: string | null): Pick<Clearance, "rules" | "lifts"> {
  if (!text) return {};
  const parsed = JSON.parse(text) as { rules?: Clearance["rules"]; lifts?: string[] };
  return {
    ...(parsed.rules && parsed.rules.length > 0 ? { rules: parsed.rules } : {}),
    ...(parsed.lifts && parsed.lifts.length > 0 ? { lifts: parsed.lifts } : {}),
  };
}

/** The user's clearances, oldest first. */
export async function listClearances(db: Db, userId: string): Promise<Clearance[]> {
  const rows = await db
    .selectFrom("clearances")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("recorded_at", "asc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    by: r.by_whom,
    restrictions: r.restrictions,
    recordedAt: new Date(Number(r.recorded_at)).toISOString(),
    ...clearanceRulesOf(r.rules),
  }));
}
