import type { SpotterKysely } from "../schema.js";

/** The remembered overrides of one app: file name -> exercise id. */
export async function importMappings(db: SpotterKysely, userId: string, app: string): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom("import_mappings")
    .select(["name", "exercise_id"])
    .where("user_id", "=", userId)
    .where("app", "=", app)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.name, r.exercise_id]));
}

/** Remembers overrides (a later choice for the same name replaces the earlier one). */
export async function saveImportMappings(
  db: SpotterKysely,
  userId: string,
  app: string,
  mapping: Readonly<Record<string, string>>,
  now: number,
): Promise<void> {
  const rows = Object.entries(mapping).map(([name, exerciseId]) => ({
    user_id: userId,
    app,
    name,
    exercise_id: exerciseId,
    updated_at: now,
  }));
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto("import_mappings")
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.columns(["user_id", "app", "name"]).doUpdateSet((eb) => ({
          exercise_id: eb.ref("excluded.exercise_id"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}

/** Every remembered override of a user, for the backup. */
export async function allImportMappings(
  db: SpotterKysely,
  userId: string,
): Promise<{ app: "strong" | "hevy" | "fitnotes"; name: string; exerciseId: string }[]> {
  const rows = await db
    .selectFrom("import_mappings")
    .select(["app", "name", "exercise_id"])
    .where("user_id", "=", userId)
    .orderBy("app")
    .orderBy("name")
    .execute();
  return rows.map((r) => ({ app: r.app as "strong" | "hevy" | "fitnotes", name: r.name, exerciseId: r.exercise_id }));
}
