import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DB_ROW, fixtureExercise, LEG_PRESS, SIDE_PLANK, SQUAT } from "./progression/testFixtures.js";
import { lbToKg, liftedLoad, loadableInUnit, loadableKg, loadInUnit, loadStepInUnit } from "./units.js";

const MACHINE = fixtureExercise({ id: "t-machine", equipment: ["machines"], increment: { kg: 5, lb: 10 } });
const KETTLEBELL = fixtureExercise({ id: "t-kb", equipment: ["kettlebell"], increment: { kg: 4, lb: 5 } });

describe("O1, C4: loads shown or prefilled are loadable steps in the user's unit", () => {
  it.each([
    ["a 60 kg barbell target", 60, SQUAT, "lb", 130],
    ["a 20 kg dumbbell", 20, DB_ROW, "lb", 45],
    ["a 20 kg barbell (the kg bar)", 20, SQUAT, "lb", 45],
    ["a warm-up under the bar", 15, SQUAT, "lb", 45],
    ["a 100 kg leg press", 100, LEG_PRESS, "lb", 220],
    ["a 45 kg machine stack", 45, MACHINE, "lb", 100],
    ["a 16 kg kettlebell", 16, KETTLEBELL, "lb", 35],
    ["a light dumbbell", 1, DB_ROW, "lb", 5],
    ["225 lb stored as grams", lbToKg(225), SQUAT, "lb", 225],
    ["60 kg for a kg user", 60, SQUAT, "kg", 60],
    ["61 kg for a kg user", 61, SQUAT, "kg", 60],
    ["19 kg dumbbells for a kg user", 19, DB_ROW, "kg", 20],
    ["a kg barbell under the bar", 10, SQUAT, "kg", 20],
    ["no load on a plank", 0, SIDE_PLANK, "lb", 0],
  ] as const)("O1: %s (%d kg) shows as %d %s", (_what, kg, exercise, unit, want) => {
    expect(loadableInUnit(kg, exercise, unit)).toBe(want);
    expect(loadInUnit(loadableKg(kg, exercise, unit), unit)).toBe(want);
  });

  it("O1: every loadable pound load is a whole step, within half a step of the exact load above the floor", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(SQUAT, DB_ROW, LEG_PRESS, MACHINE, KETTLEBELL),
        fc.double({ min: 0.5, max: 400, noNaN: true }),
        fc.constantFrom("kg" as const, "lb" as const),
        (exercise, kg, unit) => {
          const step = loadStepInUnit(exercise, unit);
          const shown = loadableInUnit(kg, exercise, unit);
          const steps = shown / step;
          expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
          const exact = loadInUnit(kg, unit);
          const floor = exercise.equipment.includes("barbell") ? (unit === "kg" ? 20 : 45) : step;
          if (exact >= floor + step) expect(Math.abs(shown - exact)).toBeLessThanOrEqual(step / 2 + 1e-9);
          else expect(shown).toBeGreaterThanOrEqual(floor);
        },
      ),
    );
  });
});

describe("G6: history shows each set in the unit it was lifted in", () => {
  it.each([
    ["an imported pound set for a kg user", lbToKg(195), "lb", "kg", 195, "lb"],
    ["a kg set for a pound user", 60, "kg", "lb", 60, "kg"],
    ["an older set without a unit", 60, null, "kg", 60, "kg"],
    ["an older set without a unit, pound user", lbToKg(135), undefined, "lb", 135, "lb"],
  ] as const)("%s", (_what, loadKg, unit, fallback, value, shownUnit) => {
    expect(liftedLoad({ loadKg, unit }, fallback)).toEqual({ value, unit: shownUnit });
  });

  it("a set without load has no lifted load", () => {
    expect(liftedLoad({ loadKg: null, unit: "lb" }, "kg")).toBeNull();
  });
});
