/**
 * A labelled password input with a show/hide button beside it, its hint, and its error in an alert that names the
 * field. The button says what it does and to which password ("Show new password").
 */
import { type Ref, useState } from "react";
import { Field } from "../Field.js";

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
  const [shown, setShown] = useState(false);
  return (
    <Field label={props.label} hint={props.hint} error={props.error} alert>
      {(control) => (
        <div className="pw-row">
          <input
            {...control}
            ref={props.inputRef}
            type={shown ? "text" : "password"}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            autoComplete={props.autoComplete}
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            maxLength={props.maxLength}
          />
          <button type="button" className="pw-toggle" onClick={() => setShown((s) => !s)}>
            {shown ? "Hide" : "Show"}
            <span className="visually-hidden"> {props.label.toLowerCase()}</span>
          </button>
        </div>
      )}
    </Field>
  );
}
