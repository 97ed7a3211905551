/** Optional diagnosis notes (profile `diagnosisNotes`, at most 2000 characters): a labelled textarea with a counter. */
import { type FormEvent, useState } from "react";
import { ApiError, messageOf } from "../../api/errors.js";
import { TextAreaField } from "../Field.js";
import { NOTES_MAX, notesCounter, notesValue } from "./backText.js";
import { useSaveBack } from "./useSaveBack.js";

/** Props: the stored notes. */
export function NotesCard(props: { notes: string | null }) {
  const [text, setText] = useState(props.notes ?? "");
  const [saved, setSaved] = useState(false);
  const save = useSaveBack(() => setSaved(true));
  const fieldError =
    save.error instanceof ApiError && save.error.fieldErrors().diagnosisNotes
      ? `Diagnosis notes: ${save.error.fieldErrors().diagnosisNotes}.`
      : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate({ diagnosisNotes: notesValue(text) });
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="notes-h">
      <h2 id="notes-h">Diagnosis notes</h2>
      <TextAreaField
        id="diagnosis-notes"
        label="What a professional told you (optional)"
        hint="For example a diagnosis, a scan result or advice to follow. Spotter does not plan from them; they appear in the clinician report you make or share."
        describedBy="diagnosis-notes-count"
        after={
          <p className="hint notes-count" id="diagnosis-notes-count">
            {notesCounter(text)}
          </p>
        }
        error={fieldError ?? (save.isError ? messageOf(save.error) : undefined)}
        alert
        rows={6}
        maxLength={NOTES_MAX}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
      />
      <button type="submit" className="primary" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save notes"}
      </button>
      <p role="status" className="small data-status">
        {saved ? (notesValue(text) === null ? "Notes cleared." : "Notes saved.") : ""}
      </p>
    </form>
  );
}
