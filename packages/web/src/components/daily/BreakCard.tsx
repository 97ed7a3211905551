/** The next movement break (D2): when it is due, and one tap to log a break taken. */
import type { DailyDay, Profile } from "@spotter/core";
import { useState } from "react";
import { useDeleteDaily, useLogDaily } from "../../api/daily.js";
import { messageOf } from "../../api/errors.js";
import { breakLine, lastBreakFrom } from "../../lib/reminders.js";
import { useNow } from "./useNow.js";
import { timeOf } from "./WaterCard.js";

/** The break card. */
export function BreakCard(props: { day: DailyDay; date: string; profile: Profile }) {
  const { day, date, profile } = props;
  const now = useNow();
  const log = useLogDaily(date);
  const del = useDeleteDaily(date);
  const [lastId, setLastId] = useState<string | null>(null);
  const entries = day.entries ?? [];
  const lastBreakMs = lastBreakFrom(entries);
  const line = breakLine({
    nowMs: now,
    timeZone: profile.timeZone,
    reminders: profile.reminders,
    sittingHours: profile.sittingHours,
    lastBreakMs,
  });
  const lastText = lastBreakMs !== null ? timeOf(new Date(lastBreakMs).toISOString(), profile.timeZone) : null;
  return (
    <div className={`card break-card${line.due ? " due" : ""}`}>
      <h2>Movement breaks</h2>
      <p className="break-line">
        <strong>{line.text}</strong>
      </p>
      <p className="small muted">
        {day.breaks === 0
          ? "No breaks logged yet today. Standing up and walking for a minute or two eases long sitting."
          : `${day.breaks} ${day.breaks === 1 ? "break" : "breaks"} today, the last at ${lastText}.`}
      </p>
      <button
        type="button"
        className={line.due ? "primary big" : "big"}
        disabled={log.isPending}
        onClick={() =>
          log.mutate({ kind: "break", at: new Date().toISOString() }, { onSuccess: (r) => setLastId(r.entryId) })
        }
      >
        I took a break
      </button>
      <div aria-live="polite">
        {lastId && (
          <p className="row small">
            Break logged.
            <button
              type="button"
              className="link-button"
              disabled={del.isPending}
              onClick={() => del.mutate(lastId, { onSuccess: () => setLastId(null) })}
            >
              Undo
            </button>
          </p>
        )}
      </div>
      {log.isError && (
        <p className="field-error" role="alert">
          {messageOf(log.error)}
        </p>
      )}
    </div>
  );
}
