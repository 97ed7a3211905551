/**
 * The Insights screen's calls (SPEC §9): trigger statuses, habit links and trends, plus the few other reads the
 * screen joins with them (the next target that names a substitute, the plan's reasons, sessions and check-ins for
 * weekly counts) and the one write (the profile's `cleared` list). All built on the shared `request`.
 */

import type { ApiAnswer, HabitLink, Profile, TrendsResult, TriggerInsight } from "@spotter/core";
import { request } from "./client.js";
import type { Checkin, NextTarget, SessionListItem } from "./types.js";

/** The next target as `/exercises/:id/next` answers it, with the alternative a trigger is swapped for. */
export type NextWithSubstitute = NextTarget;

/** The current plan, only as far as this screen reads it. */
export interface PlanReasons {
  id: string;
  reasons: string[];
}

/** The plan's reasons, read from `GET /plans/current`'s one cache entry (`planKeys.current`) as a `select`. */
export function planReasonsOf(plan: ApiAnswer<"get /plans/current">): PlanReasons {
  return { id: plan.id, reasons: plan.reasons };
}

function qs(params: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The Insights screen's calls; their cache keys are `triggerKeys`, `insightKeys`, `sessionKeys` and `checkinKeys`. */
export const insightsApi = {
  triggers: () => request<TriggerInsight[]>("GET", "/insights/triggers"),
  habits: () => request<HabitLink[]>("GET", "/insights/habits"),
  trends: (from: string, to: string) => request<TrendsResult>("GET", `/insights/trends${qs({ from, to })}`),
  /** Sessions (with their sets) in a range, for the weekly working-set count. */
  sessions: (from: string, to: string) => request<SessionListItem[]>("GET", `/sessions${qs({ from, to })}`),
  /** Every check-in, for counting the days toward the habit links. */
  checkins: () => request<Checkin[]>("GET", "/checkins"),
  next: (exerciseId: string) => request<NextWithSubstitute>("GET", `/exercises/${encodeURIComponent(exerciseId)}/next`),
  /** T6: accepts or declines the re-test of a trigger Spotter found. */
  retest: (exerciseId: string, accept: boolean) =>
    request<TriggerInsight>("POST", `/insights/triggers/${encodeURIComponent(exerciseId)}/retest`, { accept }),
  /** Replaces the profile's list of exercises the user has been cleared for. */
  setCleared: (cleared: string[]) => request<Profile>("PUT", "/profile", { cleared }),
};
