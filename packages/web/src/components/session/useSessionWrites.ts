/**
 * The live session's writes besides logging a set: a logged set edited or deleted, a note on an exercise, and the
 * finish. The finish goes through the outbox after the session's sets; with no signal it waits there (and the
 * screen says so), and the next targets come when it is sent; its answer updates the caches (`api/sync.ts`).
 */
import type { LoggedSet } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sessionKeys } from "../../api/keys.js";
import { sessionApi } from "../../api/session.js";
import { submit } from "../../api/sync.js";
import type { SessionWithSets } from "../../api/types.js";
import { logEdits } from "../../lib/logEdits.js";
import type { SetEdit } from "../SetList.js";

/** The mutations of one session; `onFinished` runs once the finish is sent or waits in the outbox. */
export function useSessionWrites(session: SessionWithSets, onFinished: () => void) {
  const qc = useQueryClient();
  const edit = useMutation({
    mutationFn: (a: { set: LoggedSet; patch: SetEdit }) => sessionApi.patchSet(session.id, a.set.id, a.patch),
    onSettled: () => qc.invalidateQueries({ queryKey: sessionKeys.one(session.id) }),
  });
  // A note on an exercise of this session (API.md: PATCH /sessions/:id with exerciseNotes).
  const note = useMutation({
    mutationFn: (a: { exerciseId: string; text: string }) =>
      logEdits(qc, session.id).exerciseNote(session.exerciseNotes, a.exerciseId, a.text),
  });
  const remove = useMutation({
    mutationFn: (s: LoggedSet) => sessionApi.deleteSet(session.id, s.id),
    onSuccess: (_v, s) =>
      qc.setQueryData<SessionWithSets>(sessionKeys.one(session.id), (x) =>
        x ? { ...x, sets: x.sets.filter((y) => y.id !== s.id) } : x,
      ),
  });
  const finish = useMutation({
    mutationFn: async (a: { painAfter: number; note: string | null }) => {
      const r = await submit({
        kind: "session-finish",
        sessionRef: session.id,
        input: { finishedAt: new Date().toISOString(), painAfter: a.painAfter, note: a.note },
      });
      if (r.status === "refused") throw r.error;
      return r;
    },
    onSuccess: () => {
      onFinished();
      window.scrollTo({ top: 0 });
    },
  });
  /** The first error of the set list's writes, for the one error box above it. */
  const listError = edit.error ?? remove.error ?? note.error;
  return { edit, note, remove, finish, listError };
}
