/** Profiles: one JSON document per user, read back over the current defaults so new fields get their default. */
import { defaultProfile, type Profile } from "@spotter/core";
import { withLogChange } from "../logVersion.js";
import type { SpotterKysely } from "../schema.js";

/** The user's profile; defaults when none is stored yet. */
export async function getProfile(db: SpotterKysely, userId: string): Promise<Profile> {
  const r = await db.selectFrom("profiles").select("data").where("user_id", "=", userId).executeTakeFirst();
  const base = defaultProfile();
  if (!r) return base;
  const stored = JSON.parse(r.data) as Partial<Profile>;
  return {
    ...base,
    ...stored,
    settings: { ...base.settings, ...(stored.settings ?? {}) },
    reminders: { ...base.reminders, ...(stored.reminders ?? {}) },
  };
}

/** Stores the whole profile (insert or replace). */
export async function saveProfile(db: SpotterKysely, userId: string, profile: Profile, now: number): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    const data = JSON.stringify(profile);
    const existing = await trx
      .selectFrom("profiles")
      .select("user_id")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (existing) {
      await trx.updateTable("profiles").set({ data, updated_at: now }).where("user_id", "=", userId).execute();
    } else {
      await trx.insertInto("profiles").values({ user_id: userId, data, updated_at: now }).execute();
    }
  });
}
