import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lbToKg } from "../units.js";
import { plateBreakdown } from "./plates.js";

describe("O1 plate calculator (loads shown in the user's unit)", () => {
  it.each([
    [20, []],
    [60, [20]],
    [100, [25, 15]],
    [102.5, [25, 15, 1.25]],
    [142.5, [25, 25, 10, 1.25]],
    [62.5, [20, 1.25]],
  ])("O1: %d kg on a 20 kg bar is %j per side", (total, plates) => {
    const r = plateBreakdown(total, "kg");
    expect(r.perSide).toEqual(plates);
    expect(r.exact).toBe(true);
    expect(r.loadedKg).toBeCloseTo(total, 3);
  });

  it.each([
    [135, [45]],
    [225, [45, 45]],
    [185, [45, 25]],
    [315, [45, 45, 45]],
    [140, [45, 2.5]],
    [205, [45, 35]],
  ])("O1: %d lb on a 45 lb bar is %j per side", (totalLb, plates) => {
    const r = plateBreakdown(lbToKg(totalLb), "lb");
    expect(r.perSide).toEqual(plates);
    expect(r.exact).toBe(true);
    expect(r.loadedKg).toBeCloseTo(lbToKg(totalLb), 3);
  });

  it("O1: a load the plates cannot make is rounded down and the rest reported", () => {
    const r = plateBreakdown(101, "kg");
    expect(r.exact).toBe(false);
    expect(r.perSide).toEqual([25, 15]);
    expect(r.remainderPerSide).toBeCloseTo(0.5, 3);
    const below = plateBreakdown(15, "kg");
    expect(below.perSide).toEqual([]);
    expect(below.exact).toBe(false);
  });

  it("O1: a lighter bar is honoured", () => {
    expect(plateBreakdown(35, "kg", 15).perSide).toEqual([10]);
  });

  it("O1: from the bar up, plates never exceed the total and every 2.5 kg / 5 lb step is exact (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 9, max: 160 }), fc.constantFrom("kg" as const, "lb" as const), (n, unit) => {
        const total = unit === "kg" ? n * 2.5 : lbToKg(n * 5);
        const r = plateBreakdown(total, unit);
        expect(r.loadedKg).toBeLessThanOrEqual(total + 0.001);
        expect(r.exact).toBe(true);
      }),
    );
  });
});
