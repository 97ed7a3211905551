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

/** Plain words for each muscle, as a sentence would use them ("upper back", not "upper-back"). */
export const MUSCLE_LABELS: Record<Muscle, string> = {
  glutes: "glutes",
  quads: "quads",
  hamstrings: "hamstrings",
  adductors: "inner thighs",
  calves: "calves",
  chest: "chest",
  lats: "lats",
  "upper-back": "upper back",
  "lower-back": "lower back",
  shoulders: "shoulders",
  biceps: "biceps",
  triceps: "triceps",
  abs: "abs",
  obliques: "obliques",
  forearms: "forearms",
  "hip-flexors": "hip flexors",
  neck: "neck",
};

/** The plain label of a muscle slug; unknown (custom) slugs are shown with hyphens as spaces. */
export function muscleLabel(m: string): string {
  return isMuscle(m) ? MUSCLE_LABELS[m] : m.replace(/-/g, " ");
}
