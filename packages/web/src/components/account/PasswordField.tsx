/**
 * A labelled password input with a show/hide button beside it, its hint, and its error in an alert that names the
 * field. The button says what it does and to which password ("Show new password").
 */
import { type Ref, useId, useState } from "react";

/** Props: the visible label, what the browser may fill in, and the usual value wiring. */
export function PasswordField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  autoComplete: "current-password" | "new-password";
  hint?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  maxLength?: number;
}) {
  const id = useId();
  const [shown, setShown] = useState(false);
  const describedBy = [props.hint ? `${id}-hint` : "", props.error ? `${id}-err` : ""].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <div className="pw-row">
        <input
          id={id}
          ref={props.inputRef}
          type={shown ? "text" : "password"}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          autoComplete={props.autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={props.maxLength}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        <button type="button" className="pw-toggle" onClick={() => setShown((s) => !s)}>
          {shown ? "Hide" : "Show"}
          <span className="visually-hidden"> {props.label.toLowerCase()}</span>
        </button>
      </div>
      {props.error && (
        <p className="field-error" id={`${id}-err`} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
