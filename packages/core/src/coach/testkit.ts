/**
 * Test fixtures for the coach's re-test tests: a session of three working sets and a calm check-in. Not part of the
 * package's public entry (see docs/ARCHITECTURE.md: `testkit.ts` files stay out of dist).
 */
import type { Checkin } from "../records/checkin.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { RED_FLAG_KEYS } from "../records/vocabLists.js";

/** A session on `date` with three working sets of 8 reps at `loadKg`, pain 2 during, of the given kind. */
export function threeSetSession(
  id: string,
  date: string,
  exerciseId: string,
  loadKg: number,
  painKind: LoggedSet["painKind"],
): SessionWithSets {
  const sets = [0, 1, 2].map(
    (k) =>
      ({
        id: `${id}-${k}`,
        sessionId: id,
        exerciseId,
        setIndex: k,
        warmup: false,
        setType: "normal",
        reps: 8,
        loadKg,
        rir: 2,
        pain: 2,
        painKind,
        belt: false,
      }) as unknown as LoggedSet,
  );
  return {
    id,
    date,
    startedAt: `${date}T17:00:00.000Z`,
    finishedAt: `${date}T18:00:00.000Z`,
    painBefore: 1,
    painAfter: 1,
    recovery: false,
    sets,
  } as unknown as SessionWithSets;
}

/** A morning check-in on `date` at `painNow`, no red flags, nothing else answered. */
export function morningCheckin(date: string, painNow: number): Checkin {
  return {
    id: `c-${date}`,
    clientId: `cc-${date}`,
    date,
    painNow,
    everydayPain: "none",
    regions: [],
    nerve: [],
    redFlags: Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false])),
    sleep: null,
    habits: null,
    function: null,
    note: null,
    createdAt: `${date}T07:00:00.000Z`,
    updatedAt: `${date}T07:00:00.000Z`,
  } as unknown as Checkin;
}
