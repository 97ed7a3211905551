/**
 * G3 (revised 2026-12): the stop rules, applied to every set as it is logged; the first that matches wins. (1) Sharp
 * or radiating pain stops the exercise for the day; (2) pain above 5 stops it, and a second exercise above 5 the
 * same day ends loaded work; (3) pain of 3-5 that rose 2 or more since this exercise's first working set takes
 * 10-15% off the next set (or calls for a switch), and a further rise of 2 after that stops the exercise; (4) steady
 * tightness of 3-5 carries on, and the next morning decides what it meant (O2). A set harder than today's effort
 * cap is answered `hold` with the cap. A set after a stop, or a loaded set outside the recovery session (an R2 lock,
 * an R3 day, a session started at pain 6 or more, or after loaded work ended), is kept, flagged and stopped.
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
  | "pain-rise-again"
  | "effort-cap"
  | "tightness-3-5"
  | "none";

/** The fields of a set the stop rules read. */
export type GuidanceSet = Pick<
  LoggedSet,
  "exerciseId" | "warmup" | "reps" | "loadKg" | "rir" | "rpe" | "pain" | "painKind"
> &
  Partial<Pick<LoggedSet, "belt">>;

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
  /** True when this exercise is not part of the recovery session the day calls for. */
  outsideRecovery?: boolean;
  /** Why only the recovery session is open: an R2 lock (default), an R3 day or a session started at pain 6+, or
   * loaded work ended by a second exercise above 5. */
  recoveryBecause?: "lock" | "recovery-day" | "loaded-work-ended";
  /** Exercises stopped today by pain above 5 (a second one ends loaded work for the day). */
  stoppedAbove5Ids?: ReadonlyArray<string>;
  /** Today's effort cap for this exercise in reps in reserve (R4: 2 on grade C-D), when there is one. */
  effortCapRir?: number;
  /** G4: the planned working sets of this exercise today, when known (the cue goes on the last of them). */
  plannedWorkingSets?: number;
  /** G4: more than a third of this exercise's working sets in the last 4 weeks were belted (no cue, a warning). */
  beltShareHigh?: boolean;
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
/** Share of the load kept after a pain rise: 10-15% lighter (G3, revised 2026-12), aiming at 15%. */
export const PAIN_RISE_KEEP = { aim: 0.85, most: 0.9, least: 0.85 } as const;
/** G3: a rise of pain within one exercise that calls for a lighter set, and after it a stop. */
export const PAIN_RISE_WITHIN = 2;

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

const OUTSIDE_RECOVERY_WORDS = {
  lock: "Loaded training is paused until a professional has cleared you. The set is saved and marked; today is for the recovery session.",
  "recovery-day":
    "Today is a recovery day, so loaded work is off. The set is saved and marked; the recovery items below are for today.",
  "loaded-work-ended":
    "Loaded work ended for today after two exercises hurt above 5. The set is saved and marked; the recovery items below are for today.",
} as const;

const STOP_WORDS = {
  sharp: "Sharp pain is a signal to stop this exercise for today.",
  radiating: "Pain that spreads or tingles is a signal to stop this exercise for today.",
};

/** G3 and G4: what to do after a logged set, with G4's notes (a belted warm-up, a high belt share) at the end. */
export function setGuidance(input: SetGuidanceInput): SetGuidance {
  const g = stopRuleGuidance(input);
  const notes: string[] = [];
  if (input.set.warmup && input.set.belt === true) notes.push(BELTED_WARMUP_NOTE);
  if (input.beltShareHigh && input.exercise.beltEligible) notes.push(BELT_SHARE_NOTE);
  return notes.length > 0 ? { ...g, message: [g.message, ...notes].join(" ") } : g;
}

