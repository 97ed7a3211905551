import { describe, expect, it } from "vitest";
import { sessionProgression } from "./sessionProgression.js";
import { at, DB_ROW, fixtureCheckin, fixtureSession, fixtureSet, fixtureSets, SQUAT } from "./testFixtures.js";

const byId = new Map([
  [SQUAT.id, SQUAT],
  [DB_ROW.id, DB_ROW],
]);

describe("O1 next targets for a whole session", () => {
  const session = fixtureSession("2025-03-03", [
    fixtureSet({ exerciseId: SQUAT.id, warmup: true, loadKg: 40, pain: 0 }),
    ...fixtureSets(3, { exerciseId: SQUAT.id, loadKg: 100, reps: 12 }),
    ...fixtureSets(3, { exerciseId: DB_ROW.id, loadKg: 20, reps: 12, pain: 4, painKind: "tightness" }),
    fixtureSet({ exerciseId: "warm-only", warmup: true }),
  ]);
  const base = {
    session,
    history: [],
    exercisesById: byId,
    checkins: [fixtureCheckin("2025-03-04", 1)],
    unit: "kg" as const,
    nowMs: at("2025-03-04T12:00:00Z"),
  };

  it("O1: each exercise with working sets gets its own decision, in the order first logged", () => {
    const r = sessionProgression(base);
    // O3: the row's steady tightness of 4 settled by the next morning, so it is a tight green: the smallest step.
    expect(r.map((t) => [t.exerciseId, t.decision])).toEqual([
      [SQUAT.id, "increase"],
      [DB_ROW.id, "increase"],
    ]);
    expect(r[0]?.loadKg).toBe(102.5);
    expect(r[1]?.loadKg ?? 0).toBeGreaterThan(20);
  });

  it("O3: the caller's status turns a trigger into a substitute", () => {
    const r = sessionProgression({ ...base, statusOf: (id) => (id === DB_ROW.id ? "trigger" : "tolerated") });
    expect(r.map((t) => t.decision)).toEqual(["increase", "substitute"]);
  });

  it("O3: a next-morning red drops every loaded exercise of the session one step", () => {
    const r = sessionProgression({ ...base, checkins: [fixtureCheckin("2025-03-04", 3)] });
    expect(r.map((t) => t.decision)).toEqual(["reduce", "reduce"]);
  });

  it("O5: a deload week lightens every exercise", () => {
    expect(sessionProgression({ ...base, deload: true }).map((t) => t.decision)).toEqual(["deload", "deload"]);
  });
});
