/**
 * Edits of the training log from the history screens (SPEC G6): a set changed, a set or a whole session deleted,
 * each with undo (`undo.ts`). Everything Spotter concludes is derived from the log, so after a change every answer
 * that may read it (next targets, insights, today, records) is refreshed; only the profile and the catalog stay.
 */
import type { LoggedSet, SessionWithSets } from "@spotter/core";
import type { QueryClient } from "@tanstack/react-query";
import { api, request } from "../api/client.js";
import { exerciseKeys, sessionKeys } from "../api/keys.js";
import { refresh } from "../api/refresh.js";
import { sessionApi } from "../api/session.js";
import type { SetEdit } from "../components/SetList.js";
import { holdDelete, offerUndo } from "./undo.js";

/** Refreshes every answer derived from the log (all but the profile, the catalog and the account). */
export function refreshDerived(qc: QueryClient): Promise<void> {
  return refresh.derived(qc);
}

/** The old values of the fields an edit changes, so undo can send them back. */
export function previousValues(set: LoggedSet, edit: SetEdit): SetEdit {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(edit)) {
    const v = (set as unknown as Record<string, unknown>)[k];
    // An imported set's unlogged pain cannot be written back as "unlogged"; the chosen value stays.
    if (v === null && (k === "pain" || k === "painKind")) continue;
    out[k] = v;
  }
  return out as SetEdit;
}

/** The three log edits of a session screen, with undo and the refresh. */
export function logEdits(qc: QueryClient, sessionId: string) {
  const setInCache = (set: LoggedSet) =>
    qc.setQueryData<SessionWithSets>(sessionKeys.one(sessionId), (s) =>
      s ? { ...s, sets: s.sets.map((x) => (x.id === set.id ? set : x)) } : s,
    );
  return {
    /** Sends the changed fields now; undo sends the old ones back. */
    async editSet(set: LoggedSet, edit: SetEdit): Promise<void> {
      if (Object.keys(edit).length === 0) return;
      const saved = await sessionApi.patchSet(sessionId, set.id, edit);
      setInCache(saved);
      void refreshDerived(qc);
      offerUndo({
        message: "Set changed.",
        undo: async () => {
          setInCache(await sessionApi.patchSet(sessionId, set.id, previousValues(set, edit)));
          await refreshDerived(qc);
        },
      });
    },
    /** Writes the note on one exercise of the session (an empty note removes it). */
    async exerciseNote(current: Readonly<Record<string, string>> | null | undefined, exerciseId: string, text: string) {
      const notes = { ...(current ?? {}), [exerciseId]: text };
      const saved = await request<SessionWithSets>("PATCH", `/sessions/${encodeURIComponent(sessionId)}`, {
        exerciseNotes: notes,
      });
      qc.setQueryData<SessionWithSets>(sessionKeys.one(sessionId), (s) =>
        s ? { ...s, exerciseNotes: saved.exerciseNotes ?? null } : s,
      );
      void qc.invalidateQueries({ queryKey: exerciseKeys.of(exerciseId) });
    },
    /** Hides the set and sends the DELETE when the undo window closes. */
    deleteSet(set: LoggedSet): void {
      holdDelete({
        message: "Set deleted.",
        hides: set.id,
        commit: async () => {
          await sessionApi.deleteSet(sessionId, set.id);
          await refreshDerived(qc);
        },
      });
    },
    /** Hides the session (history lists skip it) and sends the DELETE when the undo window closes. */
    deleteSession(): void {
      holdDelete({
        message: "Session deleted.",
        hides: sessionId,
        commit: async () => {
          await api.deleteSession(sessionId);
          qc.removeQueries({ queryKey: sessionKeys.one(sessionId) });
          await refreshDerived(qc);
        },
      });
    },
  };
}
