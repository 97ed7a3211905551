/** The fixed muscle vocabulary of the catalog: every primary and secondary muscle is one of these slugs. */
export const MUSCLES = [
  "glutes",
  "quads",
  "hamstrings",
  "adductors",
  "calves",
  "chest",
  "lats",
  "upper-back",
  "lower-back",
  "shoulders",
  "biceps",
  "triceps",
  "abs",
  "obliques",
  "forearms",
  "hip-flexors",
  "neck",
] as const;

/** One muscle slug of the catalog vocabulary. */
export type Muscle = (typeof MUSCLES)[number];

/** True when the string is a muscle slug of the catalog vocabulary. */
export function isMuscle(s: string): s is Muscle {
  return (MUSCLES as readonly string[]).includes(s);
}
