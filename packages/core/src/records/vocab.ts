/**
 * Fixed vocabularies of the API contract (API.md "Vocabularies"). Each list is the single source for its Zod enum
 * and its TypeScript union, so the server, the web app and the rules agree on every slug.
 */
import { z } from "zod";

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

/** A local calendar day, `YYYY-MM-DD`, checked to be a real date. */
export const zDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a real calendar date");

/** An instant, ISO-8601 with an offset or Z. */
export const zInstant = z.iso.datetime({ offset: true, message: "must be an ISO-8601 instant with offset" });

/** A client-made id for idempotent writes. */
export const zClientId = z.uuid({ message: "must be a UUID" });

/** A 0-10 pain rating (numeric rating scale). */
export const zPain = z.int("must be a whole number from 0 to 10").min(0).max(10);

/** A weight in kilograms with at most 3 decimals (gram precision), 0-1000. */
export const zKg = z
  .number()
  .min(0)
  .max(1000)
  .refine((n) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6, "has more than 3 decimals");
