import { type AggravatingEntry, PATTERNS } from "@spotter/core";
import { describe, expect, it } from "vitest";
import {
  backSummary,
  clearanceLines,
  excludedRows,
  NOTES_MAX,
  notesCounter,
  notesValue,
  PATTERN_WORDS,
  patternChoice,
  patternsToAdd,
  withDirection,
  withoutEntry,
  withPattern,
} from "./backText.js";

const names = new Map([
  ["back-squat", "Back squat"],
  ["bench-press", "Bench press"],
]);

describe("pattern words", () => {
  it("names every pattern of the vocabulary in plain words with examples", () => {
    for (const p of PATTERNS) {
      expect(PATTERN_WORDS[p].name).toMatch(/^[A-Z][a-z]/);
      expect(PATTERN_WORDS[p].examples.length).toBeGreaterThan(3);
    }
    expect(patternChoice("hinge")).toBe("Hinge (deadlifts, good mornings)");
    expect(patternChoice("not-a-pattern")).toBe("not a pattern");
  });
  it("offers only the patterns not yet left out, in vocabulary order", () => {
    const left = patternsToAdd([{ pattern: "hinge" }, { exerciseId: "back-squat" }]);
    expect(left).not.toContain("hinge");
    expect(left).toHaveLength(PATTERNS.length - 1);
    expect(left[0]).toBe("squat");
  });
});

describe("the left-out list", () => {
  it("shows whole patterns first, then exercises by name, each once", () => {
    const rows = excludedRows(
      [
        { exerciseId: "bench-press" },
        { pattern: "squat" },
        { exerciseId: "back-squat" },
        { pattern: "hinge" },
        { pattern: "squat" },
      ],
      names,
    );
    expect(rows.map((r) => r.name)).toEqual(["Squat", "Hinge", "Back squat", "Bench press"]);
    expect(rows[1]?.detail).toBe("Every hinge exercise, such as deadlifts, good mornings");
    expect(rows[2]?.href).toBe("/library/back-squat");
  });
  it("says plainly when a name is loading or the exercise is gone", () => {
    expect(excludedRows([{ exerciseId: "x" }], null)[0]?.name).toBe("Loading the name…");
    expect(excludedRows([{ exerciseId: "gone" }], names)[0]?.name).toBe("An exercise no longer in your library");
  });
  it("removes one entry and adds a pattern only once", () => {
    const list = [{ pattern: "hinge" as const }, { exerciseId: "back-squat" }];
    expect(withoutEntry(list, "pattern:hinge")).toEqual([{ exerciseId: "back-squat" }]);
    expect(withoutEntry(list, "exercise:back-squat")).toEqual([{ pattern: "hinge" }]);
    expect(withPattern(list, "hinge")).toEqual(list);
    expect(withPattern(list, "carry")).toEqual([...list, { pattern: "carry" }]);
  });
});

describe("clearance and notes", () => {
  it("words each clearance status, never by colour alone", () => {
    expect(clearanceLines({ status: "none" })).toEqual({
      headline: "No professional clearance recorded.",
      details: [],
    });
    expect(clearanceLines(null).headline).toBe("No professional clearance recorded.");
    expect(clearanceLines({ status: "cleared", date: "2026-03-04", by: "Dr Lee" })).toEqual({
      headline: "Cleared for training.",
      details: ["Date: 4 Mar 2026", "By: Dr Lee"],
    });
    expect(
      clearanceLines({ status: "restricted", date: "2026-03-04", by: "Physio", restrictions: "No heavy hinges" }),
    ).toEqual({
      headline: "Cleared for training, with restrictions.",
      details: ["Date: 4 Mar 2026", "By: Physio", "Restrictions: No heavy hinges"],
    });
  });
  it("counts the notes' characters and says how many are left near the end", () => {
    expect(notesCounter("")).toBe(`0 of ${NOTES_MAX} characters`);
    expect(notesCounter("x".repeat(1950))).toBe("1950 of 2000 characters, 50 left");
  });
  it("saves blank notes as no notes", () => {
    expect(notesValue("  \n ")).toBeNull();
    expect(notesValue("L4-L5 disc bulge")).toBe("L4-L5 disc bulge");
  });
  it("sums up the back for Me in one line", () => {
    expect(backSummary({})).toBe("Nothing left out, no clearance recorded.");
    expect(
      backSummary({
        aggravating: [{ pattern: "hinge" }, { exerciseId: "a" }],
        cleared: ["b"],
        clearance: { status: "cleared" },
      }),
    ).toBe("2 movements left out, 1 cleared, clearance recorded.");
  });
});

describe("P9 directions in Your back", () => {
  it("P9: directions come first as rows with their own key, and withDirection adds once and removes", () => {
    const list: AggravatingEntry[] = [{ pattern: "hinge" }, { direction: "flexion" }];
    const rows = excludedRows(list, new Map());
    expect(rows[0]).toMatchObject({ key: "direction:flexion", kind: "direction", name: "Bending forward" });
    expect(withDirection(list, "flexion", true)).toEqual([{ pattern: "hinge" }, { direction: "flexion" }]);
    expect(withDirection(list, "flexion", false)).toEqual([{ pattern: "hinge" }]);
    expect(withDirection([], "axial", true)).toEqual([{ direction: "axial" }]);
  });
});
