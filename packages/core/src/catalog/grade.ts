/**
 * C2: the one formula from a spinal-load profile to a grade A-D. Documented with its sources in
 * docs/evidence/spine-load.md; the weights and cut-offs are our own judgement, anchored on published loads.
 */
import type { LoadProfile } from "../records/exercise.js";
import type { Grade, Support } from "../records/vocab.js";

/**
 * Weight of each demand score. Compression and shear weigh most because they are what the lab studies measure
 * against the NIOSH 3,400 N limit; rotation weighs least because our catalog scores it coarsely.
 */
export const SPINE_DEMAND_WEIGHTS = {
  axial: 1.5,
  shear: 1.5,
  flexion: 1,
  extension: 1,
  rotation: 0.75,
} as const;

/** Credit subtracted for support: a pad or bench carries the trunk, a guided path removes balance demand. */
export const SUPPORT_CREDIT: Record<Support, number> = {
  free: 0,
  braced: 1,
  guided: 1.5,
  supported: 2,
};

/** Lower bounds of grades B, C and D on the spine-load score (A is everything below B). */
export const GRADE_CUTOFFS = { B: 4, C: 7, D: 10 } as const;

/** The spine-load score: weighted demand minus support credit, never below 0 (0 to 17.25). */
export function spineLoadScore(load: LoadProfile): number {
  const w = SPINE_DEMAND_WEIGHTS;
  const demand =
    w.axial * load.axial +
    w.shear * load.shear +
    w.flexion * load.flexion +
    w.extension * load.extension +
    w.rotation * load.rotation;
  return Math.max(0, demand - SUPPORT_CREDIT[load.support]);
}

/** C2: the spine-load grade of a load profile, A (spine-sparing) to D (high demand). */
export function gradeOf(load: LoadProfile): Grade {
  const s = spineLoadScore(load);
  if (s >= GRADE_CUTOFFS.D) return "D";
  if (s >= GRADE_CUTOFFS.C) return "C";
  if (s >= GRADE_CUTOFFS.B) return "B";
  return "A";
}

/** Position of a grade, A = 0 .. D = 3, for comparisons ("never a worse grade"). */
export function gradeRank(g: Grade): number {
  return g === "A" ? 0 : g === "B" ? 1 : g === "C" ? 2 : 3;
}
