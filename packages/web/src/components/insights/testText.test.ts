import { RETEST_RULE_TEXT, SEPARATE_RULE_TEXT } from "@spotter/core";
import { describe, expect, it } from "vitest";
import { type EntryTest, testWords } from "./testText.js";

const retest = (state: EntryTest["state"], result?: EntryTest["result"]): EntryTest => ({
  kind: "retest",
  state,
  rule: RETEST_RULE_TEXT,
  ...(result ? { result } : {}),
});
const separate = (state: EntryTest["state"], result?: EntryTest["result"]): EntryTest => ({
  kind: "separate",
  state,
  rule: SEPARATE_RULE_TEXT,
  ...(result ? { result } : {}),
});

describe("testWords", () => {
  it.each([
    [retest("offered"), "A re-test is offered", /at half your last load\. Nothing changes unless you say yes\./],
    [retest("planned"), "Re-test planned", /next training day after 7 calm days in a row, each with a check-in/],
    [retest("running", "inconclusive"), "Re-test under way", /under way/],
    [retest("done", "tolerated"), "Decided by a re-test", undefined],
    [separate("planned"), "Test planned: on its own", /a session without the other suspects/],
    [separate("running", "inconclusive"), "Test under way: on its own", /no other suspect are under way/],
    [separate("done", "trigger"), "Decided by a test on its own", undefined],
  ])("T5, T6: %o reads as planned, offered, running or decided", (test, heading, what) => {
    const w = testWords(test, "Deadlift");
    expect(w.heading).toBe(heading);
    // Once decided, the evidence above says what happened; the box says no more of it.
    if (what) expect(w.what).toMatch(what);
    else expect(w.what).toBeUndefined();
    expect(w.ruleLabel).toBe(test.state === "done" ? "What decided it:" : "What decides it:");
    // The rule is the server's own words, never rewritten here.
    expect(w.rule).toBe(test.rule);
  });

  it.each([
    [retest("running", "inconclusive"), "No decision yet.", undefined],
    [retest("done", "tolerated"), "Result: your back tolerates it.", /builds back up from the re-test load/],
    [retest("done", "trigger"), "Result: a trigger for your back.", /another re-test 6 weeks after this one/],
    [separate("done", "tolerated"), "Result: your back tolerates it.", /would make it a suspect again/],
    [separate("done", "trigger"), "Result: a trigger for your back.", /offers a re-test at half your last load/],
  ])("T5, T6: %o says its result and, once decided, what would change it", (test, result, change) => {
    const w = testWords(test, "Deadlift");
    expect(w.result).toBe(result);
    if (change) expect(w.change).toMatch(change);
    else expect(w.change).toBeUndefined();
  });

  it("T5, T6: every text is calm and names the exercise where it speaks of it", () => {
    const all = [
      ...(["offered", "planned", "running", "done"] as const).map((s) =>
        retest(s, s === "done" ? "trigger" : undefined),
      ),
      ...(["planned", "running", "done"] as const).map((s) => separate(s, s === "done" ? "tolerated" : undefined)),
    ];
    for (const t of all) {
      const w = testWords(t, "Deadlift");
      const text = [w.heading, w.what ?? "", w.result ?? "", w.change ?? ""].join(" ");
      expect(text).not.toContain("!");
      if (t.state === "offered") expect(w.what).toContain("Deadlift");
      if (t.result === "tolerated") expect(w.change).toContain("Deadlift");
    }
  });
});
