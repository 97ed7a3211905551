/**
 * Step one of the import: which app the file comes from, each with where its export lives. Once a file is chosen
 * the four large choices fold into one line, so the preview is not pushed far down a phone screen.
 */
import { useState } from "react";
import type { ImportFormat } from "../../api/data.js";
import { Options } from "../Options.js";
import { FORMATS, formatLabel } from "./formats.js";

/** Props: the chosen app, its setter, whether to fold, and an error naming the field. */
export function AppChooser(props: {
  value: ImportFormat | null;
  onChange: (v: ImportFormat) => void;
  fold: boolean;
  error: string;
}) {
  const [open, setOpen] = useState(false);
  const folded = props.fold && props.value !== null && !open;
  return (
    <div className="card">
      <h2>1. The app the file comes from</h2>
      {folded && props.value ? (
        <div className="spread">
          <p className="app-chosen">
            <strong>{formatLabel(props.value)}</strong>
          </p>
          <button type="button" onClick={() => setOpen(true)}>
            Change the app
          </button>
        </div>
      ) : (
        <Options
          legend="App"
          hideLegend
          variant="block"
          value={props.value}
          onChange={(v) => {
            props.onChange(v);
            setOpen(false);
          }}
          options={FORMATS.map((f) => ({ value: f.value, label: f.label, hint: f.where }))}
        />
      )}
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
