/**
 * The reasons a readiness tier can give: a stable code each (clients may switch on it) and a plain message in our
 * words that says what it means and what to do. Messages never tell anyone to push through pain.
 */
import type { ReadinessReason } from "../records/readiness.js";
import type { RedFlagKey, Tier } from "../records/vocab.js";

/** Every reason code the readiness engine gives, with the tier it belongs to. */
export const READINESS_REASON_TIERS = {
  RED_FLAG_BLADDER_BOWEL: "R1",
  RED_FLAG_SADDLE: "R1",
  RED_FLAG_WORSENING_WEAKNESS: "R1",
  RED_FLAG_BOTH_LEGS: "R1",
  RED_FLAG_SEXUAL_DYSFUNCTION: "R1",
  NERVE_LEG_WEAKNESS_WORSE: "R1",
  NERVE_BOTH_LEGS: "R1",
  RED_FLAG_FEVER: "R2",
  RED_FLAG_TRAUMA: "R2",
  RED_FLAG_CANCER: "R2",
  RED_FLAG_WEIGHT_LOSS: "R2",
  RED_FLAG_NIGHT_PAIN: "R2",
  RED_FLAG_INFECTION_RISK: "R2",
  RED_FLAG_ONSET_AFTER_50: "R2",
  NERVE_UNCLEARED: "R2",
  NERVE_NEW_OR_WORSE: "R2",
  NO_IMPROVEMENT: "R2",
  EVERYDAY_PAIN_PERSISTENT: "R3",
  PAIN_HIGH: "R3",
  LINGERING_PAIN: "R3",
  BOTH_LEGS_RECHECK: "R3",
  PAIN_MODERATE: "R4",
  EVERYDAY_PAIN_SOME: "R4",
  NERVE_CLEARED: "R4",
  RED_FLAGS_DUE: "R4",
  NO_CHECKIN: "R4",
  READY: "R5",
} as const satisfies Record<string, Tier>;

/** A stable readiness reason code. */
export type ReadinessReasonCode = keyof typeof READINESS_REASON_TIERS;

/** The reason code of a "yes" to each red-flag question. */
export const RED_FLAG_REASON_CODES: Record<RedFlagKey, ReadinessReasonCode> = {
  bladderBowel: "RED_FLAG_BLADDER_BOWEL",
  saddleNumbness: "RED_FLAG_SADDLE",
  worseningWeakness: "RED_FLAG_WORSENING_WEAKNESS",
  bothLegs: "RED_FLAG_BOTH_LEGS",
  sexualDysfunction: "RED_FLAG_SEXUAL_DYSFUNCTION",
  feverChills: "RED_FLAG_FEVER",
  recentTrauma: "RED_FLAG_TRAUMA",
  cancerHistory: "RED_FLAG_CANCER",
  weightLoss: "RED_FLAG_WEIGHT_LOSS",
  nightPain: "RED_FLAG_NIGHT_PAIN",
  infectionRisk: "RED_FLAG_INFECTION_RISK",
  onsetAfter50: "RED_FLAG_ONSET_AFTER_50",
};

/** Numbers some messages quote, so the user sees their own values. */
export interface ReasonDetails {
  /** The day a lock began, when it began before the day asked for. */
  since?: string;
  painNow?: number;
  painBefore?: number;
  averageNow?: number;
  averageBefore?: number;
}

const URGENT =
  "Get emergency care now: call your local emergency number or go to an emergency department. Training stays " +
  "locked until you record that a clinician has checked you.";
const SEE_PRO =
  "Book an appointment with a doctor or physiotherapist soon. Loaded training stays locked until you record their " +
  "clearance; today offers a recovery session of gentle movement instead.";

const one = (n: number | undefined): string => (n === undefined ? "" : String(Math.round(n * 10) / 10));

