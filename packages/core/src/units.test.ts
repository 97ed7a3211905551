import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatWeight, fromUnit, gramsToKg, kgToGrams, kgToLb, lbToKg, roundToStep, toUnit } from "./units.js";

describe("units (SPEC §1, C4, O1)", () => {
  it("C4: stores weights exactly as grams and converts pounds by the exact definition", () => {
    expect(kgToGrams(102.513)).toBe(102513);
    expect(gramsToKg(102513)).toBe(102.513);
    expect(lbToKg(225)).toBe(102.058);
    expect(kgToLb(100)).toBeCloseTo(220.462, 3);
  });

  it.each([
    [101.2, 2.5, "nearest", 100],
    [101.3, 2.5, "nearest", 102.5],
    [101.3, 2.5, "down", 100],
    [100.1, 2.5, "up", 102.5],
    [99.9999999999, 2.5, "down", 100],
    [47, 5, "nearest", 45],
  ] as const)("O1: %s rounded to steps of %s (%s) is %s", (v, step, mode, out) => {
    expect(roundToStep(v, step, mode)).toBe(out);
  });

  it("O1: a pound user's whole plate steps survive the trip through kilograms", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const lb = n * 5;
        expect(roundToStep(toUnit(fromUnit(lb, "lb"), "lb"), 5)).toBe(lb);
      }),
    );
    expect(formatWeight(lbToKg(225), "lb")).toBe("225 lb");
    expect(formatWeight(100, "kg")).toBe("100 kg");
  });
});
