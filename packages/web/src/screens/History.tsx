/** Past sessions, newest first, each with its date, set count and top sets. */
import { addDays, type Exercise, type Unit } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link } from "wouter";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import type { SessionListItem } from "../api/types.js";
import { setSummary } from "../components/SetList.js";
import { dayText } from "../lib/format.js";
import { keys, useExercises, useProfile, useToday } from "../lib/queries.js";
import { topSets } from "../lib/sessionStats.js";

function SessionRow(props: { s: SessionListItem; byId: ReadonlyMap<string, Exercise>; unit: Unit }) {
  // The list may come without sets; then this row reads the session itself.
  const detail = useQuery({
    queryKey: keys.session(props.s.id),
    queryFn: () => api.getSession(props.s.id),
    enabled: !props.s.sets,
  });
  const sets = props.s.sets ?? detail.data?.sets;
  const tops = sets ? topSets(sets) : [];
  return (
    <li>
      <Link href={`/history/${props.s.id}`}>
        <strong>{dayText(props.s.date)}</strong>
        {props.s.recovery ? " · recovery" : ""}
        {!props.s.finishedAt ? " · not finished" : ""}
      </Link>
      <p className="small muted" style={{ margin: 0 }}>
        {sets ? `${sets.length} ${sets.length === 1 ? "set" : "sets"}` : "Loading…"}
        {props.s.painBefore !== null ? ` · pain ${props.s.painBefore} before` : ""}
        {props.s.painAfter !== null ? `, ${props.s.painAfter} after` : ""}
      </p>
      {tops.length > 0 && (
        <ul className="small" style={{ margin: "4px 0 0", paddingLeft: 18 }}>
          {tops.slice(0, 4).map((t) => (
            <li key={t.id}>
              {props.byId.get(t.exerciseId)?.name ?? t.exerciseId}: {setSummary(t, props.unit)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The history screen. */
export function HistoryScreen() {
  // Twelve weeks at a time: years of history stay one tap away without loading every set at once.
  const [weeks, setWeeks] = useState(12);
  const today = useToday();
  const from = addDays(today, -(weeks * 7) + 1);
  const sessions = useQuery({
    queryKey: [...keys.sessions, "history", from],
    queryFn: () => api.listSessions(from, today),
    placeholderData: (prev) => prev,
  });
  const catalog = useExercises();
  const { data: profile } = useProfile();
  const byId = useMemo(() => new Map((catalog.data ?? []).map((e) => [e.id, e])), [catalog.data]);
  const list = [...(sessions.data ?? [])].sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
  return (
    <section>
      <h1>Past sessions</h1>
      {sessions.isPending && <p className="loading">Loading…</p>}
      {sessions.isError && (
        <div className="error-box" role="alert">
          {messageOf(sessions.error)}
        </div>
      )}
      {sessions.isSuccess && list.length === 0 && (
        <div className="card">
          <p>
            Your finished sessions will be listed here, with the sets you logged and your best set of each exercise.
            Start one from <Link href="/">Today</Link> after your check-in.
          </p>
        </div>
      )}
      {list.length > 0 && (
        <ul className="list card">
          {list.map((s) => (
            <SessionRow key={s.id} s={s} byId={byId} unit={profile?.unit ?? "kg"} />
          ))}
        </ul>
      )}
      {sessions.isSuccess && (
        <p>
          <span className="small">Showing sessions since {dayText(from)}. </span>
          <button type="button" onClick={() => setWeeks((w) => w + 12)} disabled={sessions.isFetching}>
            {sessions.isFetching ? "Loading…" : "Show 12 earlier weeks"}
          </button>
        </p>
      )}
    </section>
  );
}
