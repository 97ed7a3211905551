/**
 * Tier labels for the app (UX.md: a word and an icon with every colour) and the training lock the server enforces.
 */
import type { Readiness } from "../records/readiness.js";
import { TIERS, type Tier } from "../records/vocab.js";

/** What a tier is called and what it allows, in one line each. */
export interface TierInfo {
  tier: Tier;
  label: string;
  allows: string;
}

/** The five tiers, most severe first. */
export const TIER_INFO: Readonly<Record<Tier, TierInfo>> = {
  R1: { tier: "R1", label: "Urgent", allows: "No training. Get emergency care now." },
  R2: {
    tier: "R2",
    label: "See a professional",
    allows: "No loaded training until a professional clears you; gentle recovery movement only.",
  },
  R3: {
    tier: "R3",
    label: "Rest and recover",
    allows: "A recovery session: walking, gentle stretching, light core work.",
  },
  R4: {
    tier: "R4",
    label: "Modified training",
    allows: "Supported and single-limb variants, no known triggers, and more reps left in reserve.",
  },
  R5: { tier: "R5", label: "Full training", allows: "Your plan as written, with known triggers still left out." },
};

/** Severity rank of a tier: 0 for R1 (most severe) to 4 for R5. */
export function tierSeverityRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** The more severe of two tiers. */
export function moreSevereTier(a: Tier, b: Tier): Tier {
  return tierSeverityRank(a) <= tierSeverityRank(b) ? a : b;
}

/** What training a readiness locks: R1 locks all of it, R2 loaded work (recovery movement stays open). */
export type TrainingLock = "none" | "all" | "loaded";

/** The training lock of a readiness answer, for the server's 423 `TRAINING_LOCKED` and the R2 set flag. */
export function trainingLock(readiness: Pick<Readiness, "tier">): TrainingLock {
  if (readiness.tier === "R1") return "all";
  if (readiness.tier === "R2") return "loaded";
  return "none";
}
