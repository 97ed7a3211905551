/** The mark of a personal record on a set logged this session ("New record: heaviest set"). */
import { recordText, useRecordMarks } from "../../lib/recordMarks.js";
import "../../styles/log.css";

/** Shows the records a set set, or nothing. */
export function RecordBadge(props: { setId: string /** On its own line. */; block?: boolean }) {
  const marks = useRecordMarks();
  const text = recordText(marks[props.setId]);
  if (!text) return null;
  return (
    <span className={props.block ? "pr-badge block" : "pr-badge"} role="status">
      <span aria-hidden="true">★</span> New record: {text}
    </span>
  );
}
