/**
 * A secret Spotter shows only once (a personal token, an invite, reset or share link): read-only, in a text area
 * so the whole of it shows wrapped on a phone instead of running off the edge (or one line with `oneLine`), with a
 * copy button, any other action, Done, and a line that says whether the copy worked.
 */
import { type ReactNode, useRef, useState } from "react";
import { copyText } from "../lib/copy.js";
import { TextAreaField, TextField } from "./Field.js";

/** Props: the field's id, label and hint, the secret, and the words of the copy button and of its two outcomes. */
export function ShownOnce(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  /** Lines of the text area; `oneLine` shows an input instead. */
  rows?: number;
  oneLine?: boolean;
  copyLabel: string;
  copied: string;
  notCopied: string;
  /** Actions between Copy and Done (the system share sheet). */
  more?: ReactNode;
  onDone: () => void;
}) {
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [note, setNote] = useState("");
  const copy = async () => setNote((await copyText(props.value, field.current)) ? props.copied : props.notCopied);
  return (
    <>
      {props.oneLine ? (
        <TextField
          id={props.id}
          label={props.label}
          hint={props.hint}
          inputRef={field}
          type="text"
          readOnly
          value={props.value}
          className="share-url"
          onFocus={(e) => e.target.select()}
        />
      ) : (
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
      )}
      <div className="data-actions">
        <button type="button" className="primary" onClick={copy}>
          {props.copyLabel}
        </button>
        {props.more}
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
