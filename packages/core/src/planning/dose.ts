/**
 * Doses per role: rep ranges by goal, hold times, rests and target effort. The numbers follow common practice
 * (ACSM 2009 progression model ranges) and our own judgement for a back-pain population; see PLANNING.md.
 */
import type { Exercise } from "../records/exercise.js";
import type { Goal } from "../records/vocab.js";
import { PLAN_TIMING } from "./timing.js";
import type { PlanItem } from "./types.js";

/** The role an item plays in a session. */
export type PlanRole = "main" | "accessory" | "glute" | "core" | "back-care" | "alignment" | "cooldown" | "recovery";

/** Rep ranges of main lifts by goal. */
export const MAIN_REPS: Record<Goal, [number, number]> = {
  strength: [5, 8],
  hypertrophy: [8, 12],
  general: [10, 15],
};

/** Rep ranges of accessories and glute work by goal. */
export const ACCESSORY_REPS: Record<Goal, [number, number]> = {
  strength: [8, 12],
  hypertrophy: [10, 15],
  general: [10, 15],
};

/** Sets an item may hold in one session, by role (more adds fatigue faster than it adds stimulus). */
export const MAX_SETS: Record<PlanRole, number> = {
  main: 5,
  accessory: 4,
  glute: 4,
  core: 4,
  "back-care": 2,
  alignment: 3,
  cooldown: 2,
  recovery: 3,
};

/** Gentle work sits far from failure. */
export const EASY_RIR = 5;

/** Seconds per set of a hold or timed item, by role. */
const HOLD_SECONDS: Record<PlanRole, number> = {
  main: 30,
  accessory: 30,
  glute: 30,
  core: 30,
  "back-care": 20,
  alignment: 45,
  cooldown: 45,
  recovery: 45,
};

/** A plan item for an exercise in a role: sets, reps or seconds, rest and target effort. */
export function planItemFor(
  ex: Exercise,
  role: PlanRole,
  opts: { goal: Goal; targetRir: number; sets: number; seconds?: number; why?: string },
): PlanItem {
  const measure = ex.measure ?? "reps";
  const easy = role === "alignment" || role === "cooldown" || role === "recovery";
  const reps: [number, number] =
    measure !== "reps"
      ? [1, 1]
      : role === "main"
        ? [...MAIN_REPS[opts.goal]]
        : role === "core"
          ? [6, 10]
          : role === "back-care"
            ? [6, 8]
            : easy
              ? [6, 10]
              : [...ACCESSORY_REPS[opts.goal]];
  const rest = easy
    ? PLAN_TIMING.easyRestSeconds
    : role === "main"
      ? PLAN_TIMING.mainRestSeconds[opts.goal]
      : role === "accessory"
        ? PLAN_TIMING.accessoryRestSeconds
        : PLAN_TIMING.gluteCoreRestSeconds;
  const targetRir = easy
    ? EASY_RIR
    : role === "back-care"
      ? Math.max(opts.targetRir, 3)
      : role === "core"
        ? Math.max(opts.targetRir, 2)
        : opts.targetRir;
  const item: PlanItem = { exerciseId: ex.id, sets: opts.sets, reps, targetRir, restSeconds: rest };
  if (measure !== "reps") item.seconds = opts.seconds ?? (measure === "distance" ? 60 : HOLD_SECONDS[role]);
  if (opts.why) item.why = opts.why;
  return item;
}
