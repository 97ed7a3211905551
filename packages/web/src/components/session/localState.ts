/**
 * What the live session keeps on the phone besides the outbox: the exercises added today, the exercise in front of
 * the user (so a reload or "Try again" reopens it), and a session whose start still waits in the outbox. Keys follow
 * the session's client id, which stays the same when a waiting session gets its server id.
 */
import type { OutboxEntry } from "../../api/outbox.js";
import type { SessionWithSets } from "../../api/types.js";

/**
 * A session started through the outbox that the server has not answered yet: shown from its start entry, so a
 * session started with no signal opens (and reopens after a reload) at once.
 */
export function waitingSession(e: Extract<OutboxEntry, { kind: "session-start" }>): SessionWithSets {
  const i = e.input;
  return {
    id: e.id,
    clientId: i.clientId,
    date: i.date,
    startedAt: i.startedAt,
    finishedAt: null,
    painBefore: i.painBefore ?? null,
    painAfter: null,
    note: null,
    title: null,
    recovery: false,
    source: "spotter",
    createdAt: e.queuedAt,
    updatedAt: e.queuedAt,
    sets: [],
  } as SessionWithSets;
}

/** Where the exercises added to a session are kept. */
export const addedKey = (sessionId: string) => `spotter.session.${sessionId}.added`;

const atKey = (sessionKey: string) => `spotter.session.${sessionKey}.at`;

export function readAt(sessionKey: string): string | null {
  try {
    return localStorage.getItem(atKey(sessionKey));
  } catch {
    return null;
  }
}

export function saveAt(sessionKey: string, exerciseId: string | null): void {
  try {
    if (exerciseId) localStorage.setItem(atKey(sessionKey), exerciseId);
    else localStorage.removeItem(atKey(sessionKey));
  } catch {
    // Kept for this page only.
  }
}
