import { describe, expect, it } from "vitest";
import { formatElapsed } from "./RestTimer.js";

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
});
