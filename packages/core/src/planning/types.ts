/**
 * Shapes of the weekly plan (API.md POST /plans) and of today's session (GET /today). The plan days and today's
 * session hold the same blocks, so the web app renders both with one component.
 */

import { PLAN_BLOCK_KINDS } from "../records/plan.js";
import type { Weekday } from "../records/vocab.js";

// The block kinds live with the stored plan's validator (records/plan.ts), the bottom layer both use.
export { PLAN_BLOCK_KINDS };

/** One kind of block. */
export type PlanBlockKind = (typeof PLAN_BLOCK_KINDS)[number];

/** A proposed (not applied) change of exercise: M1's single-limb variant, or P6's step up the ladder. */
export interface PlanItemProposal {
  exerciseId: string;
  why: string;
  /** P6: "step-up" for a step up the ladder (accept with the swap route, decline by swapping it for itself). */
  kind?: "step-up";
}

/** One exercise of a block with its target: sets x reps (or seconds) at an effort, and the rest between sets. */
export interface PlanItem {
  exerciseId: string;
  sets: number;
  /** Rep range [lo, hi]; [1, 1] for holds and walks, which use `seconds`. */
  reps: [number, number];
  /** Seconds per set, for holds, hangs, rolling and walks. */
  seconds?: number;
  loadKg?: number;
  targetRir: number;
  restSeconds: number;
  /** G4: the 1-based index of the one working set the belt is for (absent when none). */
  beltCue?: number;
  /** One plain line on why this exercise is here. */
  why?: string;
  /** An offered alternative the user may take (M1, P6), never applied silently. */
  proposal?: PlanItemProposal;
  /** P6: step-ups the user declined for this item in this block (they are not proposed again until the next). */
  declinedStepUps?: string[];
  /** P6: this item is a step up the ladder from that exercise (its first session starts easy). */
  stepUpFrom?: string;
  /** T5: a suspect moved here for its test from the plan's day on this weekday; it goes back once decided. */
  testMovedFrom?: Weekday;
}

/** A block of a session. `notes` carry guidance that is not an exercise (heat or cold, walking pace). */
export interface PlanBlock {
  kind: PlanBlockKind;
  items: PlanItem[];
  notes?: string[];
}

/** One training day of the week. */
export interface PlanDay {
  /** Position in the week, 0-based. */
  index: number;
  weekday: Weekday;
  title: string;
  /** Planned length in whole minutes, counted as sets x (work + rest) over every block. */
  minutes: number;
  blocks: PlanBlock[];
}

/** The weekly plan as POST /plans answers it (the caller adds the id). */
export interface WeeklyPlan {
  days: PlanDay[];
  /** Where the plan falls short of the goal's weekly sets, in plain words. */
  shortfalls: string[];
  /** The main choices behind the plan, in plain words. */
  reasons: string[];
  /** P6: the user's pins, each planned or held back by a higher rule (absent on plans made before pins). */
  pins?: PlanPinState[];
  /** T6: exercises brought back into this block after two re-test passes (never brought back twice). */
  returned?: string[];
}

/** P6: one pin's state (see pins.ts). */
export interface PlanPinState {
  exerciseId: string;
  state: "planned" | "held-back" | "no-room";
  heldBackBy?: string;
  text: string;
}

/** T2 status of an exercise, as insights computes it (planning takes it as an input). */
export type PlanExerciseStatus = "trigger" | "suspected" | "tolerated" | "unknown";

/** Looks up the T2 status of an exercise by id. */
export type PlanStatusOf = (exerciseId: string) => PlanExerciseStatus;
