/**
 * The live session's data: its sets (the server's and those still in the outbox), today's planned blocks, the last
 * 120 days for last time's numbers, the exercises added today, the items in order, and the stop rules replayed over
 * the sets. Everything the screen shows is derived from this; nothing here writes to the server.
 */
import { addDays, type Exercise, type Unit } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { sessionKeys, todayKeys } from "../../api/keys.js";
import { sessionApi } from "../../api/session.js";
import { outbox, useOutbox } from "../../api/sync.js";
import type { SessionWithSets } from "../../api/types.js";
import { useKeptList } from "../../lib/keptList.js";
import { addedKey } from "./localState.js";
import { type AddedExercise, buildItems, mergeSets, progressOf, replay } from "./model.js";

/** How far back last time's numbers are looked for. */
const HISTORY_DAYS = 120;

/** The session's data and what follows from it; `byId` is the catalog, `unit` the profile's. */
export function useLiveData(session: SessionWithSets, byId: ReadonlyMap<string, Exercise>, unit: Unit) {
  const box = useOutbox();
  // Everything of this session still on the phone (by its local and its server id).
  const waiting = useMemo(() => {
    const ids = outbox.idsOf(session.id);
    return box.entries.filter(
      (e) => (e.kind === "set" || e.kind === "session-start") && ids.includes(e.kind === "set" ? e.sessionRef : e.id),
    );
  }, [box, session.id]);
  const waitingSets = waiting.filter((e) => e.kind === "set").length;
  const sets = useMemo(() => mergeSets(session.sets ?? [], waiting), [session.sets, waiting]);

  const today = useQuery({
    queryKey: todayKeys.of(session.date),
    queryFn: () => sessionApi.getToday(session.date),
    retry: false,
    staleTime: 5 * 60_000,
  });
  const from = addDays(session.date, -HISTORY_DAYS);
  const history = useQuery({
    queryKey: sessionKeys.list(from, session.date),
    queryFn: () => sessionApi.history(from, session.date),
    retry: false,
    staleTime: 5 * 60_000,
  });

  // Storage keys follow the client id, which a waiting session keeps when it gets its server id.
  const [added, saveAdded] = useKeptList<AddedExercise>(addedKey(session.clientId));
  const blocks = today.data?.session?.blocks;
  const measureOf = useCallback((id: string) => byId.get(id)?.measure ?? "reps", [byId]);
  const items = useMemo(() => buildItems(blocks, added, sets, measureOf), [blocks, added, sets, measureOf]);
  const recoveryIds =
    today.data?.readiness?.tier === "R2" ? (blocks ?? []).flatMap((b) => b.items.map((i) => i.exerciseId)) : undefined;
  const { stopped, last } = useMemo(
    () => replay(sets, session.painBefore, byId, unit, recoveryIds),
    [sets, session.painBefore, byId, unit, recoveryIds],
  );
  const progressAll = items.map((it) => progressOf(it, sets, 0, stopped));
  /** The items as they would be with `nextAdded` (to move to an exercise just added). */
  const itemsWith = (nextAdded: AddedExercise[]) => buildItems(blocks, nextAdded, sets, measureOf);

  return { waiting, waitingSets, sets, today, history, added, saveAdded, items, itemsWith, stopped, last, progressAll };
}

/** What `useLiveData` answers. */
export type LiveData = ReturnType<typeof useLiveData>;
