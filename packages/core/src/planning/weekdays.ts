/** P1: which weekdays the plan trains on: the profile's own choice, or spread evenly over the week. */
import type { Profile } from "../records/profile.js";
import { WEEKDAYS, type Weekday } from "../records/vocab.js";

/**
 * Even spreads by days a week, chosen so that rest days fall between sessions wherever the count allows (our own
 * choice: 48 hours between sessions suits most people, and a back that needs recovery most of all).
 */
export const EVEN_TRAINING_DAYS: Record<number, readonly Weekday[]> = {
  1: ["wed"],
  2: ["mon", "thu"],
  3: ["mon", "wed", "fri"],
  4: ["mon", "tue", "thu", "fri"],
  5: ["mon", "tue", "wed", "fri", "sat"],
  6: ["mon", "tue", "wed", "thu", "fri", "sat"],
  7: WEEKDAYS,
};

/** The training weekdays, Monday first: profile.trainingDays when set (duplicates dropped), else an even spread. */
export function planWeekdays(profile: Pick<Profile, "daysPerWeek" | "trainingDays">): Weekday[] {
  if (profile.trainingDays && profile.trainingDays.length > 0) {
    const chosen = new Set(profile.trainingDays);
    return WEEKDAYS.filter((d) => chosen.has(d));
  }
  const n = Math.min(7, Math.max(1, Math.round(profile.daysPerWeek)));
  return [...(EVEN_TRAINING_DAYS[n] ?? EVEN_TRAINING_DAYS[3] ?? [])];
}
