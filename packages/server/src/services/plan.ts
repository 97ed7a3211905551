/** The current plan's view of a day: whether it is a training day and how long its session is planned to be. */
import { weekdayOf } from "@spotter/core";
import { currentPlan } from "@spotter/db";
import type { Deps } from "../context.js";

/** The minimal plan shape this service reads (the full plan is planning's `WeeklyPlan`). */
interface PlanDays {
  days: { weekday: string; minutes: number }[];
}

/** Planned minutes of training on a day, or null for a rest day or no plan. */
export async function plannedMinutesOn(deps: Deps, userId: string, date: string): Promise<number | null> {
  const stored = await currentPlan<PlanDays>(deps.db.kysely, userId);
  const day = stored?.plan.days.find((d) => d.weekday === weekdayOf(date));
  return day ? day.minutes : null;
}
