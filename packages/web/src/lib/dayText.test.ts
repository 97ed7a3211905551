import { describe, expect, it } from "vitest";
import { dayText } from "./format.js";

describe("dayText", () => {
  it("leaves the year out for this year's days and says it for other years (imported history)", () => {
    expect(dayText("2026-03-04", 2026)).not.toMatch(/2026/);
    expect(dayText("2016-10-03", 2026)).toMatch(/2016/);
  });

  it("gives back a day it cannot read as it came", () => {
    expect(dayText("not-a-day", 2026)).toBe("not-a-day");
  });
});
