/**
 * The live session: pick an exercise, log sets (each saved as it is entered), read the guidance after each set,
 * fix or remove logged sets, and finish with pain after and a note.
 */
import type { Exercise, LoggedSet, SessionWithSets } from "@spotter/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { Link, useLocation, useParams } from "wouter";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import type { SetGuidance } from "../api/types.js";
import { ExercisePicker } from "../components/ExercisePicker.js";
import { PainSlider } from "../components/PainSlider.js";
import { RestTimer } from "../components/RestTimer.js";
import { SetForm } from "../components/SetForm.js";
import { SetList } from "../components/SetList.js";
import { dayText, defaultStep, newClientId, weightText } from "../lib/format.js";
import { keys, useExercises, useProfile } from "../lib/queries.js";
import { applyGuidance, draftFromSet, freshSetDraft, type SetDraft, setDraftToInput } from "../lib/setDraft.js";

/** The live-session screen at /session/:id. */
export function LiveSessionScreen() {
  const { id = "" } = useParams<{ id: string }>();
  const session = useQuery({ queryKey: keys.session(id), queryFn: () => api.getSession(id) });
  const catalog = useExercises();
  const { data: profile } = useProfile();
  if (session.isPending || catalog.isPending) return <p className="loading">Loading the session…</p>;
  if (session.isError)
    return (
      <div className="error-box" role="alert">
        {messageOf(session.error)} <Link href="/">Back to Today</Link>
      </div>
    );
  return <Live session={session.data} exercises={catalog.data ?? []} unit={profile?.unit ?? "kg"} />;
}

