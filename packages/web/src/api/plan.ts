/**
 * Plans and today's session (API.md "Plans and sessions"): the weekly plan, swaps, a new plan from the profile, and
 * GET /today. The live session reads today's planned blocks from the same cache entry (`todayKeys.of(date)`), so
 * the Today card and the live session never disagree about what is planned.
 */
import type { ApiAnswer } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { request } from "./client.js";
import { planKeys, todayKeys } from "./keys.js";
import type { Alternative } from "./types.js";

/** The current weekly plan as the server keeps it. */
export type CurrentPlan = ApiAnswer<"get /plans/current">;

/** `POST /plans` answer: the new plan with what changed. */
export type NewPlan = ApiAnswer<"post /plans">;

/** What a new plan changed: exercise ids that came in and went out. */
export type PlanChanges = NewPlan["changes"];

/** `GET /today` answer, read by the Today card and the live session from one cache entry. */
export type TodayPlan = ApiAnswer<"get /today">;

/**
 * Exercise statuses by id (T2) from the `GET /insights/triggers` list, pattern entries left out: the swap sheet
 * reads the trigger list's one cache entry (`triggerKeys.all`) through this as a `select`.
 */
export function statusMapOf(list: ApiAnswer<"get /insights/triggers">): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of list) if (t.subject.exerciseId) out[t.subject.exerciseId] = t.status;
  return out;
}

/** The calls of this area. */
export const planApi = {
  current: () => request<CurrentPlan>("GET", "/plans/current"),
  make: () => request<NewPlan>("POST", "/plans", {}),
  swap: (dayIndex: number, fromExerciseId: string, toExerciseId: string) =>
    request<CurrentPlan>("POST", "/plans/current/swap", { dayIndex, fromExerciseId, toExerciseId }),
  /** `GET /insights/triggers` as it comes (cached under `triggerKeys.all`; read through `statusMapOf`). */
  triggers: () => request<ApiAnswer<"get /insights/triggers">>("GET", "/insights/triggers"),
  today: (date: string) => request<TodayPlan>("GET", `/today?date=${encodeURIComponent(date)}`),
  alternatives: (exerciseId: string) =>
    request<Alternative[]>("GET", `/exercises/${encodeURIComponent(exerciseId)}/alternatives`),
};

/** The current plan (made on first use by the server). */
export function usePlan() {
  return useQuery({ queryKey: planKeys.current, queryFn: planApi.current, staleTime: 30_000 });
}

/** Today's session for a day, adapted to the day's tier (P5). */
export function useTodayPlan(date: string, enabled = true) {
  return useQuery({ queryKey: todayKeys.of(date), queryFn: () => planApi.today(date), enabled });
}
