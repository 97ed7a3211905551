/**
 * O1 (revised 2026-12) for items without a load to progress: holds, hangs and rolling have targets in seconds,
 * walks and carries in metres. Holds progress by 5 seconds, walks by distance, loaded carries by distance up to a
 * top and then by one load step (back at the start distance). Alignment, cool-down and recovery items keep a fixed
 * dose. None of them is ever told to "pick a load".
 */
import type { ProgressionSet } from "./types.js";

/** O1: seconds a hold gains after a session where every set reached its target (*default*). */
export const HOLD_PROGRESSION_SECONDS = 5;
/** O1: metres a walk or carry gains after such a session (our judgement). */
export const DISTANCE_STEP_METRES = 10;
/** O1: the distance at which a loaded carry takes a load step instead (our judgement). */
export const CARRY_TOP_METRES = 60;

/** The next dose of a timed or distance item. */
export interface TimedTarget {
  /** "increase" when the dose (or the carry's load) goes up, "hold" otherwise. */
  decision: "increase" | "hold";
  seconds?: number;
  metres?: number;
  /** True when a loaded carry reached the top distance: one load step, back at the start distance. */
  loadStep?: boolean;
  why: string;
}

/** What the timed rules read. */
export interface TimedInput {
  measure: "seconds" | "distance";
  /** The last session's working sets of the item. */
  lastSets: ReadonlyArray<Pick<ProgressionSet, "seconds"> & { distanceM?: number | null }>;
  /** The plan's dose per set (seconds or metres), when known. */
  planned?: number;
  /** True when the response allows progress (calm or tight green, not rising). */
  mayProgress: boolean;
  /** True for a carry that holds external load. */
  loaded: boolean;
}

/** O1: the next seconds or metres of a timed or distance item. */
export function timedTarget(input: TimedInput): TimedTarget {
  const seconds = input.measure === "seconds";
  const done = input.lastSets
    .map((s) => (seconds ? s.seconds : (s.distanceM ?? null)))
    .filter((x): x is number => x !== null && x > 0);
  const target = input.planned ?? (done.length > 0 ? Math.min(...done) : undefined);
  const key = seconds ? "seconds" : "metres";
  const word = seconds ? "seconds" : "metres";
  if (target === undefined) {
    return {
      decision: "hold",
      why: `Go at an easy pace and note the ${word} of each set; keep pain during it at 0-2.`,
    };
  }
  const reached = done.length > 0 && done.every((x) => x >= target);
  if (!reached || !input.mayProgress) {
    return {
      decision: "hold",
      [key]: target,
      why: reached
        ? `Stay at ${target} ${word} a set until your back has settled.`
        : `Stay at ${target} ${word} a set until every set reaches it with pain at 0-2.`,
    };
  }
  if (seconds) {
    const next = target + HOLD_PROGRESSION_SECONDS;
    return {
      decision: "increase",
      seconds: next,
      why: `Every set reached ${target} seconds calmly: hold for ${next}.`,
    };
  }
  const next = target + DISTANCE_STEP_METRES;
  if (input.loaded && next > CARRY_TOP_METRES) {
    return {
      decision: "increase",
      metres: input.planned ?? target,
      loadStep: true,
      why: `Every carry reached ${target} metres calmly: take one load step and start again at the planned distance.`,
    };
  }
  return { decision: "increase", metres: next, why: `Every set reached ${target} metres calmly: go ${next} metres.` };
}
