import { describe, expect, it } from "vitest";
import { DB_ROW, SIDE_PLANK, SQUAT } from "./progression/testFixtures.js";
import { addLoadSteps, lbToKg, loadInUnit, loadStepInUnit, roundLoadKg } from "./units.js";

describe("O1 loadable steps in the user's unit", () => {
  it("O1: a kg user steps in kg, a lb user in whole pounds", () => {
    expect(loadStepInUnit(SQUAT, "kg")).toBe(2.5);
    expect(loadStepInUnit(SQUAT, "lb")).toBe(5);
    expect(loadStepInUnit(SIDE_PLANK, "kg")).toBe(0);
  });

  it.each([
    [101.2, "kg", "nearest", 100],
    [101.3, "kg", "nearest", 102.5],
    [102.4, "kg", "down", 100],
    [100, "kg", "down", 100],
    [lbToKg(225), "lb", "down", lbToKg(225)],
    [lbToKg(227), "lb", "nearest", lbToKg(225)],
    [lbToKg(228), "lb", "nearest", lbToKg(230)],
  ] as const)("O1: %d kg rounds (%s, %s) to %d kg", (kg, unit, mode, want) => {
    expect(roundLoadKg(kg, SQUAT, unit, mode)).toBeCloseTo(want, 3);
  });

  it("O1: a stored pound load reads back as whole pounds, not 224.99", () => {
    expect(loadInUnit(lbToKg(225), "lb")).toBe(225);
    expect(loadInUnit(addLoadSteps(lbToKg(225), 1, SQUAT, "lb"), "lb")).toBe(230);
    expect(addLoadSteps(20, -1, DB_ROW, "kg")).toBe(18);
  });
});
