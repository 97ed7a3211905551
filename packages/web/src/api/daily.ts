/**
 * Daily support calls (API.md: GET /daily, POST /daily, DELETE /daily/:id) and the queries built on them. Every
 * write answers the whole day, so the cache is set from the answer instead of asking again.
 */
import type { DailyDay, DailyEntryInput, ProfileUpdate } from "@spotter/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { newClientId } from "../lib/format.js";
import { request } from "./client.js";
import { dailyKeys, profileKeys } from "./keys.js";
import { submit } from "./sync.js";

/** One entry as the screens write it; the client id and date are added here. */
export type DailyWrite = Omit<DailyEntryInput, "clientId" | "date">;

/** The calls. */
export const dailyApi = {
  get: (date: string) => request<DailyDay>("GET", `/daily?date=${encodeURIComponent(date)}`),
  log: (date: string, entry: DailyWrite, clientId: string = newClientId()) =>
    request<DailyDay>("POST", "/daily", { clientId, date, ...entry }),
  remove: (id: string) => request<void>("DELETE", `/daily/${encodeURIComponent(id)}`),
  putProfile: (update: ProfileUpdate) => request<unknown>("PUT", "/profile", update),
};

/** The day's water, supplements, breaks, cards and suggestions. */
export function useDaily(date: string, enabled = true) {
  return useQuery({ queryKey: dailyKeys.of(date), queryFn: () => dailyApi.get(date), enabled, staleTime: 30_000 });
}

/**
 * A logged entry's answer: the whole day, and the id of the entry just stored (for undo). With no signal the entry
 * waits in the outbox (`queued`): the day stays as it was until it is sent, and there is nothing to undo yet.
 */
export interface Logged {
  day: DailyDay | undefined;
  entryId: string | null;
  queued?: boolean;
}

/** Logs one entry; the answer replaces the cached day. */
export function useLogDaily(date: string) {
  const qc = useQueryClient();
  return useMutation({
    // Through the outbox (issue 16): one client id per tap, sent now or when the connection returns.
    mutationFn: async (entry: DailyWrite): Promise<Logged> => {
      const clientId = newClientId();
      const r = await submit({ kind: "daily", input: { clientId, date, ...entry } as DailyEntryInput });
      if (r.status === "refused") throw r.error;
      if (r.status === "queued")
        return { day: qc.getQueryData<DailyDay>(dailyKeys.of(date)), entryId: null, queued: true };
      const day = r.answer as DailyDay;
      return { day, entryId: day.entries?.find((e) => e.clientId === clientId)?.id ?? null };
    },
    onSuccess: ({ day, queued }) => {
      if (day && !queued) qc.setQueryData(dailyKeys.of(date), day);
    },
  });
}

/** Deletes one entry (undo), then reloads the day. */
export function useDeleteDaily(date: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => dailyApi.remove(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: dailyKeys.of(date) }),
  });
}

/** Saves part of the profile (water serving size, reminder hours) and refreshes the profile and the day. */
export function useSaveProfilePart() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (update: ProfileUpdate) => dailyApi.putProfile(update),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: profileKeys.all });
      qc.invalidateQueries({ queryKey: dailyKeys.all });
    },
  });
}
