/** One past session: when, pain before and after, the note, and every set. */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link, useParams } from "wouter";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import { SetList } from "../components/SetList.js";
import { dayText } from "../lib/format.js";
import { keys, useExercises, useProfile } from "../lib/queries.js";

/** The app an imported session came from, by its source slug. */
const IMPORT_APP: Record<string, string> = { strong: "Strong", hevy: "Hevy", fitnotes: "FitNotes" };

/** The session detail screen at /history/:id. */
export function SessionDetailScreen() {
  const { id = "" } = useParams<{ id: string }>();
  const session = useQuery({ queryKey: keys.session(id), queryFn: () => api.getSession(id) });
  const catalog = useExercises();
  const { data: profile } = useProfile();
  const byId = useMemo(() => new Map((catalog.data ?? []).map((e) => [e.id, e])), [catalog.data]);
  if (session.isPending) return <p className="loading">Loading…</p>;
  if (session.isError)
    return (
      <div className="error-box" role="alert">
        {messageOf(session.error)} <Link href="/history">All sessions</Link>
      </div>
    );
  const s = session.data;
  return (
    <section>
      <p>
        <Link href="/history">All sessions</Link>
      </p>
      <h1>
        {s.recovery ? "Recovery session" : "Session"}, {dayText(s.date)}
      </h1>
      <div className="card">
        {s.source === "spotter" || s.source === "spotter-backup" ? (
          <p>
            Pain before: {s.painBefore ?? "not logged"}. Pain after: {s.painAfter ?? "not logged"}.
          </p>
        ) : (
          <p>
            Imported from {IMPORT_APP[s.source] ?? "another app"}
            {s.title ? ` (${s.title})` : ""}. That app records no pain, so these sets count toward your progress but not
            toward finding what bothers your back.
          </p>
        )}
        {s.note && <p>Note: {s.note}</p>}
        {!s.finishedAt && s.source === "spotter" && (
          <Link href={`/session/${s.id}`} className="button primary">
            Continue this session
          </Link>
        )}
      </div>
      <div className="card">
        <h2>Sets</h2>
        <SetList sets={s.sets ?? []} exercises={byId} unit={profile?.unit ?? "kg"} />
      </div>
    </section>
  );
}
