/**
 * The `test` of a trigger-list entry (SPEC T5, T6; API `GET /insights/triggers`): which test decides the exercise,
 * where it stands (planned, offered, running, done), the rule that decides it, and the result so far.
 */
import { morningsInWords, TEST_MAX_PAIN } from "./status.js";
import type { RetestDecision, SubjectStats, TestResult, TriggerStatus } from "./types.js";
import { capitalise, formatDayShort } from "./wording.js";

/** The `test` field of a trigger-list entry. */
export interface TriggerTest {
  kind: "separate" | "retest";
  state: "planned" | "offered" | "running" | "done";
  /** The decision rule in words: what would change the status. */
  rule: string;
  result?: "trigger" | "tolerated" | "inconclusive";
}

/** T5's decision rule. */
export const SEPARATE_RULE_TEXT = `A session with it and no other suspect decides: a next morning 2 or more points worse than before the session makes it a trigger; two such sessions in a row with pain during it at ${TEST_MAX_PAIN} or below and a next morning no worse make it tolerated. A morning 1 point worse counts toward neither, and the test repeats.`;

/** T6's decision rule, shown before the first set. */
export const RETEST_RULE_TEXT = `A re-test session passes when pain during it stays at ${TEST_MAX_PAIN} or below with no sharp or radiating pain, and the next morning is no worse than before the session. Two passes make it tolerated again, and it then builds back up step by step; one fail keeps it a trigger, and the re-test can be offered again in 6 weeks.`;

/** The latest re-test decision on an exercise, if any. */
export function latestRetestDecision(
  decisions: readonly RetestDecision[],
  exerciseId: string,
): RetestDecision | undefined {
  let latest: RetestDecision | undefined;
  for (const d of decisions) if (d.exerciseId === exerciseId && (!latest || d.date >= latest.date)) latest = d;
  return latest;
}

function resultWords(r: TestResult): string {
  return `${formatDayShort(r.date)} (${morningsInWords([r])})`;
}

/** A sentence on the test results so far, for the evidence while a test runs. */
export function runningTestSentence(name: string, kind: TriggerTest["kind"], results: readonly TestResult[]): string {
  if (results.length === 0) return "";
  const what = kind === "separate" ? "was done without the other suspects" : "was re-tested at a lighter load";
  return `${capitalise(name)} ${what} on ${results.map(resultWords).join(", ")}; no decision yet.`;
}

/** The test of an exercise's entry, or undefined when no test concerns it. */
export function testOf(
  s: SubjectStats,
  status: TriggerStatus,
  opts: { decision?: RetestDecision | undefined; offered: boolean; testable: boolean },
): TriggerTest | undefined {
  const v = s.verdict;
  const d = opts.decision;
  if (status === "trigger" && d?.accept && (!v || v.date < d.date)) {
    const running = (s.retest ?? []).length > 0;
    return {
      kind: "retest",
      state: running ? "running" : "planned",
      rule: RETEST_RULE_TEXT,
      ...(running ? { result: "inconclusive" as const } : {}),
    };
  }
  if (status === "trigger" && opts.offered) return { kind: "retest", state: "offered", rule: RETEST_RULE_TEXT };
  if (status === "suspected" && opts.testable) {
    const running = (s.separated ?? []).length > 0;
    return {
      kind: "separate",
      state: running ? "running" : "planned",
      rule: SEPARATE_RULE_TEXT,
      ...(running ? { result: "inconclusive" as const } : {}),
    };
  }
  if (v)
    return {
      kind: v.by === "T5" ? "separate" : "retest",
      state: "done",
      rule: v.by === "T5" ? SEPARATE_RULE_TEXT : RETEST_RULE_TEXT,
      result: v.result,
    };
  return undefined;
}

/** A test in one plain line, for the clinician report and the share page ("Re-test planned. Result: ..."). */
export function testInWords(test: TriggerTest): string {
  const what = test.kind === "separate" ? "Test without the other suspects" : "Re-test at a lighter load";
  const state = { planned: "planned", offered: "offered", running: "under way", done: "decided" }[test.state];
  const result =
    test.result === "trigger"
      ? ": a trigger"
      : test.result === "tolerated"
        ? ": tolerated"
        : test.result === "inconclusive"
          ? ", no result yet"
          : "";
  return `${what}, ${state}${result}.`;
}
