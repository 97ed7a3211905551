/**
 * Records that a clinician has assessed the user (POST /clearance): it lifts an R1 or R2 lock, and the limits they
 * gave can be kept as rules (SPEC X5) that the plan obeys. Saving says what it unlocked.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { api } from "../api/client.js";
import { ApiError, messageOf } from "../api/errors.js";
import { useExercises, useProfile, withDefaults } from "../lib/queries.js";
import { NO_LIMITS, type PickedLimits, RulesPicker, rulesOf } from "./clearance/RulesPicker.js";
import { type RuleInForce, ruleLine } from "./clearance/ruleWords.js";
import { TextAreaField, TextField } from "./Field.js";
import "../styles/clearance.css";
import { patternLabel } from "./library/catalog.js";

/** The clearance form; `today` is the default date of the assessment. */
export function ClearanceForm(props: { today: string; onDone?: () => void }) {
  const profile = withDefaults(useProfile().data);
  const catalog = useExercises();
  const exercises = catalog.data ?? [];
  const names = useMemo(() => new Map(exercises.map((e) => [e.id, e.name])), [exercises]);
  const [date, setDate] = useState(props.today);
  const [by, setBy] = useState("");
  const [restrictions, setRestrictions] = useState("");
  const [limits, setLimits] = useState<PickedLimits>(NO_LIMITS);
  const [lifts, setLifts] = useState<string[]>([]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [unlocked, setUnlocked] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const qc = useQueryClient();
  const unit = profile.unit === "lb" ? "lb" : "kg";
  const inForce = (profile.clearance?.rules ?? []).filter(
    (r): r is RuleInForce & { id: string } => "id" in r && (!r.until || r.until >= props.today),
  );
  const save = useMutation({
    mutationFn: () => {
      const rules = rulesOf(limits, unit);
      return api.postClearance({
        date,
        by: by.trim(),
        restrictions: restrictions.trim() || null,
        ...(rules.length > 0 ? { rules } : {}),
        ...(lifts.length > 0 ? { lifts } : {}),
      });
    },
    onSuccess: (answer) => {
      // Everything the rules shape is read again: readiness, the plan, Today, next targets.
      qc.invalidateQueries();
      setUnlocked(answer.unlocked ?? "The assessment is saved.");
      requestAnimationFrame(() => doneRef.current?.focus());
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
  if (unlocked !== null) {
    return (
      <div className="card clearance-done" ref={doneRef} tabIndex={-1} role="status">
        <h2>Assessment saved</h2>
        <p>{unlocked}</p>
        {props.onDone && (
          <button type="button" className="primary big" onClick={props.onDone}>
            Done
          </button>
        )}
      </div>
    );
  }
  return (
    <form className="card clearance-form" onSubmit={submit} noValidate>
      <h2>Record a clinician's assessment</h2>
      <p className="hint">
        Do this after a doctor or physiotherapist has examined you. It lifts a pause on training; anything new or worse
        after today will ask again.
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
      <TextAreaField
        label="What they said, in your words (optional)"
        hint="Kept with the assessment and shown to anyone you share your report with."
        error={fields.restrictions}
        rows={3}
        value={restrictions}
        onChange={(e) => setRestrictions(e.target.value)}
      />
      <RulesPicker
        value={limits}
        onChange={setLimits}
        exercises={exercises}
        unit={unit}
        today={props.today}
        errors={fields}
      />
      {inForce.length > 0 && (
        <fieldset>
          <legend>Limits in force that this assessment ends</legend>
          <div className="opts">
            {inForce.map((r) => (
              <label key={r.id} className="opt">
                <input
                  type="checkbox"
                  checked={lifts.includes(r.id)}
                  onChange={() => setLifts(lifts.includes(r.id) ? lifts.filter((x) => x !== r.id) : [...lifts, r.id])}
                />
                {ruleLine(r, names, patternLabel, unit)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
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
