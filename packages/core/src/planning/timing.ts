/**
 * P1 time budget: a session lasts sets x (work + rest) summed over every block, alignment and cooldown included.
 * The per-set work times are our own judgement (documented in docs/evidence/planning.md): a controlled tempo of about 3 s a rep
 * plus 10 s to set up, and single-limb work counted twice because each side does its own reps.
 */
import type { Exercise } from "../records/exercise.js";
import type { Goal } from "../records/vocab.js";
import type { PlanBlock, PlanItem } from "./types.js";

/** The time assumptions of the plan, in seconds. */
export const PLAN_TIMING = {
  /** One rep at a controlled tempo (about 2 s lowering, 1 s lifting). */
  secondsPerRep: 3,
  /** Getting into position, unracking, setting the pin. */
  setupSeconds: 10,
  /** Rest after a set of a main lift, by goal (heavier work needs longer). */
  mainRestSeconds: { strength: 150, hypertrophy: 120, general: 90 } as Record<Goal, number>,
  /** Rest after an isolation or machine accessory set in the main block. */
  accessoryRestSeconds: 75,
  /** Rest after a glute or core set. */
  gluteCoreRestSeconds: 60,
  /** Changeover after an alignment, cooldown or recovery item. */
  easyRestSeconds: 15,
} as const;

/** Seconds one set of an item takes before its rest (work only). */
export function planSetWorkSeconds(item: Pick<PlanItem, "reps" | "seconds">, exercise?: Exercise): number {
  const sides = exercise?.laterality === "unilateral" ? 2 : 1;
  const measure = exercise?.measure ?? (item.seconds !== undefined ? "seconds" : "reps");
  if (measure === "distance") return (item.seconds ?? 60) + PLAN_TIMING.setupSeconds;
  if (measure === "seconds" || item.seconds !== undefined) {
    return sides * (item.seconds ?? 30) + PLAN_TIMING.setupSeconds;
  }
  return sides * item.reps[1] * PLAN_TIMING.secondsPerRep + PLAN_TIMING.setupSeconds;
}

/** Seconds an item takes in all: sets x (work + rest). */
export function planItemSeconds(item: PlanItem, exercise?: Exercise): number {
  return item.sets * (planSetWorkSeconds(item, exercise) + item.restSeconds);
}

/** Seconds a list of blocks takes, looking exercises up by id for their measure and laterality. */
export function planBlocksSeconds(blocks: readonly PlanBlock[], byId: ReadonlyMap<string, Exercise>): number {
  let total = 0;
  for (const b of blocks) for (const it of b.items) total += planItemSeconds(it, byId.get(it.exerciseId));
  return total;
}

/** Whole minutes of a list of blocks (rounded up, so a plan never claims less than it takes). */
export function planBlocksMinutes(blocks: readonly PlanBlock[], byId: ReadonlyMap<string, Exercise>): number {
  return Math.ceil(planBlocksSeconds(blocks, byId) / 60);
}
