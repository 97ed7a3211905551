/** Shared queries: the keys and fetchers every screen uses, so one screen's write refreshes another's view. */
import { defaultProfile, type Profile } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.js";
import { browserTimeZone, todayIn } from "./format.js";

/** Query keys in one place. */
export const keys = {
  profile: ["profile"] as const,
  checkins: (from: string, to: string) => ["checkins", from, to] as const,
  readiness: (date: string) => ["readiness", date] as const,
  exercises: ["exercises"] as const,
  exerciseSearch: (q: string) => ["exercises", "q", q] as const,
  sessions: ["sessions"] as const,
  session: (id: string) => ["session", id] as const,
};

/** The signed-in user's profile. */
export function useProfile() {
  return useQuery({ queryKey: keys.profile, queryFn: api.getProfile, staleTime: 60_000 });
}

/** The profile with defaults filled in, for screens that only render once it has loaded. */
export function withDefaults(p: Partial<Profile> | undefined): Profile {
  return { ...defaultProfile(), timeZone: browserTimeZone(), ...(p ?? {}) } as Profile;
}

/** Today's local day in the profile's zone. */
export function useToday(): string {
  const { data } = useProfile();
  return todayIn(data?.timeZone ?? browserTimeZone());
}

/** The whole exercise catalog (no paging), cached for the session. */
export function useExercises() {
  return useQuery({ queryKey: keys.exercises, queryFn: () => api.listExercises(), staleTime: 10 * 60_000 });
}
