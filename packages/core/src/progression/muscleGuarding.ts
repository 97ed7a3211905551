/**
 * M1: possible muscle guarding. When an exercise's performance falls 10% or more below its recent best while the
 * back hurts at 3 or more during it, the body may be protecting itself: keep the load, put weight on the alignment
 * block, and offer the single-limb variant (the caller finds it). Red responses outrank this (O3).
 */
import { daysBetween } from "../time.js";
import { bestE1rm } from "./e1rm.js";
import type { ProgressionSet, SessionLog } from "./types.js";

/** The drop below the recent best that flags guarding (M1). */
export const GUARDING_DROP = 0.1;
/** Pain during the exercise from which a drop counts as guarding (M1). */
export const GUARDING_MIN_PAIN = 3;
/** How far back "recent best" looks, in days before the latest session (our judgement: about six weeks). */
export const GUARDING_WINDOW_DAYS = 42;

/** What M1 reads. */
export interface MuscleGuardingInput {
  exerciseId: string;
  /** Sessions holding sets of the exercise (others are ignored); the latest one is judged against the rest. */
  history: ReadonlyArray<SessionLog>;
  windowDays?: number;
}

/** M1's finding. */
export interface MuscleGuardingResult {
  flagged: boolean;
  /** How performance was compared: estimated 1RM, or reps at the same load when no estimate exists. */
  measure: "e1rm" | "reps" | null;
  latest: number | null;
  recentBest: number | null;
  /** Fraction below the recent best (0.12 = 12% lower), or null when there was nothing to compare. */
  drop: number | null;
  maxPain: number | null;
  why: string;
}

const working = (sets: ReadonlyArray<ProgressionSet>, id: string) =>
  sets.filter((s) => s.exerciseId === id && !s.warmup && s.setType !== "drop");

const sameLoad = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) < 0.0005;

/** M1: flags possible muscle guarding on the latest session of one exercise. */
export function muscleGuarding(input: MuscleGuardingInput): MuscleGuardingResult {
  const windowDays = input.windowDays ?? GUARDING_WINDOW_DAYS;
  const own = input.history
    .filter((s) => working(s.sets, input.exerciseId).length > 0)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const latest = own[own.length - 1];
  const none: MuscleGuardingResult = {
    flagged: false,
    measure: null,
    latest: null,
    recentBest: null,
    drop: null,
    maxPain: null,
    why: "There is not enough history on this exercise to compare.",
  };
  if (!latest) return none;
  const latestSets = working(latest.sets, input.exerciseId);
  const pains = latest.sets.filter((s) => s.exerciseId === input.exerciseId && s.pain !== null).map((s) => s.pain ?? 0);
  const maxPain = pains.length > 0 ? Math.max(...pains) : null;
  const earlier = own
    .slice(0, -1)
    .filter((s) => daysBetween(s.date, latest.date) <= windowDays && daysBetween(s.date, latest.date) >= 0);
  if (earlier.length === 0) return { ...none, maxPain };

  let measure: "e1rm" | "reps" | null = null;
  let now: number | null = null;
  let best: number | null = null;
  const latestE1 = bestE1rm(latestSets);
  const earlierE1 = bestE1rm(earlier.flatMap((s) => working(s.sets, input.exerciseId)));
  if (latestE1 !== null && earlierE1 !== null) {
    measure = "e1rm";
    now = latestE1;
    best = earlierE1;
  } else {
    // High-rep work gives no estimate: compare the most reps done at the latest top load.
    const top = Math.max(...latestSets.map((s) => s.loadKg ?? 0));
    const repsAt = (sets: ReadonlyArray<ProgressionSet>) =>
      sets.filter((s) => sameLoad(s.loadKg ?? 0, top) && s.reps !== null).map((s) => s.reps ?? 0);
    const nowReps = repsAt(latestSets);
    const earlierReps = repsAt(earlier.flatMap((s) => working(s.sets, input.exerciseId)));
    if (nowReps.length > 0 && earlierReps.length > 0) {
      measure = "reps";
      now = Math.max(...nowReps);
      best = Math.max(...earlierReps);
    }
  }
  if (measure === null || now === null || best === null || best <= 0) return { ...none, maxPain };
  const drop = Math.max(0, 1 - now / best);
  // Estimates are kept to the gram, so 90 against 100 can read 9.9997%: a small tolerance keeps it flagged.
  const dropped = drop >= GUARDING_DROP - 1e-4;
  const painful = maxPain !== null && maxPain >= GUARDING_MIN_PAIN;
  const flagged = dropped && painful;
  const pct = Math.round(drop * 100);
  const what = measure === "e1rm" ? "estimated 1RM" : "reps at this load";
  const why = flagged
    ? `Your ${what} is ${pct}% below your recent best while your back hurt at ${maxPain} during it. This can be the body guarding the back. Keep the load, take your time over the alignment block, and try the single-limb version for the same muscles.`
    : dropped
      ? `Your ${what} is ${pct}% below your recent best, without pain of 3 or more; a lighter day happens.`
      : `Your ${what} is within 10% of your recent best.`;
  return { flagged, measure, latest: now, recentBest: best, drop, maxPain, why };
}
