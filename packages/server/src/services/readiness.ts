/** The day's readiness from the user's log (check-ins, sessions, clearances), asked of the core. */
import { computeReadiness, type Readiness } from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog, type UserLog } from "./log.js";

/** The user's readiness for a local day. */
export async function readinessFor(deps: Deps, userId: string, date: string, log?: UserLog): Promise<Readiness> {
  const data = log ?? (await loadUserLog(deps, userId));
  return computeReadiness({
    date,
    checkins: data.checkins,
    sessions: data.sessions,
    clearances: data.clearances,
    timeZone: data.profile.timeZone,
  });
}
