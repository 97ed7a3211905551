/** Builders for the report tests: full records made small and readable. Not exported from the index. */
import { allExercises } from "../catalog/index.js";
import { type Checkin, normaliseRedFlags } from "../records/checkin.js";
import type { Clearance } from "../records/clearance.js";
import { defaultProfile, type Profile } from "../records/profile.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { RED_FLAG_KEYS } from "../records/vocab.js";
import { addDays } from "../time.js";
import type { ClinicianReportInput } from "./types.js";

/** The day `n` days after 2026-03-02 (a Monday). */
export function rday(n: number): string {
  return addDays("2026-03-02", n);
}

/** A check-in on `date` with pain `painNow`; every red flag answered "no" unless given. */
export function mkReportCheckin(date: string, painNow: number, over: Partial<Checkin> = {}): Checkin {
  return {
    id: `c-${date}`,
    clientId: `c-${date}`,
    date,
    painNow,
    everydayPain: "none",
    regions: [],
    nerve: [],
    redFlags: normaliseRedFlags(Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false]))),
    sleep: null,
    habits: null,
    function: null,
    note: null,
    createdAt: `${date}T07:00:00.000Z`,
    updatedAt: `${date}T07:00:00.000Z`,
    ...over,
  };
}

let setCounter = 0;
/** A working set of an exercise. */
export function mkReportSet(sessionId: string, exerciseId: string, over: Partial<LoggedSet> = {}): LoggedSet {
  setCounter++;
  return {
    id: `set-${setCounter}`,
    clientId: `set-${setCounter}`,
    sessionId,
    exerciseId,
    setIndex: 0,
    warmup: false,
    setType: "normal",
    reps: 8,
    loadKg: 60,
    seconds: null,
    distanceM: null,
    rir: 2,
    rpe: null,
    belt: false,
    pain: 1,
    painKind: "none",
    flagged: false,
    createdAt: "2026-03-02T10:00:00.000Z",
    updatedAt: "2026-03-02T10:00:00.000Z",
    ...over,
  };
}

/** A session on `date` holding the given sets (their session id is rewritten to this session's). */
export function mkReportSession(
  id: string,
  date: string,
  painBefore: number,
  sets: LoggedSet[],
  over: Partial<SessionWithSets> = {},
): SessionWithSets {
  return {
    id,
    clientId: id,
    date,
    startedAt: `${date}T17:00:00.000Z`,
    finishedAt: `${date}T18:00:00.000Z`,
    painBefore,
    painAfter: painBefore,
    note: null,
    title: null,
    recovery: false,
    source: "spotter",
    createdAt: `${date}T17:00:00.000Z`,
    updatedAt: `${date}T18:00:00.000Z`,
    sets: sets.map((s) => ({ ...s, sessionId: id })),
    ...over,
  };
}

/** A clearance recorded at noon UTC on `date`. */
export function mkReportClearance(date: string, by: string, restrictions: string | null = null): Clearance {
  return { id: `cl-${date}`, date, by, restrictions, recordedAt: `${date}T12:00:00.000Z` };
}

/** A report input over [from, to] with the catalog and a default profile, made at noon after `to`. */
export function mkReportInput(
  from: string,
  to: string,
  over: Partial<Omit<ClinicianReportInput, "profile">> & { profile?: Partial<Profile> } = {},
): ClinicianReportInput {
  const { profile, ...rest } = over;
  return {
    from,
    to,
    now: Date.parse(`${addDays(to, 1)}T12:00:00Z`),
    profile: { ...defaultProfile(), ...profile },
    exercises: allExercises(),
    sessions: [],
    checkins: [],
    clearances: [],
    ...rest,
  };
}
