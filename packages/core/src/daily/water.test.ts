import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loggedTrainingMinutes, trainingHoursForDay, waterFloorMl, waterTarget, waterTargetMl } from "./water.js";

describe("waterTargetMl", () => {
  it.each([
    // bodyWeightKg, sex, trainingHours, expected mL
    [70, "male", 0, 2450],
    [80, "male", 1, 3300],
    [100, "female", 0, 3500],
    [60, "female", 0, 2100],
    [60, "female", 1.5, 2850],
    [50, "female", 0, 1750],
    [45, "female", 0, 1600], // 1,575 from weight is under the women's floor
    [45, "male", 0, 2000], // 1,575 is under the men's floor
    [55, null, 0, 2000], // unspecified sex uses the 2,000 mL floor
    [57, "male", 0, 2000], // 1,995 mL: the floor wins by 5 mL
    [58, "male", 0, 2030],
    [73, "male", 2, 3555],
  ] as const)("N1: %s kg, sex %s, %s h training -> %s mL", (bodyWeightKg, sex, trainingHours, expected) => {
    expect(waterTargetMl({ bodyWeightKg, sex, trainingHours })).toBe(expected);
  });

  it.each([
    ["female", 1600],
    ["male", 2000],
    [null, 2000],
    [undefined, 2000],
  ] as const)("N1: the floor for sex %s is %s mL (80%% of EFSA's adequate intake)", (sex, floor) => {
    expect(waterFloorMl(sex)).toBe(floor);
    expect(waterTargetMl({ bodyWeightKg: null, sex, trainingHours: 0 })).toBe(floor);
  });

  it.each([
    [null, "female", 1, 2100],
    [null, "male", 2, 3000],
    [undefined, null, 0.5, 2250],
  ] as const)("N1: no body weight (%s), sex %s, %s h -> the floor plus training, %s mL", (w, sex, h, expected) => {
    const t = waterTarget({ bodyWeightKg: w, sex, trainingHours: h });
    expect(t.targetMl).toBe(expected);
    expect(t.basis).toBe("floor");
  });

  it("N1: the per-kg setting replaces 35 mL/kg", () => {
    expect(waterTargetMl({ bodyWeightKg: 80, sex: "male", trainingHours: 0, mlPerKg: 40 })).toBe(3200);
    expect(waterTargetMl({ bodyWeightKg: 80, sex: "male", trainingHours: 0, mlPerKg: 20 })).toBe(2000);
  });

  it("N1: negative or non-finite training hours add nothing", () => {
    expect(waterTargetMl({ bodyWeightKg: 80, sex: "male", trainingHours: -2 })).toBe(2800);
    expect(waterTargetMl({ bodyWeightKg: 80, sex: "male", trainingHours: Number.NaN })).toBe(2800);
  });

  it("N1: the target is never below the floor and grows by 500 mL per training hour", () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: 20, max: 300, noNaN: true }), { nil: null }),
        fc.constantFrom("female" as const, "male" as const, null),
        fc.integer({ min: 0, max: 16 }).map((q) => q / 4),
        (w, sex, h) => {
          const base = waterTargetMl({ bodyWeightKg: w, sex, trainingHours: 0 });
          expect(base).toBeGreaterThanOrEqual(waterFloorMl(sex));
          expect(waterTargetMl({ bodyWeightKg: w, sex, trainingHours: h })).toBe(base + Math.round(h * 500));
        },
      ),
    );
  });
});

describe("trainingHoursForDay", () => {
  it.each([
    // day, today, logged, planned, hours
    ["2026-03-09", "2026-03-10", 90, 60, 1.5], // past day: what was logged
    ["2026-03-09", "2026-03-10", 0, 60, 0], // past day, nothing logged: no training
    ["2026-03-09", "2026-03-10", null, 60, 0],
    ["2026-03-10", "2026-03-10", 0, 60, 1], // today: planned until something is logged
    ["2026-03-10", "2026-03-10", 45, 60, 0.75], // today: the log wins once there is one
    ["2026-03-12", "2026-03-10", 0, 75, 1.25], // a future day: what is planned
    ["2026-03-10", "2026-03-10", null, null, 0],
  ] as const)("N1: day %s seen on %s, logged %s min, planned %s min -> %s h", (day, today, logged, planned, h) => {
    expect(trainingHoursForDay({ day, today, loggedMinutes: logged, plannedMinutes: planned })).toBe(h);
  });
});

describe("loggedTrainingMinutes", () => {
  it("N1: sums finished sessions and counts an unfinished one as an hour", () => {
    const sessions = [
      { startedAt: "2026-03-10T07:00:00Z", finishedAt: "2026-03-10T07:50:00Z" },
      { startedAt: "2026-03-10T18:00:00+01:00", finishedAt: null },
    ];
    expect(loggedTrainingMinutes(sessions)).toBe(110);
    expect(loggedTrainingMinutes(sessions, { unfinishedMinutes: 0 })).toBe(50);
  });

  it("N1: caps a session left open for a day at 5 hours", () => {
    const s = [{ startedAt: "2026-03-10T07:00:00Z", finishedAt: "2026-03-11T07:00:00Z" }];
    expect(loggedTrainingMinutes(s)).toBe(300);
  });
});
