import { describe, expect, it } from "vitest";
import { daysIn, last90Days, rangeErrors } from "./range.js";

describe("report ranges", () => {
  it("defaults to the last 90 days, both ends counted", () => {
    const r = last90Days("2026-03-31");
    expect(r).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(daysIn(r.from, r.to)).toBe(90);
  });

  it("names the field of each problem", () => {
    expect(rangeErrors("", "2026-03-01")).toEqual({ from: "From: choose the first day of the report." });
    expect(rangeErrors("2026-03-02", "2026-03-01")).toEqual({ to: "To: choose a day on or after the From day." });
    expect(rangeErrors("2026-03-01", "2026-03-01")).toEqual({});
  });
});
