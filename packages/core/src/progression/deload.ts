/**
 * O5: a deload week every 5th week (a user setting), or sooner when the 7-day pain average rises 2 or more above
 * the average of the two weeks before it. A deload keeps the exercises and cuts volume by 40% and load by 10%. Volume
 * is counted in hard sets: 40% fewer of them, each about as hard as usual (`deloadRepRange`), so the lighter week
 * still trains what the block built.
 */
import { addDays, inWindow, windowEnding } from "../time.js";
import type { CheckinPain } from "./types.js";

/** Share of sets kept in a deload week (O5: volume -40%). */
export const DELOAD_VOLUME_FACTOR = 0.6;
/** Share of load kept in a deload week (O5: load -10%). */
export const DELOAD_LOAD_FACTOR = 0.9;
/** Rise of the 7-day pain average over the two weeks before that calls a deload (O5). */
export const DELOAD_PAIN_RISE = 2;
/** Check-ins each window needs before its average is trusted (our judgement, as R2 asks for its averages). */
export const DELOAD_MIN_CHECKINS = 4;

/** What O5 reads. */
export interface DeloadInput {
  /** The week of the training block, counting from 1 (week 5, 10, 15 ... are deload weeks by default). */
  weekIndex: number;
  everyWeeks?: number;
  checkins: ReadonlyArray<CheckinPain>;
  /** The user's local day. */
  today: string;
}

/** O5's answer. */
export interface DeloadDecision {
  due: boolean;
  reason: "scheduled" | "pain-rise" | null;
  /** 7-day pain average ending today, and the average of the 14 days before that (null without enough check-ins). */
  recentAverage: number | null;
  previousAverage: number | null;
  volumeFactor: number;
  loadFactor: number;
  why: string;
}

function average(checkins: ReadonlyArray<CheckinPain>, from: string, to: string): number | null {
  const pains = checkins.filter((c) => inWindow(c.date, from, to)).map((c) => c.painNow);
  if (pains.length < DELOAD_MIN_CHECKINS) return null;
  return pains.reduce((a, b) => a + b, 0) / pains.length;
}

/** O5: whether this week is a deload week, and why. */
export function deloadDue(input: DeloadInput): DeloadDecision {
  const every = input.everyWeeks ?? 5;
  const recent = windowEnding(input.today, 7);
  const previous = windowEnding(addDays(recent.from, -1), 14);
  const recentAverage = average(input.checkins, recent.from, recent.to);
  const previousAverage = average(input.checkins, previous.from, previous.to);
  const base = { recentAverage, previousAverage, volumeFactor: DELOAD_VOLUME_FACTOR, loadFactor: DELOAD_LOAD_FACTOR };
  const rise = recentAverage !== null && previousAverage !== null ? recentAverage - previousAverage : null;
  // The tolerance keeps a rise of exactly 2 from failing on floating-point averages.
  if (rise !== null && rise >= DELOAD_PAIN_RISE - 1e-9) {
    return {
      ...base,
      due: true,
      reason: "pain-rise",
      why: `Your pain over the last 7 days averages ${round1(recentAverage)}, up from ${round1(previousAverage)} in the two weeks before. This week is lighter: about 40% fewer sets and 10% less load, so your back can settle.`,
    };
  }
  if (every > 0 && input.weekIndex > 0 && input.weekIndex % every === 0) {
    return {
      ...base,
      due: true,
      reason: "scheduled",
      why: `Week ${input.weekIndex} is a planned lighter week: about 40% fewer sets and 10% less load, so you recover before building again.`,
    };
  }
  return { ...base, due: false, reason: null, why: "No lighter week is due." };
}

/**
 * O5: the rep range of a loaded exercise in a deload week. The 40% cut is taken from the sets, not from how hard each
 * set is: with 10% less load the same reps would leave about 4-6 more in reserve, too easy to count as training, so
 * the top of the range rises by what O6's Epley formula says 10% less load adds at the same reps in reserve
 * (8-12 at 2 to spare becomes 8-16). The bottom stays, so a set may end anywhere in the range as usual.
 */
export function deloadRepRange(range: readonly [number, number], targetRir: number): [number, number] {
  const [lo, hi] = range;
  if (hi <= 1) return [lo, hi];
  // Epley: 1RM = w (1 + (reps + rir) / 30); at 0.9 w the same 1RM and rir leave room for this many reps.
  const top = Math.floor((30 + hi + targetRir) / DELOAD_LOAD_FACTOR - 30 - targetRir + 1e-9);
  return [lo, Math.max(hi, top)];
}

/** O5: the sets of a deload week (40% fewer, at least one). */
export function deloadSets(sets: number): number {
  return Math.max(1, Math.round(sets * DELOAD_VOLUME_FACTOR));
}

function round1(n: number | null): string {
  return n === null ? "-" : (Math.round(n * 10) / 10).toString();
}
