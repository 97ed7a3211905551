/** One row of a "Your back" list: the entry's name (a link to its page when it has one), a detail, and its action. */
import { Link } from "wouter";

/** Props: what the row shows, its one action's words (and a fuller name for screen readers), and its data attribute. */
export function BackRow(props: {
  name: string;
  href?: string;
  detail?: string;
  /** The button's words; screen readers hear `actionLabel`, or the words followed by the name. */
  action: string;
  actionLabel?: string;
  busy: boolean;
  onAction: () => void;
  /** A data attribute that names the entry (`data-cleared`, `data-entry`), for the row's tests. */
  data: Record<`data-${string}`, string>;
}) {
  return (
    <li className="back-row" {...props.data}>
      <div className="back-row-text">
        <strong>{props.href ? <Link href={props.href}>{props.name}</Link> : props.name}</strong>
        {props.detail !== undefined && <span className="small muted">{props.detail}</span>}
      </div>
      <button type="button" onClick={props.onAction} disabled={props.busy} aria-label={props.actionLabel}>
        {props.action}
        {!props.actionLabel && <span className="visually-hidden"> {props.name}</span>}
      </button>
    </li>
  );
}
