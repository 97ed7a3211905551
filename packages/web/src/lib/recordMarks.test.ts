import { describe, expect, it } from "vitest";
import { recordText } from "./recordMarks.js";

describe("a record's mark in the live session", () => {
  it.each([
    [undefined, null],
    [[], null],
    [["heaviest"], "heaviest set"],
    [["heaviest", "e1rm"], "heaviest set and best e1RM"],
    [["e1rm", "reps", "volume"], "best e1RM, most reps at this weight and best session volume"],
  ] as const)("%j reads %j", (kinds, want) => {
    expect(recordText(kinds)).toBe(want);
  });
});
