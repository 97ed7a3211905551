/** Loads what the readiness rules read (check-ins, sessions, clearances) and asks the core for the day's tier. */
import { computeReadiness, type Readiness } from "@spotter/core";
import { getProfile, listCheckins, listClearances, listSessions } from "@spotter/db";
import type { Deps } from "../context.js";

/** The user's readiness for a local day. */
export async function readinessFor(deps: Deps, userId: string, date: string): Promise<Readiness> {
  const db = deps.db.kysely;
  const [profile, checkins, sessions, clearances] = await Promise.all([
    getProfile(db, userId),
    listCheckins(db, userId, undefined, date),
    listSessions(db, userId, undefined, date),
    listClearances(db, userId),
  ]);
  return computeReadiness({ date, checkins, sessions, clearances, timeZone: profile.timeZone });
}
