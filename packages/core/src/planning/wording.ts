/** The plain one-line reasons the plan gives for its choices (our own words: calm, specific, second person). */
import type { Exercise } from "../records/exercise.js";
import type { Pattern } from "../records/vocab.js";
import type { PlanExclusion } from "./eligibility.js";
import { PLAN_GROUP_LABELS, type PlanMuscleGroup } from "./groups.js";

/** Lower-case words for a pattern ("horizontal-pull" -> "horizontal pull"). */
export function patternWords(p: Pattern): string {
  return p.replace(/-/g, " ");
}

/** Why an exercise is out, as the second half of "X in place of Y: ...". */
export function exclusionWords(ex: Pick<Exercise, "name" | "pattern">, why: PlanExclusion): string {
  const name = lowerFirst(ex.name);
  switch (why) {
    case "trigger":
      return `your log shows ${name} aggravates your back`;
    case "aggravating-exercise":
      return `you listed ${name} as aggravating your back`;
    case "aggravating-pattern":
      return `you listed ${patternWords(ex.pattern)} movements as aggravating your back`;
    case "aggravating-direction":
      return `${name} loads your back in a direction you listed as aggravating`;
    case "equipment":
      return `${name} needs equipment you have not listed`;
  }
}

/** "Smith machine squat in place of back squat: back squat aggravates your back". */
export function inPlaceOfWhy(to: Pick<Exercise, "name">, from: Pick<Exercise, "name">, because: string): string {
  return `${to.name} in place of ${lowerFirst(from.name)}: ${because}`;
}

/** What the spine gets from an exercise's support, for the why of a main choice. */
export function supportWords(ex: Pick<Exercise, "load" | "laterality">): string {
  if (ex.laterality === "unilateral") return "one side at a time, so your back carries far less load";
  switch (ex.load.support) {
    case "supported":
      return "with your trunk supported by a pad, bench or the floor";
    case "guided":
      return "with the machine guiding the path";
    case "braced":
      return "with your trunk braced";
    default:
      return "a free movement kept at a low spine load";
  }
}

/** The why of a main, glute or core choice: what it trains and how it spares the spine. */
export function choiceWhy(ex: Exercise, groups: readonly PlanMuscleGroup[]): string {
  // Name the groups in the order of the exercise's own primary muscles, so a squat reads "quads and glutes".
  const rank = (g: PlanMuscleGroup) => {
    const i = ex.primaryMuscles.findIndex((m) => groupOfMuscle(m) === g);
    return i < 0 ? 99 : i;
  };
  const ordered = [...groups].sort((a, b) => rank(a) - rank(b));
  const trains = ordered.flatMap((g) => (g === "back" ? ["lats", "upper back"] : [PLAN_GROUP_LABELS[g].toLowerCase()]));
  const list = trains.length === 0 ? "the target muscles" : joinAnd(trains);
  return `${capitalize(list)}, ${supportWords(ex)} (spine-load grade ${ex.grade}).`;
}

/** The counted group a primary muscle belongs to, or null. */
function groupOfMuscle(m: string): PlanMuscleGroup | null {
  if (m === "lats" || m === "upper-back") return "back";
  if (m === "abs" || m === "obliques") return "core";
  return (["glutes", "quads", "hamstrings", "chest", "shoulders"] as const).find((g) => g === m) ?? null;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** First letter upper-case. */
export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]?.toUpperCase() + s.slice(1);
}

/** First letter lower-case, unless the word looks like an abbreviation ("EZ bar"). */
export function lowerFirst(s: string): string {
  if (s.length < 2 || s[1] === s[1]?.toUpperCase()) return s;
  return s[0]?.toLowerCase() + s.slice(1);
}
