/**
 * Texts of the readiness area that the user reads, in one file: red-flag questions, pain zones and tier words come
 * from core's readiness area; region, nerve and everyday-pain words are the web's own. Sources: docs/evidence and
 * docs/evidence/app.md.
 */
import {
  type EverydayPain,
  type NerveKind,
  type NerveTrend,
  PAIN_ZONES,
  type PainZoneInfo,
  painZoneOf,
  type Region,
} from "@spotter/core";

// The question texts, tier words and zone words are core's (packages/core/src/readiness), shared with the server.
export { R1_RED_FLAG_KEYS, RED_FLAG_QUESTIONS, TIER_INFO } from "@spotter/core";

/** Pain-monitoring zones (core's slugs): 0-2 safe, 3-5 acceptable, 6-10 high risk. */
export type PainZone = PainZoneInfo["zone"];

/** The zone of a 0-10 pain rating. */
export function painZone(pain: number): PainZone {
  return painZoneOf(pain).zone;
}

/** Words for each zone. */
export const PAIN_ZONE_LABEL = Object.fromEntries(PAIN_ZONES.map((z) => [z.zone, z.label])) as Record<PainZone, string>;

/** One line on what each zone means for training. */
export const PAIN_ZONE_HINT = Object.fromEntries(PAIN_ZONES.map((z) => [z.zone, z.description])) as Record<
  PainZone,
  string
>;

/** Everyday-pain choices as the check-in shows them. */
export const EVERYDAY_PAIN_CHOICES: { value: EverydayPain; title: string; text: string }[] = [
  { value: "none", title: "No pain", text: "Everyday things like walking and dressing feel normal." },
  { value: "some", title: "With some tasks", text: "Only certain movements or tasks hurt." },
  {
    value: "persistent",
    title: "In most tasks",
    text: "Walking, showering, dressing or picking things up hurt most of the time.",
  },
];

/** Readable names of the body-map regions. */
export const REGION_LABEL: Record<Region, string> = {
  "lower-back-centre": "Lower back, centre",
  "lower-back-left": "Lower back, left side",
  "lower-back-right": "Lower back, right side",
  "buttock-left": "Left buttock",
  "buttock-right": "Right buttock",
  "thigh-left": "Left thigh",
  "thigh-right": "Right thigh",
  "below-knee-left": "Left leg below the knee",
  "below-knee-right": "Right leg below the knee",
  groin: "Groin",
  "upper-back": "Upper back",
  neck: "Neck",
  "arm-left": "Left arm",
  "arm-right": "Right arm",
};

/** Nerve symptom kinds in words. */
export const NERVE_KIND_LABEL: Record<NerveKind, string> = {
  numbness: "Numbness",
  tingling: "Tingling or pins and needles",
  weakness: "Weakness",
};

/** Nerve symptom trends in words. */
export const NERVE_TREND_LABEL: Record<NerveTrend, string> = {
  new: "New",
  same: "About the same",
  better: "Getting better",
  worse: "Getting worse",
};
