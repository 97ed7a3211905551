/** Single and multiple choice groups built on native radio and checkbox inputs (keyboard and screen reader ready). */
import { useId } from "react";

/** One option of a group. */
export interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** A radio group shown as chips, big choices ("block") or a segmented control ("seg"). */
export function Options<T extends string>(props: {
  legend: string;
  hint?: string;
  options: readonly Option<T>[];
  value: T | null;
  onChange: (v: T) => void;
  variant?: "chips" | "block" | "seg";
  hideLegend?: boolean;
  error?: string;
}) {
  const name = useId();
  const { variant = "chips" } = props;
  return (
    <fieldset>
      <legend className={props.hideLegend ? "visually-hidden" : undefined}>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      <div className={`opts ${variant === "chips" ? "" : variant}`}>
        {props.options.map((o) => (
          <label key={o.value} className="opt">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            {o.hint ? (
              <span>
                <span className="opt-title">{o.label}</span>
                <span className="opt-hint">{o.hint}</span>
              </span>
            ) : (
              o.label
            )}
          </label>
        ))}
      </div>
      {props.error && <p className="field-error">{props.error}</p>}
    </fieldset>
  );
}

/** A checkbox group shown as chips. */
export function MultiOptions<T extends string>(props: {
  legend: string;
  hint?: string;
  options: readonly Option<T>[];
  value: readonly T[];
  onChange: (v: T[]) => void;
  error?: string;
}) {
  const toggle = (v: T) =>
    props.onChange(props.value.includes(v) ? props.value.filter((x) => x !== v) : [...props.value, v]);
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      <div className="opts">
        {props.options.map((o) => (
          <label key={o.value} className="opt">
            <input type="checkbox" checked={props.value.includes(o.value)} onChange={() => toggle(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {props.error && <p className="field-error">{props.error}</p>}
    </fieldset>
  );
}

/** A labelled on/off switch (a native checkbox). */
export function Switch(props: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <div className="switch-row">
        <label htmlFor={id}>{props.label}</label>
        <input id={id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      </div>
      {props.hint && <p className="hint">{props.hint}</p>}
    </div>
  );
}
