/** The sets logged so far, grouped by exercise, each with edit and delete. */
import {
  type Exercise,
  effectiveRir,
  fromUnit,
  type LoggedSet,
  liftedUnit,
  type PainKind,
  type Unit,
} from "@spotter/core";
import { useState } from "react";
import { defaultStep, displayWeight, liftedText } from "../lib/format.js";
import { TextField } from "./Field.js";
import { ExerciseNote } from "./log/ExerciseNote.js";
import { RecordBadge } from "./log/RecordBadge.js";
import { Options, Switch } from "./Options.js";
import { ZoneBadge } from "./PainSlider.js";
import { Stepper } from "./Stepper.js";
import { BeltIcon } from "./session/BeltIcon.js";

/** One line of text for a set: "8 × 60 kg · 2 in reserve" (or "30 s" for a hold), in the unit it was lifted in. */
export function setSummary(s: LoggedSet, unit: Unit): string {
  const parts =
    s.seconds !== null && s.seconds !== undefined && s.reps === null
      ? [s.loadKg ? `${s.seconds} s at ${liftedText(s, unit)}` : `${s.seconds} s`]
      : [`${s.reps ?? 0} × ${liftedText(s, unit)}`];
  const rir = effectiveRir(s);
  if (rir !== null) parts.push(`${rir} in reserve`);
  if (s.warmup) parts.push("warm-up");
  if (s.belt) parts.push("belt");
  return parts.join(" · ");
}

/** Sets grouped by exercise in the order first logged. */
export function groupSets<T extends LoggedSet>(sets: readonly T[]): { exerciseId: string; sets: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const s of [...sets].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))) {
    const g = groups.get(s.exerciseId) ?? [];
    g.push(s);
    groups.set(s.exerciseId, g);
  }
  return [...groups.entries()].map(([exerciseId, list]) => ({ exerciseId, sets: list }));
}

/** What a quick edit changes: only the fields the user changed, so nothing is sent that they did not choose. */
export type SetEdit = {
  reps?: number | null;
  seconds?: number | null;
  loadKg?: number | null;
  rir?: number | null;
  warmup?: boolean;
  pain?: number;
  painKind?: PainKind;
  note?: string | null;
};

const KIND_OPTIONS: { value: PainKind; label: string }[] = [
  { value: "none", label: "None" },
  { value: "tightness", label: "Tightness" },
  { value: "sharp", label: "Sharp" },
  { value: "radiating", label: "Radiating" },
];

/** The fields of `edit` whose value differs from the set's. */
export function changedFields(set: LoggedSet, edit: SetEdit): SetEdit {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(edit)) {
    if (v !== undefined && v !== (set as unknown as Record<string, unknown>)[k]) out[k] = v;
  }
  return out as SetEdit;
}

function EditSet(props: {
  set: LoggedSet;
  /** The unit the set was lifted in: an imported pound set is corrected in pounds. */
  unit: Unit;
  step: number;
  onSave: (p: SetEdit) => void;
  onCancel: () => void;
  onDelete: () => void;
}) {
  const timed = props.set.reps === null && props.set.seconds !== null;
  const [reps, setReps] = useState(props.set.reps ?? 0);
  const [seconds, setSeconds] = useState(props.set.seconds ?? 0);
  const [load, setLoad] = useState(props.set.loadKg === null ? 0 : displayWeight(props.set.loadKg, props.unit));
  const [rir, setRir] = useState<number | null>(props.set.rir);
  // An imported set has no pain value: it stays unlogged unless the user sets one here.
  const [pain, setPain] = useState<number | null>(props.set.pain);
  const [painKind, setPainKind] = useState<PainKind | null>(props.set.painKind);
  const [warmup, setWarmup] = useState(props.set.warmup);
  const [note, setNote] = useState(props.set.note ?? "");
  const loadKg = load > 0 ? fromUnit(load, props.unit) : null;
  const loadChanged =
    props.set.loadKg === null ? load > 0 : load !== displayWeight(props.set.loadKg, props.unit) || load === 0;
  const save = () =>
    props.onSave(
      changedFields(props.set, {
        ...(timed ? { seconds } : { reps }),
        ...(loadChanged ? { loadKg } : {}),
        rir,
        warmup,
        ...(pain === null ? {} : { pain }),
        ...(painKind === null ? {} : { painKind }),
        ...(note.trim() === (props.set.note ?? "") ? {} : { note: note.trim() === "" ? null : note.trim() }),
      }),
    );
  return (
    <div className="stack">
      <div className="two-col">
        {timed ? (
          <Stepper label="Seconds" value={seconds} step={5} onChange={setSeconds} />
        ) : (
          <Stepper label="Reps" value={reps} step={1} onChange={setReps} />
        )}
        <Stepper label="Load" unit={props.unit} value={load} step={props.step} onChange={setLoad} />
      </div>
      <Stepper label="Reps in reserve" value={rir ?? 0} step={1} min={0} max={10} onChange={setRir} />
      <Stepper
        label={pain === null ? "Pain during (not logged)" : "Pain during"}
        value={pain ?? 0}
        step={1}
        min={0}
        max={10}
        onChange={setPain}
      />
      {(pain !== null || painKind !== null) && (
        <Options legend="What it felt like" value={painKind ?? "none"} onChange={setPainKind} options={KIND_OPTIONS} />
      )}
      <Switch label="Warm-up set" checked={warmup} onChange={setWarmup} />
      <TextField
        label="Note on this set"
        value={note}
        maxLength={500}
        placeholder="For example: grip slipped on the last rep"
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="row">
        <button type="button" className="primary" onClick={save}>
          Save changes
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={props.onDelete}>
          Delete set
        </button>
      </div>
    </div>
  );
}

