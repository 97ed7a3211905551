/**
 * What waits on this phone (issue 16: "the screen shows what is waiting"): a line under the top bar whenever the
 * outbox holds anything, in words per kind, with a "Send now" button, and each entry the server refused with its
 * reason and a way to drop it. Nothing is shown while the outbox is empty.
 */
import { useState } from "react";
import type { OutboxEntry } from "../api/outbox.js";
import { flushOutbox, outbox, useOnline, useOutbox } from "../api/sync.js";

const KIND_WORDS: Record<OutboxEntry["kind"], [string, string]> = {
  "session-start": ["session start", "session starts"],
  set: ["set", "sets"],
  "session-finish": ["session finish", "session finishes"],
  checkin: ["check-in", "check-ins"],
  daily: ["daily entry", "daily entries"],
};

/** "3 sets and 1 check-in": the waiting entries counted by kind, in the order they were made. */
export function waitingText(entries: readonly OutboxEntry[]): string {
  const counts = new Map<OutboxEntry["kind"], number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const parts = [...counts].map(([k, n]) => `${n} ${KIND_WORDS[k][n === 1 ? 0 : 1]}`);
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** The line; `null` when nothing waits. */
export function SyncStatus() {
  const { entries } = useOutbox();
  const online = useOnline();
  const [busy, setBusy] = useState(false);
  if (entries.length === 0) return null;
  const refused = entries.filter((e) => e.error);
  return (
    <section className="sync-status" aria-label="Waiting to sync">
      <p role="status">
        <strong>{waitingText(entries)}</strong> {entries.length === 1 ? "waits" : "wait"} on this phone.{" "}
        {online
          ? "They are sent by themselves as soon as the server answers."
          : "You are offline: they are sent by themselves when the connection returns."}
      </p>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void flushOutbox().finally(() => setBusy(false));
        }}
      >
        {busy ? "Sending…" : "Send now"}
      </button>
      {refused.length > 0 && (
        <ul className="sync-refused">
          {refused.map((e) => (
            <li key={e.id}>
              <p>
                The server did not take a {KIND_WORDS[e.kind][0]}: {e.error}
              </p>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const also = e.kind === "session-start" ? " and its sets" : "";
                  if (
                    window.confirm(
                      `Remove this ${KIND_WORDS[e.kind][0]}${also} from this phone? It cannot be sent then.`,
                    )
                  )
                    outbox.drop(e.id);
                }}
              >
                Remove it
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
