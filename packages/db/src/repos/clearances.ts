/** The `clearances` table: a clinician's clearances (X5) with their rules and lifts. */
import type { Clearance } from "@spotter/core";
import { withLogChange } from "../logVersion.js";
import type { SpotterKysely } from "../schema.js";

/** Records a clearance. */
export async function insertClearance(db: SpotterKysely, userId: string, c: Clearance): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    await trx.insertInto("clearances").values(clearanceRow(userId, c)).execute();
  });
}

/** The table row of a clearance (for this insert and bulk writes). */
export function clearanceRow(userId: string, c: Clearance) {
  return {
    id: c.id,
    user_id: userId,
    date: c.date,
    by_whom: c.by,
    restrictions: c.restrictions,
    recorded_at: Date.parse(c.recordedAt),
    rules: clearanceRulesText(c),
  };
}

/** X5: a clearance's rules and lifts as the `rules` column stores them (null when it holds neither). */
function clearanceRulesText(c: Pick<Clearance, "rules" | "lifts">): string | null {
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
export async function listClearances(db: SpotterKysely, userId: string): Promise<Clearance[]> {
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
