import { describe, expect, it } from "vitest";
import { PAIN_ZONES, painZoneOf } from "./painZones.js";

describe("pain zones", () => {
  it.each([
    [0, "safe"],
    [2, "safe"],
    [3, "acceptable"],
    [5, "acceptable"],
    [6, "high-risk"],
    [10, "high-risk"],
    [-1, "safe"],
    [11, "high-risk"],
    [Number.NaN, "high-risk"],
  ])("R3: pain %d lies in the %s zone (0-2 safe, 3-5 acceptable, 6-10 high risk)", (pain, zone) => {
    expect(painZoneOf(pain).zone).toBe(zone);
  });

  it("R3: the zones cover 0-10 without gaps or overlaps, each with a label and a description", () => {
    const covered = PAIN_ZONES.flatMap((z) => Array.from({ length: z.to - z.from + 1 }, (_, i) => z.from + i));
    expect(covered).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const z of PAIN_ZONES) {
      expect(z.label).not.toBe("");
      expect(z.description).not.toContain("!");
    }
  });
});
