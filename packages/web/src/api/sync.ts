/**
 * Sending the outbox (issue 16): the app's one outbox, how each entry is sent, the loop that sends by itself (at
 * start, when the connection returns, when the app comes back to the front, and every few seconds while anything
 * waits), and how answers update the cached screens. Screens write through `submit` (a check-in, a session start,
 * a finish: the answer is awaited for a few seconds, and a refusal comes back to the form) or `enqueue` (a set:
 * never waited for).
 */
import type { DailyDay } from "@spotter/core";
import type { QueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { api, request } from "./client.js";
import { ApiError } from "./errors.js";
import { dailyKeys, sessionKeys } from "./keys.js";
import { Outbox, type OutboxEntry, type OutboxOp, type OutboxSnapshot } from "./outbox.js";
import { refresh } from "./refresh.js";
import { type FinishAnswer, sessionApi } from "./session.js";
import type { CheckinAnswer, LoggedSet, SessionWithSets, SetAnswer, TrainingSession } from "./types.js";

/** The app's one outbox. */
export const outbox = new Outbox();

/** Sends one entry; `sessionId` is the server id of the entry's session (sets and finishes). */
export function sendEntry(e: OutboxEntry, sessionId: string | undefined): Promise<unknown> {
  switch (e.kind) {
    case "session-start":
      return api.startSession(e.input);
    case "set":
      return sessionApi.logSet(sessionId ?? e.sessionRef, e.input);
    case "session-finish":
      return sessionApi.finish(sessionId ?? e.sessionRef, e.input);
    case "checkin":
      return api.postCheckin(e.input);
    case "daily":
      return request<DailyDay>("POST", "/daily", e.input);
  }
}

/** Sends what waits (joins a run already going). */
export function flushOutbox(): Promise<number> {
  return outbox.flush(sendEntry);
}

/** How a submitted entry went. */
export type Submitted =
  | { status: "sent"; answer: unknown }
  | { status: "queued"; entry: OutboxEntry }
  | { status: "refused"; error: ApiError };

/**
 * Writes an op to the outbox and tries to send it at once, waiting up to `waitMs` for its answer. A refusal (a 4xx
 * other than 409) takes the entry out again and comes back to the caller, who shows it on the form; no connection
 * (or no answer in time) leaves it queued, and the loop sends it later.
 */
export async function submit(op: OutboxOp, waitMs = 5000): Promise<Submitted> {
  const entry = outbox.add(op);
  let answer: { value: unknown } | null = null;
  const stop = outbox.onSent((s) => {
    if (s.entry.id === entry.id) answer = { value: s.answer };
  });
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      flushOutbox(),
      new Promise((r) => {
        timer = setTimeout(r, waitMs);
      }),
    ]);
    clearTimeout(timer);
  } finally {
    stop();
  }
  const got = answer as { value: unknown } | null;
  if (got) return { status: "sent", answer: got.value };
  const now = outbox.entries().find((e) => e.id === entry.id);
  if (now?.error) {
    outbox.drop(entry.id);
    const thrown = outbox.refusalOf(entry.id);
    return { status: "refused", error: thrown instanceof ApiError ? thrown : new ApiError(400, "HTTP_400", now.error) };
  }
  return { status: "queued", entry: now ?? entry };
}

/** Adds an op without waiting and starts a send in the background. */
export function enqueue(op: OutboxOp): OutboxEntry {
  const entry = outbox.add(op);
  void flushOutbox();
  return entry;
}

/** Adds a sent set to a cached session, once. */
function withSet(s: SessionWithSets | undefined, set: LoggedSet): SessionWithSets | undefined {
  if (!s || s.sets.some((x) => x.clientId === set.clientId)) return s;
  return { ...s, sets: [...s.sets, set] };
}

/** Updates cached answers after each sent entry, so every screen shows what the server now has. */
export function updateCaches(qc: QueryClient, e: OutboxEntry, answer: unknown): void {
  switch (e.kind) {
    case "session-start":
      refresh.sessionStarted(qc, answer as TrainingSession);
      return;
    case "set": {
      const a = answer as SetAnswer;
      const id = outbox.serverIdOf(e.sessionRef) ?? e.sessionRef;
      qc.setQueryData<SessionWithSets>(sessionKeys.one(id), (s) => withSet(s, a.set));
      return;
    }
    case "session-finish":
      refresh.sessionFinished(qc, answer as FinishAnswer);
      return;
    case "checkin":
      void refresh.checkin(qc, e.input.date, answer as CheckinAnswer);
      return;
    case "daily":
      qc.setQueryData(dailyKeys.of(e.input.date), answer as DailyDay);
      return;
  }
}

/** How often the loop tries again while something waits. */
export const RETRY_MS = 10_000;

/**
 * Starts sending by itself: now, on `online`, when the page comes back to the front, and every `RETRY_MS` while
 * entries wait (a gym's weak signal often never fires `online`). Answers a function that stops it.
 */
export function startSync(qc: QueryClient): () => void {
  const offSent = outbox.onSent(({ entry, answer }) => updateCaches(qc, entry, answer));
  const kick = () => {
    if (outbox.entries().length > 0) void flushOutbox();
  };
  const onVisible = () => {
    if (document.visibilityState === "visible") kick();
  };
  window.addEventListener("online", kick);
  document.addEventListener("visibilitychange", onVisible);
  const timer = setInterval(kick, RETRY_MS);
  kick();
  return () => {
    offSent();
    window.removeEventListener("online", kick);
    document.removeEventListener("visibilitychange", onVisible);
    clearInterval(timer);
  };
}

/** The outbox as React state. */
export function useOutbox(): OutboxSnapshot {
  return useSyncExternalStore(outbox.subscribe, outbox.snapshot, outbox.snapshot);
}

/** The browser's idea of being online (a hint: a weak signal can say online and still fail). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (fn) => {
      window.addEventListener("online", fn);
      window.addEventListener("offline", fn);
      return () => {
        window.removeEventListener("online", fn);
        window.removeEventListener("offline", fn);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}
