// The simulated lifters: who they are (visible profile) and what the coach cannot see (sensitivities, pain course,
// strength). Every number here is an assumption stated in README.md.
import { stream } from "./streams.mjs";

/** The directions of spinal load a lifter can be sensitive to, matching the catalog's load profile fields. */
export const DIRECTIONS = ["flexion", "extension", "axial", "rotation", "shear"];
/** Directions a user can name at onboarding (SPEC §1); shear is not one of them. */
export const DECLARABLE = ["flexion", "extension", "axial", "rotation"];
/** How many sensitive directions a lifter has, with its share of the cohort. */
export const SENSITIVITY_MIX = [
  [0, 0.2],
  [1, 0.4],
  [2, 0.3],
  [3, 0.1],
];
/** Relative frequency of each direction among sensitivities. */
const DIRECTION_WEIGHTS = { flexion: 0.3, extension: 0.25, axial: 0.2, rotation: 0.1, shear: 0.15 };
/** Share of lifters with a declarable sensitivity who name one direction at onboarding. */
export const DECLARE_SHARE = 0.4;

/** Reference capacity (kg of a barbell-equivalent 1RM) of each muscle group for an average untrained adult. */
export const REFERENCE_CAPACITY = {
  quads: 100,
  glutes: 110,
  hamstrings: 90,
  adductors: 80,
  calves: 90,
  chest: 70,
  lats: 75,
  "upper-back": 75,
  "lower-back": 100,
  shoulders: 45,
  biceps: 35,
  triceps: 40,
  abs: 40,
  obliques: 40,
  forearms: 40,
  "hip-flexors": 40,
  neck: 20,
};

/** The fixed list of major muscle groups strength is measured over, the same for every coach. */
export const MAJOR_MUSCLES = ["quads", "glutes", "hamstrings", "chest", "lats", "upper-back", "shoulders"];

function weightedPick(rng, entries) {
  let r = rng.next() * entries.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of entries) {
    r -= w;
    if (r <= 0) return v;
  }
  return entries.at(-1)[0];
}

/** Lifter `index` of the cohort made from `seed`: the same lifter for every coach. */
export function makeLifter(seed, index) {
  const rng = stream(seed, "lifter", index);
  const count = weightedPick(rng, SENSITIVITY_MIX);
  const sensitivities = [];
  const left = { ...DIRECTION_WEIGHTS };
  for (let i = 0; i < count; i++) {
    const direction = weightedPick(rng, Object.entries(left));
    delete left[direction];
    // Threshold in effective demand units (catalog score x support x intensity); slope in pain points per unit.
    sensitivities.push({ direction, threshold: rng.uniform(0.3, 2.0), slope: rng.uniform(1.0, 3.5) });
  }
  // The strongest declarable sensitivity is the one a lifter would know about and name.
  const declarable = sensitivities
    .filter((s) => DECLARABLE.includes(s.direction))
    .sort((a, b) => b.slope / b.threshold - a.slope / a.threshold);
  const declared = declarable.length > 0 && rng.chance(DECLARE_SHARE) ? declarable[0].direction : null;
  const experience = rng.chance(0.6) ? "beginner" : "intermediate";
  const strength = rng.uniform(0.7, 1.3) * (experience === "intermediate" ? 1.25 : 1);
  const capacity = {};
  for (const [muscle, ref] of Object.entries(REFERENCE_CAPACITY))
    capacity[muscle] = ref * strength * rng.uniform(0.9, 1.1);
  const basePain = rng.uniform(0.5, 3.5);
  return {
    index,
    sensitivities,
    declared,
    profile: {
      daysPerWeek: weightedPick(rng, [
        [2, 0.2],
        [3, 0.5],
        [4, 0.3],
      ]),
      goal: weightedPick(rng, [
        ["general", 0.4],
        ["hypertrophy", 0.35],
        ["strength", 0.25],
      ]),
      experience,
      sessionMinutes: rng.pick([45, 60, 60, 75]),
    },
    pain: {
      base: basePain,
      // Sensible loading can bring the baseline down to this floor over months.
      floor: Math.max(0.3, basePain - rng.uniform(0.5, 1.5)),
      // Pain of this many points or more during a set may be felt as sharp (or radiating, for the prone ones).
      sharpAt: rng.uniform(5, 7),
      radiatingProne: rng.chance(0.25),
    },
    capacity,
    // Room to grow before strength saturates: beginners have more.
    headroom: experience === "beginner" ? rng.uniform(0.4, 0.6) : rng.uniform(0.15, 0.3),
  };
}
