/** Past sessions, newest first, each with its date, set count and top sets. */
import { addDays, type Exercise, type Unit } from "@spotter/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link } from "wouter";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import { sessionKeys } from "../api/keys.js";
import type { SessionListItem } from "../api/types.js";
import { setSummary } from "../components/SetList.js";
import { dayText } from "../lib/format.js";
import { useExercises, useProfile, useToday } from "../lib/queries.js";
import { topSets } from "../lib/sessionStats.js";
import { useUndo } from "../lib/undo.js";

function SessionRow(props: { s: SessionListItem; byId: ReadonlyMap<string, Exercise>; unit: Unit }) {
  // The list may come without sets; then this row reads the session itself.
  const detail = useQuery({
    queryKey: sessionKeys.one(props.s.id),
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
        {!props.s.finishedAt && props.s.source === "spotter" ? " · not finished" : ""}
        {SOURCE_TEXT[props.s.source] ? ` · ${SOURCE_TEXT[props.s.source]}` : ""}
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

/** Sessions a page of history holds (a page never splits a day, so it may hold a few more). */
const PAGE = 20;

/** Where a session came from, when another app logged it. */
const SOURCE_TEXT: Partial<Record<SessionListItem["source"], string>> = {
  strong: "from Strong",
  hevy: "from Hevy",
  fitnotes: "from FitNotes",
};

/** The history screen. */
export function HistoryScreen() {
  // Pages of the newest sessions, walking back from today: years of history (imports included) stay a tap away
  // however long ago the last session was, without loading every set at once.
  const today = useToday();
  const sessions = useInfiniteQuery({
    queryKey: sessionKeys.pages(today),
    queryFn: ({ pageParam }) => api.listSessions(undefined, pageParam, PAGE),
    initialPageParam: today,
    getNextPageParam: (last: SessionListItem[]) => {
      if (last.length < PAGE) return undefined;
      const oldest = last.reduce((a, b) => (a.date < b.date ? a : b));
      return addDays(oldest.date, -1);
    },
  });
  const catalog = useExercises();
  const { data: profile } = useProfile();
  const byId = useMemo(() => new Map((catalog.data ?? []).map((e) => [e.id, e])), [catalog.data]);
  // A session whose delete is held for undo is already gone from the user's point of view.
  const { hidden } = useUndo();
  const list = (sessions.data?.pages ?? [])
    .flat()
    .filter((s) => !hidden.has(s.id))
    .sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
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
            Start one from <Link href="/">Today</Link> after your check-in, or bring in your history from another app
            under <Link href="/me/import">Me, Import</Link>.
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
      {sessions.hasNextPage && (
        <p>
          <button type="button" onClick={() => sessions.fetchNextPage()} disabled={sessions.isFetchingNextPage}>
            {sessions.isFetchingNextPage ? "Loading…" : "Show earlier sessions"}
          </button>
        </p>
      )}
      {sessions.isSuccess && !sessions.hasNextPage && list.length > 0 && (
        <p className="small muted">That is every session in your log.</p>
      )}
    </section>
  );
}
