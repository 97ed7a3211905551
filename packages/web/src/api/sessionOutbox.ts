/**
 * G6: the outbox of logged sets. Every set is written here first (localStorage, so a reload or a dead battery
 * keeps it), then sent in the order it was logged. The server stores a clientId once, so sending a set twice
 * never doubles it; a set leaves the outbox only when the server has answered it.
 */
import type { SetInput } from "@spotter/core";
import { ApiError } from "./errors.js";
import type { SetAnswer } from "./types.js";

/** One set waiting to be sent. */
export interface OutboxEntry {
  sessionId: string;
  input: SetInput;
  queuedAt: string;
  /** The last failure that was not a lost connection (shown to the user; the set is still kept and retried). */
  error?: string;
}

/** Where the outbox lives (localStorage in the browser; a map in tests). */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const OUTBOX_KEY = "spotter.outbox.v1";

function memoryStorage(): OutboxStorage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

function defaultStorage(): OutboxStorage {
  try {
    if (typeof localStorage !== "undefined") return localStorage;
  } catch {
    // Storage blocked (private mode in some browsers): keep the outbox in memory for this page.
  }
  return memoryStorage();
}

/** The outbox: a small store with subscribe, so React can read it with useSyncExternalStore. */
export class SetOutbox {
  private listeners = new Set<() => void>();
  private snapshot: OutboxEntry[];
  private flushing: Promise<number> | null = null;

  constructor(private storage: OutboxStorage = defaultStorage()) {
    this.snapshot = this.read();
  }

  private read(): OutboxEntry[] {
    try {
      const v = JSON.parse(this.storage.getItem(OUTBOX_KEY) ?? "[]");
      return Array.isArray(v) ? (v as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  }

  private write(entries: OutboxEntry[]): void {
    this.snapshot = entries;
    try {
      this.storage.setItem(OUTBOX_KEY, JSON.stringify(entries));
    } catch {
      // A full storage keeps the entries in memory for this page; the set is still sent when it can be.
    }
    for (const l of this.listeners) l();
  }

  /** Every waiting entry, oldest first (a stable array until the outbox changes). */
  entries = (): OutboxEntry[] => this.snapshot;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** Entries of one session. */
  forSession(sessionId: string): OutboxEntry[] {
    return this.snapshot.filter((e) => e.sessionId === sessionId);
  }

  /** Adds a set; the same clientId is never queued twice. */
  add(sessionId: string, input: SetInput, now: Date = new Date()): void {
    const current = this.read();
    if (current.some((e) => e.input.clientId === input.clientId)) return;
    this.write([...current, { sessionId, input, queuedAt: now.toISOString() }]);
  }

  /** Removes a set by its clientId (sent, or dropped by the user before it was sent). */
  remove(clientId: string): void {
    const current = this.read();
    if (!current.some((e) => e.input.clientId === clientId)) return;
    this.write(current.filter((e) => e.input.clientId !== clientId));
  }

  private markError(clientId: string, error: string): void {
    this.write(this.read().map((e) => (e.input.clientId === clientId ? { ...e, error } : e)));
  }

  /**
   * Sends waiting sets in order. A lost connection stops the run (the rest wait for the next one); a set the server
   * answers 409 for (stored, then deleted) leaves the outbox; any other failure is noted on the entry, which stays. `onSent` gets every answer. Answers how many were sent.
   * Only one run goes at a time; a second call joins the first.
   */
  flush(
    send: (e: OutboxEntry) => Promise<SetAnswer>,
    onSent: (e: OutboxEntry, answer: SetAnswer) => void,
  ): Promise<number> {
    if (this.flushing) return this.flushing;
    const run = async () => {
      let sent = 0;
      for (const entry of this.read()) {
        try {
          const answer = await send(entry);
          this.remove(entry.input.clientId);
          sent += 1;
          onSent(entry, answer);
        } catch (e) {
          // 409: the server stored this set and it was deleted since; it is not sent again (API.md "Client ids").
          if (e instanceof ApiError && e.status === 409) {
            this.remove(entry.input.clientId);
            continue;
          }
          if (e instanceof ApiError && e.status !== 0 && e.status < 500 && e.status !== 429) {
            this.markError(entry.input.clientId, e.message);
            continue;
          }
          break;
        }
      }
      return sent;
    };
    this.flushing = run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }
}

/** The app's one outbox. */
export const setOutbox = new SetOutbox();