/** The list; read-only when no edit handlers are given. */
export function SetList(props: {
  /** Sets; `pending` ones are still waiting to sync (shown as such, removable, not editable yet). */
  sets: readonly (LoggedSet & { pending?: boolean; syncError?: string })[];
  exercises: ReadonlyMap<string, Exercise>;
  unit: Unit;
  onEdit?: (set: LoggedSet, patch: SetEdit) => void;
  onDelete?: (set: LoggedSet) => void;
  /** Drops a set that has not synced yet. */
  onDropPending?: (set: LoggedSet) => void;
  /** Notes on the exercises of this session, by exercise id; with `onExerciseNote` each can be written. */
  exerciseNotes?: Readonly<Record<string, string>> | null;
  onExerciseNote?: (exerciseId: string, note: string) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const groups = groupSets(props.sets);
  if (groups.length === 0) return <p className="muted">No sets logged yet.</p>;
  return (
    <div>
      {groups.map((g) => {
        const ex = props.exercises.get(g.exerciseId);
        return (
          <section key={g.exerciseId} aria-label={ex?.name ?? g.exerciseId}>
            <h3>
              {ex?.name ?? g.exerciseId}
              {g.sets.some((x) => x.supersetId) && <span className="set-group-tag small"> · in a superset</span>}
            </h3>
            <ExerciseNote
              name={ex?.name ?? g.exerciseId}
              note={props.exerciseNotes?.[g.exerciseId] ?? ""}
              onSave={props.onExerciseNote ? (text) => props.onExerciseNote?.(g.exerciseId, text) : undefined}
            />
            <ol className="list">
              {g.sets.map((s, i) => (
                <li key={s.id}>
                  {editing === s.id && props.onEdit ? (
                    <EditSet
                      set={s}
                      unit={liftedUnit(s, props.unit)}
                      step={ex?.increment?.[liftedUnit(s, props.unit)] || defaultStep(liftedUnit(s, props.unit))}
                      onCancel={() => setEditing(null)}
                      onDelete={() => {
                        props.onDelete?.(s);
                        setEditing(null);
                      }}
                      onSave={(p) => {
                        props.onEdit?.(s, p);
                        setEditing(null);
                      }}
                    />
                  ) : (
                    <div className="set-row">
                      <span className="set-index" aria-hidden="true">
                        {i + 1}
                      </span>
                      <span>
                        <span className="visually-hidden">Set {i + 1}: </span>
                        {s.belt && <BeltIcon />}
                        {setSummary(s, props.unit)}
                        {s.note ? <span className="small set-note"> · {s.note}</span> : null}
                        <RecordBadge setId={s.id} block />
                        <br />
                        <span className="small">
                          Pain {s.pain ?? "not logged"}
                          {s.pain !== null && s.pain !== undefined && (
                            <>
                              {" "}
                              <ZoneBadge pain={s.pain} kind={s.painKind} />
                            </>
                          )}
                          {s.painKind === "tightness" ? " · tightness" : ""}
                          {s.flagged ? " · logged after a stop" : ""}
                          {s.pending && (
                            <span className="pending-tag">
                              {" "}
                              · {s.syncError ? `not saved yet: ${s.syncError}` : "waiting to sync"}
                            </span>
                          )}
                        </span>
                      </span>
                      {s.pending && props.onDropPending && (
                        <button
                          type="button"
                          onClick={() => props.onDropPending?.(s)}
                          aria-label={`Remove set ${i + 1}, not synced yet`}
                        >
                          Remove
                        </button>
                      )}
                      {!s.pending && props.onEdit && props.onDelete && (
                        <button
                          type="button"
                          onClick={() => setEditing(s.id)}
                          aria-label={`Edit or delete set ${i + 1}`}
                        >
                          Edit
                        </button>
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
