/** The day's readiness from the user's log (check-ins, sessions, clearances), asked of the core. */
import {
  computeReadiness,
  type InflammatoryScreen,
  type InflammatoryScreenInput,
  inflammatoryAdvice,
  type Readiness,
} from "@spotter/core";
import type { Deps } from "../context.js";
import { loadUserLog, type UserLog } from "./log.js";

/** R7: the user's inflammatory screens as the core reads them, oldest first. */
export function inflammatoryScreensOf(log: Pick<UserLog, "screens">): InflammatoryScreen[] {
  return log.screens
    .filter((s) => s.kind === "inflammatory")
    .map((s) => ({ ...(s.answers as InflammatoryScreenInput), date: s.date }));
}

/** The user's readiness for a local day, with R7's advice (advice never changes the tier). */
export async function readinessFor(deps: Deps, userId: string, date: string, log?: UserLog): Promise<Readiness> {
  const data = log ?? (await loadUserLog(deps, userId));
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
