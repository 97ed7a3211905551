/**
 * Plans and today's session (API.md "Plans and sessions"): the weekly plan, swaps, a new plan from the profile, and
 * GET /today. The live session reads today's planned blocks from the same cache entry (`todayQueryKey(date)`), so
 * the Today card and the live session never disagree about what is planned.
 */
import type { BloodFlowSuggestion, TodayAnswer, WeeklyPlan } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { request } from "./client.js";
import type { Alternative } from "./types.js";

/** The current weekly plan as the server keeps it. */
export type CurrentPlan = WeeklyPlan & { id: string; createdAt?: string };

/** What a new plan changed: exercise ids that came in and went out. */
export interface PlanChanges {
  added: string[];
  removed: string[];
}

/** `POST /plans` answer: the new plan with what changed. */
export type NewPlan = CurrentPlan & { changes?: PlanChanges };

/** `GET /today` answer. */
export type TodayPlan = TodayAnswer & {
  date?: string;
  planId?: string;
  suggestions?: BloodFlowSuggestion[];
};

/** Query key of the current plan. */
export const planQueryKey = ["plan", "current"] as const;

/** Query key of GET /today for a day: shared with the live session, which reads the same entry. */
export function todayQueryKey(date: string) {
  return ["today", date] as const;
}

/** Query key of the alternatives to one exercise. */
export function alternativesQueryKey(exerciseId: string) {
  return ["alternatives", exerciseId] as const;
}

/** Query key of the exercise statuses (T2) the swap sheet marks. */
export const statusesQueryKey = ["plan", "statuses"] as const;

/** One entry of GET /insights/triggers, as far as the swap sheet reads it. */
interface TriggerEntry {
  subject?: { exerciseId?: string; pattern?: string };
  status?: string;
}

/** The calls of this area. */
export const planApi = {
  current: () => request<CurrentPlan>("GET", "/plans/current"),
  make: () => request<NewPlan>("POST", "/plans", {}),
  swap: (dayIndex: number, fromExerciseId: string, toExerciseId: string) =>
    request<CurrentPlan>("POST", "/plans/current/swap", { dayIndex, fromExerciseId, toExerciseId }),
  /** Exercise statuses by id (T2) from GET /insights/triggers; pattern entries are left out. */
  statuses: () =>
    request<unknown>("GET", "/insights/triggers").then((v) => {
      const list = Array.isArray(v) ? (v as TriggerEntry[]) : [];
      const out: Record<string, string> = {};
      for (const t of list) if (t.subject?.exerciseId && t.status) out[t.subject.exerciseId] = t.status;
      return out;
    }),
  today: (date: string) => request<TodayPlan>("GET", `/today?date=${encodeURIComponent(date)}`),
  alternatives: (exerciseId: string) =>
    request<unknown>("GET", `/exercises/${encodeURIComponent(exerciseId)}/alternatives`).then((v) =>
      Array.isArray(v) ? (v as Alternative[]) : [],
    ),
};

/** The current plan (made on first use by the server). */
export function usePlan() {
  return useQuery({ queryKey: planQueryKey, queryFn: planApi.current, staleTime: 30_000 });
}

/** Today's session for a day, adapted to the day's tier (P5). */
export function useTodayPlan(date: string, enabled = true) {
  return useQuery({ queryKey: todayQueryKey(date), queryFn: () => planApi.today(date), enabled });
}
