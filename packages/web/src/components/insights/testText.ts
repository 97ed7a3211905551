/**
 * The words of a trigger-list entry's test (SPEC T5, T6), kept apart from React so they can be tested: what the test
 * is and where it stands, what happens next, the rule that decides it (the server's words), the result, and once
 * decided, what would change the status again.
 */
import type { TriggerInsight } from "@spotter/core";

/** The test of an entry, as the API answers it. */
export type EntryTest = NonNullable<TriggerInsight["test"]>;

/** A test in words, one line each. */
export interface TestWords {
  /** Where the test stands: "Re-test planned". */
  heading: string;
  /** What happens next, in one or two calm sentences (none once decided: the evidence above says what happened). */
  what?: string;
  /** "What decides it", or "What decided it" once decided. */
  ruleLabel: string;
  /** The decision rule, as the server words it. */
  rule: string;
  /** The result so far, when there is one. */
  result?: string;
  /** Once decided: what would change the status again. */
  change?: string;
}

const HEADINGS: Record<EntryTest["kind"], Partial<Record<EntryTest["state"], string>>> = {
  separate: {
    planned: "Test planned: on its own",
    running: "Test under way: on its own",
    done: "Decided by a test on its own",
  },
  retest: {
    offered: "A re-test is offered",
    planned: "Re-test planned",
    running: "Re-test under way",
    done: "Decided by a re-test",
  },
};

/** T6's day rule in the user's terms: a re-test session waits for it. */
const CALM_WEEK = "7 calm days in a row, each with a check-in";

function whatHappens(test: EntryTest, name: string): string | undefined {
  if (test.state === "done") return undefined;
  if (test.kind === "separate") {
    if (test.state === "planned")
      return `Your plan gives ${name} a session without the other suspects, so the next morning shows how your back takes it alone. Its load stays as it is until the test decides.`;
    return `Sessions with ${name} and no other suspect are under way; its load stays as it is until they decide.`;
  }
  if (test.state === "offered")
    return `You have not done ${name} for at least 3 weeks and your last 7 days were calm, so you can try it again at half your last load. Nothing changes unless you say yes.`;
  if (test.state === "planned")
    return `It goes into your next training day after ${CALM_WEEK}, at half your last load, in place of the exercise standing in for it. The rule below is shown again before the first set.`;
  return `Re-test sessions at half your last load are under way, each on a training day after ${CALM_WEEK}.`;
}

function resultWords(result: EntryTest["result"]): string | undefined {
  if (result === "trigger") return "Result: a trigger for your back.";
  if (result === "tolerated") return "Result: your back tolerates it.";
  if (result === "inconclusive") return "No decision yet.";
  return undefined;
}

function whatWouldChange(test: EntryTest, name: string): string | undefined {
  if (test.state !== "done") return undefined;
  if (test.result === "tolerated")
    return test.kind === "retest"
      ? `It builds back up from the re-test load, one step per calm session. Sharp or radiating pain during ${name}, or next mornings that turn worse after it, would make it a suspect again.`
      : `Sharp or radiating pain during ${name}, or next mornings that turn worse after it, would make it a suspect again.`;
  if (test.result === "trigger")
    return test.kind === "retest"
      ? `Spotter can offer another re-test 6 weeks after this one, after ${CALM_WEEK}.`
      : `Once you have gone 3 weeks without it and had ${CALM_WEEK}, Spotter offers a re-test at half your last load.`;
  return undefined;
}

/** The test of an entry in words; `name` is the exercise's name as shown on the card. */
export function testWords(test: EntryTest, name: string): TestWords {
  const result = resultWords(test.result);
  const change = whatWouldChange(test, name);
  const what = whatHappens(test, name);
  return {
    heading: HEADINGS[test.kind][test.state] ?? "Test",
    ...(what ? { what } : {}),
    ruleLabel: test.state === "done" ? "What decided it:" : "What decides it:",
    rule: test.rule,
    ...(result ? { result } : {}),
    ...(change ? { change } : {}),
  };
}
