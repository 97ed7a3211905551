/**
 * Small hand-made exercises, sets, sessions and check-ins for the session and progression tests. They do not
 * depend on the catalog's data, which changes on its own schedule.
 */
import type { Exercise } from "../records/exercise.js";
import type { LoggedSet } from "../records/session.js";
import type { CheckinPain, SessionLog } from "./types.js";

/** A test exercise with sensible defaults. */
export function fixtureExercise(over: Partial<Exercise> & { id: string }): Exercise {
  return {
    name: over.id,
    aliases: [],
    pattern: "squat",
    primaryMuscles: ["quads"],
    secondaryMuscles: [],
    laterality: "bilateral",
    equipment: ["barbell"],
    load: { axial: 3, shear: 2, flexion: 2, extension: 1, rotation: 0, support: "free" },
    beltEligible: false,
    cues: [],
    grade: "D",
    level: "intermediate",
    increment: { kg: 2.5, lb: 5 },
    custom: false,
    ...over,
  };
}

/** A belt-eligible barbell squat with an easier rung. */
export const SQUAT = fixtureExercise({ id: "t-squat", beltEligible: true, easier: "t-smith-squat" });
/** A Smith machine squat, one rung easier than SQUAT. */
export const SMITH_SQUAT = fixtureExercise({
  id: "t-smith-squat",
  equipment: ["smith-machine"],
  harder: "t-squat",
  easier: "t-leg-press",
});
/** A dumbbell row: 2 kg / 5 lb steps, not belt-eligible, no ladder. */
export const DB_ROW = fixtureExercise({
  id: "t-db-row",
  pattern: "horizontal-pull",
  equipment: ["dumbbells"],
  increment: { kg: 2, lb: 5 },
  laterality: "unilateral",
});
/** A machine leg press: 5 kg / 10 lb steps. */
export const LEG_PRESS = fixtureExercise({ id: "t-leg-press", equipment: ["leg-press"], increment: { kg: 5, lb: 10 } });
/** A side plank: held for seconds, no external load. */
export const SIDE_PLANK = fixtureExercise({
  id: "t-side-plank",
  pattern: "anti-lateral-flexion",
  equipment: ["none"],
  increment: { kg: 0, lb: 0 },
  measure: "seconds",
  loaded: false,
});

let counter = 0;

/** A logged working set with defaults (pain 0, no kind, RIR 2). */
export function fixtureSet(over: Partial<LoggedSet> & { exerciseId: string }): LoggedSet {
  counter++;
  return {
    id: `set-${counter}`,
    clientId: `client-${counter}`,
    sessionId: "s",
    setIndex: 0,
    warmup: false,
    setType: "normal",
    reps: 10,
    loadKg: 100,
    seconds: null,
    distanceM: null,
    rir: 2,
    rpe: null,
    belt: false,
    pain: 0,
    painKind: "none",
    flagged: false,
    createdAt: "2025-03-01T10:00:00Z",
    updatedAt: "2025-03-01T10:00:00Z",
    ...over,
  };
}

/** `n` identical working sets. */
export function fixtureSets(n: number, over: Partial<LoggedSet> & { exerciseId: string }): LoggedSet[] {
  return Array.from({ length: n }, (_, i) => fixtureSet({ setIndex: i, ...over }));
}

/** A session on a day (started 10:00 UTC, finished 11:00 UTC) with its sets. */
export function fixtureSession(
  date: string,
  sets: LoggedSet[],
  over: Partial<Omit<SessionLog, "sets">> = {},
): SessionLog & { sets: LoggedSet[] } {
  return {
    id: `session-${date}`,
    date,
    startedAt: `${date}T10:00:00Z`,
    finishedAt: `${date}T11:00:00Z`,
    painBefore: 1,
    painAfter: 1,
    sets,
    ...over,
  };
}

/** A check-in's pain for a day. */
export function fixtureCheckin(date: string, painNow: number): CheckinPain {
  return { date, painNow };
}

/** Epoch ms of an ISO instant. */
export function at(iso: string): number {
  return Date.parse(iso);
}
