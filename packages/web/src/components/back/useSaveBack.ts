/**
 * Saves one change of "Your back" with PUT /profile (only the changed field), then lets every view that reads these
 * lists fetch again: the profile, the plan and today's session, and the Library's trigger findings.
 */
import type { ProfileUpdate } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.js";
import { libraryKeys } from "../../api/library.js";
import { keys } from "../../lib/queries.js";

/** The fields "Your back" writes. */
export type BackUpdate = Pick<ProfileUpdate, "aggravating" | "cleared" | "diagnosisNotes" | "pinned">;

/** A mutation for one of the back lists or the notes; `onSaved` runs after the caches are updated. */
export function useSaveBack(onSaved?: (update: BackUpdate) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (update: BackUpdate) => api.putProfile(update),
    onSuccess: (profile, update) => {
      qc.setQueryData(keys.profile, profile);
      void qc.invalidateQueries({ queryKey: keys.profile });
      void qc.invalidateQueries({ queryKey: ["plan"] });
      void qc.invalidateQueries({ queryKey: ["today"] });
      void qc.invalidateQueries({ queryKey: libraryKeys.triggers });
      onSaved?.(update);
    },
  });
}
