/**
 * G3: the stop rules, applied to every set as it is logged; the first that matches wins. (1) Sharp or radiating
 * pain stops the exercise for the day; (2) pain above 5 stops it; (3) pain 2 or more above the session's start
 * takes 10-20% off the next set (or calls for a switch); (4) tightness of 3-5 that is not climbing may go on, but
 * the load is not raised next time. A set that arrives after its exercise was stopped is kept and flagged.
 */

import type { Exercise } from "../records/exercise.js";
import { effectiveRir, type LoggedSet } from "../records/session.js";
import type { Unit } from "../records/vocab.js";
import { hasLoadStep, loadInUnit, roundLoadKg } from "../units.js";
import { beltCue } from "./belt.js";

/** What to do after a set (API `guidance.action`). */
export type SetAction = "continue" | "hold" | "reduce" | "stop-exercise";

/** Which rule decided (stable codes for the UI and tests). */
export type StopRule =
  | "already-stopped"
  | "outside-recovery"
  | "sharp-or-radiating"
  | "pain-above-5"
  | "pain-rise-2"
  | "tightness-3-5"
  | "none";

/** The fields of a set the stop rules read. */
export type GuidanceSet = Pick<
  LoggedSet,
  "exerciseId" | "warmup" | "reps" | "loadKg" | "rir" | "rpe" | "pain" | "painKind"
>;

/** The next set of this exercise. */
export interface NextSet {
  loadKg: number | null;
  reps: number | null;
  warmup: boolean;
}

/** What G3 reads for one logged set. */
export interface SetGuidanceInput {
  exercise: Pick<Exercise, "id" | "beltEligible" | "increment">;
  set: GuidanceSet;
  /** Earlier sets of this exercise in this session, oldest first. */
  previousSetsOfExercise: ReadonlyArray<GuidanceSet>;
  sessionPainBefore: number | null;
  /** Exercises a stop rule already ended in this session. */
  stoppedExerciseIds: ReadonlyArray<string>;
  unit: Unit;
  /** The planned next set of this exercise, when the plan has one (default: the same as this set). */
  plannedNext?: NextSet;
  /** The exercise's estimated 1RM, for the belt cue of the next set. */
  e1rmKg?: number | null;
  beltThresholdPct?: number;
  /** Under an R2 lock: true when this exercise is not part of the recovery session. */
  outsideRecovery?: boolean;
}

/** G3's answer for one set (API `guidance`, plus the rule and the flag). */
export interface SetGuidance {
  action: SetAction;
  rule: StopRule;
  message: string;
  next?: NextSet;
  /** G4: the belt for the next set of this exercise. */
  beltCue: boolean;
  /** True when the set came after this exercise was already stopped (or outside an R2 recovery session). */
  flagged: boolean;
}

/** Pain before a session from which the session becomes the recovery session (G3). */
export const RECOVERY_START_PAIN = 6;
/** Share of the load kept after a pain rise: the drop aims at 15%, within the 10-20% of G3. */
export const PAIN_RISE_KEEP = { aim: 0.85, most: 0.9, least: 0.8 } as const;

/** G3: true when a session started at this pain must become the recovery session (6 or more). */
export function isRecoverySessionStart(painBefore: number | null): boolean {
  return painBefore !== null && painBefore >= RECOVERY_START_PAIN;
}

/** G3: the load after a pain rise: 10-20% lighter (aiming at 15%), on a loadable step in the user's unit. */
export function painRiseLoadKg(loadKg: number, exercise: Pick<Exercise, "increment">, unit: Unit): number {
  const most = loadInUnit(loadKg * PAIN_RISE_KEEP.most, unit);
  const least = loadInUnit(loadKg * PAIN_RISE_KEEP.least, unit);
  const aim = roundLoadKg(loadKg * PAIN_RISE_KEEP.aim, exercise, unit, "nearest");
  const aimInUnit = loadInUnit(aim, unit);
  if (aimInUnit <= most && aimInUnit >= least) return aim;
  // Coarse steps may skip the 10-20% band: take the heaviest load that is still at least 10% lighter.
  return roundLoadKg(loadKg * PAIN_RISE_KEEP.most, exercise, unit, "down");
}

const STOP_WORDS = {
  sharp: "Sharp pain is a signal to stop this exercise for today.",
  radiating: "Pain that spreads or tingles is a signal to stop this exercise for today.",
};

