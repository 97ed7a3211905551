/**
 * The guidance shown after the latest set of an exercise (G2, G3): the server's own answer to that set when it has
 * come (it carries the alternatives after a stop), else the stop rules replayed on the phone, so a set logged with
 * no signal is answered at once and the same way.
 */
import type { SetGuidance as CoreGuidance } from "@spotter/core";
import { useEffect, useState } from "react";
import { outbox } from "../../api/sync.js";
import type { SetAnswer, SetGuidance } from "../../api/types.js";
import { noteRecords } from "../../lib/recordMarks.js";
import type { SessionItem, ViewSet } from "./model.js";

/** The server's guidance per exercise, with the set it answered. */
type Served = Record<string, { clientId: string; guidance: SetGuidance }>;

/**
 * The exercise's sets today, its latest and the guidance after it. `last` is the replay's guidance per exercise.
 * Listens to the outbox for every sent set (records are noted for the set list's marks).
 */
export function useGuidance(
  item: SessionItem | undefined,
  sets: readonly ViewSet[],
  last: ReadonlyMap<string, CoreGuidance>,
) {
  const [served, setServed] = useState<Served>({});
  // The server's guidance for each set as it is answered (the outbox sends, in the background or now).
  useEffect(
    () =>
      outbox.onSent(({ entry, answer }) => {
        if (entry.kind !== "set") return;
        noteRecords((answer as SetAnswer).set.id, (answer as SetAnswer).records);
        const g = (answer as SetAnswer).guidance;
        // The day's targets stay as they were at the start; the next targets are refreshed at the finish.
        if (g) setServed((m) => ({ ...m, [entry.input.exerciseId]: { clientId: entry.input.clientId, guidance: g } }));
      }),
    [],
  );
  const mine = item ? sets.filter((s) => s.exerciseId === item.exerciseId) : [];
  const lastSet = mine.at(-1);
  const servedHere = item ? served[item.exerciseId] : undefined;
  const guidance =
    servedHere && lastSet && servedHere.clientId === lastSet.clientId
      ? servedHere.guidance
      : item
        ? last.get(item.exerciseId)
        : undefined;
  return { mine, lastSet, guidance };
}
