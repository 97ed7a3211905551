/**
 * Applying one write to a cached user log without reloading it (see `afterLogWrite`). Each function returns a new
 * log and never mutates the old one: other requests may be reading it.
 */
import type { Checkin, Clearance, DailyEntry, LoggedSet, Profile, TrainingSession } from "@spotter/core";
import { carrySetFree, type UserLog } from "./log.js";

const byStart = (a: { startedAt: string }, b: { startedAt: string }) => a.startedAt.localeCompare(b.startedAt);

/** Adds a session, or replaces it keeping its sets. */
export function withSession(log: UserLog, s: TrainingSession): UserLog {
  const old = log.sessions.find((x) => x.id === s.id);
  const next = { ...s, sets: old?.sets ?? [] };
  const sessions = old ? log.sessions.map((x) => (x.id === s.id ? next : x)) : [...log.sessions, next].sort(byStart);
  return { ...log, sessions };
}

/** Removes a session and its sets. */
export function withoutSession(log: UserLog, id: string): UserLog {
  return {
    ...log,
    sessions: log.sessions.filter((s) => s.id !== id),
    sets: log.sets.filter((s) => s.sessionId !== id),
  };
}

/** Adds a set at the end of its session (logging order), or replaces it in place. Set-free values carry over. */
export function withSet(log: UserLog, set: LoggedSet): UserLog {
  const exists = log.sets.some((s) => s.id === set.id);
  const swap = (list: LoggedSet[]) => (exists ? list.map((s) => (s.id === set.id ? set : s)) : [...list, set]);
  return carrySetFree(log, {
    ...log,
    sets: swap(log.sets),
    sessions: log.sessions.map((s) => (s.id === set.sessionId ? { ...s, sets: swap(s.sets) } : s)),
  });
}

/** Removes a set. Set-free values carry over. */
export function withoutSet(log: UserLog, setId: string): UserLog {
  return carrySetFree(log, {
    ...log,
    sets: log.sets.filter((s) => s.id !== setId),
    sessions: log.sessions.map((s) =>
      s.sets.some((x) => x.id === setId) ? { ...s, sets: s.sets.filter((x) => x.id !== setId) } : s,
    ),
  });
}

/** Adds or replaces the check-in of its day (one per day, oldest first). */
export function withCheckin(log: UserLog, c: Checkin): UserLog {
  const rest = log.checkins.filter((x) => x.id !== c.id && x.date !== c.date);
  return { ...log, checkins: [...rest, c].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** Removes a check-in. */
export function withoutCheckin(log: UserLog, id: string): UserLog {
  return { ...log, checkins: log.checkins.filter((c) => c.id !== id) };
}

/** Adds a daily entry. */
export function withDaily(log: UserLog, e: DailyEntry): UserLog {
  return { ...log, daily: [...log.daily, e] };
}

/** Removes a daily entry. */
export function withoutDaily(log: UserLog, id: string): UserLog {
  return { ...log, daily: log.daily.filter((e) => e.id !== id) };
}

/** Replaces the profile. */
export function withProfile(log: UserLog, profile: Profile): UserLog {
  return { ...log, profile };
}

/** Adds a clearance. */
export function withClearance(log: UserLog, c: Clearance): UserLog {
  return { ...log, clearances: [...log.clearances, c] };
}
