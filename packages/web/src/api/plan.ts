/**
 * Plans and today's session (API.md "Plans and sessions"): the weekly plan, swaps, a new plan from the profile, and
 * GET /today. The live session reads today's planned blocks from the same cache entry (`todayQueryKey(date)`), so
 * the Today card and the live session never disagree about what is planned.
 */
import type { ApiAnswer } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { request } from "./client.js";
import { alternativeKeys } from "./keys.js";
import type { Alternative } from "./types.js";

/** The current weekly plan as the server keeps it. */
export type CurrentPlan = ApiAnswer<"get /plans/current">;

/** `POST /plans` answer: the new plan with what changed. */
export type NewPlan = ApiAnswer<"post /plans">;

/** What a new plan changed: exercise ids that came in and went out. */
export type PlanChanges = NewPlan["changes"];

/** `GET /today` answer, read by the Today card and the live session from one cache entry. */
export type TodayPlan = ApiAnswer<"get /today">;

/** Query key of the current plan. */
export const planQueryKey = ["plan", "current"] as const;

/** Query key of GET /today for a day: shared with the live session, which reads the same entry. */
export function todayQueryKey(date: string) {
  return ["today", date] as const;
}

/** Query key of the alternatives to one exercise. */
export function alternativesQueryKey(exerciseId: string) {
  return alternativeKeys.of(exerciseId);
}

/** Query key of the exercise statuses (T2) the swap sheet marks. */
export const statusesQueryKey = ["plan", "statuses"] as const;

/** The calls of this area. */
export const planApi = {
  current: () => request<CurrentPlan>("GET", "/plans/current"),
  make: () => request<NewPlan>("POST", "/plans", {}),
  swap: (dayIndex: number, fromExerciseId: string, toExerciseId: string) =>
    request<CurrentPlan>("POST", "/plans/current/swap", { dayIndex, fromExerciseId, toExerciseId }),
  /** Exercise statuses by id (T2) from GET /insights/triggers; pattern entries are left out. */
  statuses: () =>
    request<ApiAnswer<"get /insights/triggers">>("GET", "/insights/triggers").then((list) => {
      const out: Record<string, string> = {};
      for (const t of list) if (t.subject.exerciseId) out[t.subject.exerciseId] = t.status;
      return out;
    }),
  today: (date: string) => request<TodayPlan>("GET", `/today?date=${encodeURIComponent(date)}`),
  alternatives: (exerciseId: string) =>
    request<Alternative[]>("GET", `/exercises/${encodeURIComponent(exerciseId)}/alternatives`),
};

/** The current plan (made on first use by the server). */
export function usePlan() {
  return useQuery({ queryKey: planQueryKey, queryFn: planApi.current, staleTime: 30_000 });
}

/** Today's session for a day, adapted to the day's tier (P5). */
export function useTodayPlan(date: string, enabled = true) {
  return useQuery({ queryKey: todayQueryKey(date), queryFn: () => planApi.today(date), enabled });
}
