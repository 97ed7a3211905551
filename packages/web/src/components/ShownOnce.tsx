/**
 * A secret Spotter shows only once (a personal token, an invite or reset link): read-only in a text area, so the
 * whole of it shows wrapped on a phone instead of running off the edge, with a copy button, Done, and a line that
 * says whether the copy worked.
 */
import { type ReactNode, useRef, useState } from "react";
import { copyText } from "../lib/copy.js";
import { TextAreaField } from "./Field.js";

/** Props: the field's id, label and hint, the secret, and the words of the copy button and of its two outcomes. */
export function ShownOnce(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  rows: number;
  copyLabel: string;
  copied: string;
  notCopied: string;
  onDone: () => void;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState("");
  const copy = async () => setNote((await copyText(props.value, field.current)) ? props.copied : props.notCopied);
  return (
    <>
      <TextAreaField
        id={props.id}
        label={props.label}
        hint={props.hint}
        inputRef={field}
        readOnly
        rows={props.rows}
        value={props.value}
        className="token-value"
        spellCheck={false}
        onFocus={(e) => e.target.select()}
      />
      <div className="data-actions">
        <button type="button" className="primary" onClick={copy}>
          {props.copyLabel}
        </button>
        <button type="button" onClick={props.onDone}>
          Done
        </button>
      </div>
      <p role="status" className="small data-status">
        {note}
      </p>
    </>
  );
}
