import { describe, expect, it } from "vitest";
import { yesMeans } from "./flagText.js";
import { NO_LIMITS, rulesOf } from "./RulesPicker.js";
import { ruleLine } from "./ruleWords.js";

const label = (p: string) => (p === "hinge" ? "Hip hinge" : p);

describe("X5 clearance form", () => {
  it("X5: picked limits become rules with the last day; a weight in pounds is sent in kg", () => {
    const rules = rulesOf(
      { ...NO_LIMITS, patterns: ["hinge"], cap: "weight", capValue: "100", effort: "3", until: "2026-12-14" },
      "lb",
    );
    expect(rules).toEqual([
      { kind: "pattern", value: "hinge", until: "2026-12-14" },
      { kind: "load-cap", value: { kg: 45.359 }, until: "2026-12-14" },
      { kind: "effort-cap", value: 3, until: "2026-12-14" },
    ]);
    expect(rulesOf(NO_LIMITS, "kg")).toEqual([]);
  });

  it.each([
    [{ kind: "pattern", value: "hinge", until: "2026-12-14" }, "No hip hinge movements, until 14 Dec 2026"],
    [{ kind: "exercise", value: "back-squat" }, "No back squat, until a later assessment lifts it"],
    [
      { kind: "load-cap", value: { percent: 60 } },
      "At most 60% of the last working load, for every loaded exercise, until a later assessment lifts it",
    ],
  ] as const)("X5: a rule reads in plain words: %j", (rule, text) => {
    expect(ruleLine(rule, new Map([["back-squat", "Back squat"]]), label)).toBe(text);
  });

  it("X5/red flags: a yes says in one line what it will mean, by tier, without discouraging it", () => {
    expect(yesMeans("R1")).toContain("emergency care now");
    expect(yesMeans("R2")).toContain("loaded training pauses");
    for (const t of ["R1", "R2"] as const) expect(yesMeans(t)).not.toMatch(/!|sure|really/i);
  });
});
