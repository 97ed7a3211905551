import { defaultProfile } from "@spotter/core";
import { describe, expect, it } from "vitest";
import { profileSummary } from "./Me.js";

describe("profileSummary", () => {
  it("says the unit, the training days, the session length and how much equipment", () => {
    expect(profileSummary(defaultProfile())).toBe(
      "Weights in kg, 3 training days a week, 60-minute sessions, 9 kinds of equipment.",
    );
    const p = {
      ...defaultProfile(),
      unit: "lb" as const,
      equipment: ["none" as const],
      trainingDays: ["mon" as const, "thu" as const],
    };
    expect(profileSummary(p)).toBe("Weights in lb, 2 training days a week, 60-minute sessions, no equipment.");
  });
});
