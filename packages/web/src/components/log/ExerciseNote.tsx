/** The note on one exercise of a session: shown when there is one, and written or changed in place. */
import { useId, useState } from "react";

/** Props: the exercise's name, its note ("" for none) and, when it may be changed, how to save it. */
export function ExerciseNote(props: { name: string; note: string; onSave?: (text: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(props.note);
  const id = useId();
  if (editing && props.onSave) {
    return (
      <div className="field exercise-note">
        <label htmlFor={id}>Note on {props.name} today</label>
        <textarea id={id} rows={2} maxLength={500} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="row">
          <button
            type="button"
            className="primary"
            onClick={() => {
              props.onSave?.(text.trim());
              setEditing(false);
            }}
          >
            Save note
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="exercise-note">
      {props.note && <p className="small">Note: {props.note}</p>}
      {props.onSave && (
        <button
          type="button"
          className="link-button"
          aria-label={`${props.note ? "Change the note" : "Add a note"} on ${props.name}`}
          onClick={() => {
            setText(props.note);
            setEditing(true);
          }}
        >
          {props.note ? "Change note" : "Add a note"}
        </button>
      )}
    </div>
  );
}
