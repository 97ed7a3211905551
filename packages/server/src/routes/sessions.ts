/**
 * Training sessions and sets (SPEC §6 G2, G5, G6): start, log, edit and delete, finish, and history. Every write
 * with a `clientId` is idempotent: a retry answers with the record already stored.
 */
import {
  effectiveRir,
  type LoggedSet,
  type SessionWithSets,
  sessionFinishSchema,
  sessionInputSchema,
  sessionPatchSchema,
  setInputSchema,
  setPatchSchema,
  type TrainingSession,
  zRangeFrom,
  zRangeTo,
} from "@spotter/core";
import {
  deleteSession,
  deleteSet,
  findSetByClientId,
  getProfile,
  getSession,
  getSet,
  insertSession,
  isUniqueViolation,
  listSessions,
  listSetsForSessions,
  logSet,
  updateSession,
  updateSet,
} from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import { ApiError, invalidField, notFound } from "../errors.js";
import type { Routes } from "../routes.js";
import { appliedRecordId, deletedRecord } from "../services/clientIds.js";
import { exerciseFor, exerciseIn } from "../services/exercises.js";
import { guidanceForSet } from "../services/guidance.js";
import { afterLogWrite, loadUserLog, type UserLog } from "../services/log.js";
import { withoutSession, withoutSet, withSession, withSet } from "../services/logPatch.js";
import { progressionAfter } from "../services/progression.js";
import { readinessFor } from "../services/readiness.js";
import { recordsOfNewSet } from "../services/records.js";
import { assertListRange, assertNotFuture, todayIn } from "../services/today.js";
import { jsonBody, pathParam, queryOf } from "../validate.js";

