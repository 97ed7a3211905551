/**
 * G4: the belt cue and belt share. The belt is kept for the heaviest work on lifts where bracing is hardest, so the
 * trunk still does its own work on warm-ups and moderate sets; Spotter warns when the belt creeps onto most sets.
 */
import type { Exercise } from "../records/exercise.js";
import type { LoggedSet } from "../records/session.js";
import { inWindow, windowEnding } from "../time.js";

/** Default belt threshold, percent of estimated 1RM (G4, a user setting). */
export const BELT_THRESHOLD_PCT = 85;
/** RPE from which the day's top set gets the belt (G4). */
export const BELT_TOP_SET_RPE = 8;
/** Days that belt share looks back over (G4: 4 weeks). */
export const BELT_SHARE_DAYS = 28;
/** Share of belted working sets above which Spotter warns (G4: more than a third). */
export const BELT_SHARE_WARN = 1 / 3;

/** What the belt cue reads for one set. */
export interface BeltCueInput {
  exercise: Pick<Exercise, "beltEligible">;
  loadKg: number | null;
  /** The exercise's current estimated 1RM in kg, or null when unknown. */
  e1rmKg: number | null;
  /** The set's RPE (planned or logged), or null. */
  rpe: number | null;
  /** True for the day's heaviest working set of the exercise. */
  isTopSet: boolean;
  warmup: boolean;
  thresholdPct?: number;
}

/** G4: true when the belt is suggested for this set. */
export function beltCue(input: BeltCueInput): boolean {
  if (!input.exercise.beltEligible || input.warmup) return false;
  if (input.loadKg === null || input.loadKg <= 0) return false;
  const threshold = input.thresholdPct ?? BELT_THRESHOLD_PCT;
  // The tolerance keeps exactly 85% on the belted side despite floating-point division.
  if (input.e1rmKg !== null && input.e1rmKg > 0 && (input.loadKg / input.e1rmKg) * 100 >= threshold - 1e-9) {
    return true;
  }
  return input.isTopSet && input.rpe !== null && input.rpe >= BELT_TOP_SET_RPE;
}

/** A set with the local day of its session. */
export type DatedSet = Pick<LoggedSet, "exerciseId" | "warmup" | "belt"> & { date: string };

/** Belt use over a window. */
export interface BeltShare {
  from: string;
  to: string;
  /** Working sets on belt-eligible lifts in the window. */
  total: number;
  belted: number;
  /** belted / total (0 when there were none). */
  share: number;
  /** True when more than a third were belted. */
  warn: boolean;
  message: string;
}

/** The sets of some sessions, each with its session's day (input for `beltShare`). */
export function datedSets(
  sessions: ReadonlyArray<{ date: string; sets: ReadonlyArray<Pick<LoggedSet, "exerciseId" | "warmup" | "belt">> }>,
): DatedSet[] {
  return sessions.flatMap((s) =>
    s.sets.map((x) => ({ exerciseId: x.exerciseId, warmup: x.warmup, belt: x.belt, date: s.date })),
  );
}

/** The 4-week window ending on `today` that belt share reads by default. */
export function beltShareWindow(today: string): { from: string; to: string } {
  return windowEnding(today, BELT_SHARE_DAYS);
}

/** G4: belt share of working sets on belt-eligible lifts in a window, with a warning above a third. */
export function beltShare(
  sets: ReadonlyArray<DatedSet>,
  exercisesById:
    | ReadonlyMap<string, Pick<Exercise, "beltEligible">>
    | Readonly<Record<string, Pick<Exercise, "beltEligible">>>,
  window: { from: string; to: string },
): BeltShare {
  const lookup = (id: string) =>
    exercisesById instanceof Map
      ? exercisesById.get(id)
      : (exercisesById as Record<string, Pick<Exercise, "beltEligible">>)[id];
  let total = 0;
  let belted = 0;
  for (const s of sets) {
    if (s.warmup || !inWindow(s.date, window.from, window.to)) continue;
    if (!lookup(s.exerciseId)?.beltEligible) continue;
    total++;
    if (s.belt) belted++;
  }
  const share = total > 0 ? belted / total : 0;
  const warn = share > BELT_SHARE_WARN + 1e-9;
  const pct = Math.round(share * 100);
  const message =
    total === 0
      ? "No working sets on belt-friendly lifts in the last 4 weeks."
      : warn
        ? `You wore the belt on ${belted} of ${total} working sets (${pct}%) in the last 4 weeks. Keep it for your heaviest sets so your trunk muscles keep doing their share.`
        : `You wore the belt on ${belted} of ${total} working sets (${pct}%) in the last 4 weeks.`;
  return { from: window.from, to: window.to, total, belted, share, warn, message };
}
