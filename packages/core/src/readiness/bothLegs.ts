/**
 * R8 (SPEC §2): answers that contradict the check-in. When the body map shows symptoms in both legs (thigh or
 * below the knee, left and right) and "symptoms down both legs" is no or unanswered, the question is asked again that
 * day with the map in view; until it is answered again the day offers only the recovery session. A yes makes the day
 * R1 (the red flag itself); a no is stored and never lowers a tier.
 */
import type { RedFlagKey, Region } from "../records/vocab.js";
import type { ReadinessCheckin } from "./inputs.js";

const LEFT_LEG: readonly Region[] = ["thigh-left", "below-knee-left"];
const RIGHT_LEG: readonly Region[] = ["thigh-right", "below-knee-right"];

/** True when the body map marks the left leg and the right leg. */
export function mapShowsBothLegs(regions: readonly Region[] | null | undefined): boolean {
  const r = regions ?? [];
  return r.some((x) => LEFT_LEG.includes(x)) && r.some((x) => RIGHT_LEG.includes(x));
}

/** R8: the red-flag keys to ask again today (empty when the answers agree with the map or were answered again). */
export function askAgain(today: ReadinessCheckin | undefined): RedFlagKey[] {
  if (!today || !mapShowsBothLegs(today.regions)) return [];
  if (today.redFlags?.bothLegs === true) return [];
  if ((today.confirmed ?? []).includes("bothLegs")) return [];
  return ["bothLegs"];
}
