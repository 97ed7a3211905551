/** Two labelled date inputs (From, To) that stack on narrow phones; errors are announced and name their field. */
import { useId } from "react";
import { TextField } from "../Field.js";

/** Props: the legend, both days, their setters and the errors keyed by field. */
export function DateRange(props: {
  legend: string;
  hint?: string;
  from: string;
  to: string;
  onFrom: (v: string) => void;
  onTo: (v: string) => void;
  errors: { from?: string; to?: string };
}) {
  const id = useId();
  const field = (key: "from" | "to", label: string, value: string, set: (v: string) => void) => {
    const err = props.errors[key];
    return (
      <TextField
        id={`${id}-${key}`}
        label={label}
        error={err}
        alert
        type="date"
        value={value}
        onChange={(e) => set(e.target.value)}
      />
    );
  };
  return (
    <fieldset className="data-range">
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      <div className="data-range-fields">
        {field("from", "From", props.from, props.onFrom)}
        {field("to", "To", props.to, props.onTo)}
      </div>
    </fieldset>
  );
}