/** G3: what to do after a logged set; the first rule that matches wins. */
function stopRuleGuidance(input: SetGuidanceInput): SetGuidance {
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
    return stop("outside-recovery", OUTSIDE_RECOVERY_WORDS[input.recoveryBecause ?? "lock"], true);
  }
  const pain = set.pain ?? 0;
  if (set.painKind === "sharp" || set.painKind === "radiating") {
    return stop(
      "sharp-or-radiating",
      `${STOP_WORDS[set.painKind]} No more sets of it today; an alternative that spares your back is one tap away.`,
    );
  }
  if (pain > 5) {
    const second = (input.stoppedAbove5Ids ?? []).some((id) => id !== exercise.id);
    return stop(
      "pain-above-5",
      second
        ? `Pain of ${pain} is above 5 for a second exercise today, so loaded work ends here. The set is saved; the recovery items below are what is left for today.`
        : `Pain of ${pain} is above 5, the top of the acceptable zone. Stop this exercise for today; an alternative is one tap away.`,
    );
  }

  const planned: NextSet = input.plannedNext ?? { loadKg: set.loadKg, reps: set.reps, warmup: false };
  const withBelt = (g: Omit<SetGuidance, "beltCue" | "flagged">): SetGuidance => ({
    ...g,
    flagged: false,
    beltCue: g.next ? nextBeltCue(input, g.next) : false,
  });

  // G3 (3): the rise counts from this exercise's first working set today, and only pain of 3-5 is judged by it.
  const working = [...input.previousSetsOfExercise.filter((x) => !x.warmup && x.pain !== null)];
  const first = working[0]?.pain ?? null;
  const triggerAt = first === null ? -1 : working.findIndex((x) => (x.pain ?? 0) - first >= PAIN_RISE_WITHIN);
  const triggerPain = triggerAt >= 0 ? (working[triggerAt]?.pain ?? null) : null;
  if (!set.warmup && set.pain !== null && triggerPain !== null && pain - triggerPain >= PAIN_RISE_WITHIN) {
    return stop(
      "pain-rise-again",
      `Pain rose again after the lighter set, to ${pain}. Stop this exercise for today; an alternative is one tap away.`,
    );
  }
  if (!set.warmup && set.pain !== null && pain >= 3 && first !== null && pain - first >= PAIN_RISE_WITHIN) {
    const from = noHigher(planned.loadKg, set.loadKg);
    if (from !== null && from > 0 && hasLoadStep(exercise, input.unit)) {
      const lighter = painRiseLoadKg(from, exercise, input.unit);
      if (lighter > 0) {
        return withBelt({
          action: "reduce",
          rule: "pain-rise-2",
          message: `Your pain rose ${pain - first} points since your first set of this exercise. Take the next set 10-15% lighter, or switch to an easier variant.`,
          next: { ...planned, loadKg: lighter },
        });
      }
    }
    return withBelt({
      action: "reduce",
      rule: "pain-rise-2",
      message: `Your pain rose ${pain - first} points since your first set of this exercise. Do fewer reps with a shorter range on the next set, or switch to an easier variant.`,
      next: { ...planned, reps: planned.reps !== null ? Math.max(1, Math.round(planned.reps * 0.8)) : null },
    });
  }

  // An effort cap (R4 on grade C-D work, X5) is answered with the cap, never with "carry on".
  const rir = effectiveRir(set);
  if (!set.warmup && input.effortCapRir !== undefined && rir !== null && rir < input.effortCapRir) {
    return withBelt({
      action: "hold",
      rule: "effort-cap",
      message: `That set went closer to failure than today's cap. Keep at least ${input.effortCapRir} reps in reserve on this exercise today.`,
      next: { ...planned, loadKg: noHigher(planned.loadKg, set.loadKg) },
    });
  }

  // G3 (4): steady tightness (pain of 1 or more logged as "none" counts too) carries on; the next morning decides.
  if (pain >= 3) {
    return withBelt({
      action: "continue",
      rule: "tightness-3-5",
      message: `Tightness at ${pain} and steady: you can carry on at this load. Tomorrow morning's check-in tells Spotter what it meant.`,
      next: planned,
    });
  }

  return withBelt({
    action: "continue",
    rule: "none",
    message: "Pain is in the safe zone. Carry on as planned.",
    next: planned,
  });
}

function noHigher(planned: number | null, current: number | null): number | null {
  if (planned === null) return current;
  if (current === null) return planned;
  return Math.min(planned, current);
}

/** G4: the one-line note a belted warm-up gets at that set. */
export const BELTED_WARMUP_NOTE = "Warm-ups go without the belt, so your trunk muscles do the bracing themselves.";
/** G4: the warning when more than a third of an exercise's working sets were belted. */
export const BELT_SHARE_NOTE =
  "More than a third of your working sets on this lift were belted in the last 4 weeks; keep the belt for the top set.";

/**
 * G4 (revised 2026-12): at most one cued set per exercise per session, the top set or the last of straight sets,
 * and only while cued sets stay at or under a third of the exercise's working sets (none with 1-2 working sets),
 * never past the share warning.
 */
function nextBeltCue(input: SetGuidanceInput, next: NextSet): boolean {
  if (input.beltShareHigh || next.warmup) return false;
  const all = [...input.previousSetsOfExercise, input.set].filter((s) => !s.warmup);
  if (all.some((s) => "belt" in s && s.belt === true)) return false;
  const done = all.length;
  const planned = input.plannedWorkingSets;
  if (planned !== undefined) {
    if (planned < 3 || done + 1 !== planned) return false;
  } else if (done < 2) {
    return false;
  }
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