function Live(props: { session: SessionWithSets; exercises: Exercise[]; unit: "kg" | "lb" }) {
  const { session, unit } = props;
  const sets = session.sets ?? [];
  const byId = useMemo(() => new Map(props.exercises.map((e) => [e.id, e])), [props.exercises]);
  const last = sets.at(-1);
  const [exerciseId, setExerciseId] = useState<string | null>(last?.exerciseId ?? null);
  const [picking, setPicking] = useState(!last);
  const [draft, setDraft] = useState<SetDraft>(
    last ? draftFromSet(last, unit) : freshSetDraft(session.painBefore ?? 0),
  );
  const [guidance, setGuidance] = useState<SetGuidance | null>(null);
  const [restFrom, setRestFrom] = useState<number | null>(null);
  const qc = useQueryClient();
  const key = keys.session(session.id);
  const exercise = exerciseId ? byId.get(exerciseId) : undefined;
  const ofThis = sets.filter((s) => s.exerciseId === exerciseId);
  const stopped = guidance?.action === "stop-exercise";

  const pick = (e: Exercise) => {
    setExerciseId(e.id);
    setPicking(false);
    setGuidance(null);
    const prev = sets.filter((s) => s.exerciseId === e.id).at(-1);
    setDraft(prev ? draftFromSet(prev, unit) : { ...freshSetDraft(draft.pain), belt: false });
  };

  const log = useMutation({
    mutationFn: (input: ReturnType<typeof setDraftToInput>) => api.logSet(session.id, input),
    onSuccess: (answer) => {
      qc.setQueryData<SessionWithSets>(key, (s) => (s ? { ...s, sets: [...(s.sets ?? []), answer.set] } : s));
      setGuidance(answer.guidance ?? null);
      setRestFrom(Date.now());
      setDraft((d) => applyGuidance(d, answer.guidance, unit));
    },
  });
  const edit = useMutation({
    mutationFn: (a: { set: LoggedSet; patch: { reps: number; loadKg: number | null; pain: number } }) =>
      api.patchSet(session.id, a.set.id, a.patch),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
  const remove = useMutation({
    mutationFn: (s: LoggedSet) => api.deleteSet(session.id, s.id),
    onSuccess: (_v, s) =>
      qc.setQueryData<SessionWithSets>(key, (x) => (x ? { ...x, sets: x.sets.filter((y) => y.id !== s.id) } : x)),
  });

  if (session.finishedAt) {
    return (
      <section>
        <h1>Session finished</h1>
        <p>
          This session is finished. <Link href={`/history/${session.id}`}>See what you did</Link>.
        </p>
      </section>
    );
  }

  return (
    <section>
      <h1>{session.recovery ? "Recovery session" : "Session"}</h1>
      <p className="muted">
        {dayText(session.date)} · pain at the start {session.painBefore ?? "not logged"}
      </p>
      {session.recovery && (
        <p className="banner caution">
          Today is for gentle work: walking, easy stretching and light core exercises. Loaded lifts are best left for
          another day.
        </p>
      )}

      <div className="card">
        {exercise && !picking ? (
          <div className="spread">
            <h2 style={{ margin: 0 }}>{exercise.name}</h2>
            <button type="button" onClick={() => setPicking(true)}>
              Change
            </button>
          </div>
        ) : (
          <ExercisePicker exercises={props.exercises} onPick={pick} />
        )}
        {exercise && !picking && (
          <>
            <p className="small muted" style={{ marginTop: 8 }}>
              Spine load grade {exercise.grade} · {ofThis.length} {ofThis.length === 1 ? "set" : "sets"} logged
            </p>
            <TargetLine exerciseId={exercise.id} unit={unit} />
          </>
        )}
      </div>

      {guidance && <GuidanceBanner guidance={guidance} onPick={pick} />}

      {exercise && !picking && !stopped && (
        <div className="card">
          {restFrom !== null && <RestTimer key={restFrom} since={restFrom} />}
          <SetForm
            draft={draft}
            onChange={setDraft}
            unit={unit}
            step={exercise.increment?.[unit] ?? defaultStep(unit)}
            beltEligible={exercise.beltEligible}
            setNumber={ofThis.length + 1}
            busy={log.isPending}
            onLog={() =>
              log.mutate(
                setDraftToInput(draft, {
                  clientId: newClientId(),
                  exerciseId: exercise.id,
                  setIndex: ofThis.length,
                  unit,
                }),
              )
            }
          />
          {log.isError && (
            <div className="error-box" role="alert">
              {messageOf(log.error)}
            </div>
          )}
        </div>
      )}

      <div className="card">
        <h2>Logged sets</h2>
        {(edit.isError || remove.isError) && (
          <div className="error-box" role="alert">
            {messageOf(edit.error ?? remove.error)}
          </div>
        )}
        <SetList
          sets={sets}
          exercises={byId}
          unit={unit}
          onEdit={(set, patch) => edit.mutate({ set, patch })}
          onDelete={(s) => {
            if (window.confirm("Delete this set? It will be removed from your log.")) remove.mutate(s);
          }}
        />
      </div>

      <FinishSession sessionId={session.id} />
    </section>
  );
}

/** The exercise's next target from the progression rules, when the server has one. */
function TargetLine({ exerciseId, unit }: { exerciseId: string; unit: "kg" | "lb" }) {
  const next = useQuery({ queryKey: ["next", exerciseId], queryFn: () => api.nextTarget(exerciseId), retry: false });
  if (!next.data || next.data.decision === "start") return null;
  const t = next.data;
  return (
    <p className="small" style={{ margin: "4px 0 0" }}>
      <strong>Target:</strong> {t.sets} × {t.reps[0]}-{t.reps[1]} at {weightText(t.loadKg, unit)}
      {t.why ? `. ${t.why}` : ""}
    </p>
  );
}

function GuidanceBanner(props: { guidance: SetGuidance; onPick: (e: Exercise) => void }) {
  const g = props.guidance;
  const tone = g.action === "stop-exercise" ? "stop" : g.action === "continue" ? "ok" : "caution";
  const title =
    g.action === "stop-exercise"
      ? "Stop this exercise for today"
      : g.action === "reduce"
        ? "Lighten the next set"
        : g.action === "hold"
          ? "Keep the load where it is"
          : "Keep going";
  return (
    <div className={`banner ${tone}`} role="status">
      <p style={{ fontWeight: 700, margin: 0 }}>{title}</p>
      {g.message && g.message !== title && <p style={{ margin: "4px 0 0" }}>{g.message}</p>}
      {g.action === "stop-exercise" &&
        (g.alternatives && g.alternatives.length > 0 ? (
          <>
            <p style={{ margin: "8px 0 4px" }}>Kinder options for the same muscles:</p>
            <ul className="list">
              {g.alternatives.slice(0, 3).map((a) => (
                <li key={a.exercise.id}>
                  <button type="button" className="choice" onClick={() => props.onPick(a.exercise)}>
                    <span>
                      <span className="opt-title">{a.exercise.name}</span>
                      <span className="opt-hint">{a.why}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p style={{ margin: "8px 0 0" }}>Pick a different exercise above, or finish the session.</p>
        ))}
      {g.beltCue && g.action !== "stop-exercise" && <p style={{ margin: "4px 0 0" }}>Belt on for the next set.</p>}
    </div>
  );
}

function FinishSession({ sessionId }: { sessionId: string }) {
  const [painAfter, setPainAfter] = useState(0);
  const [note, setNote] = useState("");
  const [, navigate] = useLocation();
  const qc = useQueryClient();
  const noteId = useId();
  const finish = useMutation({
    mutationFn: () =>
      api.finishSession(sessionId, { finishedAt: new Date().toISOString(), painAfter, note: note.trim() || null }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: keys.sessions });
      qc.invalidateQueries({ queryKey: keys.session(sessionId) });
      navigate(`/history/${sessionId}`);
    },
  });
  return (
    <details className="card">
      <summary>
        <strong>Finish the session</strong>
      </summary>
      <div style={{ marginTop: 12 }}>
        <PainSlider label="Back pain now, after the session" value={painAfter} onChange={setPainAfter} />
        <div className="field">
          <label htmlFor={noteId}>Note (optional)</label>
          <textarea id={noteId} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {finish.isError && (
          <div className="error-box" role="alert">
            {messageOf(finish.error)}
          </div>
        )}
        <button type="button" className="primary big" disabled={finish.isPending} onClick={() => finish.mutate()}>
          Finish session
        </button>
      </div>
    </details>
  );
}
