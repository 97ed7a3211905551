/**
 * Nerve symptoms as the readiness rules see them (SPEC §2): a symptom's identity is its kind plus its side, and
 * some entries count as R1 signs (worsening leg weakness, symptoms in both legs).
 */
import type { NerveEntry } from "../records/checkin.js";
import type { NerveKind, Region } from "../records/vocab.js";

/** Which side of the body a region is on; "centre" for the midline regions. */
export type BodySide = "left" | "right" | "centre";

/**
 * The regions that count as "leg" for R1 (worsening weakness, both legs): thighs and below the knees. Buttocks and
 * groin are left out on purpose: pain there is common with ordinary back pain and is not "down the leg".
 */
export const LEG_REGIONS: readonly Region[] = ["thigh-left", "thigh-right", "below-knee-left", "below-knee-right"];

/** The side of a body-map region. */
export function sideOfRegion(region: Region): BodySide {
  if (region.endsWith("-left")) return "left";
  if (region.endsWith("-right")) return "right";
  return "centre";
}

/** True when the region is a leg region (thigh or below the knee). */
export function isLegRegion(region: Region): boolean {
  return LEG_REGIONS.includes(region);
}

/** The identity of a nerve symptom, `kind:side` (SPEC §2: "a symptom is its kind plus its side"). */
export type NerveSymptomKey = `${NerveKind}:${BodySide}`;

/** The identity key of a nerve entry. */
export function nerveSymptomKey(entry: Pick<NerveEntry, "kind" | "region">): NerveSymptomKey {
  return `${entry.kind}:${sideOfRegion(entry.region)}`;
}

/** True when the entry is weakness in a leg region that is getting worse (an R1 sign). */
export function isWorseningLegWeakness(entry: NerveEntry): boolean {
  return entry.kind === "weakness" && entry.trend === "worse" && isLegRegion(entry.region);
}

/** True when the entries include a leg region on the left and one on the right (R1: symptoms in both legs). */
export function hasBothLegs(entries: readonly NerveEntry[]): boolean {
  const legs = entries.filter((e) => isLegRegion(e.region));
  return legs.some((e) => sideOfRegion(e.region) === "left") && legs.some((e) => sideOfRegion(e.region) === "right");
}

/** True when the entry reports a symptom that is new or getting worse (this makes the red flags due). */
export function isNewOrWorse(entry: Pick<NerveEntry, "trend">): boolean {
  return entry.trend === "new" || entry.trend === "worse";
}
