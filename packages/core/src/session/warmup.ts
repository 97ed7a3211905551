/**
 * G1: warm-up sets for a loaded lift, ramping to the working load. Light loads get fewer steps, every step is a
 * loadable weight in the user's unit, and warm-ups are never belted (the trunk should brace on its own there).
 */

import type { Exercise } from "../records/exercise.js";
import type { Unit } from "../records/vocab.js";
import { DEFAULT_BAR_KG, loadInUnit, loadStepInUnit, roundLoadKg } from "../units.js";

/** One planned warm-up set. */
export interface WarmupSet {
  loadKg: number;
  reps: number;
  /** Share of the working load this step aims at (0 for the empty bar). */
  pct: number;
  warmup: true;
  belt: false;
}

/** What G1 reads. */
export interface WarmupInput {
  workingLoadKg: number;
  /** Reps of the working sets. */
  reps: number;
  exercise: Pick<Exercise, "equipment" | "increment" | "measure" | "loaded">;
  unit: Unit;
  /** The bar, for barbell lifts (default 20 kg, or 45 lb for a pound user). */
  barKg?: number;
}

/** Ramp steps by how many load steps the working load is above zero: light loads get fewer (our judgement). */
export function warmupPercentages(stepsToWorking: number): number[] {
  if (stepsToWorking < 4) return [];
  if (stepsToWorking <= 8) return [0.6];
  if (stepsToWorking <= 16) return [0.5, 0.75];
  return [0.4, 0.6, 0.8];
}

/** Reps for a ramp step: fewer as the load nears the working load, so the warm-up does not tire you. */
function rampReps(pct: number, workingReps: number): number {
  if (pct === 0) return Math.min(10, Math.max(5, workingReps));
  const cap = pct < 0.55 ? 8 : pct < 0.7 ? 5 : 3;
  return Math.max(1, Math.min(cap, workingReps));
}

/** G1: warm-up sets for a working load (empty for unloaded exercises and light loads). */
export function warmupSets(input: WarmupInput): WarmupSet[] {
  const { exercise, unit } = input;
  const step = loadStepInUnit(exercise, unit);
  if (step === 0 || exercise.loaded === false || exercise.measure === "seconds" || exercise.measure === "distance") {
    return [];
  }
  const working = loadInUnit(input.workingLoadKg, unit);
  if (working <= 0) return [];
  const out: WarmupSet[] = [];
  let floor = 0;
  if (exercise.equipment.includes("barbell")) {
    const barKg = input.barKg ?? DEFAULT_BAR_KG[unit];
    const bar = loadInUnit(barKg, unit);
    if (working <= bar) return [];
    out.push({ loadKg: barKg, reps: rampReps(0, input.reps), pct: 0, warmup: true, belt: false });
    floor = bar;
  }
  for (const pct of warmupPercentages(working / step)) {
    const kg = roundLoadKg(input.workingLoadKg * pct, exercise, unit, "nearest");
    const inUnit = loadInUnit(kg, unit);
    // A step that rounds onto the previous one, or onto the working load, adds fatigue and nothing else.
    if (inUnit <= floor || inUnit >= working) continue;
    out.push({ loadKg: kg, reps: rampReps(pct, input.reps), pct, warmup: true, belt: false });
    floor = inUnit;
  }
  return out;
}
