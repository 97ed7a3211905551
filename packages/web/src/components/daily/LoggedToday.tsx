/** The list of a day's entries of one kind (drinks, doses, recovery work), each with a Remove button. */
import type { ReactNode } from "react";

/** One entry: its id, what the row shows, and what the Remove button names for screen readers. */
export interface LoggedEntry {
  id: string;
  shown: ReactNode;
  /** "Remove <this>": the entry in words, e.g. "250 mL at 08:30". */
  spoken: string;
}

/** Nothing when the list is empty; else the heading and the rows. */
export function LoggedToday(props: {
  heading: string;
  /** The list's accessible name. */
  label: string;
  entries: readonly LoggedEntry[];
  busy: boolean;
  onRemove: (id: string) => void;
}) {
  if (props.entries.length === 0) return null;
  return (
    <>
      <h3>{props.heading}</h3>
      <ul className="list entry-list" aria-label={props.label}>
        {props.entries.map((e) => (
          <li key={e.id} className="spread">
            <span>{e.shown}</span>
            <button
              type="button"
              disabled={props.busy}
              onClick={() => props.onRemove(e.id)}
              aria-label={`Remove ${e.spoken}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
