/** X5: each rule in plain words, as the plan, Today, a set's answer, the report and the share page say it. */
import type { Exercise } from "../records/exercise.js";
import type { Unit } from "../records/vocab.js";
import { formatWeight } from "../units.js";
import { type DatedRule, lastDayOf } from "./active.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2027-01-15" as "15 Jan 2027". */
export function dayWords(day: string): string {
  const month = MONTHS[Number(day.slice(5, 7)) - 1];
  return month ? `${Number(day.slice(8, 10))} ${month} ${day.slice(0, 4)}` : day;
}

const DIRECTION_WORDS = {
  flexion: "bending forward under load (flexion)",
  extension: "arching back under load (extension)",
  rotation: "twisting under load (rotation)",
  axial: "heavy load down the spine (axial)",
} as const;

/** A name in mid-sentence ("Back squat" -> "back squat"; "RDL" stays). */
function lowerFirst(s: string): string {
  if (s.length < 2 || s[1] === s[1]?.toUpperCase()) return s;
  return `${s[0]?.toLowerCase()}${s.slice(1)}`;
}

function scopeWords(scope: readonly string[] | undefined, names: ReadonlyMap<string, string>): string {
  if (scope === undefined) return "every loaded exercise";
  return scope.map((s) => lowerFirst(names.get(s) ?? `${s.replace(/-/g, " ")} movements`)).join(", ");
}

/** What the rule asks, without its dates ("no hinge movements", "at most 60% of the last working load"). */
export function ruleWords(
  r: DatedRule,
  exercises: readonly Pick<Exercise, "id" | "name">[],
  unit: Unit = "kg",
): string {
  const names = new Map(exercises.map((e) => [e.id, e.name]));
  const rule = r.rule;
  switch (rule.kind) {
    case "pattern":
      return `no ${rule.value.replace(/-/g, " ")} movements`;
    case "exercise":
      return `no ${lowerFirst(names.get(rule.value) ?? rule.value.replace(/-/g, " "))}`;
    case "direction":
      return `no ${DIRECTION_WORDS[rule.value]}${rule.threshold !== undefined ? ` at a demand of ${rule.threshold} or more` : ""}`;
    case "load-cap":
      return "percent" in rule.value
        ? `at most ${rule.value.percent}% of the last working load before ${dayWords(r.from)} for ${scopeWords(rule.scope, names)}`
        : `at most ${formatWeight(rule.value.kg, unit)} in total (both dumbbells together) for ${scopeWords(rule.scope, names)}`;
    case "effort-cap":
      return `keep at least ${rule.value} ${rule.value === 1 ? "rep" : "reps"} in reserve on ${scopeWords(rule.scope, names)}`;
  }
}

/** "until 15 Jan 2027" or "until a later clearance lifts it". */
export function untilWords(r: DatedRule): string {
  const last = lastDayOf(r);
  return last === null ? "until a later clearance lifts it" : `until ${dayWords(last)}`;
}

/** The rule with who set it and until when, one sentence. */
export function ruleSentence(
  r: DatedRule,
  exercises: readonly Pick<Exercise, "id" | "name">[],
  unit: Unit = "kg",
): string {
  return `${r.by}'s rule from ${dayWords(r.from)}: ${ruleWords(r, exercises, unit)}, ${untilWords(r)}.`;
}
