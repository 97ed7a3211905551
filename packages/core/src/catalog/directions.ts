/**
 * P9: directions of spinal load the user named as aggravating. A direction excludes every exercise whose demand in
 * it is at or above the threshold (default 2 on the 0-3 scale of C1), in the plan, in S1 alternatives and in S3's
 * mappings. "axial" is the profile's word for the catalog's axial compression score.
 */
import type { LoadProfile } from "../records/exercise.js";
import type { AggravatingEntry } from "../records/profile.js";
import type { Direction } from "../records/vocab.js";

/** P9 *default*: a demand of 2 or more in an aggravating direction excludes the exercise. */
export const DIRECTION_THRESHOLD = 2;

/** The exercise's demand (0-3) in one direction. */
export function directionDemand(load: LoadProfile, direction: Direction): number {
  return load[direction];
}

/** The directions named in an aggravating list. */
export function aggravatingDirections(aggravating: readonly AggravatingEntry[]): Set<Direction> {
  const out = new Set<Direction>();
  for (const a of aggravating) if ("direction" in a) out.add(a.direction);
  return out;
}

/** The first aggravating direction that excludes an exercise with this load, or null when none does. */
export function excludingDirection(
  load: LoadProfile,
  directions: ReadonlySet<Direction>,
  threshold: number = DIRECTION_THRESHOLD,
): Direction | null {
  for (const d of ["flexion", "extension", "rotation", "axial"] as const) {
    if (directions.has(d) && directionDemand(load, d) >= threshold) return d;
  }
  return null;
}
