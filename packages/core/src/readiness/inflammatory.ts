/**
 * R7 (SPEC §2, NICE NG65): the inflammatory back pain screen. Two gate questions (back pain that began before 45
 * and has lasted more than 3 months) open nine items; four or more suggest asking a GP about a rheumatology
 * assessment, exactly three about an HLA-B27 blood test. Asked once and again every year. Training is never locked
 * by it: its outcome is advice only.
 */
import type { ReadinessAdvice } from "../records/readiness.js";
import { INFLAMMATORY_ITEMS, type InflammatoryItem, type InflammatoryScreen } from "../records/screens.js";
import { addDays } from "../time.js";

/** R7: the screen is asked again this many days after the last answer. */
export const INFLAMMATORY_REASK_DAYS = 365;
/** R7: the outcome's advice shows in the readiness answer for this many days after the screen (then on its page). */
export const INFLAMMATORY_ADVICE_DAYS = 14;
/** R7: items at or above which a rheumatology assessment is worth asking about. */
export const RHEUMATOLOGY_FROM = 4;

/** The nine items in our own words, as the screen asks them. */
export const INFLAMMATORY_QUESTIONS: Readonly<Record<InflammatoryItem, string>> = {
  before35: "Did your back pain begin before you were 35?",
  wakesSecondHalf: "Does the pain wake you in the second half of the night?",
  buttockPain: "Do you have pain in your buttocks?",
  betterWithMovement: "Does the pain ease when you move about?",
  betterWithNsaids: "Does it ease within 2 days of taking an anti-inflammatory painkiller such as ibuprofen?",
  familyHistory: "Does a parent, brother, sister or child have spondyloarthritis (such as ankylosing spondylitis)?",
  arthritis: "Have you ever had arthritis (swollen, painful joints), now or in the past?",
  enthesitis: "Have you ever had pain where a tendon attaches to bone, such as the back of the heel?",
  psoriasis: "Have you ever had psoriasis (a scaly skin rash)?",
};

/** The gate questions in our own words. */
export const INFLAMMATORY_GATE_QUESTIONS = {
  onsetBefore45: "Did your back pain begin before you were 45?",
  longerThan3Months: "Has it lasted more than 3 months?",
} as const;

/** R7's outcome of one screen. */
export interface InflammatoryOutcome {
  /** True when both gate answers are yes, so the nine items apply. */
  applies: boolean;
  /** Items answered yes (0 when the gate is not passed). */
  count: number;
  advice?: ReadinessAdvice;
}

/** R7: the outcome of a screen. */
export function inflammatoryOutcome(
  screen: Pick<InflammatoryScreen, "onsetBefore45" | "longerThan3Months" | "answers">,
): InflammatoryOutcome {
  const applies = screen.onsetBefore45 === true && screen.longerThan3Months === true;
  if (!applies) return { applies, count: 0 };
  const count = INFLAMMATORY_ITEMS.filter((k) => screen.answers?.[k] === true).length;
  return { applies, count, advice: adviceFor(count) };
}

function adviceFor(count: number): ReadinessAdvice {
  if (count >= RHEUMATOLOGY_FROM) {
    return {
      code: "rheumatology",
      message:
        `Your answers match ${count} of the nine signs of inflammatory back pain. That is worth raising with your GP, ` +
        "who can decide whether an assessment by a rheumatologist would help. Nothing changes in your training.",
    };
  }
  if (count === RHEUMATOLOGY_FROM - 1) {
    return {
      code: "hla-b27",
      message:
        "Your answers match three of the nine signs of inflammatory back pain. You could ask your GP whether an " +
        "HLA-B27 blood test is worth doing. Nothing changes in your training.",
    };
  }
  return {
    code: "inflammatory-note",
    message:
      "Your answers do not point to inflammatory back pain. If eye inflammation (uveitis), inflammatory bowel disease " +
      "or psoriasis appears, answer these questions again.",
  };
}

/** R7: true when the screen is due on a day (never answered, or last answered a year or more before). */
export function inflammatoryDue(screens: readonly Pick<InflammatoryScreen, "date">[], day: string): boolean {
  const last = screens
    .map((s) => s.date)
    .filter((d) => d <= day)
    .sort()
    .at(-1);
  return last === undefined || last <= addDays(day, -INFLAMMATORY_REASK_DAYS);
}

/** R7: the readiness advice of a day: the screen when due, and a recent outcome's advice to ask a GP. */
export function inflammatoryAdvice(screens: readonly InflammatoryScreen[], day: string): ReadinessAdvice[] {
  if (inflammatoryDue(screens, day)) {
    return [
      {
        code: "inflammatory-screen",
        message:
          "A short yearly set of questions about inflammatory back pain is due. It takes a minute and never locks training.",
      },
    ];
  }
  const last = [...screens]
    .filter((s) => s.date <= day)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  if (!last || last.date < addDays(day, -(INFLAMMATORY_ADVICE_DAYS - 1))) return [];
  const { advice } = inflammatoryOutcome(last);
  return advice && (advice.code === "rheumatology" || advice.code === "hla-b27") ? [advice] : [];
}
