import { describe, expect, it } from "vitest";
import { FURTHER_LIMITS, furtherLimitTotals, matchFurtherLimit } from "./upperLimits.js";

const one = (name: string, amount: number, unit: string) => furtherLimitTotals([{ name, amount, unit }])[0];

describe("N2 further upper limits (revised 2026-12)", () => {
  it.each([
    ["Magnesium", 350, "mg", false],
    ["Magnesium glycinate", 400, "mg", true],
    ["Zinc", 41, "mg", true],
    ["Iron (ferrous bisglycinate)", 45, "mg", false],
    ["Vitamin B6", 101, "mg", true],
    ["Vitamin C", 2, "g", false],
    ["Vitamin C", 2.5, "g", true],
    ["Vitamin A", 10000, "IU", false],
    ["Vitamin A (retinol)", 10001, "IU", true],
    ["Vitamin E", 1111, "IU", false],
    ["Vitamin E", 1112, "IU", true],
    ["Vitamin E d-alpha natural", 1492, "IU", false],
    ["Vitamin E d-alpha natural", 1493, "IU", true],
    ["Niacin", 36, "mg", true],
    ["Folate DFE", 1666, "ug", false],
    ["Folic acid", 1001, "ug", true],
    ["Selenium", 0.401, "mg", true],
  ] as const)("N2: %s %d %s is above its limit: %s", (name, amount, unit, above) => {
    expect(one(name, amount, unit)?.above).toBe(above);
  });

  it("N2: beta-carotene never counts as vitamin A", () => {
    expect(matchFurtherLimit("Beta-carotene (vitamin A)")).toBeNull();
  });

  it("N2: the warning says food adds where the limit counts food, asks for the elemental amount of a salt, and gives no dose", () => {
    const zinc = one("Zinc citrate", 50, "mg");
    expect(zinc?.message).toContain("food as well");
    expect(zinc?.message).toContain("elemental");
    const mg = one("Magnesium", 500, "mg");
    expect(mg?.message).not.toContain("food as well");
    expect(mg?.message).not.toMatch(/!|take \d/i);
  });

  it("N2: tablets are not counted, only noted", () => {
    expect(one("Zinc", 3, "tablet")).toMatchObject({ total: 0, uncounted: 1, above: false });
  });

  it("N2: every further limit is listed in SPEC's order with its unit", () => {
    expect(FURTHER_LIMITS.map((l) => `${l.id} ${l.limit} ${l.unit}`)).toEqual([
      "magnesium 350 mg",
      "zinc 40 mg",
      "iron 45 mg",
      "vitamin-b6 100 mg",
      "vitamin-c 2000 mg",
      "vitamin-a 3000 ug",
      "vitamin-e 1000 mg",
      "niacin 35 mg",
      "folic-acid 1000 ug",
      "selenium 400 ug",
    ]);
  });
});
