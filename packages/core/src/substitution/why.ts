/** The one-line reason each alternative carries (S1): what it keeps, and what it spares the spine. */
import { gradeRank, muscleLabel, SUPPORT_CREDIT } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Equipment } from "../records/vocab.js";

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** What the alternative keeps of the original: the same muscles, some of them, or the same movement. */
function keepsPart(from: Exercise, to: Exercise): string {
  const shared = from.primaryMuscles.filter((m) => to.primaryMuscles.includes(m));
  if (shared.length > 0 && shared.length === from.primaryMuscles.length) {
    return `Same ${joinWords(shared.map(muscleLabel))}`;
  }
  if (shared.length > 0) return `Also works your ${joinWords(shared.map(muscleLabel))}`;
  if (to.pattern === from.pattern) return "The same kind of movement";
  return "A related movement";
}

const MACHINE_KIT: readonly Equipment[] = ["machines", "leg-press", "cable"];

/** What the alternative changes for the spine, the most telling change first. */
function sparesPart(from: Exercise, to: Exercise, reason: "trigger" | "pain" | "equipment"): string {
  const moreSupport = SUPPORT_CREDIT[to.load.support] > SUPPORT_CREDIT[from.load.support];
  if (moreSupport && to.load.support === "supported") {
    if (to.equipment.some((e) => MACHINE_KIT.includes(e))) return "with the spine supported by the machine";
    if (to.equipment.includes("bench")) return "with a bench carrying your trunk";
    return "with your trunk supported";
  }
  if (moreSupport && to.load.support === "guided") return "with the machine guiding the path and the balance";
  if (to.laterality === "unilateral" && from.laterality === "bilateral") {
    // Only a heavy bilateral lift has much back load to shed; for the rest the claim would overstate it.
    const heavy = from.increment.kg > 0 && gradeRank(from.grade) >= 2;
    return heavy ? "one side at a time, with far less load on your back" : "one side at a time";
  }
  if (gradeRank(to.grade) < gradeRank(from.grade)) return "with less load on your spine";
  // Same grade, less bending: the guide's upright back pad keeps the pelvis from tucking under at the bottom.
  if (to.load.flexion < from.load.flexion) return "with less rounding of your lower back";
  if (reason === "equipment") return "with equipment you have";
  return `at the same spine-load grade (${to.grade})`;
}

/** The why line: "Same quads and glutes, with the spine supported by the machine (grade B instead of D)". */
export function whyLine(from: Exercise, to: Exercise, reason: "trigger" | "pain" | "equipment"): string {
  const grade = to.grade === from.grade ? "" : ` (grade ${to.grade} instead of ${from.grade})`;
  return `${keepsPart(from, to)}, ${sparesPart(from, to, reason)}${grade}`;
}
