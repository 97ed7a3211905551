/**
 * The one durable outbox of the web app (G6, issue 16): starting a session, its sets, finishing it, check-ins and
 * daily entries are written here first, then sent in the order they were made. Each entry carries the client id
 * made once for its user action, and the server stores a client id once (API.md "Client ids"), so sending an entry
 * again never makes a second record; an entry leaves only when the server has answered it.
 *
 * Storage is localStorage (one JSON list), not IndexedDB: it is synchronous, so an entry is on disk before the tap
 * that made it returns, and the whole outbox is a few kilobytes (docs/ARCHITECTURE.md, "Choices that differ").
 *
 * A session started offline has no server id yet: its sets and finish name it by the start's client id (its "local
 * id"), and the outbox keeps the local-to-server id map once the start is answered.
 */
import type { CheckinInput, DailyEntryInput, SessionFinish, SessionInput, SetInput } from "@spotter/core";
import { ApiError } from "./errors.js";

/** What an entry asks the server to do. */
export type OutboxOp =
  | { kind: "session-start"; input: SessionInput }
  | { kind: "set"; sessionRef: string; input: SetInput }
  | { kind: "session-finish"; sessionRef: string; input: SessionFinish }
  | { kind: "checkin"; input: CheckinInput }
  | { kind: "daily"; input: DailyEntryInput };

/** One waiting entry. `id` is the op's client id (a finish, which has none, is keyed by its session). */
export type OutboxEntry = OutboxOp & {
  id: string;
  queuedAt: string;
  /** The user who made it (absent for entries made before the user was known): only they send or see it. */
  owner?: string;
  /** The last refusal that was not a lost connection (shown to the user; the entry is kept until they drop it). */
  error?: string;
};

/** Where the outbox lives (localStorage in the browser; a map in tests). */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The storage key; v1 held sets only and is read once into v2. */
export const OUTBOX_KEY = "spotter.outbox.v2";
const V1_KEY = "spotter.outbox.v1";

/** What is stored: the entries and the server ids of sessions started through the outbox. */
interface Stored {
  entries: OutboxEntry[];
  sessions: Record<string, string>;
  /** The signed-in user, as the app last learned it (null when unknown or logged out). */
  user?: string | null;
}

/** The id an op is kept under. */
export function entryId(op: OutboxOp): string {
  return op.kind === "session-finish" ? `finish:${op.sessionRef}` : op.input.clientId;
}

/** The session an op belongs to (its local or server id), if any. */
export function sessionRefOf(op: OutboxOp): string | undefined {
  if (op.kind === "set" || op.kind === "session-finish") return op.sessionRef;
  if (op.kind === "session-start") return op.input.clientId;
  return undefined;
}

/** True for a failure that means "not now" (no connection, server busy or down): the run stops and tries later. */
export function isTransient(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  return e.status === 0 || e.status === 429 || e.status >= 500 || e.status === 408;
}

/** How one entry's send went, for listeners. */
export type SentEvent = { entry: OutboxEntry; answer: unknown };

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

/** A snapshot for React: a new object whenever the outbox changes. */
export interface OutboxSnapshot {
  entries: readonly OutboxEntry[];
  sessions: Readonly<Record<string, string>>;
  user: string | null;
}

/** True when an entry is the signed-in user's (an entry with no maker, from before users were known, is anyone's). */
function mine(e: OutboxEntry, user: string | null): boolean {
  return e.owner === undefined || e.owner === user;
}

/** The outbox: a small store with subscribe, so React can read it with useSyncExternalStore. */
export class Outbox {
  private listeners = new Set<() => void>();
  private sentListeners = new Set<(e: SentEvent) => void>();
  private snap: OutboxSnapshot;
  private flushing: Promise<number> | null = null;
  /** The last refusal of each entry as thrown (in memory: a form shows its field errors from it). */
  private refusals = new Map<string, unknown>();

  constructor(private storage: OutboxStorage = defaultStorage()) {
    this.snap = this.view(this.read());
  }

