import { describe, expect, it } from "vitest";
import { DB_ROW, fixtureSet, SQUAT } from "../progression/testFixtures.js";
import { guideLoggedSet } from "./logSet.js";

const byId = new Map([
  [SQUAT.id, SQUAT],
  [DB_ROW.id, DB_ROW],
]);

describe("G3 guiding a newly logged set", () => {
  it("G3: a set arriving after its exercise was stopped earlier in the session is flagged", () => {
    const earlier = [fixtureSet({ exerciseId: SQUAT.id, pain: 2, painKind: "radiating" })];
    const r = guideLoggedSet({
      earlierSets: earlier,
      set: fixtureSet({ exerciseId: SQUAT.id, pain: 0 }),
      exercisesById: byId,
      sessionPainBefore: 1,
      unit: "kg",
    });
    expect(r).toMatchObject({ action: "stop-exercise", flagged: true });
  });

  it("G3: the previous sets of the same exercise (not another's) decide whether tightness is steady", () => {
    const earlier = [
      fixtureSet({ exerciseId: SQUAT.id, pain: 4, painKind: "tightness" }),
      fixtureSet({ exerciseId: DB_ROW.id, pain: 1 }),
    ];
    const r = guideLoggedSet({
      earlierSets: earlier,
      set: fixtureSet({ exerciseId: SQUAT.id, pain: 4, painKind: "tightness" }),
      exercisesById: byId,
      sessionPainBefore: 3,
      unit: "kg",
    });
    expect(r).toMatchObject({ action: "continue", rule: "tightness-3-5", flagged: false });
    expect(r.message).toContain("steady");
  });

  it("G4: the current e1RM feeds the belt cue of the next set", () => {
    const input = {
      // Two working sets done before this one: the next (fourth) set may carry the one cue (G4, revised 2026-12).
      earlierSets: [1, 2].map(() => fixtureSet({ exerciseId: SQUAT.id, pain: 0, loadKg: 90, rir: 4 })),
      set: fixtureSet({ exerciseId: SQUAT.id, pain: 0, loadKg: 90, rir: 4 }),
      exercisesById: byId,
      sessionPainBefore: 1,
      unit: "kg" as const,
    };
    expect(guideLoggedSet({ ...input, e1rmKg: 100 }).beltCue).toBe(true);
    expect(guideLoggedSet({ ...input, e1rmKg: 120 }).beltCue).toBe(false);
  });
});