const rangeQuery = z.strictObject({ from: zRangeFrom.optional(), to: zRangeTo.optional() });
const historyQuery = rangeQuery.extend({
  /** The newest `limit` sessions of the range, plus any others of the last one's day (so a page never splits a day). */
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** The newest `limit` sessions (newest first), plus the rest of the last one's day. */
function firstPage(sessions: TrainingSession[], limit: number | undefined): TrainingSession[] {
  if (limit === undefined || sessions.length <= limit) return sessions;
  const lastDay = sessions[limit - 1]?.date;
  let end = limit;
  while (end < sessions.length && sessions[end]?.date === lastDay) end++;
  return sessions.slice(0, end);
}

/**
 * A set as the API answers it: with only RPE logged, its RIR reads 10 - RPE (API.md; half points stay, 7.5 -> 2.5).
 * The stored row keeps the RIR the user gave (null), so an edited RPE moves the RIR with it and a backup stays as logged.
 */
export function setView(s: LoggedSet): LoggedSet {
  return s.rir === null && s.rpe !== null ? { ...s, rir: effectiveRir(s) } : s;
}

async function withSets(deps: Deps, userId: string, s: TrainingSession): Promise<SessionWithSets> {
  return { ...s, sets: (await listSetsForSessions(deps.db.kysely, userId, [s.id])).map(setView) };
}

/** The session of a loaded log by id, without its sets (a set's guidance reads them from the log). */
function sessionIn(log: UserLog, id: string): TrainingSession | undefined {
  const found = log.sessions.find((s) => s.id === id);
  if (!found) return undefined;
  const { sets: _sets, ...session } = found;
  return session;
}

/** Exercise notes without the empty ones (an emptied note is a removed note); null when none is left. */
function withoutBlank(notes: Record<string, string> | null): Record<string, string> | null {
  const kept = Object.entries(notes ?? {}).filter(([, v]) => v.trim() !== "");
  return kept.length > 0 ? Object.fromEntries(kept) : null;
}

/** Registers the session and set routes. */
export function registerSessionRoutes(r: Routes, deps: Deps): void {
  const db = deps.db.kysely;

  async function ownSession(userId: string, id: string): Promise<TrainingSession> {
    const s = await getSession(db, userId, id);
    if (!s) throw notFound("session");
    return s;
  }

  r.route(
    {
      method: "post",
      path: "/sessions",
      summary: "Start a training session (423 under an R1 lock)",
      tag: "sessions",
      errors: [423],
      body: sessionInputSchema,
      ok: [201, "the session"],
    },
    async (c) => {
      const input = await jsonBody(c, sessionInputSchema);
      const userId = c.get("userId");
      // A repeated clientId answers the session as it is now and changes nothing (409 once it was deleted).
      const answerStored = async (id: string) => {
        const stored = await getSession(db, userId, id);
        if (!stored) throw deletedRecord("session");
        const readiness = await readinessFor(deps, userId, stored.date);
        return c.json({ ...(await withSets(deps, userId, stored)), readiness }, 201);
      };
      const prior = await appliedRecordId(deps, userId, "session", input.clientId);
      if (prior) return answerStored(prior);
      const profile = await getProfile(db, userId);
      assertNotFuture(deps, profile.timeZone, input.date);
      const readiness = await readinessFor(deps, userId, input.date);
      if (readiness.tier === "R1") {
        throw new ApiError(
          "TRAINING_LOCKED",
          "Training is paused until a clinician has assessed the warning signs you reported. Record their assessment to unlock it.",
        );
      }
      const nowIso = new Date(deps.now()).toISOString();
      const session: TrainingSession = {
        id: deps.newId(),
        clientId: input.clientId,
        date: input.date,
        startedAt: new Date(input.startedAt).toISOString(),
        finishedAt: null,
        painBefore: input.painBefore,
        painAfter: null,
        note: null,
        title: input.title ?? null,
        // G3: a session started at pain 6 or more is the recovery session; so is any session on an R2 or R3 day.
        recovery: input.painBefore >= 6 || readiness.tier === "R2" || readiness.tier === "R3",
        source: "spotter",
        exerciseNotes: null,
        createdAt: nowIso,
        updatedAt: nowIso,
      };
      let stored: boolean;
      try {
        stored = await insertSession(db, userId, session);
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        stored = false;
      }
      if (!stored) {
        // A concurrent post with the same clientId was applied first: one record, one answer.
        const winner = await appliedRecordId(deps, userId, "session", input.clientId);
        if (!winner) throw deletedRecord("session");
        return answerStored(winner);
      }
      await afterLogWrite(deps, userId, (l) => withSession(l, session));
      return c.json({ ...session, sets: [], readiness }, 201);
    },
  );

  r.route(
    {
      method: "get",
      path: "/sessions",
      summary: "Session history with sets, newest first (limit: the newest N sessions of the range, whole days)",
      tag: "sessions",
      query: historyQuery,
    },
    async (c) => {
      const q = queryOf(c, historyQuery);
      const userId = c.get("userId");
      assertListRange(q, todayIn(deps, (await getProfile(db, userId)).timeZone));
      const sessions = firstPage(await listSessions(db, userId, q.from, q.to), q.limit);
      const sets = await listSetsForSessions(
        db,
        userId,
        sessions.map((s) => s.id),
      );
      const bySession = new Map<string, LoggedSet[]>();
      for (const s of sets) {
        const list = bySession.get(s.sessionId) ?? [];
        list.push(setView(s));
        bySession.set(s.sessionId, list);
      }
      return c.json(sessions.map((s) => ({ ...s, sets: bySession.get(s.id) ?? [] })));
    },
  );

  r.route(
    { method: "get", path: "/sessions/:id", summary: "One session with its sets", tag: "sessions" },
    async (c) => {
      const userId = c.get("userId");
      return c.json(await withSets(deps, userId, await ownSession(userId, pathParam(c, "id"))));
    },
  );

  r.route(
    { method: "patch", path: "/sessions/:id", summary: "Change a session", tag: "sessions", body: sessionPatchSchema },
    async (c) => {
      const patch = await jsonBody(c, sessionPatchSchema);
      const userId = c.get("userId");
      const s = await ownSession(userId, pathParam(c, "id"));
      if (patch.date) assertNotFuture(deps, (await getProfile(db, userId)).timeZone, patch.date);
      const next: TrainingSession = {
        ...s,
        ...(patch.date !== undefined ? { date: patch.date } : {}),
        ...(patch.startedAt !== undefined ? { startedAt: new Date(patch.startedAt).toISOString() } : {}),
        ...(patch.finishedAt !== undefined
          ? { finishedAt: patch.finishedAt === null ? null : new Date(patch.finishedAt).toISOString() }
          : {}),
        ...(patch.painBefore !== undefined ? { painBefore: patch.painBefore } : {}),
        ...(patch.painAfter !== undefined ? { painAfter: patch.painAfter } : {}),
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.exerciseNotes !== undefined ? { exerciseNotes: withoutBlank(patch.exerciseNotes) } : {}),
        updatedAt: new Date(deps.now()).toISOString(),
      };
      await updateSession(db, userId, next);
      await afterLogWrite(deps, userId, (l) => withSession(l, next));
      return c.json(await withSets(deps, userId, next));
    },
  );

  r.route(
    {
      method: "delete",
      path: "/sessions/:id",
      summary: "Delete a session and its sets",
      tag: "sessions",
      ok: [204, "deleted"],
    },
    async (c) => {
      const userId = c.get("userId");
      const id = pathParam(c, "id");
      if (!(await deleteSession(db, userId, id))) throw notFound("session");
      await afterLogWrite(deps, userId, (l) => withoutSession(l, id));
      return c.body(null, 204);
    },
  );

  r.route(
    {
      method: "post",
      path: "/sessions/:id/finish",
      summary: "Finish a session (idempotent); answers the next targets",
      tag: "sessions",
      body: sessionFinishSchema,
    },
    async (c) => {
      const input = await jsonBody(c, sessionFinishSchema);
      const userId = c.get("userId");
      const s = await ownSession(userId, pathParam(c, "id"));
      const next: TrainingSession = {
        ...s,
        finishedAt: new Date(input.finishedAt).toISOString(),
        painAfter: input.painAfter,
        note: input.note === undefined ? s.note : input.note,
        updatedAt: new Date(deps.now()).toISOString(),
      };
      if (Date.parse(next.finishedAt ?? "") < Date.parse(s.startedAt)) {
        throw invalidField("finishedAt", "is before the session started");
      }
      await updateSession(db, userId, next);
      await afterLogWrite(deps, userId, (l) => withSession(l, next));
      const full = await withSets(deps, userId, next);
      return c.json({ ...full, progression: await progressionAfter(deps, userId, full) });
    },
  );

  r.route(
    {
      method: "post",
      path: "/sessions/:id/sets",
      summary: "Log a set; answers the set and the guidance for the next one",
      tag: "sessions",
      body: setInputSchema,
      ok: [201, "{set, guidance}"],
    },
    async (c) => {
      const input = await jsonBody(c, setInputSchema);
      const userId = c.get("userId");
      // The set path reads the database once before its write: the login check read the log version with the login,
      // and the session, the exercise, the profile's unit and the history the guidance replays all come from the
      // cached log of that version (a log written since answers too: never older than the request).
      const log = await loadUserLog(deps, userId, c.get("logVersion"));
      const session = sessionIn(log, pathParam(c, "id"));
      if (!session) throw notFound("session");
      const exercise = exerciseIn(log.exercises, input.exerciseId);
      if (!exercise) throw invalidField("exerciseId", "is not an exercise in the catalog or your custom exercises");
      // A repeated clientId answers the set as it is now (with its guidance) and changes nothing. The write finds
      // it (its client id claim fails), so a first post costs no look-up of its own.
      const answerStored = async () => {
        if (!(await appliedRecordId(deps, userId, "set", input.clientId))) throw deletedRecord("set");
        const stored = await findSetByClientId(db, userId, input.clientId);
        if (!stored) throw deletedRecord("set");
        if (stored.sessionId !== session.id)
          throw invalidField("clientId", "was already used for a set of another session");
        const storedExercise = (await exerciseFor(deps, userId, stored.exerciseId)) ?? exercise;
        const guidance = await guidanceForSet(deps, userId, session, stored, storedExercise);
        return c.json({ set: setView(stored), guidance: guidance.answer }, 201);
      };
      const nowIso = new Date(deps.now()).toISOString();
      const draft: LoggedSet = {
        id: deps.newId(),
        clientId: input.clientId,
        sessionId: session.id,
        exerciseId: input.exerciseId,
        setIndex: input.setIndex,
        warmup: input.warmup,
        setType: input.setType ?? "normal",
        reps: input.reps ?? null,
        loadKg: input.loadKg ?? null,
        seconds: input.seconds ?? null,
        distanceM: input.distanceM ?? null,
        rir: input.rir ?? null,
        rpe: input.rpe ?? null,
        belt: input.belt,
        pain: input.pain,
        painKind: input.painKind,
        flagged: false,
        // The unit the user entered the load in; a client that does not say is taken to use the profile's.
        unit: input.unit ?? log.profile.unit,
        note: input.note ?? null,
        supersetId: input.supersetId ?? null,
        createdAt: nowIso,
        updatedAt: nowIso,
      };
      // The guidance decides whether this set arrived after a stop; the set is stored either way (G3, G6).
      const guidance = await guidanceForSet(deps, userId, session, draft, exercise, log);
      // Read against the log before this set joins it.
      const records = await recordsOfNewSet(deps, userId, session, draft, log);
      const set: LoggedSet = { ...draft, flagged: guidance.flagged };
      let version: number | null;
      try {
        version = await logSet(db, userId, set);
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        version = null;
      }
      // Not stored: the client id was applied before (a retry, or a concurrent post with it that came first).
      if (version === null) return answerStored();
      await afterLogWrite(deps, userId, (l) => withSet(l, set), version);
      return c.json({ set: setView(set), guidance: guidance.answer, ...(records.length > 0 ? { records } : {}) }, 201);
    },
  );

  r.route(
    {
      method: "patch",
      path: "/sessions/:id/sets/:setId",
      summary: "Change a set",
      tag: "sessions",
      body: setPatchSchema,
    },
    async (c) => {
      const patch = await jsonBody(c, setPatchSchema);
      const userId = c.get("userId");
      const session = await ownSession(userId, pathParam(c, "id"));
      const set = await getSet(db, userId, session.id, pathParam(c, "setId"));
      if (!set) throw notFound("set");
      if (patch.exerciseId && !(await exerciseFor(deps, userId, patch.exerciseId))) {
        throw invalidField("exerciseId", "is not an exercise in the catalog or your custom exercises");
      }
      const next: LoggedSet = { ...set, updatedAt: new Date(deps.now()).toISOString() };
      for (const [k, v] of Object.entries(patch)) {
        if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
      }
      await updateSet(db, userId, next);
      await afterLogWrite(deps, userId, (l) => withSet(l, next));
      return c.json(setView(next));
    },
  );

  r.route(
    {
      method: "delete",
      path: "/sessions/:id/sets/:setId",
      summary: "Delete a set; answers the deleted set",
      tag: "sessions",
      ok: [200, "the deleted set"],
    },
    async (c) => {
      const userId = c.get("userId");
      const session = await ownSession(userId, pathParam(c, "id"));
      const set = await getSet(db, userId, session.id, pathParam(c, "setId"));
      // API.md: PATCH and DELETE of a set answer the set (only DELETE /sessions/:id is a bare 204).
      if (!set || !(await deleteSet(db, userId, session.id, set.id))) throw notFound("set");
      await afterLogWrite(deps, userId, (l) => withoutSet(l, set.id));
      return c.json(setView(set));
    },
  );
}
