import { describe, expect, it } from "vitest";
import { muscleGuarding } from "./muscleGuarding.js";
import { fixtureSession, fixtureSets } from "./testFixtures.js";

const ID = "t-squat";
const best = fixtureSession("2025-03-01", fixtureSets(3, { exerciseId: ID, loadKg: 100, reps: 8, rir: 2 }));

describe("M1 muscle guarding", () => {
  it.each([
    // latest load (8 reps RIR 2 -> e1RM proportional to load), pain during, flagged
    [90, 3, true],
    [90, 2, false],
    [91, 4, false],
    [80, 5, true],
    [100, 5, false],
  ])("M1: e1RM at %d percent of the best with pain %d during flags guarding: %s", (load, pain, flagged) => {
    const latest = fixtureSession(
      "2025-03-08",
      fixtureSets(3, {
        exerciseId: ID,
        loadKg: load,
        reps: 8,
        rir: 2,
        pain,
        painKind: pain >= 3 ? "tightness" : "none",
      }),
    );
    const r = muscleGuarding({ exerciseId: ID, history: [best, latest] });
    expect(r.measure).toBe("e1rm");
    expect(r.flagged).toBe(flagged);
  });

  it("M1: high-rep work compares reps at the same load", () => {
    const before = fixtureSession("2025-03-01", fixtureSets(3, { exerciseId: ID, loadKg: 60, reps: 15, rir: 2 }));
    const now = fixtureSession(
      "2025-03-08",
      fixtureSets(3, { exerciseId: ID, loadKg: 60, reps: 13, rir: 2, pain: 3, painKind: "tightness" }),
    );
    const r = muscleGuarding({ exerciseId: ID, history: [before, now] });
    expect(r.measure).toBe("reps");
    expect(r.flagged).toBe(true);
    expect(r.why).toContain("single-limb");
  });

  it("M1: the best only counts within the recent window", () => {
    const old = fixtureSession("2025-01-01", fixtureSets(3, { exerciseId: ID, loadKg: 140, reps: 8, rir: 2 }));
    const now = fixtureSession("2025-03-08", fixtureSets(3, { exerciseId: ID, loadKg: 100, reps: 8, pain: 4 }));
    expect(muscleGuarding({ exerciseId: ID, history: [old, now] }).flagged).toBe(false);
  });

  it("M1: a first session has nothing to compare", () => {
    expect(muscleGuarding({ exerciseId: ID, history: [best] }).flagged).toBe(false);
    expect(muscleGuarding({ exerciseId: ID, history: [] }).flagged).toBe(false);
  });
});