/** G3: what to do after a logged set; the first rule that matches wins. */
export function setGuidance(input: SetGuidanceInput): SetGuidance {
  const { set, exercise } = input;
  const stop = (rule: StopRule, message: string, flagged = false): SetGuidance => ({
    action: "stop-exercise",
    rule,
    message,
    beltCue: false,
    flagged,
  });
  if (input.stoppedExerciseIds.includes(exercise.id)) {
    return stop(
      "already-stopped",
      "This exercise was already stopped today. The set is saved and marked, and no more sets of it are planned today.",
      true,
    );
  }
  if (input.outsideRecovery) {
    return stop(
      "outside-recovery",
      "Loaded training is paused until a professional has cleared you. The set is saved and marked; today is for the recovery session.",
      true,
    );
  }
  const pain = set.pain ?? 0;
  if (set.painKind === "sharp" || set.painKind === "radiating") {
    return stop(
      "sharp-or-radiating",
      `${STOP_WORDS[set.painKind]} No more sets of it today; an alternative that spares your back is one tap away.`,
    );
  }
  if (pain > 5) {
    return stop(
      "pain-above-5",
      `Pain of ${pain} is above 5, the top of the acceptable zone. Stop this exercise for today; an alternative is one tap away.`,
    );
  }

  const planned: NextSet = input.plannedNext ?? { loadKg: set.loadKg, reps: set.reps, warmup: false };
  const withBelt = (g: Omit<SetGuidance, "beltCue" | "flagged">): SetGuidance => ({
    ...g,
    flagged: false,
    beltCue: g.next ? nextBeltCue(input, g.next) : false,
  });

  const start = input.sessionPainBefore;
  if (start !== null && set.pain !== null && pain - start >= 2) {
    // The drop is from the load that hurt, or from the plan's next load when that was lighter already.
    const from = noHigher(planned.loadKg, set.loadKg);
    if (from !== null && from > 0 && hasLoadStep(exercise, input.unit)) {
      const lighter = painRiseLoadKg(from, exercise, input.unit);
      if (lighter > 0) {
        return withBelt({
          action: "reduce",
          rule: "pain-rise-2",
          message: `Your pain is ${pain - start} points above where you started today. Take the next set about 15% lighter, or switch to an easier variant.`,
          next: { ...planned, loadKg: lighter },
        });
      }
    }
    return withBelt({
      action: "reduce",
      rule: "pain-rise-2",
      message: `Your pain is ${pain - start} points above where you started today. Do fewer reps with a shorter range on the next set, or switch to an easier variant.`,
      next: { ...planned, reps: planned.reps !== null ? Math.max(1, Math.round(planned.reps * 0.8)) : null },
    });
  }

  if (pain >= 3) {
    const prev = lastPain(input.previousSetsOfExercise);
    const rising = prev !== null && pain > prev;
    // Climbing tightness is not named by G3 (4); holding the load is the careful answer there too.
    return withBelt({
      action: "hold",
      rule: "tightness-3-5",
      message: rising
        ? `Tightness went from ${prev} to ${pain}. You can finish your sets at this load if it stays at 5 or below; the load stays the same next time.`
        : `Tightness at ${pain} and not climbing: you can carry on at this load. The load stays the same next time.`,
      next: { ...planned, loadKg: noHigher(planned.loadKg, set.loadKg) },
    });
  }

  return withBelt({
    action: "continue",
    rule: "none",
    message: "Pain is in the safe zone. Carry on as planned.",
    next: planned,
  });
}

function lastPain(sets: ReadonlyArray<GuidanceSet>): number | null {
  for (let i = sets.length - 1; i >= 0; i--) {
    const p = sets[i]?.pain;
    if (p !== null && p !== undefined) return p;
  }
  return null;
}

function noHigher(planned: number | null, current: number | null): number | null {
  if (planned === null) return current;
  if (current === null) return planned;
  return Math.min(planned, current);
}

function nextBeltCue(input: SetGuidanceInput, next: NextSet): boolean {
  const all = [...input.previousSetsOfExercise, input.set].filter((s) => !s.warmup);
  const heaviest = Math.max(0, ...all.map((s) => s.loadKg ?? 0));
  const rir = effectiveRir(input.set);
  return beltCue({
    exercise: input.exercise,
    loadKg: next.loadKg,
    e1rmKg: input.e1rmKg ?? null,
    // The effort just logged is the best guess for a set at the same load.
    rpe: rir !== null ? 10 - rir : null,
    isTopSet: next.loadKg !== null && next.loadKg >= heaviest,
    warmup: next.warmup,
    ...(input.beltThresholdPct !== undefined ? { thresholdPct: input.beltThresholdPct } : {}),
  });
}
