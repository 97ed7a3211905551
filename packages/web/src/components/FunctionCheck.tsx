/**
 * The optional function check inside the check-in: eight everyday tasks (core's own wording), each 0-4. Folded
 * away by default so the daily check-in stays quick; answering it now and then feeds the function trend.
 */
import { FUNCTION_ANSWER_LABELS, FUNCTION_CHECK_PROMPT, FUNCTION_ITEMS, type FunctionItemId } from "@spotter/core";
import { Options } from "./Options.js";

/** Answers by item id; a missing id is unanswered. */
export type FunctionAnswers = Partial<Record<FunctionItemId, number>>;

/** The check, as a folded section of the check-in. */
export function FunctionCheck(props: { value: FunctionAnswers; onChange: (v: FunctionAnswers) => void }) {
  const answered = Object.keys(props.value).length;
  return (
    <details className="card">
      <summary>
        <strong>Everyday tasks check</strong>{" "}
        <span className="muted small">
          (optional, {answered} of {FUNCTION_ITEMS.length} answered)
        </span>
      </summary>
      <p className="hint" style={{ marginTop: 12 }}>
        Once a week is enough. It shows over time whether daily life is getting easier.
      </p>
      <p>{FUNCTION_CHECK_PROMPT}</p>
      {FUNCTION_ITEMS.map((item) => (
        <Options
          key={item.id}
          legend={item.text}
          value={props.value[item.id] === undefined ? null : String(props.value[item.id])}
          onChange={(v) => props.onChange({ ...props.value, [item.id]: Number(v) })}
          options={FUNCTION_ANSWER_LABELS.map((label, i) => ({ value: String(i), label }))}
        />
      ))}
    </details>
  );
}
