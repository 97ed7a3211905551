/**
 * One past session: when, pain before and after, the note, and every set. Any set can be changed or deleted, and
 * the session itself deleted, each with undo (SPEC G6); what Spotter concludes from the log follows the change.
 */
import type { LoggedSet } from "@spotter/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link, useLocation, useParams } from "wouter";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import { type SetEdit, SetList } from "../components/SetList.js";
import { dayText } from "../lib/format.js";
import { logEdits } from "../lib/logEdits.js";
import { useExercises, useProfile } from "../lib/queries.js";
import { useUndo } from "../lib/undo.js";
import "../styles/log.css";
import { sessionKeys } from "../api/keys.js";

/** The app an imported session came from, by its source slug. */
const IMPORT_APP: Record<string, string> = { strong: "Strong", hevy: "Hevy", fitnotes: "FitNotes" };

/** The session detail screen at /history/:id. */
export function SessionDetailScreen() {
  const { id = "" } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const qc = useQueryClient();
  const session = useQuery({ queryKey: sessionKeys.one(id), queryFn: () => api.getSession(id) });
  const catalog = useExercises();
  const { data: profile } = useProfile();
  const { hidden } = useUndo();
  const [error, setError] = useState<string | null>(null);
  const byId = useMemo(() => new Map((catalog.data ?? []).map((e) => [e.id, e])), [catalog.data]);
  const edits = useMemo(() => logEdits(qc, id), [qc, id]);
  if (session.isPending) return <p className="loading">Loading…</p>;
  if (session.isError || hidden.has(id))
    return (
      <div className="error-box" role="alert">
        {session.isError ? messageOf(session.error) : "This session is being deleted."}{" "}
        <Link href="/history">All sessions</Link>
      </div>
    );
  const s = session.data;
  const sets = (s.sets ?? []).filter((x) => !hidden.has(x.id));
  const onEdit = (set: LoggedSet, patch: SetEdit) => {
    setError(null);
    edits.editSet(set, patch).catch((e: unknown) => setError(messageOf(e)));
  };
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
        <p className="small muted">
          Correct a set with Edit. Your next targets and insights are worked out again from the changed log.
        </p>
        {error && (
          <div className="error-box" role="alert">
            {error}
          </div>
        )}
        <SetList
          sets={sets}
          exercises={byId}
          unit={profile?.unit ?? "kg"}
          onEdit={onEdit}
          onDelete={(set) => edits.deleteSet(set)}
          exerciseNotes={s.exerciseNotes}
          onExerciseNote={(exerciseId, text) =>
            edits.exerciseNote(s.exerciseNotes, exerciseId, text).catch((e: unknown) => setError(messageOf(e)))
          }
        />
      </div>
      <div className="card">
        <h2>Delete this session</h2>
        <p className="small">
          Its sets leave your log, and your targets and insights no longer count them. You can undo for a few seconds.
        </p>
        <button
          type="button"
          className="danger"
          onClick={() => {
            edits.deleteSession();
            navigate("/history");
          }}
        >
          Delete session
        </button>
      </div>
    </section>
  );
}
