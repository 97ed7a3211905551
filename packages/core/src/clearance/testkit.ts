/** Test helpers for X5 (not exported from core): clearances with rules, sessions with sets, a log. */
import { allExercises } from "../catalog/index.js";
import type { CoachLog } from "../coach/index.js";
import type { Clearance, RestrictionRule } from "../records/clearance.js";
import { defaultProfile, type Profile } from "../records/profile.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";

/** The catalog, once. */
export const EXERCISES = allExercises();

let n = 0;
/** A clearance recorded on `date` holding `rules` (ids given in order), optionally lifting earlier ones. */
export function clearance(date: string, rules: RestrictionRule[], lifts: string[] = []): Clearance {
  n += 1;
  return {
    id: `c${n}`,
    date,
    by: "Dr Okafor",
    restrictions: "As discussed",
    recordedAt: `${date}T${String(8 + (n % 10)).padStart(2, "0")}:00:00.000Z`,
    rules,
    ...(lifts.length > 0 ? { lifts } : {}),
  };
}

/** A working set. */
export function set(exerciseId: string, over: Partial<LoggedSet> = {}): LoggedSet {
  n += 1;
  const at = "2026-11-02T17:00:00.000Z";
  return {
    id: `x${n}`,
    clientId: `xc${n}`,
    sessionId: "s",
    exerciseId,
    setIndex: 0,
    warmup: false,
    setType: "normal",
    reps: 8,
    loadKg: 100,
    seconds: null,
    distanceM: null,
    rir: 2,
    rpe: null,
    belt: false,
    pain: 1,
    painKind: "none",
    flagged: false,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

/** A finished session on a day. */
export function session(date: string, sets: LoggedSet[]): SessionWithSets {
  n += 1;
  const id = `s${n}`;
  return {
    id,
    clientId: `sc${n}`,
    date,
    startedAt: `${date}T17:00:00.000Z`,
    finishedAt: `${date}T18:00:00.000Z`,
    painBefore: 1,
    painAfter: 1,
    note: null,
    title: "Day A",
    recovery: false,
    source: "spotter",
    createdAt: `${date}T17:00:00.000Z`,
    updatedAt: `${date}T17:00:00.000Z`,
    sets: sets.map((s) => ({ ...s, sessionId: id })),
  } as SessionWithSets;
}

/** A log with a full kit unless the profile says otherwise. */
export function logWith(
  clearances: Clearance[],
  sessions: SessionWithSets[] = [],
  profile: Partial<Profile> = {},
): CoachLog {
  return {
    profile: {
      ...defaultProfile(),
      equipment: ["barbell", "dumbbells", "leg-press", "machines", "cable", "bench", "smith-machine", "kettlebell"],
      ...profile,
    },
    exercises: EXERCISES,
    sessions,
    sets: sessions.flatMap((s) => s.sets),
    checkins: [],
    clearances,
  };
}
