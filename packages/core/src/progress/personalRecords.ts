/**
 * Personal records of one exercise (issue 16, UX "the exercise page"): the heaviest working set, the best estimated
 * 1RM (O6, Epley with reps in reserve), the most reps in one set, the most reps at each load, and the best volume of
 * one session. Pure and order-driven: the caller passes the exercise's sets in logging order; warm-ups never count.
 */
import { setE1rm } from "../progression/index.js";
import type { LoggedSet } from "../records/session.js";
import type { Unit } from "../records/vocab.js";
import { kgToGrams } from "../units.js";

/** The kinds of record a set can set (API.md: a set answer's `records`). */
export const RECORD_KINDS = ["heaviest", "e1rm", "reps", "volume"] as const;
/** One kind of personal record. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What the records read of a set: the set and the day of its session. */
export type RecordSet = Pick<LoggedSet, "id" | "sessionId" | "loadKg" | "reps" | "rir" | "rpe" | "warmup" | "unit"> & {
  date: string;
};

/** One record: its value (kg, or reps for `reps`), the set that made it and its day. */
export interface PersonalRecord {
  value: number;
  loadKg?: number;
  reps?: number;
  /** The unit the record's set was lifted in, when known (the page shows a pound record in pounds). */
  unit?: Unit;
  date: string;
  setId: string;
}

/** Every record of an exercise; a kind no set qualifies for is absent. */
export interface PersonalRecords {
  heaviest?: PersonalRecord;
  e1rm?: PersonalRecord;
  reps?: PersonalRecord;
  volume?: PersonalRecord;
  /** The most reps done at each load, heaviest load first. */
  repsAtLoad: PersonalRecord[];
}

const counts = (s: RecordSet): boolean => !s.warmup && (s.reps ?? 0) >= 1;
const loadOf = (s: RecordSet): number => (s.loadKg !== null && s.loadKg > 0 ? s.loadKg : 0);
/** Loads compare as stored grams, so 102.058 kg and 225 lb are the same load. */
const gramsOf = (s: RecordSet): number => kgToGrams(loadOf(s));

/** The volume (load x reps) of one set, kg. */
function volumeOf(s: RecordSet): number {
  return counts(s) ? loadOf(s) * (s.reps ?? 0) : 0;
}

/** The records of an exercise from its sets in logging order; the earliest set wins a tie. */
export function personalRecords(sets: readonly RecordSet[]): PersonalRecords {
  const out: PersonalRecords = { repsAtLoad: [] };
  const atLoad = new Map<number, PersonalRecord>();
  const sessionVolume = new Map<string, number>();
  for (const s of sets) {
    if (!counts(s)) continue;
    const load = loadOf(s);
    const reps = s.reps ?? 0;
    const mark = (value: number): PersonalRecord => ({
      value,
      ...(load > 0 ? { loadKg: load } : {}),
      reps,
      ...(s.unit ? { unit: s.unit } : {}),
      date: s.date,
      setId: s.id,
    });
    if (load > 0 && (!out.heaviest || gramsOf(s) > kgToGrams(out.heaviest.value))) out.heaviest = mark(load);
    const est = setE1rm(s);
    if (est !== null && (!out.e1rm || est > out.e1rm.value)) out.e1rm = mark(est);
    if (!out.reps || reps > out.reps.value || (reps === out.reps.value && load > (out.reps.loadKg ?? 0))) {
      out.reps = mark(reps);
    }
    const g = gramsOf(s);
    const prev = atLoad.get(g);
    if (!prev || reps > prev.value) atLoad.set(g, mark(reps));
    if (load > 0) {
      const v = sessionVolume.get(s.sessionId);
      const kg = (v ?? 0) + volumeOf(s);
      sessionVolume.set(s.sessionId, kg);
      if (!out.volume || round3(kg) > out.volume.value) out.volume = { value: round3(kg), date: s.date, setId: s.id };
    }
  }
  out.repsAtLoad = [...atLoad.entries()].sort((a, b) => b[0] - a[0]).map(([, r]) => r);
  return out;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * The records `set` sets against every earlier set of the exercise (`before`, in logging order, this session's
 * earlier sets included). Heaviest and e1RM must beat every earlier set; a reps record is more reps at this load than
 * ever done at this load or any heavier one; a volume record is marked on the set that takes this session's volume
 * past the best of every other session (once per session). Nothing is a record without an earlier working set.
 */
export function recordsSetBy(before: readonly RecordSet[], set: RecordSet): RecordKind[] {
  if (!counts(set)) return [];
  const earlier = before.filter(counts);
  if (earlier.length === 0) return [];
  const out: RecordKind[] = [];
  const g = gramsOf(set);
  if (g > 0 && earlier.every((s) => gramsOf(s) < g)) out.push("heaviest");
  const est = setE1rm(set);
  if (est !== null && earlier.every((s) => (setE1rm(s) ?? 0) < est)) out.push("e1rm");
  const reps = set.reps ?? 0;
  if (earlier.every((s) => gramsOf(s) < g || (s.reps ?? 0) < reps)) out.push("reps");
  if (g > 0) {
    const bySession = new Map<string, number>();
    for (const s of earlier) bySession.set(s.sessionId, (bySession.get(s.sessionId) ?? 0) + volumeOf(s));
    const mineBefore = bySession.get(set.sessionId) ?? 0;
    bySession.delete(set.sessionId);
    const bestOther = Math.max(0, ...bySession.values());
    const mineAfter = mineBefore + volumeOf(set);
    if (bySession.size > 0 && mineBefore <= bestOther + 1e-9 && mineAfter > bestOther + 1e-9) out.push("volume");
  }
  return out;
}

/** One point of the e1RM chart: the best estimate of a day. */
export interface E1rmDay {
  date: string;
  kg: number;
}

/** O6 over time: the best estimated 1RM of each day that has one, oldest first. */
export function e1rmSeries(sets: readonly RecordSet[]): E1rmDay[] {
  const best = new Map<string, number>();
  for (const s of sets) {
    const est = setE1rm(s);
    if (est !== null && est > (best.get(s.date) ?? 0)) best.set(s.date, est);
  }
  return [...best.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([date, kg]) => ({ date, kg }));
}
