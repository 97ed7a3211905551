/**
 * T5 on the Plan tab: while suspects that share a day are told apart, the plan's one calm sentence about it is said
 * above the week, where it is read, instead of among the plan's other reasons at the bottom.
 */
import { SEPARATION_NOTE_START } from "@spotter/core";

/** True for the plan's T5 sentence ("Telling suspects apart: ..."). */
export function isTestReason(reason: string): boolean {
  return reason.startsWith(SEPARATION_NOTE_START);
}

/** The sentence, or nothing when no test is under way. */
export function TestNote(props: { reasons: readonly string[] }) {
  const note = props.reasons.find(isTestReason);
  if (!note) return null;
  // "Telling suspects apart: horizontal leg press moves ..." reads as a heading and a sentence of its own.
  const rest = note.slice(SEPARATION_NOTE_START.length);
  return (
    <p className="card plan-test-note">
      <strong>{SEPARATION_NOTE_START.replace(/:\s*$/, "")}.</strong> {rest.charAt(0).toUpperCase() + rest.slice(1)}
    </p>
  );
}
