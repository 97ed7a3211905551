/** The day's readiness from the user's log (check-ins, sessions, clearances), asked of the core. */
import {
  computeReadiness,
  type InflammatoryScreen,
  type InflammatoryScreenInput,
  inflammatoryAdvice,
  type Readiness,
} from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog, setFreeDerivedFrom, type UserLog } from "./log.js";

/** R7: the user's inflammatory screens as the core reads them, oldest first. */
export function inflammatoryScreensOf(log: Pick<UserLog, "screens">): InflammatoryScreen[] {
  return log.screens
    .filter((s) => s.kind === "inflammatory")
    .map((s) => ({ ...(s.answers as InflammatoryScreenInput), date: s.date }));
}

/**
 * The user's readiness for a local day, with R7's advice (advice never changes the tier). Kept with the cached log and
 * handed on across set writes (it reads no set): R6's look back over a five-year log is most of a set's CPU otherwise.
 * Shared like the log: read-only.
 */
export async function readinessFor(deps: Deps, userId: string, date: string, log?: UserLog): Promise<Readiness> {
  const data = log ?? (await loadUserLog(deps, userId));
  return setFreeDerivedFrom(data, `readiness:${date}`, () => readinessOf(data, date));
}

function readinessOf(data: UserLog, date: string): Readiness {
  const readiness = computeReadiness({
    date,
    checkins: data.checkins,
    sessions: data.sessions,
    clearances: data.clearances,
    timeZone: data.profile.timeZone,
  });
  const screen = inflammatoryAdvice(inflammatoryScreensOf(data), date);
  if (screen.length === 0) return readiness;
  return { ...readiness, advice: [...(readiness.advice ?? []), ...screen] };
}
