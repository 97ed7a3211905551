import { describe, expect, it } from "vitest";
import { TIERS } from "../records/vocab.js";
import { moreSevereTier, TIER_INFO, trainingLock } from "./tiers.js";

describe("tiers and the training lock", () => {
  it.each([
    ["R1", "all"],
    ["R2", "loaded"],
    ["R3", "none"],
    ["R4", "none"],
    ["R5", "none"],
  ] as const)("R1: tier %s locks %s training", (tier, lock) => {
    expect(trainingLock({ tier })).toBe(lock);
  });

  it("R1: R1 is the most severe tier and R5 the least", () => {
    expect(moreSevereTier("R1", "R5")).toBe("R1");
    expect(moreSevereTier("R4", "R3")).toBe("R3");
    expect(moreSevereTier("R5", "R5")).toBe("R5");
  });

  it("R5: every tier has a label and a line on what it allows", () => {
    expect(Object.keys(TIER_INFO)).toEqual([...TIERS]);
    expect(TIER_INFO.R2.label).toBe("See a professional");
    for (const t of TIERS) expect(TIER_INFO[t].allows).not.toMatch(/push through|!/i);
  });
});
