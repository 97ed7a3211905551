/** Records that a clinician has assessed the user (POST /clearance), which lifts an R1 or R2 lock. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { api } from "../api/client.js";
import { ApiError, messageOf } from "../api/errors.js";
import { TextField } from "./Field.js";

/** The clearance form; `today` is the default date of the assessment. */
export function ClearanceForm(props: { today: string; onDone?: () => void }) {
  const [date, setDate] = useState(props.today);
  const [by, setBy] = useState("");
  const [restrictions, setRestrictions] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const qc = useQueryClient();
  const restrictionsId = useId();
  const save = useMutation({
    mutationFn: () => api.postClearance({ date, by: by.trim(), restrictions: restrictions.trim() || null }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["readiness"] });
      qc.invalidateQueries({ queryKey: ["profile"] });
      props.onDone?.();
    },
    onError: (e) => {
      if (e instanceof ApiError) setFields(e.fieldErrors());
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!by.trim()) {
      setFields({ by: "Write who assessed you, for example your GP or physiotherapist." });
      return;
    }
    setFields({});
    save.mutate();
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>Record a clinician's assessment</h2>
      <p className="hint">
        Do this only after a doctor or physiotherapist has examined you for these symptoms. It lifts the pause on
        training; anything new or worse after today will ask again.
      </p>
      <TextField
        label="Date of the assessment"
        type="date"
        name="clearanceDate"
        max={props.today}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fields.date}
      />
      <TextField
        label="Who assessed you"
        hint="For example: Dr Patel, GP; or my physiotherapist."
        name="clearanceBy"
        value={by}
        onChange={(e) => setBy(e.target.value)}
        error={fields.by}
      />
      <div className="field">
        <label htmlFor={restrictionsId}>Limits they gave you (optional)</label>
        <textarea id={restrictionsId} rows={3} value={restrictions} onChange={(e) => setRestrictions(e.target.value)} />
        {fields.restrictions && <p className="field-error">{fields.restrictions}</p>}
      </div>
      {save.isError && (
        <div className="error-box" role="alert">
          {messageOf(save.error)}
        </div>
      )}
      <button type="submit" className="primary big" disabled={save.isPending}>
        Save the assessment
      </button>
    </form>
  );
}
