/** Test fixtures for the insights: small builders for sessions, sets, check-ins and exercises. Not for production. */
import { addDays } from "../time.js";
import type { InsightCheckin, InsightExercise, InsightSession, InsightSet, InsightsLog } from "./types.js";

/** The day `n` days after 2026-01-05 (a Monday). */
export function day(n: number): string {
  return addDays("2026-01-05", n);
}

/** A session on day `n` with a pre-session pain. */
export function mkSession(id: string, n: number, painBefore: number | null, extra: Partial<InsightSession> = {}) {
  return { id, date: day(n), painBefore, ...extra } satisfies InsightSession;
}

/** A set of an exercise in a session. */
export function mkSet(
  sessionId: string,
  exerciseId: string,
  pain: number | null,
  extra: Partial<InsightSet> = {},
): InsightSet {
  return {
    sessionId,
    exerciseId,
    warmup: false,
    pain,
    painKind: pain === null ? null : "none",
    ...extra,
  };
}

/** A check-in on day `n`. */
export function mkCheckin(n: number, painNow: number, extra: Partial<InsightCheckin> = {}): InsightCheckin {
  return { date: day(n), painNow, ...extra };
}

/** A minimal exercise definition. */
export function mkExercise(id: string, extra: Partial<InsightExercise> = {}): InsightExercise {
  return {
    id,
    name: id.replace(/-/g, " "),
    pattern: "squat",
    primaryMuscles: ["quads"],
    beltEligible: false,
    ...extra,
  };
}

/**
 * A log where exercise `x` is done in `withDeltas.length` sessions and other work in `withoutDeltas.length` sessions;
 * each number is the next-morning pain minus the pre-session pain (pre-session pain is 3).
 */
export function deltaLog(
  exerciseId: string,
  withDeltas: number[],
  withoutDeltas: number[],
  painDuring = 1,
): InsightsLog {
  const sessions: InsightSession[] = [];
  const sets: InsightSet[] = [];
  const checkins: InsightCheckin[] = [];
  let n = 0;
  const add = (ex: string, delta: number) => {
    const id = `s${n}`;
    sessions.push(mkSession(id, n * 3, 3));
    sets.push(mkSet(id, ex, painDuring));
    checkins.push(mkCheckin(n * 3 + 1, 3 + delta));
    n++;
  };
  for (const d of withDeltas) add(exerciseId, d);
  for (const d of withoutDeltas) add("other-exercise", d);
  return { sessions, sets, checkins };
}
