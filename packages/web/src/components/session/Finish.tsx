/**
 * G5 and O1-O6 at the end: the finish form (pain after, a note), and the finished view with the next targets per
 * exercise, their decision and why, and what "pending" means (the next-morning check-in settles it).
 */
import type { Exercise, Unit } from "@spotter/core";
import { useId, useState } from "react";
import { Link } from "wouter";
import type { NextTarget, SessionWithSets } from "../../api/types.js";
import { targetWeightText } from "../../lib/format.js";
import { TextAreaField } from "../Field.js";
import { PainSlider } from "../PainSlider.js";
import { DECISION_LABEL } from "./CurrentExercise.js";

/** The finish form, folded until asked for. */
export function FinishPanel(props: {
  waiting: number;
  busy: boolean;
  error: string | null;
  onFinish: (painAfter: number, note: string | null) => void;
}) {
  // Unset until tapped: pain after feeds the next-morning rules, so it is never a default nobody chose.
  const [painAfter, setPainAfter] = useState<number | null>(null);
  const [painError, setPainError] = useState<string | undefined>();
  const [note, setNote] = useState("");
  const painId = useId();
  return (
    <details className="card finish-panel">
      <summary>
        <strong>Finish the session</strong>
      </summary>
      <div className="finish-body">
        {props.waiting > 0 && (
          <p className="banner caution">
            {props.waiting} {props.waiting === 1 ? "set is" : "sets are"} still waiting to sync. They stay on this phone
            and are sent first; you can finish now.
          </p>
        )}
        <PainSlider
          id={painId}
          label="Back pain now, after the session"
          value={painAfter}
          error={painError}
          onChange={(v) => {
            setPainAfter(v);
            setPainError(undefined);
          }}
        />
        <TextAreaField label="Note (optional)" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        {props.error && (
          <div className="error-box" role="alert">
            {props.error}
          </div>
        )}
        <button
          type="button"
          className="primary big"
          disabled={props.busy}
          onClick={() => {
            if (painAfter === null) {
              setPainError("Tap your back pain now before finishing.");
              document.querySelector<HTMLInputElement>(`[id="${painId}"] input`)?.focus();
              return;
            }
            props.onFinish(painAfter, note.trim() || null);
          }}
        >
          {props.busy ? "Finishing…" : "Finish session"}
        </button>
      </div>
    </details>
  );
}

function nextText(t: NextTarget, unit: Unit, exercise: Exercise | undefined): string {
  const reps = t.reps[0] === t.reps[1] ? `${t.reps[0]}` : `${t.reps[0]}-${t.reps[1]}`;
  return `${t.sets} × ${reps}${t.loadKg ? ` at ${targetWeightText(t.loadKg, exercise, unit)}` : ""}`;
}

/** The finished session: what you did in numbers, and where each exercise goes next time. */
export function FinishedSummary(props: {
  session: SessionWithSets;
  progression: readonly NextTarget[] | undefined;
  loading: boolean;
  /** True while the finish waits in the outbox: the next targets come once the server has it. */
  waiting?: boolean;
  byId: ReadonlyMap<string, Exercise>;
  unit: Unit;
}) {
  const s = props.session;
  const working = s.sets.filter((x) => !x.warmup).length;
  const exercises = new Set(s.sets.map((x) => x.exerciseId)).size;
  const anyPending = (props.progression ?? []).some((t) => t.pending);
  return (
    <section className="finished">
      <h1>Session done</h1>
      <div className="card">
        <p>
          {working} working {working === 1 ? "set" : "sets"} across {exercises}{" "}
          {exercises === 1 ? "exercise" : "exercises"}. Pain {s.painBefore ?? "-"} at the start, {s.painAfter ?? "-"}{" "}
          after.
        </p>
        {s.note && <p className="muted">Note: {s.note}</p>}
        <Link href={`/history/${s.id}`} className="button">
          See this session in your history
        </Link>
      </div>
      <div className="card">
        <h2>Next time</h2>
        {anyPending && (
          <p className="banner">
            Tomorrow morning's check-in settles these: if your back is no worse than before the session, the targets
            marked "until your check-in" can go up; if it is worse, they hold or drop.
          </p>
        )}
        {props.loading && <p className="loading">Working out your next targets…</p>}
        {props.waiting && (
          <p className="muted">Your next targets are worked out once the session reaches the server.</p>
        )}
        {!props.loading && !props.waiting && (props.progression ?? []).length === 0 && (
          <p className="muted">No working sets were logged, so every target stays as it was.</p>
        )}
        <ul className="list next-list">
          {(props.progression ?? []).map((t) => (
            <li key={t.exerciseId}>
              <p className="next-name">
                <strong>{props.byId.get(t.exerciseId)?.name ?? t.exerciseId}</strong>
                <span className={`decision decision-${t.decision}`}>{DECISION_LABEL[t.decision]}</span>
              </p>
              <p className="next-target">
                {nextText(t, props.unit, props.byId.get(t.exerciseId))}
                {t.pending ? <span className="small muted"> · until your check-in</span> : null}
              </p>
              <p className="small muted">{t.why}</p>
            </li>
          ))}
        </ul>
      </div>
      <p>
        <Link href="/">Back to Today</Link>
      </p>
    </section>
  );
}
