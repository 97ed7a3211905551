/** S2: ways to keep an exercise but make it easier on the back, each where it applies, each in one line. */
import type { Exercise } from "../records/exercise.js";
import type { Equipment } from "../records/vocab.js";
import { SMITH_VERSIONS } from "./guide.js";

/** The kinds of modification, in the order Spotter offers them. */
export const MODIFICATION_KINDS = [
  "raise-back-pad",
  "smith-machine",
  "shorten-range",
  "slow-lowering",
  "lighter-more-reps",
  "belt-top-set",
] as const;
/** One kind of modification. */
export type ModificationKind = (typeof MODIFICATION_KINDS)[number];

/** A modification of the same exercise; `exerciseId` names the exercise to log it as when it changes. */
export interface Modification {
  kind: ModificationKind;
  text: string;
  exerciseId?: string;
}

/** Exercises done with a momentum a slower lowering would break (their lowering is not the point). */
const BALLISTIC: ReadonlySet<string> = new Set([
  "kettlebell-swing",
  "one-arm-kettlebell-swing",
  "kettlebell-snatch",
  "kettlebell-long-cycle",
  "power-clean",
]);

/** Patterns with no lowering phase to slow: holds, carries, recovery work. */
const NO_TEMPO_PATTERNS = new Set([
  "anti-extension",
  "anti-rotation",
  "anti-lateral-flexion",
  "carry",
  "decompression",
  "soft-tissue",
  "mobility",
  "conditioning",
]);

/** Patterns where a shorter range keeps the spine out of its end positions. */
const RANGE_PATTERNS = new Set(["squat", "hinge", "lunge", "hip-extension", "horizontal-pull", "anti-extension"]);

const TEXT: Record<ModificationKind, string> = {
  "raise-back-pad": "Set the back pad more upright so your hips stay flat on the seat at the bottom",
  "smith-machine": "Do it on the Smith machine so the rails take the balance and the bar path stays fixed",
  "shorten-range": "Shorten the range: stop each rep before your lower back rounds or arches",
  "slow-lowering": "Lower slowly, over about three seconds, and pause briefly before lifting",
  "lighter-more-reps": "Use a lighter load for 12-15 reps and stop with at least two reps in reserve",
  "belt-top-set": "Wear the belt for your heaviest set only; warm-ups and lighter sets go without it",
};

/**
 * S2: the modifications that apply to an exercise for a user with this equipment, in a fixed order: raise the
 * back pad (reclined leg press), move to the Smith machine (free-barbell lifts with a Smith version, when the user
 * has one), shorten the range, slow the lowering, lighter load with more reps, belt on the top set only
 * (belt-eligible lifts, when the user has a belt).
 */
export function modificationsFor(exercise: Exercise, equipment: readonly Equipment[]): Modification[] {
  const out: Modification[] = [];
  const reps = (exercise.measure ?? "reps") === "reps";
  const loaded = exercise.loaded ?? (exercise.increment.kg > 0 || exercise.increment.lb > 0);
  if (exercise.id === "leg-press-reclined" && equipment.includes("leg-press")) {
    out.push({ kind: "raise-back-pad", text: TEXT["raise-back-pad"], exerciseId: "leg-press-upright" });
  }
  const smith = SMITH_VERSIONS[exercise.id];
  if (smith !== undefined && equipment.includes("smith-machine")) {
    out.push({ kind: "smith-machine", text: TEXT["smith-machine"], exerciseId: smith });
  }
  if (reps && RANGE_PATTERNS.has(exercise.pattern) && (exercise.load.flexion > 0 || exercise.load.extension > 1)) {
    out.push({ kind: "shorten-range", text: TEXT["shorten-range"] });
  }
  if (reps && !BALLISTIC.has(exercise.id) && !NO_TEMPO_PATTERNS.has(exercise.pattern)) {
    out.push({ kind: "slow-lowering", text: TEXT["slow-lowering"] });
  }
  if (reps && loaded) out.push({ kind: "lighter-more-reps", text: TEXT["lighter-more-reps"] });
  if (exercise.beltEligible && equipment.includes("belt"))
    out.push({ kind: "belt-top-set", text: TEXT["belt-top-set"] });
  return out;
}
