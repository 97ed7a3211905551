/** Training sessions and their sets. Loads are stored as integer grams and travel as kg. */
import { gramsToKg, kgToGrams, type LoggedSet, type SessionSource, type TrainingSession } from "@spotter/core";
import { withLogChange, withLogChangeIf, withLogDelete } from "../logVersion.js";
import type { Database, SpotterKysely } from "../schema.js";
import { claimClientId, markClientIdsDeleted } from "./clientIds.js";

type SessionRowDb = Database["training_sessions"];
type SetRowDb = Database["sets"];

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** A stored notes column back to its object; a row without notes (or unreadable ones) has none. */
function parseNotes(text: string | null): Record<string, string> | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== "object" || Array.isArray(v)) return null;
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return null;
  }
}

function toSession(r: SessionRowDb): TrainingSession {
  return {
    id: r.id,
    clientId: r.client_id,
    date: r.date,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: iso(r.finished_at),
    painBefore: r.pain_before,
    painAfter: r.pain_after,
    note: r.note,
    title: r.title,
    recovery: Boolean(r.recovery),
    source: r.source as SessionSource,
    exerciseNotes: parseNotes(r.exercise_notes),
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The table row of a session (for bulk writes). */
export function sessionRow(userId: string, s: TrainingSession): SessionRowDb {
  return {
    id: s.id,
    user_id: userId,
    client_id: s.clientId,
    date: s.date,
    started_at: Date.parse(s.startedAt),
    finished_at: s.finishedAt ? Date.parse(s.finishedAt) : null,
    pain_before: s.painBefore,
    pain_after: s.painAfter,
    note: s.note,
    title: s.title,
    recovery: s.recovery ? 1 : 0,
    source: s.source,
    exercise_notes: s.exerciseNotes && Object.keys(s.exerciseNotes).length > 0 ? JSON.stringify(s.exerciseNotes) : null,
    created_at: Date.parse(s.createdAt),
    updated_at: Date.parse(s.updatedAt),
  };
}

function toSet(r: SetRowDb): LoggedSet {
  return {
    id: r.id,
    clientId: r.client_id,
    sessionId: r.session_id,
    exerciseId: r.exercise_id,
    setIndex: r.set_index,
    warmup: Boolean(r.warmup),
    setType: r.set_type as LoggedSet["setType"],
    reps: r.reps,
    loadKg: r.load_g === null ? null : gramsToKg(r.load_g),
    seconds: r.seconds,
    distanceM: r.distance_m,
    rir: r.rir,
    rpe: r.rpe,
    belt: Boolean(r.belt),
    pain: r.pain,
    painKind: r.pain_kind as LoggedSet["painKind"],
    flagged: Boolean(r.flagged),
    unit: r.unit === "kg" || r.unit === "lb" ? r.unit : null,
    note: r.note,
    supersetId: r.superset_id,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The table row of a set (for bulk writes). */
export function setRow(userId: string, s: LoggedSet): SetRowDb {
  return {
    id: s.id,
    user_id: userId,
    session_id: s.sessionId,
    client_id: s.clientId,
    exercise_id: s.exerciseId,
    set_index: s.setIndex,
    warmup: s.warmup ? 1 : 0,
    set_type: s.setType,
    reps: s.reps,
    load_g: s.loadKg === null ? null : kgToGrams(s.loadKg),
    seconds: s.seconds,
    distance_m: s.distanceM,
    rir: s.rir,
    rpe: s.rpe,
    belt: s.belt ? 1 : 0,
    pain: s.pain,
    pain_kind: s.painKind,
    flagged: s.flagged ? 1 : 0,
    unit: s.unit ?? null,
    note: s.note ?? null,
    superset_id: s.supersetId ?? null,
    created_at: Date.parse(s.createdAt),
    updated_at: Date.parse(s.updatedAt),
  };
}

/** Inserts a session and claims its client id; false (nothing written) when that client id was applied before. */
export async function insertSession(db: SpotterKysely, userId: string, s: TrainingSession): Promise<boolean> {
  return withLogChange(db, userId, async (trx) => {
    if (!(await claimClientId(trx, userId, "session", s.clientId, s.id, Date.parse(s.createdAt)))) return false;
    await trx.insertInto("training_sessions").values(sessionRow(userId, s)).execute();
    return true;
  });
}

/** Replaces a stored session (same id). */
export async function updateSession(db: SpotterKysely, userId: string, s: TrainingSession): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    const { id, user_id, created_at, ...rest } = sessionRow(userId, s);
    await trx.updateTable("training_sessions").set(rest).where("user_id", "=", userId).where("id", "=", id).execute();
  });
}

/** One of the user's sessions by id. */
export async function getSession(db: SpotterKysely, userId: string, id: string): Promise<TrainingSession | undefined> {
  const r = await db
    .selectFrom("training_sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toSession(r) : undefined;
}

/** The user's session made with this client id, if any (idempotent retries). */
export async function findSessionByClientId(
  db: SpotterKysely,
  userId: string,
  clientId: string,
): Promise<TrainingSession | undefined> {
  const r = await db
    .selectFrom("training_sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return r ? toSession(r) : undefined;
}

/** Deletes a session and its sets; false when the user has none with that id. */
export async function deleteSession(db: SpotterKysely, userId: string, id: string): Promise<boolean> {
  return withLogDelete(db, userId, async (trx) => {
    const sets = await trx
      .selectFrom("sets")
      .select("id")
      .where("user_id", "=", userId)
      .where("session_id", "=", id)
      .execute();
    await markClientIdsDeleted(
      trx,
      userId,
      "set",
      sets.map((s) => s.id),
    );
    await trx.deleteFrom("sets").where("user_id", "=", userId).where("session_id", "=", id).execute();
    await markClientIdsDeleted(trx, userId, "session", [id]);
    const r = await trx
      .deleteFrom("training_sessions")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  });
}

/** The user's sessions in an inclusive day window, newest first. */
export async function listSessions(
  db: SpotterKysely,
  userId: string,
  from?: string,
  to?: string,
): Promise<TrainingSession[]> {
  let q = db.selectFrom("training_sessions").selectAll().where("user_id", "=", userId);
  if (from) q = q.where("date", ">=", from);
  if (to) q = q.where("date", "<=", to);
  const rows = await q.orderBy("started_at", "desc").execute();
  return rows.map(toSession);
}

/**
 * Inserts a set and claims its client id, answering the user's log version after it; null (nothing written, the
 * version unchanged) when that client id was applied before.
 */
export async function logSet(db: SpotterKysely, userId: string, s: LoggedSet): Promise<number | null> {
  return withLogChangeIf(db, userId, async (trx) => {
    if (!(await claimClientId(trx, userId, "set", s.clientId, s.id, Date.parse(s.createdAt)))) return false;
    await trx.insertInto("sets").values(setRow(userId, s)).execute();
    return true;
  });
}

/** Inserts a set and claims its client id; false (nothing written) when that client id was applied before. */
export async function insertSet(db: SpotterKysely, userId: string, s: LoggedSet): Promise<boolean> {
  return (await logSet(db, userId, s)) !== null;
}

/** Replaces a stored set (same id). */
export async function updateSet(db: SpotterKysely, userId: string, s: LoggedSet): Promise<void> {
  return withLogChange(db, userId, async (trx) => {
    const { id, user_id, created_at, ...rest } = setRow(userId, s);
    await trx.updateTable("sets").set(rest).where("user_id", "=", userId).where("id", "=", id).execute();
  });
}

/** One of the user's sets by id within a session. */
export async function getSet(
  db: SpotterKysely,
  userId: string,
  sessionId: string,
  id: string,
): Promise<LoggedSet | undefined> {
  const r = await db
    .selectFrom("sets")
    .selectAll()
    .where("user_id", "=", userId)
    .where("session_id", "=", sessionId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toSet(r) : undefined;
}

/** The user's set made with this client id, if any. */
export async function findSetByClientId(
  db: SpotterKysely,
  userId: string,
  clientId: string,
): Promise<LoggedSet | undefined> {
  const r = await db
    .selectFrom("sets")
    .selectAll()
    .where("user_id", "=", userId)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return r ? toSet(r) : undefined;
}

/** Deletes a set; false when the user has none with that id in that session. */
export async function deleteSet(db: SpotterKysely, userId: string, sessionId: string, id: string): Promise<boolean> {
  return withLogDelete(db, userId, async (trx) => {
    const r = await trx
      .deleteFrom("sets")
      .where("user_id", "=", userId)
      .where("session_id", "=", sessionId)
      .where("id", "=", id)
      .executeTakeFirst();
    const deleted = Number(r.numDeletedRows) > 0;
    if (deleted) await markClientIdsDeleted(trx, userId, "set", [id]);
    return deleted;
  });
}

/** The sets of some of the user's sessions, in logging order. */
export async function listSetsForSessions(
  db: SpotterKysely,
  userId: string,
  sessionIds: string[],
): Promise<LoggedSet[]> {
  if (sessionIds.length === 0) return [];
  const out: LoggedSet[] = [];
  // Chunked so a long history never exceeds the engines' bound-parameter limits.
  for (let i = 0; i < sessionIds.length; i += 500) {
    const rows = await db
      .selectFrom("sets")
      .selectAll()
      .where("user_id", "=", userId)
      .where("session_id", "in", sessionIds.slice(i, i + 500))
      .orderBy("created_at", "asc")
      .orderBy("set_index", "asc")
      .execute();
    out.push(...rows.map(toSet));
  }
  return out;
}

/** Where a page of sets ends: the next page starts after this set in logging order. */
export interface SetPageKey {
  createdAt: number;
  setIndex: number;
  clientId: string;
}

/**
 * One page of the user's sets in logging order (created_at, set_index, then client id, as `listAllSets`), after
 * `after` (null: from the first); `next` is where the following page starts, null after the last. Each page is one
 * range read of the `sets_user_order_client` index, so a big log read page by page costs what one read costs.
 */
export async function listSetsPage(
  db: SpotterKysely,
  userId: string,
  after: SetPageKey | null,
  limit: number,
): Promise<{ sets: LoggedSet[]; next: SetPageKey | null }> {
  let q = db.selectFrom("sets").selectAll().where("user_id", "=", userId);
  if (after) {
    q = q.where((eb) =>
      eb(
        eb.refTuple("created_at", "set_index", "client_id"),
        ">",
        eb.tuple(after.createdAt, after.setIndex, after.clientId),
      ),
    );
  }
  const rows = await q
    .orderBy("created_at", "asc")
    .orderBy("set_index", "asc")
    .orderBy("client_id", "asc")
    .limit(limit)
    .execute();
  const last = rows[rows.length - 1];
  const next =
    rows.length === limit && last
      ? { createdAt: Number(last.created_at), setIndex: Number(last.set_index), clientId: last.client_id }
      : null;
  return { sets: rows.map(toSet), next };
}

/** Every set of the user (for derived conclusions), in logging order (ties by client id, as `listSetsPage`). */
export async function listAllSets(db: SpotterKysely, userId: string): Promise<LoggedSet[]> {
  const rows = await db
    .selectFrom("sets")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "asc")
    .orderBy("set_index", "asc")
    .orderBy("client_id", "asc")
    .execute();
  return rows.map(toSet);
}