  /** What the signed-in user sees and sends: their own entries (another account's wait for it to sign in again). */
  private view(stored: Stored): OutboxSnapshot {
    const user = stored.user ?? null;
    return { entries: stored.entries.filter((e) => mine(e, user)), sessions: stored.sessions, user };
  }

  /**
   * Tells the outbox who is signed in (at login, and when the app learns it). Entries are stamped with their maker;
   * a different account on the same phone never sends or sees them. Null when logged out.
   */
  setUser(user: string | null): void {
    const current = this.read();
    if ((current.user ?? null) === user) return;
    this.write({ ...current, user });
  }

  private read(): Stored {
    let stored: Stored = { entries: [], sessions: {} };
    try {
      const v = JSON.parse(this.storage.getItem(OUTBOX_KEY) ?? "null");
      if (v && Array.isArray(v.entries))
        stored = { entries: v.entries, sessions: v.sessions ?? {}, user: typeof v.user === "string" ? v.user : null };
    } catch {
      // A damaged value is read as empty rather than blocking the app.
    }
    return this.withV1(stored);
  }

  /** Sets queued by the previous version (v1) join the outbox once, so an update loses nothing. */
  private withV1(stored: Stored): Stored {
    let old: unknown;
    try {
      old = JSON.parse(this.storage.getItem(V1_KEY) ?? "null");
    } catch {
      old = null;
    }
    if (!Array.isArray(old) || old.length === 0) return stored;
    const known = new Set(stored.entries.map((e) => e.id));
    const moved: OutboxEntry[] = [];
    for (const e of old as { sessionId: string; input: SetInput; queuedAt: string }[]) {
      if (!e?.input?.clientId || known.has(e.input.clientId)) continue;
      moved.push({ kind: "set", sessionRef: e.sessionId, input: e.input, id: e.input.clientId, queuedAt: e.queuedAt });
    }
    const next = { ...stored, entries: [...moved, ...stored.entries] };
    try {
      this.storage.setItem(OUTBOX_KEY, JSON.stringify(next));
      this.storage.setItem(V1_KEY, "[]");
    } catch {
      // Kept in memory for this page; tried again on the next load.
    }
    return next;
  }

  private write(next: Stored): void {
    this.snap = this.view(next);
    try {
      this.storage.setItem(OUTBOX_KEY, JSON.stringify(next));
    } catch {
      // A full storage keeps the entries in memory for this page; they are still sent when they can be.
    }
    for (const l of this.listeners) l();
  }

  /** The current snapshot (stable until the outbox changes). */
  snapshot = (): OutboxSnapshot => this.snap;

  /** Every waiting entry, oldest first. */
  entries = (): readonly OutboxEntry[] => this.snap.entries;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** The last refusal of an entry as it was thrown (this page only). */
  refusalOf(id: string): unknown {
    return this.refusals.get(id);
  }

  /** Calls `fn` after each entry the server has answered (to update cached answers). */
  onSent(fn: (e: SentEvent) => void): () => void {
    this.sentListeners.add(fn);
    return () => this.sentListeners.delete(fn);
  }

  /** The server id of a session: itself, or the id its start was answered with. */
  serverIdOf(ref: string): string | undefined {
    const mapped = this.snap.sessions[ref];
    if (mapped) return mapped;
    const pendingStart = this.snap.entries.some((e) => e.kind === "session-start" && e.id === ref);
    return pendingStart ? undefined : ref;
  }

  /** Every id a session goes by here (its local id and its server id). */
  idsOf(ref: string): string[] {
    const ids = new Set([ref]);
    for (const [local, server] of Object.entries(this.snap.sessions)) {
      if (local === ref) ids.add(server);
      if (server === ref) ids.add(local);
    }
    return [...ids];
  }

  /** Entries of one session (by its local or server id). */
  forSession(ref: string): OutboxEntry[] {
    const ids = this.idsOf(ref);
    return this.snap.entries.filter((e) => {
      const r = sessionRefOf(e);
      return r !== undefined && ids.includes(r);
    });
  }

