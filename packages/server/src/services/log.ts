/**
 * The user's whole log as the core's derived rules read it (T1-T4, O1-O6, statuses). Everything Spotter concludes
 * is recomputed from this, so an edited or deleted record changes the conclusions with it (G6).
 */
import type { Checkin, DailyEntry, Exercise, LoggedSet, Profile, SessionWithSets } from "@spotter/core";
import { getProfile, listAllSets, listCheckins, listDailyEntries, listSessions } from "@spotter/db";
import type { Deps } from "../context.js";
import { exercisesFor } from "./exercises.js";

/** Everything of one user that the derived rules read. */
export interface UserLog {
  profile: Profile;
  exercises: Exercise[];
  /** Sessions with their sets, oldest first. */
  sessions: SessionWithSets[];
  sets: LoggedSet[];
  checkins: Checkin[];
  daily: DailyEntry[];
}

/** Loads the user's log in a handful of queries (one per table). */
export async function loadUserLog(deps: Deps, userId: string): Promise<UserLog> {
  const db = deps.db.kysely;
  const [profile, exercises, sessions, sets, checkins, daily] = await Promise.all([
    getProfile(db, userId),
    exercisesFor(deps, userId),
    listSessions(db, userId),
    listAllSets(db, userId),
    listCheckins(db, userId),
    listDailyEntries<DailyEntry>(db, userId),
  ]);
  const bySession = new Map<string, LoggedSet[]>();
  for (const s of sets) {
    const list = bySession.get(s.sessionId);
    if (list) list.push(s);
    else bySession.set(s.sessionId, [s]);
  }
  const withSets = sessions
    .map((s) => ({ ...s, sets: bySession.get(s.id) ?? [] }))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return { profile, exercises, sessions: withSets, sets, checkins, daily: daily.map((d) => d.entry) };
}
