/**
 * Shared queries: the fetchers every screen uses, under the keys of `api/keys.ts`, so one screen's write refreshes
 * another's view.
 */
import { defaultProfile, type Profile } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.js";
import { exerciseKeys, profileKeys } from "../api/keys.js";
import { browserTimeZone, todayIn } from "./format.js";

/** The signed-in user's profile. */
export function useProfile() {
  return useQuery({ queryKey: profileKeys.all, queryFn: api.getProfile, staleTime: 60_000 });
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
  return useQuery({ queryKey: exerciseKeys.catalog, queryFn: () => api.listExercises(), staleTime: 10 * 60_000 });
}
