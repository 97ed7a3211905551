/**
 * An exercise's history and personal records (issue 16): every session of the exercise from the cached log, its
 * records and e1RM series from core's pure `progress/`, and the records a newly logged set sets.
 */
import {
  e1rmSeries,
  type LoggedSet,
  personalRecords,
  type RecordKind,
  type RecordSet,
  recordsSetBy,
  type TrainingSession,
} from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog, type UserLog } from "./log.js";

/** The exercise's sets in logging order (sessions oldest first), each with its session's day. */
function setsOf(log: UserLog, exerciseId: string): (LoggedSet & RecordSet)[] {
  return log.sessions.flatMap((s) =>
    s.sets.filter((x) => x.exerciseId === exerciseId).map((x) => ({ ...x, date: s.date })),
  );
}

/** `GET /exercises/:id/history`: sessions newest first (the newest `limit`), records, e1RM series. */
export async function exerciseHistory(
  deps: Deps,
  userId: string,
  exerciseId: string,
  limit: number,
  view: (s: LoggedSet) => LoggedSet,
) {
  const log = await loadUserLog(deps, userId);
  const sets = setsOf(log, exerciseId);
  const sessions = log.sessions
    .filter((s) => s.sets.some((x) => x.exerciseId === exerciseId))
    .reverse()
    .map((s) => ({
      sessionId: s.id,
      date: s.date,
      note: s.exerciseNotes?.[exerciseId] ?? null,
      sets: s.sets.filter((x) => x.exerciseId === exerciseId).map(view),
    }));
  return {
    sessions: sessions.slice(0, limit),
    records: personalRecords(sets),
    e1rm: e1rmSeries(sets),
    total: sessions.length,
  };
}

/** The records a set about to be stored sets against every other set of its exercise in the log. */
export async function recordsOfNewSet(
  deps: Deps,
  userId: string,
  session: TrainingSession,
  set: LoggedSet,
  /** The log when the caller has already loaded it. */
  loaded?: UserLog,
): Promise<RecordKind[]> {
  const log = loaded ?? (await loadUserLog(deps, userId));
  const before = setsOf(log, set.exerciseId).filter((x) => x.id !== set.id);
  return recordsSetBy(before, { ...set, date: session.date });
}
