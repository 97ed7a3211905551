import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestE1rm, currentE1rm, e1rm, setE1rm } from "./e1rm.js";
import { fixtureSession, fixtureSet } from "./testFixtures.js";

describe("O6 estimated 1RM", () => {
  it.each([
    // load, reps, rir, expected
    [100, 10, 0, 133.333],
    [100, 8, 2, 133.333],
    [100, 5, 0, 116.667],
    [100, 1, 0, 103.333],
    [60, 6, 3, 78],
  ])("O6: Epley of %d kg x %d reps at RIR %d is %d", (load, reps, rir, want) => {
    expect(e1rm(load, reps, rir)).toBeCloseTo(want, 3);
  });

  it.each([
    [10, 0, true],
    [9, 1, true],
    [10, 1, false],
    [8, 3, false],
    [11, 0, false],
  ])("O6: %d reps + %d RIR gives an estimate: %s (only up to 10 counting RIR)", (reps, rir, has) => {
    expect(e1rm(100, reps, rir) !== null).toBe(has);
  });

  it("O6: no load, no reps or an unknown RIR are handled without inventing strength", () => {
    expect(e1rm(null, 5, 0)).toBeNull();
    expect(e1rm(0, 5, 0)).toBeNull();
    expect(e1rm(100, 0, 0)).toBeNull();
    expect(e1rm(100, 5, null)).toBeCloseTo(116.667, 3);
  });

  it("O6: a set reads RPE when RIR is missing, and warm-ups give no estimate", () => {
    expect(setE1rm(fixtureSet({ exerciseId: "x", loadKg: 100, reps: 5, rir: null, rpe: 8 }))).toBeCloseTo(123.333, 3);
    expect(setE1rm(fixtureSet({ exerciseId: "x", loadKg: 100, reps: 5, warmup: true }))).toBeNull();
    expect(
      bestE1rm([
        fixtureSet({ exerciseId: "x", loadKg: 100, reps: 5, rir: 0 }),
        fixtureSet({ exerciseId: "x", loadKg: 110, reps: 3, rir: 0 }),
      ]),
    ).toBeCloseTo(121, 3);
  });

  it("O6: the estimate grows with load and with reps (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 0 }),
        (load, reps, rir) => {
          const a = e1rm(load, reps, rir) ?? 0;
          expect(e1rm(load + 1, reps, rir) ?? 0).toBeGreaterThan(a);
          expect(e1rm(load, reps + 1, rir) ?? 0).toBeGreaterThan(a);
          expect(a).toBeGreaterThanOrEqual(load);
        },
      ),
    );
  });

  it("O6: the current estimate is the best of the last 6 weeks, and an edit changes it", () => {
    const old = fixtureSession("2025-01-01", [fixtureSet({ exerciseId: "x", loadKg: 200, reps: 5, rir: 0 })]);
    const recent = fixtureSession("2025-03-01", [fixtureSet({ exerciseId: "x", loadKg: 100, reps: 5, rir: 0 })]);
    expect(currentE1rm([old, recent], "x", "2025-03-10")).toBeCloseTo(116.667, 3);
    expect(currentE1rm([old, { ...recent, sets: [] }], "x", "2025-03-10")).toBeNull();
    expect(currentE1rm([old, recent], "y", "2025-03-10")).toBeNull();
  });
});
