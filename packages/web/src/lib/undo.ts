/**
 * Undo for log edits (SPEC G6, API.md "Added 2026-12": undo holds the DELETE until its window closes). A delete is
 * held here: the record is hidden at once and the DELETE is sent only when the window closes, so "Undo" needs no
 * second write and nothing is ever restored from a copy. An edit is sent at once; its undo sends the old values back.
 * The store lives outside React so a held delete survives leaving the screen it was made on.
 */
import { useSyncExternalStore } from "react";

/** How long a delete is held, and an undo offered, in ms. */
export const UNDO_MS = 8000;

/** One action the user may still undo. */
export interface UndoEntry {
  id: number;
  /** What happened, in a few words ("Set deleted."). */
  message: string;
  /** The record hidden while a delete is held (absent for an edit, which is already applied). */
  hides?: string;
}

interface Held extends UndoEntry {
  timer: ReturnType<typeof setTimeout>;
  commit?: () => Promise<void>;
  undo?: () => Promise<void> | void;
}

let held: Held[] = [];
/** Records whose DELETE is on its way: still hidden, no longer undoable. */
const sending = new Set<string>();
let failure: string | null = null;
let nextId = 1;
let snapshot: { entries: UndoEntry[]; hidden: ReadonlySet<string>; failure: string | null } = {
  entries: [],
  hidden: new Set(),
  failure: null,
};
const listeners = new Set<() => void>();

function publish(): void {
  snapshot = {
    entries: held.map(({ id, message, hides }) => ({ id, message, ...(hides ? { hides } : {}) })),
    hidden: new Set([...sending, ...held.flatMap((h) => (h.hides ? [h.hides] : []))]),
    failure,
  };
  for (const l of listeners) l();
}

function take(id: number): Held | undefined {
  const h = held.find((x) => x.id === id);
  if (!h) return undefined;
  clearTimeout(h.timer);
  held = held.filter((x) => x.id !== id);
  return h;
}

async function commitNow(id: number): Promise<void> {
  const h = take(id);
  if (!h?.commit) {
    publish();
    return;
  }
  // Still hidden until the server has answered, so the record does not flicker back in between.
  if (h.hides) sending.add(h.hides);
  publish();
  try {
    await h.commit();
    failure = null;
  } catch (e) {
    failure = `${h.message.replace(/\.$/, "")} did not reach the server, so it is back in your log. ${
      e instanceof Error ? e.message : ""
    }`.trim();
  } finally {
    if (h.hides) sending.delete(h.hides);
    publish();
  }
}

/**
 * Hides `hides` and sends `commit` (the DELETE) when the undo window closes. `commit` should refresh what the
 * delete changes (the next targets, insights) once it has succeeded.
 */
export function holdDelete(a: { message: string; hides: string; commit: () => Promise<void> }): number {
  const id = nextId++;
  const timer = setTimeout(() => void commitNow(id), UNDO_MS);
  held = [...held, { id, message: a.message, hides: a.hides, commit: a.commit, timer }];
  failure = null;
  publish();
  return id;
}

/** Offers to undo an edit already sent: `undo` sends the old values back. */
export function offerUndo(a: { message: string; undo: () => Promise<void> | void }): number {
  const id = nextId++;
  const timer = setTimeout(() => {
    take(id);
    publish();
  }, UNDO_MS);
  held = [...held, { id, message: a.message, undo: a.undo, timer }];
  failure = null;
  publish();
  return id;
}

/** Undoes one entry: a held delete is dropped (nothing was sent), an edit's old values are sent back. */
export async function undo(id: number): Promise<void> {
  const h = take(id);
  publish();
  if (!h?.undo) return;
  try {
    await h.undo();
  } catch (e) {
    failure = `The undo did not reach the server. ${e instanceof Error ? e.message : ""}`.trim();
    publish();
  }
}

/** Sends every held delete now (the page is going away, or a test wants them). */
export async function commitAll(): Promise<void> {
  await Promise.all(held.filter((h) => h.commit).map((h) => commitNow(h.id)));
}

/** Clears the last failure message. */
export function dismissFailure(): void {
  failure = null;
  publish();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The entries that can still be undone, the ids hidden by held deletes, and the last failure. */
export function useUndo(): typeof snapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

// A tab being closed gets its held deletes sent rather than dropped: the user asked for them.
if (typeof window !== "undefined") {
  window.addEventListener("pagehide", () => void commitAll());
}
