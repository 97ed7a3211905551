/**
 * Fixed vocabularies of the API contract (API.md "Vocabularies"): the lists and their unions, without zod, so a web
 * screen that shows a list does not load the validators. vocab.ts re-exports all of it next to the zod enums made
 * from these lists.
 */
/** Weight units a user can choose. */
export const UNITS = ["kg", "lb"] as const;
/** Training goals. */
export const GOALS = ["hypertrophy", "strength", "general"] as const;
/** Training experience levels. */
export const EXPERIENCE_LEVELS = ["beginner", "intermediate", "advanced"] as const;
/** Habitual sleep positions. */
export const SLEEP_POSITIONS = ["side", "back", "stomach", "mixed"] as const;
/** Equipment a user may have. */
export const EQUIPMENT = [
  "barbell",
  "dumbbells",
  "kettlebell",
  "smith-machine",
  "leg-press",
  "cable",
  "machines",
  "pull-up-bar",
  "bench",
  "foam-roller",
  "belt",
  "bands",
  "none",
] as const;
/** Body-map regions. */
export const REGIONS = [
  "lower-back-centre",
  "lower-back-left",
  "lower-back-right",
  "buttock-left",
  "buttock-right",
  "thigh-left",
  "thigh-right",
  "below-knee-left",
  "below-knee-right",
  "groin",
  "upper-back",
  "neck",
  "arm-left",
  "arm-right",
] as const;
/** Movement patterns of the catalog. */
export const PATTERNS = [
  "squat",
  "hinge",
  "lunge",
  "hip-extension",
  "knee-extension",
  "knee-flexion",
  "horizontal-push",
  "horizontal-pull",
  "vertical-push",
  "vertical-pull",
  "carry",
  "anti-extension",
  "anti-rotation",
  "anti-lateral-flexion",
  "isolation",
  "decompression",
  "soft-tissue",
  "mobility",
  "conditioning",
] as const;
/** Sex, used only to pick reference intakes. */
export const SEXES = ["female", "male"] as const;
/** Adult age bands of the reference intakes. */
export const AGE_BANDS = ["19-50", "51-70", "71+"] as const;
/** Directions of spinal load a user may name as aggravating (P9); shear is not declarable. */
export const DIRECTIONS = ["flexion", "extension", "rotation", "axial"] as const;
/** Weekday slugs, Monday first. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** How a set felt in the back (G2). */
export const PAIN_KINDS = ["none", "tightness", "sharp", "radiating"] as const;
/** Pain in everyday tasks (R3/R4/R5). */
export const EVERYDAY_PAIN = ["none", "some", "persistent"] as const;
/** Kinds of nerve symptom. */
export const NERVE_KINDS = ["numbness", "tingling", "weakness"] as const;
/** How a nerve symptom is changing. */
export const NERVE_TRENDS = ["new", "same", "better", "worse"] as const;
/** Readiness tiers, most severe first. */
export const TIERS = ["R1", "R2", "R3", "R4", "R5"] as const;
/** Set types (imported logs know drop and failure sets). */
export const SET_TYPES = ["normal", "drop", "failure"] as const;
/** Spinal support of an exercise (C1). */
export const SUPPORTS = ["free", "braced", "supported", "guided"] as const;
/** Laterality of an exercise (C1). */
export const LATERALITIES = ["bilateral", "unilateral"] as const;
/** Spine-load grades, A (spine-sparing) to D (high demand). */
export const GRADES = ["A", "B", "C", "D"] as const;
/** The red-flag questions (SPEC §2), in the order the app asks them. */
export const RED_FLAG_KEYS = [
  "bladderBowel",
  "saddleNumbness",
  "worseningWeakness",
  "bothLegs",
  "sexualDysfunction",
  "feverChills",
  "recentTrauma",
  "cancerHistory",
  "weightLoss",
  "nightPain",
  "infectionRisk",
  "onsetAfter50",
] as const;

export type Unit = (typeof UNITS)[number];
export type Goal = (typeof GOALS)[number];
export type Experience = (typeof EXPERIENCE_LEVELS)[number];
export type SleepPosition = (typeof SLEEP_POSITIONS)[number];
export type Equipment = (typeof EQUIPMENT)[number];
export type Region = (typeof REGIONS)[number];
export type Pattern = (typeof PATTERNS)[number];
export type Sex = (typeof SEXES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type PainKind = (typeof PAIN_KINDS)[number];
export type EverydayPain = (typeof EVERYDAY_PAIN)[number];
export type NerveKind = (typeof NERVE_KINDS)[number];
export type NerveTrend = (typeof NERVE_TRENDS)[number];
export type Tier = (typeof TIERS)[number];
export type SetType = (typeof SET_TYPES)[number];
export type Support = (typeof SUPPORTS)[number];
export type Laterality = (typeof LATERALITIES)[number];
export type Grade = (typeof GRADES)[number];
export type RedFlagKey = (typeof RED_FLAG_KEYS)[number];
