/**
 * Saves one change of "Your back" with PUT /profile (only the changed field), then lets every view that reads these
 * lists fetch again (`refresh.derived`): the plan and today's session, next targets, the trigger findings.
 */
import type { ProfileUpdate } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.js";
import { profileKeys } from "../../api/keys.js";
import { refresh } from "../../api/refresh.js";

/** The fields "Your back" writes. */
export type BackUpdate = Pick<ProfileUpdate, "aggravating" | "cleared" | "diagnosisNotes" | "pinned">;

/** A mutation for one of the back lists or the notes; `onSaved` runs after the caches are updated. */
export function useSaveBack(onSaved?: (update: BackUpdate) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (update: BackUpdate) => api.putProfile(update),
    onSuccess: (profile, update) => {
      qc.setQueryData(profileKeys.all, profile);
      void refresh.derived(qc);
      onSaved?.(update);
    },
  });
}
