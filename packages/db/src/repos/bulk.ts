/**
 * Bulk reads and writes for imports and backups (SPEC X1, X2): what the user already has (so a re-import adds
 * nothing), and one all-or-nothing write of many records with a single log-version bump.
 */
import type { Checkin, Clearance, DailyEntry, ExerciseDef, LoggedSet, Profile, TrainingSession } from "@spotter/core";
import { uuidv7 } from "../ids.js";
import { withLogChange } from "../logVersion.js";
import type { SpotterKysely } from "../schema.js";
import { checkinRow } from "./checkins.js";
import { clearanceRow } from "./clearances.js";
import { recordClientIds } from "./clientIds.js";
import { sessionRow, setRow } from "./sessions.js";

// Rows per INSERT: SQLite allows 32,766 bound values; 200 rows of 20 columns stays far below on both engines.
const CHUNK = 200;

function chunks<T>(xs: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** What an import needs to know of the user's log to add only what is new. */
export interface ExistingRecords {
  /** Session client id -> session id. */
  sessionsByClientId: Map<string, string>;
  setClientIds: Set<string>;
  checkinDates: Set<string>;
  dailyClientIds: Set<string>;
  customExercises: ExerciseDef[];
  /** `date|by|recordedAt(ms)` of each clearance. */
  clearanceKeys: Set<string>;
  planCreatedAts: Set<number>;
  /** `exerciseId|date|accept(0/1)` of each re-test answer (T6). */
  retestKeys?: Set<string>;
  /** `kind|date|createdAt(ms)` of each R7 screen answer. */
  screenKeys?: Set<string>;
  /** Session id by its start to the second (rows of our own export logged in Spotter are matched by it). */
  sessionsByStartSecond: Map<number, string>;
  /** Sets per `sessionId|exerciseId`. */
  setCounts: Map<string, number>;
}

/** The keys of everything the user has stored (client ids, days, names), for de-duplicating an import. */
export async function existingRecords(db: SpotterKysely, userId: string): Promise<ExistingRecords> {
  const [sessions, sets, checkins, daily, customs, clearances, plans, retests, screens, counts] = await Promise.all([
    db
      .selectFrom("training_sessions")
      .select(["id", "client_id", "started_at"])
      .where("user_id", "=", userId)
      .execute(),
    db.selectFrom("sets").select("client_id").where("user_id", "=", userId).execute(),
    db.selectFrom("checkins").select("date").where("user_id", "=", userId).execute(),
    db.selectFrom("daily_entries").select("client_id").where("user_id", "=", userId).execute(),
    db.selectFrom("custom_exercises").select("data").where("user_id", "=", userId).orderBy("created_at").execute(),
    db.selectFrom("clearances").select(["date", "by_whom", "recorded_at"]).where("user_id", "=", userId).execute(),
    db.selectFrom("plans").select("created_at").where("user_id", "=", userId).execute(),
    db.selectFrom("retest_decisions").select(["exercise_id", "date", "accept"]).where("user_id", "=", userId).execute(),
    db.selectFrom("screens").select(["kind", "date", "created_at"]).where("user_id", "=", userId).execute(),
    db
      .selectFrom("sets")
      .select((eb) => ["session_id", "exercise_id", eb.fn.countAll<number | string>().as("n")])
      .where("user_id", "=", userId)
      .groupBy(["session_id", "exercise_id"])
      .execute(),
  ]);
  return {
    sessionsByClientId: new Map(sessions.map((s) => [s.client_id, s.id])),
    setClientIds: new Set(sets.map((s) => s.client_id)),
    checkinDates: new Set(checkins.map((c) => c.date)),
    dailyClientIds: new Set(daily.map((d) => d.client_id)),
    customExercises: customs.map((c) => JSON.parse(c.data) as ExerciseDef),
    clearanceKeys: new Set(clearances.map((c) => `${c.date}|${c.by_whom}|${Number(c.recorded_at)}`)),
    planCreatedAts: new Set(plans.map((p) => Number(p.created_at))),
    retestKeys: new Set(retests.map((r) => `${r.exercise_id}|${r.date}|${Number(r.accept)}`)),
    screenKeys: new Set(screens.map((x) => `${x.kind}|${x.date}|${Number(x.created_at)}`)),
    sessionsByStartSecond: new Map(sessions.map((s) => [Math.floor(Number(s.started_at) / 1000), s.id])),
    setCounts: new Map(counts.map((c) => [`${c.session_id}|${c.exercise_id}`, Number(c.n)])),
  };
}

/** The name each imported set's source file gave it (X1 identity), by set id; sets without one are left out. */
export async function setSourceNames(db: SpotterKysely, userId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("sets")
    .select(["id", "source_name"])
    .where("user_id", "=", userId)
    .where("source_name", "is not", null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.source_name ?? ""]));
}

/** Of the given custom exercise ids, those already used by any account (ids are global keys). */
export async function takenCustomExerciseIds(db: SpotterKysely, ids: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks(ids, 500)) {
    const rows = await db.selectFrom("custom_exercises").select("id").where("id", "in", part).execute();
    for (const r of rows) taken.add(r.id);
  }
  return taken;
}