  /** Adds an entry; an id already waiting is never queued twice. Answers the entry. */
  add(op: OutboxOp, now: Date = new Date()): OutboxEntry {
    const current = this.read();
    const id = entryId(op);
    const found = current.entries.find((e) => e.id === id);
    if (found) return found;
    const owner = current.user ?? undefined;
    const entry = { ...op, id, queuedAt: now.toISOString(), ...(owner ? { owner } : {}) } as OutboxEntry;
    this.write({ ...current, entries: [...current.entries, entry] });
    return entry;
  }

  /** Removes an entry (answered, or dropped by the user before it was sent). */
  remove(id: string): void {
    const current = this.read();
    if (!current.entries.some((e) => e.id === id)) return;
    this.write({ ...current, entries: current.entries.filter((e) => e.id !== id) });
  }

  /** Drops an entry and everything that waits on it (a session start takes its sets and finish with it). */
  drop(id: string): void {
    const current = this.read();
    const target = current.entries.find((e) => e.id === id);
    if (!target) return;
    const gone = (e: OutboxEntry) => e.id === id || (target.kind === "session-start" && sessionRefOf(e) === id);
    this.write({ ...current, entries: current.entries.filter((e) => !gone(e)) });
  }

  private mark(id: string, error: string | undefined): void {
    const current = this.read();
    this.write({ ...current, entries: current.entries.map((e) => (e.id === id ? { ...e, error } : e)) });
  }

  private mapSession(local: string, server: string): void {
    const current = this.read();
    if (current.sessions[local] === server) return;
    // Keep the map small: the newest 50 sessions are plenty for links still open on this phone.
    const pairs = Object.entries({ ...current.sessions, [local]: server }).slice(-50);
    this.write({ ...current, sessions: Object.fromEntries(pairs) });
  }

  /**
   * Sends waiting entries in order. A lost connection or a busy server stops the run (the rest wait for the next);
   * a 409 (stored, then deleted) leaves the outbox; any other refusal is noted on the entry, which stays until the
   * user drops it, and the entries of a session whose start was refused wait with it. `send` answers the server's
   * answer; a session start's answer must carry the session `id`. Only one run goes at a time; a second call joins
   * the first. Answers how many entries were sent.
   */
  flush(send: (e: OutboxEntry, sessionId: string | undefined) => Promise<unknown>): Promise<number> {
    if (this.flushing) return this.flushing;
    const run = async () => {
      let sent = 0;
      const blocked = new Set<string>();
      const tried = new Set<string>();
      // Entries added while a run goes (a set logged mid-sync) join it: read again until nothing new is left.
      for (;;) {
        const stored = this.read();
        const todo = stored.entries.filter((e) => !tried.has(e.id) && mine(e, stored.user ?? null));
        if (todo.length === 0) return sent;
        for (const entry of todo) {
          tried.add(entry.id);
          const ref = entry.kind === "set" || entry.kind === "session-finish" ? entry.sessionRef : undefined;
          const sessionId = ref === undefined ? undefined : this.serverIdOf(ref);
          if (ref !== undefined && (sessionId === undefined || blocked.has(ref))) continue;
          try {
            const answer = await send(entry, sessionId);
            if (entry.kind === "session-start") {
              const id = (answer as { id?: string } | undefined)?.id;
              if (id) this.mapSession(entry.id, id);
            }
            this.remove(entry.id);
            this.refusals.delete(entry.id);
            sent += 1;
            for (const l of this.sentListeners) l({ entry, answer });
          } catch (e) {
            if (e instanceof ApiError && e.status === 409) {
              this.remove(entry.id);
              continue;
            }
            if (isTransient(e)) return sent;
            this.refusals.set(entry.id, e);
            this.mark(entry.id, e instanceof Error ? e.message : String(e));
            if (entry.kind === "session-start") blocked.add(entry.id);
          }
        }
      }
    };
    this.flushing = run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }
}
