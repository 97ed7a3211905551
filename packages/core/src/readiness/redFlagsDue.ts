/**
 * When the red-flag questions are due (SPEC §2): at onboarding (never answered), when today's check-in reports a
 * new or worsening nerve symptom or pain of 7 or more, and when the last full set of answers is 7 days old. They stay
 * due until today's check-in answers every question; a missing answer never counts as "no".
 */
import { normaliseRedFlags } from "../records/checkin.js";
import { RED_FLAG_KEYS, type RedFlagKey } from "../records/vocab.js";
import { daysBetween } from "../time.js";
import type { ReadinessCheckin } from "./inputs.js";
import { isNewOrWorse } from "./nerve.js";

/** Days after the last full set of answers when the questions are asked again. */
export const RED_FLAGS_REASK_DAYS = 7;
/** Pain now at or above which the questions are asked again that day. */
export const RED_FLAGS_PAIN_TRIGGER = 7;

/** Why the red flags are due (null when they are not). */
export type RedFlagsDueWhy = "never-answered" | "nerve-new-or-worse" | "pain-high" | "answers-old";

/** True when every red-flag question has a yes or a no (null and missing keys are not answers). */
export function redFlagsComplete(answers: Partial<Record<RedFlagKey, boolean | null>> | null | undefined): boolean {
  const all = normaliseRedFlags(answers ?? undefined);
  return RED_FLAG_KEYS.every((k) => all[k] !== null);
}

/** The latest day on or before `upTo` whose check-in answered every red-flag question, or null. */
export function lastRedFlagAnswersDay(checkins: readonly ReadinessCheckin[], upTo: string): string | null {
  let last: string | null = null;
  for (const c of checkins) {
    if (c.date <= upTo && redFlagsComplete(c.redFlags) && (last === null || c.date > last)) last = c.date;
  }
  return last;
}

/**
 * Whether the red flags are due on `date`, and the first reason that makes them due. `today` is the check-in of
 * `date` (undefined when there is none). A check-in that made them due (a new or worsening nerve symptom, pain of 7
 * or more) keeps them due on the days after it until a check-in answers every question, just as the onboarding and
 * 7-day reasons do: skipping the questions once must not make them go away.
 */
export function redFlagsDue(
  checkins: readonly ReadinessCheckin[],
  date: string,
  today: ReadinessCheckin | undefined,
): { due: boolean; why: RedFlagsDueWhy | null } {
  if (today && redFlagsComplete(today.redFlags)) return { due: false, why: null };
  const last = lastRedFlagAnswersDay(checkins, date);
  let why: RedFlagsDueWhy | null = null;
  if (last === null) why = "never-answered";
  else {
    // Every check-in after the last full answers, up to `date` (today's included).
    const since = checkins.filter((c) => c.date > last && c.date <= date);
    if (today && !since.includes(today)) since.push(today);
    if (since.some((c) => c.nerve?.some(isNewOrWorse))) why = "nerve-new-or-worse";
    else if (since.some((c) => c.painNow >= RED_FLAGS_PAIN_TRIGGER)) why = "pain-high";
  }
  if (why === null && last !== null && daysBetween(last, date) >= RED_FLAGS_REASK_DAYS) why = "answers-old";
  return { due: why !== null, why };
}