/** Records to add in one go. Every list may be empty. */
export interface NewRecords {
  customExercises: ExerciseDef[];
  sessions: TrainingSession[];
  /** Sets, with the name the source file gave each (imports only). */
  sets: (LoggedSet & { sourceName?: string | null })[];
  checkins: Checkin[];
  daily: DailyEntry[];
  clearances: Clearance[];
  /** T6 re-test answers (a backup's); absent for other imports. */
  retests?: { exerciseId: string; accept: boolean; date: string }[];
  /** R7 screen answers (a backup's); absent for other imports. */
  screens?: { kind: string; date: string; answers: unknown; createdAt: string }[];
  plans: { id: string; createdAt: number; plan: unknown }[];
  /** A profile to store in place of the current one. */
  profile?: Profile | undefined;
}

/**
 * Writes every record in one transaction with one log-version bump: an import is either wholly stored or not at
 * all. `now` stamps the custom exercises' creation.
 */
export async function insertRecords(db: SpotterKysely, userId: string, r: NewRecords, now: number): Promise<void> {
  await withLogChange(db, userId, async (trx) => {
    for (const [i, part] of chunks(r.customExercises).entries()) {
      await trx
        .insertInto("custom_exercises")
        // Consecutive created_at values keep the file's order when the list is read back oldest first.
        .values(
          part.map((d, j) => ({
            id: d.id,
            user_id: userId,
            name: d.name,
            data: JSON.stringify(d),
            created_at: now + i * CHUNK + j,
          })),
        )
        .execute();
    }
    for (const part of chunks(r.sessions)) {
      await trx
        .insertInto("training_sessions")
        .values(part.map((s) => sessionRow(userId, s)))
        .execute();
    }
    for (const part of chunks(r.sets)) {
      await trx
        .insertInto("sets")
        .values(part.map((s) => ({ ...setRow(userId, s), source_name: s.sourceName ?? null })))
        .execute();
    }
    // Restored and imported records are applied client ids too: a repeat of one answers it, never a second copy.
    const ids = (xs: readonly { id: string; clientId: string }[]) =>
      xs.map((x) => ({ clientId: x.clientId, recordId: x.id }));
    await recordClientIds(trx, userId, "session", ids(r.sessions), now);
    await recordClientIds(trx, userId, "set", ids(r.sets), now);
    await insertDayRecords(trx, userId, r, now);
  });
}

/**
 * Writes a backup's records other than exercises, sessions and sets (check-ins, daily entries, clearances, re-test
 * answers, screens, plans, the profile) inside the caller's transaction: a restore writes its sessions and sets in
 * chunked commits and these in the last one, which reveals the whole.
 */
export async function insertDayRecords(
  trx: SpotterKysely,
  userId: string,
  r: Omit<NewRecords, "customExercises" | "sessions" | "sets">,
  now: number,
): Promise<void> {
  for (const part of chunks(r.checkins)) {
    await trx
      .insertInto("checkins")
      .values(part.map((c) => checkinRow(userId, c)))
      .execute();
  }
  for (const part of chunks(r.daily)) {
    await trx
      .insertInto("daily_entries")
      .values(
        part.map((e) => ({
          id: e.id,
          user_id: userId,
          client_id: e.clientId,
          date: e.date,
          kind: e.kind,
          data: JSON.stringify(e),
          created_at: Date.parse(e.createdAt),
        })),
      )
      .execute();
  }
  const ids = (xs: readonly { id: string; clientId: string }[]) =>
    xs.map((x) => ({ clientId: x.clientId, recordId: x.id }));
  await recordClientIds(trx, userId, "checkin", ids(r.checkins), now);
  await recordClientIds(trx, userId, "daily", ids(r.daily), now);
  for (const part of chunks(r.clearances)) {
    await trx
      .insertInto("clearances")
      .values(part.map((c) => clearanceRow(userId, c)))
      .execute();
  }
  for (const part of chunks(r.retests ?? [])) {
    await trx
      .insertInto("retest_decisions")
      .values(
        part.map((d, k) => ({
          id: uuidv7(now),
          user_id: userId,
          exercise_id: d.exerciseId,
          accept: d.accept ? 1 : 0,
          date: d.date,
          created_at: now + k,
        })),
      )
      .execute();
  }
  for (const part of chunks(r.screens ?? [])) {
    await trx
      .insertInto("screens")
      .values(
        part.map((x) => ({
          id: uuidv7(now),
          user_id: userId,
          kind: x.kind,
          date: x.date,
          answers: JSON.stringify(x.answers),
          created_at: Date.parse(x.createdAt),
        })),
      )
      .execute();
  }
  for (const p of r.plans) {
    await trx
      .insertInto("plans")
      .values({ id: p.id, user_id: userId, data: JSON.stringify(p.plan), created_at: p.createdAt })
      .execute();
  }
  if (r.profile) {
    const data = JSON.stringify(r.profile);
    await trx
      .insertInto("profiles")
      .values({ user_id: userId, data, updated_at: now })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ data, updated_at: now }))
      .execute();
  }
}