const MESSAGES: Record<ReadinessReasonCode, (d: ReasonDetails) => string> = {
  RED_FLAG_BLADDER_BOWEL: () => `You reported a change in bladder or bowel control. ${URGENT}`,
  RED_FLAG_SADDLE: () => `You reported numbness between your legs (the saddle area). ${URGENT}`,
  RED_FLAG_WORSENING_WEAKNESS: () => `You reported leg weakness that is getting worse, or harder walking. ${URGENT}`,
  RED_FLAG_BOTH_LEGS: () => `You reported symptoms running down both legs. ${URGENT}`,
  RED_FLAG_SEXUAL_DYSFUNCTION: () => `You reported a new change in sexual function. ${URGENT}`,
  NERVE_LEG_WEAKNESS_WORSE: () => `You logged weakness in a leg that is getting worse. ${URGENT}`,
  NERVE_BOTH_LEGS: () => `You logged nerve symptoms in your left and right leg. ${URGENT}`,
  RED_FLAG_FEVER: () => `You reported fever or chills along with back pain. ${SEE_PRO}`,
  RED_FLAG_TRAUMA: () => `You reported that the pain began after a fall or blow. ${SEE_PRO}`,
  RED_FLAG_CANCER: () => `You reported a history of cancer. A professional should check new back pain. ${SEE_PRO}`,
  RED_FLAG_WEIGHT_LOSS: () => `You reported losing weight without trying. ${SEE_PRO}`,
  RED_FLAG_NIGHT_PAIN: () => `You reported night pain that no position eases. ${SEE_PRO}`,
  RED_FLAG_INFECTION_RISK: () => `You reported a weakened immune system or injected drug use. ${SEE_PRO}`,
  RED_FLAG_ONSET_AFTER_50: () => `You reported that this back pain began after age 50. ${SEE_PRO}`,
  NERVE_UNCLEARED: () =>
    `You logged numbness, tingling or weakness that no professional has checked since it began. ${SEE_PRO}`,
  NERVE_NEW_OR_WORSE: () => `You logged a nerve symptom that is new or worse since your last clearance. ${SEE_PRO}`,
  NO_IMPROVEMENT: (d) =>
    `Your 7-day pain average (${one(d.averageNow)}) is no lower than four weeks earlier (${one(d.averageBefore)}). ` +
    `Pain that has not eased in a month deserves a professional look. ${SEE_PRO}`,
  EVERYDAY_PAIN_PERSISTENT: () =>
    "Everyday tasks hurt most of the time. Today is a recovery day: walking, gentle stretching, light core work, " +
    "and heat or cold if it helps.",
  PAIN_HIGH: (d) =>
    `Your pain is ${one(d.painNow)} out of 10, in the high-risk zone (6-10). Today is a recovery day: walking, ` +
    "gentle stretching, light core work, and heat or cold if it helps.",
  LINGERING_PAIN: (d) =>
    `Your pain is ${one(d.painNow)} today against ${one(d.painBefore)} before yesterday's session, so that session ` +
    "has not settled yet. Give it a recovery day before loading your back again.",
  BOTH_LEGS_RECHECK: () =>
    "Your body map shows symptoms in both legs, but your answer said they do not run down both legs. Please answer " +
    "that question again with the map in view. Until then, today offers only the recovery session.",
  PAIN_MODERATE: (d) =>
    `Your pain is ${one(d.painNow)} out of 10, in the acceptable zone (3-5). Train with supported and single-limb ` +
    "variants, skip your known triggers, and stop 2 reps short of failure on back-demanding lifts.",
  EVERYDAY_PAIN_SOME: () =>
    "Some everyday tasks hurt. Train with supported and single-limb variants, skip your known triggers, and stop 2 " +
    "reps short of failure on back-demanding lifts.",
  NERVE_CLEARED: () =>
    "Your nerve symptoms are the same or better and a professional has cleared them. Train with supported variants " +
    "and log any change in them.",
  RED_FLAGS_DUE: () =>
    "A few safety questions are due. Answer them with your check-in; until every one has a yes or a no, the day " +
    "cannot be full training.",
  NO_CHECKIN: () =>
    "There is no check-in for this day yet. Until you do one, training stays modified; it takes under a minute.",
  READY: () => "Low pain, no everyday pain and your safety answers are up to date. Your plan runs as written.",
};

/** Builds the reason for a code, with the numbers that its message quotes. */
export function readinessReason(code: ReadinessReasonCode, details: ReasonDetails = {}): ReadinessReason {
  const base = MESSAGES[code](details);
  const tier = READINESS_REASON_TIERS[code];
  // A lock carried over from an earlier day says since when, so the user knows why today looks like that day.
  const carried = details.since !== undefined && (tier === "R1" || tier === "R2");
  return { code, message: carried ? `${base} This has applied since ${details.since}.` : base };
}
