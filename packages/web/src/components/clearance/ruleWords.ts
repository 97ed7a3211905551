/** X5 rules in the words the clearance form, Your back and the report use (kept in step with core's wording). */
import type { ClearanceStatus, RestrictionRuleInput } from "@spotter/core";

/** A rule the profile lists as in force. */
export type RuleInForce = NonNullable<ClearanceStatus["rules"]>[number];

/** The directions a rule may name, in plain words. */
export const DIRECTION_WORDS = {
  flexion: "Bending forward under load (flexion)",
  extension: "Arching back under load (extension)",
  rotation: "Twisting under load (rotation)",
  axial: "Heavy load down the spine (axial)",
} as const;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2027-01-15" as "15 Jan 2027". */
export function dayWords(day: string): string {
  const month = MONTHS[Number(day.slice(5, 7)) - 1];
  return month ? `${Number(day.slice(8, 10))} ${month} ${day.slice(0, 4)}` : day;
}

/** What a rule asks, in one line ("No hip hinge movements until 14 Dec 2026"). */
export function ruleLine(
  rule: RestrictionRuleInput | RuleInForce,
  names: ReadonlyMap<string, string>,
  patternLabel: (p: string) => string,
  unit: "kg" | "lb" = "kg",
): string {
  const scope = (s?: readonly string[]) =>
    s === undefined
      ? "every loaded exercise"
      : s.map((x) => lowerFirst(names.get(x) ?? patternLabel(x).toLowerCase())).join(", ");
  let what: string;
  switch (rule.kind) {
    case "pattern":
      what = `No ${patternLabel(rule.value).toLowerCase()} movements`;
      break;
    case "direction":
      what = `No ${DIRECTION_WORDS[rule.value].toLowerCase()}`;
      break;
    case "exercise":
      what = `No ${lowerFirst(names.get(rule.value) ?? rule.value.replace(/-/g, " "))}`;
      break;
    case "load-cap":
      what =
        "percent" in rule.value
          ? `At most ${rule.value.percent}% of the last working load, for ${scope(rule.scope)}`
          : `At most ${unit === "lb" ? Math.round(rule.value.kg / 0.45359237) : rule.value.kg} ${unit} in total (both dumbbells together), for ${scope(rule.scope)}`;
      break;
    case "effort-cap":
      what = `Keep at least ${rule.value} ${rule.value === 1 ? "rep" : "reps"} in reserve, on ${scope(rule.scope)}`;
      break;
  }
  return `${what}, ${rule.until ? `until ${dayWords(rule.until)}` : "until a later assessment lifts it"}`;
}

/** A name in mid-sentence ("Back squat" -> "back squat"; "RDL" stays). */
function lowerFirst(s: string): string {
  if (s.length < 2 || s[1] === s[1]?.toUpperCase()) return s;
  return `${s[0]?.toLowerCase()}${s.slice(1)}`;
}
