/**
 * Words for the report's codes, written for a clinician reader: short, clinical and in our own phrasing (the app's
 * screens word the same things for the user; these lists are kept apart because the reader differs).
 */
import type { EverydayPain, NerveKind, NerveTrend, RedFlagKey, Region, SleepPosition } from "../records/vocab.js";

/** Body-map regions in words. */
export const REPORT_REGION_TEXT: Readonly<Record<Region, string>> = {
  "lower-back-centre": "lower back (centre)",
  "lower-back-left": "lower back (left)",
  "lower-back-right": "lower back (right)",
  "buttock-left": "left buttock",
  "buttock-right": "right buttock",
  "thigh-left": "left thigh",
  "thigh-right": "right thigh",
  "below-knee-left": "left leg below the knee",
  "below-knee-right": "right leg below the knee",
  groin: "groin",
  "upper-back": "upper back",
  neck: "neck",
  "arm-left": "left arm",
  "arm-right": "right arm",
};

/** Everyday-pain answers in words. */
export const REPORT_EVERYDAY_TEXT: Readonly<Record<EverydayPain, string>> = {
  none: "none",
  some: "with some tasks",
  persistent: "in most tasks",
};

/** Nerve-symptom kinds in words. */
export const REPORT_NERVE_KIND_TEXT: Readonly<Record<NerveKind, string>> = {
  numbness: "numbness",
  tingling: "tingling",
  weakness: "weakness",
};

/** Nerve-symptom trends in words. */
export const REPORT_NERVE_TREND_TEXT: Readonly<Record<NerveTrend, string>> = {
  new: "new",
  same: "unchanged",
  better: "improving",
  worse: "worsening",
};

/** Red-flag signs as a clinician would list them. */
export const REPORT_RED_FLAG_TEXT: Readonly<Record<RedFlagKey, string>> = {
  bladderBowel: "bladder or bowel disturbance",
  saddleNumbness: "saddle-area numbness",
  worseningWeakness: "progressive leg weakness or difficulty walking",
  bothLegs: "bilateral leg symptoms",
  sexualDysfunction: "new sexual dysfunction",
  feverChills: "fever or chills with back pain",
  recentTrauma: "recent fall or trauma (or minor trauma with osteoporosis or long-term steroids)",
  cancerHistory: "history of cancer",
  weightLoss: "unexplained weight loss",
  nightPain: "night pain not eased by position",
  infectionRisk: "immunosuppression or injected drug use",
  onsetAfter50: "first onset after age 50",
};

/** Sleep positions in words. */
export const REPORT_SLEEP_POSITION_TEXT: Readonly<Record<SleepPosition, string>> = {
  side: "side",
  back: "back",
  stomach: "front",
  mixed: "mixed",
};

/** The side a region is on, which with the kind identifies a nerve symptom (SPEC §2). */
export function regionSide(region: Region): "left" | "right" | "centre" {
  if (region.endsWith("-left")) return "left";
  if (region.endsWith("-right")) return "right";
  return "centre";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03-04" as "4 Mar 2026". */
export function dayText(day: string): string {
  const month = MONTHS[Number(day.slice(5, 7)) - 1];
  return month ? `${Number(day.slice(8, 10))} ${month} ${day.slice(0, 4)}` : day;
}

/** A number with at most one decimal ("4", "4.3"). */
export function num1(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** "1 day" / "3 days". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A list in words: "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
