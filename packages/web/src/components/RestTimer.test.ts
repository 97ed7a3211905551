import { describe, expect, it } from "vitest";
import { formatElapsed, secondsLeft } from "./RestTimer.js";

describe("rest timer", () => {
  it.each([
    [0, "0:00"],
    [999, "0:00"],
    [61_000, "1:01"],
    [600_000, "10:00"],
    [-5, "0:00"],
  ])("G5: %s ms reads %s", (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });

  it("G5: counts down the planned rest and reaches 0 when it is over, then goes negative", () => {
    const start = 1_000_000;
    expect(secondsLeft(start, 120, start)).toBe(120);
    expect(secondsLeft(start, 120, start + 500)).toBe(120);
    expect(secondsLeft(start, 120, start + 119_200)).toBe(1);
    expect(secondsLeft(start, 120, start + 120_000)).toBe(0);
    expect(secondsLeft(start, 120, start + 125_000)).toBe(-5);
  });
});
