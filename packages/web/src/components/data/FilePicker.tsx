/**
 * A file input shown as one large tappable area: the native input stays in the page (keyboard, screen readers,
 * test tools) but only the label around it is drawn.
 */
import { useId } from "react";
import { Icon } from "../Icon.js";
import { sizeText } from "./formats.js";

/** Props: the visible label, the file types to suggest, the chosen file, and an error naming the field. */
export function FilePicker(props: {
  label: string;
  accept: string;
  file: File | null;
  onPick: (file: File) => void;
  error?: string;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const nameId = `${id}-name`;
  const errId = `${id}-err`;
  return (
    <div className="field">
      <input
        id={id}
        type="file"
        className="file-input"
        accept={props.accept}
        aria-labelledby={titleId}
        aria-describedby={[nameId, props.error ? errId : ""].filter(Boolean).join(" ")}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => {
          const f = e.target.files?.[0];
          // Clearing the value lets the same file be chosen again (a second import of one export).
          e.target.value = "";
          if (f) props.onPick(f);
        }}
      />
      <label htmlFor={id} className={`file-pick${props.error ? " invalid" : ""}`}>
        <Icon viewBox="0 0 24 24">
          <path d="M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z" />
          <path d="M14 3v6h6M12 18v-6M9 15l3-3 3 3" />
        </Icon>
        <span>
          <span className="file-pick-title" id={titleId}>
            {props.label}
          </span>
          <span className="file-pick-name" id={nameId}>
            {props.file
              ? `${props.file.name}, ${sizeText(props.file.size)}. Tap to choose another.`
              : "No file chosen yet."}
          </span>
        </span>
      </label>
      {props.error && (
        <p className="field-error" id={errId} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
