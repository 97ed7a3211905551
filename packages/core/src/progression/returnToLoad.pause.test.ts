import { describe, expect, it } from "vitest";
import { gapDaysOf, returnToLoad } from "./returnToLoad.js";

// O7 with T5: an exercise left out of sessions for another suspect's test (paused for up to 14 days) is not on a
// break; the days before the pause still count, and a pause longer than T5 allows counts in full.
describe("O7 and T5: a T5 pause of up to 14 days is not a gap", () => {
  it.each([
    {
      name: "weekly lift paused once, back a week later",
      lastDay: "2026-03-02",
      pausedFrom: "2026-03-09",
      today: "2026-03-16",
      gap: 7,
      factor: null,
    },
    {
      name: "paused 3 days after its last session, back 11 days later",
      lastDay: "2026-03-02",
      pausedFrom: "2026-03-05",
      today: "2026-03-16",
      gap: 3,
      factor: null,
    },
    {
      name: "a pause of exactly 14 days is still no gap",
      lastDay: "2026-03-02",
      pausedFrom: "2026-03-05",
      today: "2026-03-19",
      gap: 3,
      factor: null,
    },
    {
      name: "a pause of 15 days is more than T5 asks: all of it counts",
      lastDay: "2026-03-02",
      pausedFrom: "2026-03-05",
      today: "2026-03-20",
      gap: 18,
      factor: 0.9,
    },
    {
      name: "no pause: 14 days without it is a gap",
      lastDay: "2026-03-02",
      pausedFrom: undefined,
      today: "2026-03-16",
      gap: 14,
      factor: 0.9,
    },
    {
      name: "no pause: 28 days without it is a long gap",
      lastDay: "2026-03-02",
      pausedFrom: undefined,
      today: "2026-03-30",
      gap: 28,
      factor: 0.8,
    },
    {
      name: "a pause day before the last session is ignored",
      lastDay: "2026-03-02",
      pausedFrom: "2026-02-25",
      today: "2026-03-16",
      gap: 14,
      factor: 0.9,
    },
  ])("O7/T5: $name", ({ lastDay, pausedFrom, today, gap, factor }) => {
    const input = { lastDay, today, grade: "B" as const, ...(pausedFrom ? { pausedFrom } : {}) };
    expect(gapDaysOf(input)).toBe(gap);
    expect(returnToLoad(input)?.factor ?? null).toBe(factor);
  });

  it("O7/T5: a lock during a pause still returns at 80% (only the gap is excused)", () => {
    const back = returnToLoad({
      lastDay: "2026-03-02",
      pausedFrom: "2026-03-09",
      today: "2026-03-16",
      grade: "B",
      tierOn: (d) => (d === "2026-03-10" ? "R2" : "R5"),
    });
    expect(back).toMatchObject({ factor: 0.8, cause: "lock" });
  });
});
