/**
 * The red-flag questions (SPEC §2, NICE NG59 / NICE CKS), one short question per key of RED_FLAG_KEYS, in our own
 * words, with the tier a "yes" leads to. The web's red-flag screen shows them in RED_FLAG_KEYS order, unanswered.
 */
import { RED_FLAG_KEYS, type RedFlagKey } from "../records/vocab.js";

/** The tier a "yes" leads to: R1 urgent (emergency care) or R2 see a professional. */
export type RedFlagTier = "R1" | "R2";

/** One red-flag question as the app asks it. */
export interface RedFlagQuestion {
  key: RedFlagKey;
  /** The question, one short line, answered yes or no. */
  question: string;
  /** An optional line that explains a word in the question. */
  hint?: string;
  /** The tier a "yes" leads to. */
  tier: RedFlagTier;
}

/** The keys whose "yes" means urgent care (R1): signs that the nerves at the base of the spine may be pressed. */
export const R1_RED_FLAG_KEYS: readonly RedFlagKey[] = [
  "bladderBowel",
  "saddleNumbness",
  "worseningWeakness",
  "bothLegs",
  "sexualDysfunction",
];

/**
 * Keys that describe a change for the worse: a "yes" given after a clearance is always new information, even when
 * the clearance knew an earlier "yes" (the same reasoning as a nerve symptom whose trend is "worse").
 */
export const CHANGE_RED_FLAG_KEYS: readonly RedFlagKey[] = ["worseningWeakness"];

const QUESTIONS: Record<RedFlagKey, Omit<RedFlagQuestion, "key" | "tier">> = {
  bladderBowel: {
    question: "Have you lost control of your bladder or bowels, or are you unable to pass urine?",
  },
  saddleNumbness: {
    question: "Is there numbness or an odd feeling between your legs, around your genitals or back passage?",
    hint: "This is the area that would touch a bicycle saddle.",
  },
  worseningWeakness: {
    question: "Is a weakness in your legs getting worse, or is walking getting harder?",
  },
  bothLegs: {
    question: "Do you have pain, numbness or tingling that runs down both of your legs?",
  },
  sexualDysfunction: {
    question: "Have you noticed a new change in sexual function, such as less feeling or erection problems?",
  },
  feverChills: {
    question: "Do you have a fever, chills or sweats along with your back pain?",
  },
  recentTrauma: {
    question: "Did this pain start after a recent fall, accident or blow to your back?",
    hint: "Answer yes for a small knock as well if you have thin bones (osteoporosis) or take steroid tablets long term.",
  },
  cancerHistory: {
    question: "Have you ever had cancer?",
  },
  weightLoss: {
    question: "Have you lost weight lately without trying to?",
  },
  nightPain: {
    question: "Does your back hurt at night in a way that no change of position eases?",
  },
  infectionRisk: {
    question: "Is your immune system weakened by illness or medicine, or have you ever injected drugs?",
  },
  onsetAfter50: {
    question: "Did this back pain first begin after you turned 50?",
  },
};

/** The tier a "yes" to this key leads to. */
export function redFlagTier(key: RedFlagKey): RedFlagTier {
  return R1_RED_FLAG_KEYS.includes(key) ? "R1" : "R2";
}

/** The red-flag questions in the order the app asks them (RED_FLAG_KEYS order). */
export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = RED_FLAG_KEYS.map((key) => ({
  key,
  tier: redFlagTier(key),
  ...QUESTIONS[key],
}));

/** The answer labels of a red-flag question; "not answered" is the state before the user taps either. */
export const RED_FLAG_ANSWER_LABELS = { yes: "Yes", no: "No", unanswered: "Not answered yet" } as const;
