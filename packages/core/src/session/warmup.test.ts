import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DB_ROW, LEG_PRESS, SIDE_PLANK, SQUAT } from "../progression/testFixtures.js";
import { lbToKg, loadInUnit, loadStepInUnit } from "../units.js";
import { warmupPercentages, warmupSets } from "./warmup.js";

describe("G1 warm-up sets", () => {
  it("G1: a heavy barbell lift ramps from the empty bar through 40%, 60% and 80%", () => {
    const w = warmupSets({ workingLoadKg: 100, reps: 8, exercise: SQUAT, unit: "kg" });
    expect(w.map((s) => s.loadKg)).toEqual([20, 40, 60, 80]);
    expect(w.map((s) => s.reps)).toEqual([8, 8, 5, 3]);
    expect(w.every((s) => s.warmup && !s.belt)).toBe(true);
  });

  it("G1: a pound user's ramp lands on whole 5 lb steps", () => {
    const w = warmupSets({ workingLoadKg: lbToKg(225), reps: 5, exercise: SQUAT, unit: "lb" });
    expect(w.map((s) => loadInUnit(s.loadKg, "lb"))).toEqual([45, 90, 135, 180]);
  });

  it.each([
    [3, 0],
    [4, 1],
    [8, 1],
    [9, 2],
    [16, 2],
    [17, 3],
  ])("G1: %d load steps to the working load give %d ramp steps (fewer for light loads)", (steps, n) => {
    expect(warmupPercentages(steps)).toHaveLength(n);
  });

  it("G1: light loads get fewer warm-ups, and none at or under the bar", () => {
    expect(warmupSets({ workingLoadKg: 20, reps: 10, exercise: SQUAT, unit: "kg" })).toEqual([]);
    expect(warmupSets({ workingLoadKg: 40, reps: 10, exercise: SQUAT, unit: "kg" }).map((s) => s.loadKg)).toEqual([
      20, 30,
    ]);
    expect(warmupSets({ workingLoadKg: 10, reps: 10, exercise: DB_ROW, unit: "kg" }).map((s) => s.loadKg)).toEqual([6]);
    expect(warmupSets({ workingLoadKg: 6, reps: 10, exercise: DB_ROW, unit: "kg" })).toEqual([]);
  });

  it("G1: machines start without a bar; unloaded exercises get none", () => {
    expect(warmupSets({ workingLoadKg: 150, reps: 10, exercise: LEG_PRESS, unit: "kg" }).map((s) => s.loadKg)).toEqual([
      60, 90, 120,
    ]);
    expect(warmupSets({ workingLoadKg: 0, reps: 30, exercise: SIDE_PLANK, unit: "kg" })).toEqual([]);
  });

  it("G1: warm-ups climb, stay below the working load, sit on loadable steps and are never belted (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(SQUAT, DB_ROW, LEG_PRESS),
        fc.constantFrom("kg" as const, "lb" as const),
        (load, reps, exercise, unit) => {
          const w = warmupSets({ workingLoadKg: load, reps, exercise, unit });
          const step = loadStepInUnit(exercise, unit);
          let prev = 0;
          for (const s of w) {
            expect(s.belt).toBe(false);
            expect(s.warmup).toBe(true);
            expect(s.loadKg).toBeGreaterThan(prev);
            expect(s.loadKg).toBeLessThan(load);
            const inUnit = loadInUnit(s.loadKg, unit);
            if (s.pct > 0) expect(Math.abs(inUnit / step - Math.round(inUnit / step))).toBeLessThan(1e-6);
            prev = s.loadKg;
          }
          expect(w.length).toBeLessThanOrEqual(4);
        },
      ),
    );
  });
});
