import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DB_ROW, fixtureSession, fixtureSet, SQUAT } from "../progression/testFixtures.js";
import { beltCue, beltShare, beltShareWindow, datedSets } from "./belt.js";

const cue = { exercise: SQUAT, loadKg: 85, e1rmKg: 100, rpe: null, isTopSet: false, warmup: false };

describe("G4 belt cue", () => {
  it.each([
    [84, false],
    [84.9, false],
    [85, true],
    [90, true],
  ])("G4: %d kg against an e1RM of 100 kg: belt %s (85%% threshold)", (load, want) => {
    expect(beltCue({ ...cue, loadKg: load })).toBe(want);
  });

  it("G4: the threshold is the user's setting", () => {
    expect(beltCue({ ...cue, loadKg: 82, thresholdPct: 80 })).toBe(true);
    expect(beltCue({ ...cue, loadKg: 88, thresholdPct: 90 })).toBe(false);
  });

  it.each([
    [7.5, true, false],
    [8, true, true],
    [9, true, true],
    [9, false, false],
  ])("G4: a moderate load at RPE %d, top set %s: belt %s", (rpe, isTopSet, want) => {
    expect(beltCue({ ...cue, loadKg: 70, rpe, isTopSet })).toBe(want);
  });

  it("G4: never on a warm-up, never on an exercise that is not belt-eligible", () => {
    expect(beltCue({ ...cue, loadKg: 95, warmup: true })).toBe(false);
    expect(beltCue({ ...cue, exercise: DB_ROW, loadKg: 95, rpe: 9, isTopSet: true })).toBe(false);
  });

  it("G4: no belt cue on a warm-up or a non-eligible exercise (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.option(fc.integer({ min: 1, max: 300 })),
        fc.option(fc.integer({ min: 2, max: 20 }).map((n) => n / 2)),
        fc.boolean(),
        (load, e1rmKg, rpe, isTopSet) => {
          const base = { loadKg: load, e1rmKg, rpe, isTopSet };
          expect(beltCue({ ...base, exercise: SQUAT, warmup: true })).toBe(false);
          expect(beltCue({ ...base, exercise: DB_ROW, warmup: false })).toBe(false);
        },
      ),
    );
  });
});

describe("G4 belt share", () => {
  const byId = new Map([
    [SQUAT.id, SQUAT],
    [DB_ROW.id, DB_ROW],
  ]);
  const session = (date: string, belted: number, plain: number) =>
    fixtureSession(date, [
      ...Array.from({ length: belted }, () => fixtureSet({ exerciseId: SQUAT.id, belt: true })),
      ...Array.from({ length: plain }, () => fixtureSet({ exerciseId: SQUAT.id, belt: false })),
      fixtureSet({ exerciseId: SQUAT.id, warmup: true, belt: true }),
      fixtureSet({ exerciseId: DB_ROW.id, belt: true }),
    ]);

  it.each([
    [1, 2, false],
    [2, 4, false],
    [2, 3, true],
    [3, 0, true],
  ])("G4: %d belted and %d unbelted working sets warn: %s (more than a third)", (b, p, warn) => {
    const r = beltShare(datedSets([session("2025-03-10", b, p)]), byId, beltShareWindow("2025-03-20"));
    expect(r.total).toBe(b + p);
    expect(r.belted).toBe(b);
    expect(r.warn).toBe(warn);
    expect(r.message).not.toMatch(/!/);
  });

  it("G4: only the last 4 weeks count, and a record of exercises works too", () => {
    const window = beltShareWindow("2025-03-28");
    expect(window).toEqual({ from: "2025-03-01", to: "2025-03-28" });
    const sets = datedSets([session("2025-02-28", 5, 0), session("2025-03-01", 0, 3)]);
    const r = beltShare(sets, { [SQUAT.id]: SQUAT }, window);
    expect(r).toMatchObject({ total: 3, belted: 0, warn: false });
    expect(beltShare([], byId, window)).toMatchObject({ total: 0, share: 0, warn: false });
  });
});
