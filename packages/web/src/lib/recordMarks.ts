/**
 * Personal records marked in the live session: a set's answer lists the records it set, and the set keeps its mark
 * for the rest of the browser tab's session (a reload included), so the lifter sees it where the set is listed.
 */
import type { RecordKind } from "@spotter/core";
import { useSyncExternalStore } from "react";

const KEY = "spotter.recordMarks";

/** What each record is called in the session. */
export const RECORD_WORDS: Record<RecordKind, string> = {
  heaviest: "heaviest set",
  e1rm: "best e1RM",
  reps: "most reps at this weight",
  volume: "best session volume",
};

function read(): Record<string, RecordKind[]> {
  try {
    const v = JSON.parse(sessionStorage.getItem(KEY) ?? "{}") as unknown;
    return v && typeof v === "object" ? (v as Record<string, RecordKind[]>) : {};
  } catch {
    return {};
  }
}

let marks: Record<string, RecordKind[]> = typeof sessionStorage === "undefined" ? {} : read();
const listeners = new Set<() => void>();

/** Keeps the records a set's answer listed (nothing when it listed none). */
export function noteRecords(setId: string, records: readonly RecordKind[] | undefined): void {
  if (!records || records.length === 0) return;
  marks = { ...marks, [setId]: [...records] };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(marks));
  } catch {
    // A full or blocked storage only loses the mark after a reload.
  }
  for (const l of listeners) l();
}

/** The records a set set, in words ("heaviest set and best estimated 1RM"), or null. */
export function recordText(kinds: readonly RecordKind[] | undefined): string | null {
  if (!kinds || kinds.length === 0) return null;
  const words = kinds.map((k) => RECORD_WORDS[k]);
  return words.length === 1 ? (words[0] ?? null) : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** Every set's record marks of this tab's session. */
export function useRecordMarks(): Readonly<Record<string, RecordKind[]>> {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => marks,
  );
}
