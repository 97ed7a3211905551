/** A number field with big minus and plus buttons, for reps and loads entered with one thumb. */
import { useId } from "react";
import { stepValue } from "../lib/format.js";

/** Props of a stepper: the value, its step and bounds, and the visible label with its unit. */
export function Stepper(props: {
  label: string;
  value: number;
  step: number;
  min?: number;
  max?: number;
  unit?: string;
  onChange: (v: number) => void;
}) {
  const id = useId();
  const min = props.min ?? 0;
  const max = props.max ?? 10_000;
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  return (
    <div className="field">
      <label htmlFor={id}>
        {props.label}
        {props.unit ? <span className="muted"> ({props.unit})</span> : null}
      </label>
      <div className="stepper">
        <button
          type="button"
          aria-label={`Less ${props.label.toLowerCase()}`}
          onClick={() => props.onChange(clamp(stepValue(props.value, props.step, -1)))}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step="any"
          value={Number.isFinite(props.value) ? props.value : ""}
          onChange={(e) => {
            const v = Number.parseFloat(e.target.value);
            props.onChange(Number.isFinite(v) ? clamp(v) : 0);
          }}
        />
        <button
          type="button"
          aria-label={`More ${props.label.toLowerCase()}`}
          onClick={() => props.onChange(clamp(stepValue(props.value, props.step, 1)))}
        >
          +
        </button>
      </div>
    </div>
  );
}
