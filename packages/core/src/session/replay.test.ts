import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DB_ROW, fixtureSet, SQUAT } from "../progression/testFixtures.js";
import type { PainKind } from "../records/vocab.js";
import { replaySessionGuidance, withoutStoppedExercises } from "./replay.js";

const byId = new Map([
  [SQUAT.id, SQUAT],
  [DB_ROW.id, DB_ROW],
]);

describe("G3/G6 replaying a session", () => {
  it("G3: after a stop, later sets of that exercise are flagged; other exercises go on", () => {
    const sets = [
      fixtureSet({ exerciseId: SQUAT.id, pain: 1 }),
      fixtureSet({ exerciseId: SQUAT.id, pain: 3, painKind: "sharp" }),
      fixtureSet({ exerciseId: SQUAT.id, pain: 0 }),
      fixtureSet({ exerciseId: DB_ROW.id, pain: 0 }),
    ];
    const r = replaySessionGuidance({ sets, sessionPainBefore: 1, exercisesById: byId, unit: "kg" });
    expect(r.stoppedExerciseIds).toEqual([SQUAT.id]);
    expect(r.steps.map((s) => s.guidance.flagged)).toEqual([false, false, true, false]);
    expect(r.steps.map((s) => s.set)).toEqual(sets);
  });

  it("G6: deleting the set that hurt lifts the stop (derived from the log)", () => {
    const hurt = fixtureSet({ exerciseId: SQUAT.id, pain: 7, painKind: "tightness" });
    const after = fixtureSet({ exerciseId: SQUAT.id, pain: 1 });
    const withHurt = replaySessionGuidance({
      sets: [hurt, after],
      sessionPainBefore: 1,
      exercisesById: byId,
      unit: "kg",
    });
    expect(withHurt.steps[1]?.guidance.flagged).toBe(true);
    const without = replaySessionGuidance({ sets: [after], sessionPainBefore: 1, exercisesById: byId, unit: "kg" });
    expect(without.stoppedExerciseIds).toEqual([]);
    expect(without.steps[0]?.guidance.flagged).toBe(false);
  });

  it("G3: under an R2 lock only the recovery session's exercises go on", () => {
    const r = replaySessionGuidance({
      sets: [fixtureSet({ exerciseId: SQUAT.id, pain: 0 }), fixtureSet({ exerciseId: DB_ROW.id, pain: 0 })],
      sessionPainBefore: 1,
      exercisesById: byId,
      unit: "kg",
      recoveryExerciseIds: [DB_ROW.id],
    });
    expect(r.steps.map((s) => [s.guidance.action, s.guidance.flagged])).toEqual([
      ["stop-exercise", true],
      ["continue", false],
    ]);
  });

  it("G3: a stopped exercise gets no further planned sets that day (property)", () => {
    const arbSet = fc.record({
      ex: fc.constantFrom(SQUAT.id, DB_ROW.id),
      pain: fc.integer({ min: 0, max: 10 }),
      kind: fc.constantFrom<PainKind>("none", "tightness", "sharp", "radiating"),
    });
    fc.assert(
      fc.property(fc.array(arbSet, { maxLength: 12 }), fc.integer({ min: 0, max: 5 }), (raw, before) => {
        const sets = raw.map((s) => fixtureSet({ exerciseId: s.ex, pain: s.pain, painKind: s.kind }));
        const r = replaySessionGuidance({ sets, sessionPainBefore: before, exercisesById: byId, unit: "kg" });
        const stoppedAt = new Map<string, number>();
        r.steps.forEach((step, i) => {
          const id = step.set.exerciseId;
          if (stoppedAt.has(id)) {
            expect(step.guidance).toMatchObject({ action: "stop-exercise", flagged: true });
            expect(step.guidance.next).toBeUndefined();
          } else if (step.guidance.action === "stop-exercise") {
            stoppedAt.set(id, i);
          }
        });
        const planned = [{ exerciseId: SQUAT.id }, { exerciseId: DB_ROW.id }];
        const left = withoutStoppedExercises(planned, r.stoppedExerciseIds);
        for (const p of left) expect(r.stoppedExerciseIds).not.toContain(p.exerciseId);
        expect(left.length + r.stoppedExerciseIds.length).toBe(2);
        // Same input, same output.
        expect(replaySessionGuidance({ sets, sessionPainBefore: before, exercisesById: byId, unit: "kg" })).toEqual(r);
      }),
    );
  });
});
