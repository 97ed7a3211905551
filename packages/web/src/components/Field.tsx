/**
 * Labelled form fields with their hint and error wired up for screen readers: `Field` gives any control its id and
 * the `aria-invalid` / `aria-describedby` that point at the hint and the error; `TextField`, `TextAreaField` and
 * `SelectField` are the common controls on it. Every field and its error go through here, so each reads the same.
 */
import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

/** What a field hands its control: the id the label points at and the attributes naming the hint and the error. */
export interface FieldControl {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** What every field takes besides its control. */
export interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  /** The error under the control; nothing when there is none. */
  error?: ReactNode;
  /** The error is announced as it appears (`role="alert"`), for errors shown after a send rather than as one types. */
  alert?: boolean;
  /** A fixed id for the control (the hint is `<id>-hint`, the error `<id>-err`); a generated one otherwise. */
  id?: string;
  /** Ids of more text that describes the control (a counter), read between the hint and the error. */
  describedBy?: string;
  /** What stands under the control, before the error (a counter, a note). */
  after?: ReactNode;
  /** A class beside `field` on the wrapper (`className` is the control's). */
  fieldClass?: string;
}

/** A label, a hint, any control (given its wiring by `children`) and the error. */
export function Field(props: FieldFrame & { children: (control: FieldControl) => ReactNode }) {
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  const describedBy =
    [props.hint ? hintId : "", props.describedBy ?? "", props.error ? errId : ""].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={props.fieldClass ? `field ${props.fieldClass}` : "field"}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.children({ id, "aria-invalid": props.error ? true : undefined, "aria-describedby": describedBy })}
      {props.after}
      {props.error && (
        <p className="field-error" id={errId} role={props.alert ? "alert" : undefined}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** Splits a field's own props from the control's. */
function frameOf<T extends FieldFrame>(props: T): [FieldFrame, Omit<T, keyof FieldFrame>] {
  const { label, hint, error, alert, id, describedBy, after, fieldClass, ...rest } = props;
  return [{ label, hint, error, alert, id, describedBy, after, fieldClass }, rest];
}

/** A labelled text input (any `type` of input with text in it: number, date, email…). */
export function TextField(
  props: FieldFrame & { inputRef?: Ref<HTMLInputElement> } & Omit<InputHTMLAttributes<HTMLInputElement>, "id">,
) {
  const [frame, { inputRef, ...input }] = frameOf(props);
  return <Field {...frame}>{(control) => <input ref={inputRef} {...control} {...input} />}</Field>;
}

/** A labelled text area. */
export function TextAreaField(
  props: FieldFrame & { inputRef?: Ref<HTMLTextAreaElement> } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">,
) {
  const [frame, { inputRef, ...area }] = frameOf(props);
  return <Field {...frame}>{(control) => <textarea ref={inputRef} {...control} {...area} />}</Field>;
}

/** A labelled select of fixed options. */
export function SelectField(
  props: FieldFrame & {
    value: string;
    onChange: (v: string) => void;
    options: readonly { value: string; label: string }[];
  } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "value" | "onChange">,
) {
  const [frame, { value, onChange, options, ...select }] = frameOf(props);
  return (
    <Field {...frame}>
      {(control) => (
        <select {...control} {...select} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
