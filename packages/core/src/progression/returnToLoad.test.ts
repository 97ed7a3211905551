import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Tier } from "../records/vocab.js";
import { addDays } from "../time.js";
import { nextTargets, notHarder } from "./doubleProgression.js";
import { returnToLoad } from "./returnToLoad.js";
import { at, fixtureCheckin, fixtureSession, fixtureSets, SQUAT } from "./testFixtures.js";

const LAST = "2025-03-01";

describe("O7 return to load", () => {
  it.each([
    [3, null],
    [13, null],
    [14, 0.9],
    [16, 0.9],
    [27, 0.9],
    [28, 0.8],
    [60, 0.8],
  ] as const)("O7: %d days without the exercise -> factor %s", (days, factor) => {
    const r = returnToLoad({ lastDay: LAST, today: addDays(LAST, days), grade: "B" });
    expect(r?.factor ?? null).toBe(factor);
  });

  it.each([
    [["R3"], "C", false, 0.9],
    [["R3", "R3"], "D", false, 0.8],
    [["R3", "R5", "R3"], "C", false, 0.9],
    [["R3"], "A", false, null],
    [["R3", "R3"], "A", true, 0.8],
    [["R4", "R2", "R5"], "A", false, 0.8],
    [["R1"], "A", false, 0.8],
  ] as const)("O7: days %j between, grade %s, in the session before: %s -> %s", (tiers, grade, before, factor) => {
    const byDay = new Map<string, Tier>(tiers.map((t, i) => [addDays(LAST, i + 1), t]));
    const r = returnToLoad({
      lastDay: LAST,
      today: addDays(LAST, tiers.length + 1),
      grade,
      tierOn: (d) => byDay.get(d),
      inSessionBeforeR3: before,
    });
    expect(r?.factor ?? null).toBe(factor);
  });

  it("O7: the target says why and is decision `return` (back after 16 days: 90%)", () => {
    const session = fixtureSession(LAST, fixtureSets(3, { exerciseId: SQUAT.id, loadKg: 100, reps: 12, rir: 2 }));
    const r = nextTargets({
      exercise: { ...SQUAT, grade: "C" },
      history: [session],
      checkins: [fixtureCheckin("2025-03-02", 1)],
      unit: "kg",
      nowMs: at("2025-03-17T09:00:00Z"),
    });
    expect(r).toMatchObject({ decision: "return", loadKg: 90 });
    expect(r.why).toContain("Back after 16 days: 90%");
  });

  it("O7: the ramp adds about 5% per calm green, never above the load before the break", () => {
    const before = fixtureSession(LAST, fixtureSets(3, { exerciseId: SQUAT.id, loadKg: 100, reps: 12, rir: 2 }), {
      id: "before",
    });
    const back = fixtureSession(
      "2025-03-20",
      fixtureSets(3, { exerciseId: SQUAT.id, loadKg: 97.5, reps: 10, rir: 3 }),
      {
        id: "back",
      },
    );
    const r = nextTargets({
      exercise: SQUAT,
      history: [before, back],
      checkins: [fixtureCheckin("2025-03-20", 1), fixtureCheckin("2025-03-21", 1)],
      unit: "kg",
      nowMs: at("2025-03-22T09:00:00Z"),
    });
    expect(r.decision).toBe("return");
    expect(r.loadKg).toBe(100);
  });
});

describe("O3 a step down is never harder", () => {
  it("O3: sharp pain does not regress onto a harder rung; it reduces the load instead", () => {
    const session = fixtureSession(
      LAST,
      fixtureSets(3, { exerciseId: SQUAT.id, loadKg: 100, reps: 8, pain: 3, painKind: "radiating" }),
    );
    const r = nextTargets({
      exercise: { ...SQUAT, grade: "B" },
      easierExercise: { id: SQUAT.easier ?? "", grade: "D" },
      history: [session],
      checkins: [],
      unit: "kg",
      nowMs: at("2025-03-03T09:00:00Z"),
    });
    expect(r.decision).toBe("reduce");
    expect(r.loadKg ?? 0).toBeLessThanOrEqual(90);
  });

  it("O3: a step down is never harder (property)", () => {
    const grade = fc.constantFrom("A", "B", "C", "D" as const);
    fc.assert(
      fc.property(grade, grade, fc.constantFrom("sharp", "radiating" as const), (from, to, kind) => {
        const session = fixtureSession(
          LAST,
          fixtureSets(2, { exerciseId: SQUAT.id, loadKg: 60, reps: 8, pain: 4, painKind: kind }),
        );
        const r = nextTargets({
          exercise: { ...SQUAT, grade: from },
          easierExercise: { id: SQUAT.easier ?? "", grade: to },
          history: [session],
          checkins: [],
          unit: "kg",
          nowMs: at("2025-03-03T09:00:00Z"),
        });
        if (r.decision === "regress") expect(notHarder({ grade: from }, { grade: to })).toBe(true);
        else expect(r.loadKg ?? 0).toBeLessThan(60);
      }),
    );
  });
});
