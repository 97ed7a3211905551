/**
 * Texts of the readiness area that the user reads: red-flag questions, pain zones, tiers, regions, function items.
 * Kept in this ONE file so it can be swapped for the core readiness exports when they land. Sources of the facts
 * are listed in packages/web/SOURCES.md.
 */
import type { EverydayPain, NerveKind, NerveTrend, RedFlagKey, Region, Tier } from "@spotter/core";

/** The red-flag questions, one plain line each (NICE NG59 list, our wording). */
export const RED_FLAG_QUESTIONS: Record<RedFlagKey, string> = {
  bladderBowel: "Have you lost control of your bladder or bowels, or found you cannot pass urine?",
  saddleNumbness: "Is there numbness or odd feeling around your genitals, bottom or inner thighs (the saddle area)?",
  worseningWeakness: "Is a leg getting weaker, or are you finding it harder to walk?",
  bothLegs: "Do you feel pain, numbness or tingling going down both legs?",
  sexualDysfunction: "Have you noticed a new change in sexual function?",
  feverChills: "Do you have a fever or chills along with the back pain?",
  recentTrauma:
    "Did the pain start after a fall or a blow, or a small knock if you have thin bones or take steroids long term?",
  cancerHistory: "Have you ever had cancer?",
  weightLoss: "Have you lost weight lately without trying?",
  nightPain: "Is there pain at night that no position eases?",
  infectionRisk: "Is your immune system weakened, or have you injected drugs?",
  onsetAfter50: "Did this back pain first start after you turned 50?",
};

/** The questions that lead to R1 (urgent) when answered yes. */
export const URGENT_FLAGS: readonly RedFlagKey[] = [
  "bladderBowel",
  "saddleNumbness",
  "worseningWeakness",
  "bothLegs",
  "sexualDysfunction",
];

/** Pain-monitoring zones (Thomeé 1997; Silbernagel 2007). */
export type PainZone = "safe" | "acceptable" | "high";

/** The zone of a 0-10 pain rating: 0-2 safe, 3-5 acceptable, 6-10 high risk. */
export function painZone(pain: number): PainZone {
  if (pain <= 2) return "safe";
  if (pain <= 5) return "acceptable";
  return "high";
}

/** Words for each zone. */
export const PAIN_ZONE_LABEL: Record<PainZone, string> = {
  safe: "Safe",
  acceptable: "Acceptable",
  high: "High risk",
};

/** One line on what each zone means for training. */
export const PAIN_ZONE_HINT: Record<PainZone, string> = {
  safe: "Training as planned is fine.",
  acceptable: "You can train with care; watch how it feels tomorrow morning.",
  high: "Too much for loaded training today.",
};

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

/** Each tier's word, its colour class and what it allows today. */
export const TIER_INFO: Record<Tier, { word: string; allows: string }> = {
  R1: {
    word: "Urgent",
    allows: "No training. Get emergency care now.",
  },
  R2: {
    word: "See a professional",
    allows:
      "Loaded training is paused until you record that a clinician has checked you. A gentle movement session is still open to you.",
  },
  R3: {
    word: "Rest and recover",
    allows: "Today is a recovery day: easy walking, gentle stretching, light core work, and heat or cold if it helps.",
  },
  R4: {
    word: "Modified training",
    allows:
      "You can train with changes: known triggers are left out, supported and single-leg versions come first, and back-heavy lifts stop with at least 2 reps in reserve.",
  },
  R5: {
    word: "Full training",
    allows: "Your plan runs as written. Exercises known to bother your back stay out.",
  },
};

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
