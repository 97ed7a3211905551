import { describe, expect, it } from "vitest";
import { daysIn, last90Days, rangeErrors } from "./range.js";

const TODAY = "2026-03-31";

describe("report ranges", () => {
  it("defaults to the last 90 days, both ends counted", () => {
    const r = last90Days(TODAY);
    expect(r).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(daysIn(r.from, r.to)).toBe(90);
  });

  it("names the field of each problem", () => {
    expect(rangeErrors("", "2026-03-01", TODAY)).toEqual({ from: "From: choose the first day." });
    expect(rangeErrors("2026-03-02", "2026-03-01", TODAY)).toEqual({
      to: "To: choose a day on or after the From day.",
    });
    expect(rangeErrors("2026-03-01", "2026-03-01", TODAY)).toEqual({});
  });

  it("refuses what the server refuses: a last day in the future, more than about 3 years", () => {
    expect(rangeErrors("2026-03-01", "2026-04-02", TODAY).to).toMatch(/^To: choose today/);
    expect(rangeErrors("2026-03-01", "2026-04-01", TODAY)).toEqual({});
    expect(rangeErrors("2020-01-01", TODAY, TODAY).from).toMatch(/^From: a report covers at most 1096 days/);
  });
});
