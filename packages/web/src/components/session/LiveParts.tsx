/**
 * The small parts of the live-session screen around the current exercise: its heading with the sync state, what
 * shows when no planned exercise is in front of the user, the picker to add one, and the logged sets.
 */
import type { Exercise, LoggedSet, Unit } from "@spotter/core";
import { useState } from "react";
import { messageOf } from "../../api/errors.js";
import { outbox } from "../../api/sync.js";
import type { SessionWithSets } from "../../api/types.js";
import { dayText } from "../../lib/format.js";
import { ExercisePicker } from "../ExercisePicker.js";
import { type SetEdit, SetList } from "../SetList.js";
import type { ViewSet } from "./model.js";

/** The title, the day and pain at the start, the sync badge, the offline line and the recovery banner. */
export function LiveHead(props: {
  session: SessionWithSets;
  title: string | undefined;
  /** Entries of this session still on the phone, and how many of them are sets. */
  waiting: number;
  waitingSets: number;
  online: boolean;
}) {
  const { session, waiting, waitingSets, online } = props;
  return (
    <>
      <div className="live-head">
        <div>
          <h1>{session.recovery ? "Recovery session" : (props.title ?? "Session")}</h1>
          <p className="muted small">
            {dayText(session.date)} · pain at the start {session.painBefore ?? "not logged"}
          </p>
        </div>
        {(waiting > 0 || !online) && (
          <p className={`sync-badge${online ? "" : " offline"}`} role="status">
            {waitingSets > 0
              ? `${waitingSets} ${waitingSets === 1 ? "set" : "sets"} waiting to sync`
              : waiting > 0
                ? "Session start waiting to sync"
                : "Offline"}
          </p>
        )}
      </div>
      {!online && (
        <p className="small muted offline-note">
          You are offline. Keep logging: sets stay on this phone and are sent when the connection returns.
        </p>
      )}
      {session.recovery && (
        <p className="banner caution">
          Today is for gentle work: walking, easy stretching and light core exercises. Loaded lifts can wait for another
          day.
        </p>
      )}
    </>
  );
}

/** Where today's plan stands when no planned exercise is in front of the user. */
export type PlanState = "not-on-phone" | "loading" | "rest-day" | "nothing-planned";

/** What shows in place of the current exercise when there is none. */
export function NoCurrentExercise({ state }: { state: PlanState }) {
  if (state === "not-on-phone")
    return (
      <div className="card">
        <h2>Today's plan is not on this phone</h2>
        <p>
          You are offline and today's plan was not loaded before. Find each exercise below: every set is kept on this
          phone and sent when the connection returns.
        </p>
      </div>
    );
  if (state === "loading") return <p className="loading">Loading today's plan…</p>;
  return (
    <div className="card">
      <h2>Nothing planned for today</h2>
      <p>
        {state === "rest-day"
          ? "Today is a rest day in your plan."
          : "There is no planned session for this day yet; your plan on the Plan tab fills it."}{" "}
        You can still log anything you do: find the exercise below and each set is saved as you log it.
      </p>
    </div>
  );
}

/** The picker for another exercise; it starts empty again after each pick. */
export function AddExerciseCard(props: { exercises: Exercise[]; onPick: (e: Exercise) => void }) {
  const [pickerKey, setPickerKey] = useState(0);
  return (
    <div className="card">
      <h2>Add another exercise</h2>
      <ExercisePicker
        key={pickerKey}
        exercises={props.exercises}
        onPick={(e) => {
          setPickerKey((k) => k + 1);
          props.onPick(e);
        }}
      />
    </div>
  );
}

/** The session's logged sets, editable, with the one error box of their writes. */
export function LoggedSetsCard(props: {
  session: SessionWithSets;
  sets: ViewSet[];
  byId: ReadonlyMap<string, Exercise>;
  unit: Unit;
  error: unknown;
  onEdit: (set: LoggedSet, patch: SetEdit) => void;
  onDelete: (set: LoggedSet) => void;
  onExerciseNote: (exerciseId: string, text: string) => void;
}) {
  return (
    <div className="card">
      <h2>Logged sets</h2>
      {props.error ? (
        <div className="error-box" role="alert">
          {messageOf(props.error)}
        </div>
      ) : null}
      <SetList
        sets={props.sets}
        exercises={props.byId}
        unit={props.unit}
        onEdit={props.onEdit}
        onDelete={(s) => {
          if (window.confirm("Delete this set? It will be removed from your log.")) props.onDelete(s);
        }}
        onDropPending={(s) => {
          if (window.confirm("Remove this set? It has not reached the server yet.")) outbox.remove(s.clientId);
        }}
        exerciseNotes={props.session.exerciseNotes}
        onExerciseNote={props.onExerciseNote}
      />
    </div>
  );
}
