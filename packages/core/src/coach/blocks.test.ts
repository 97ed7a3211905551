import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import { defaultProfile, type Profile } from "../records/profile.js";
import { BLOCK_NOTE_START, blockEndsOn, blockOver, newPlan, planForDay, withBlockNote } from "./index.js";
import type { CoachLog } from "./types.js";

const EXERCISES = allExercises();
const MONDAY = "2026-11-02";
const created = Date.parse(`${MONDAY}T08:00:00Z`);
const dayMs = 86_400_000;

function logWith(profile: Partial<Profile> = {}): CoachLog {
  return {
    profile: { ...defaultProfile(), ...profile },
    exercises: EXERCISES,
    sessions: [],
    sets: [],
    checkins: [],
    clearances: [],
  };
}

describe("P7 blocks", () => {
  it.each([
    [5, "2026-12-06", false],
    [5, "2026-12-07", true],
    [6, "2026-12-13", false],
    [6, "2026-12-14", true],
  ] as const)("P7: with a deload every %d weeks, the block is over on %s: %s", (every, day, over) => {
    const profile = { ...defaultProfile(), settings: { ...defaultProfile().settings, deloadEveryWeeks: every } };
    expect(blockOver(created, day, profile)).toBe(over);
  });

  it("P7: a block is 4 training weeks and the deload week, ending on its 35th day", () => {
    expect(blockEndsOn(created, defaultProfile())).toBe("2026-12-06");
  });

  it("P7: within a block the stored plan is kept; after it a new block's plan is made, dated now", () => {
    const log = logWith();
    const stored = { plan: withBlockNote(newPlan(log), created, log.profile), createdAtMs: created };
    const within = planForDay(stored, log, created + 20 * dayMs);
    expect(within.renewed).toBe(false);
    expect(within.plan.createdAtMs).toBe(created);
    const after = planForDay(stored, log, created + 35 * dayMs);
    expect(after.renewed).toBe(true);
    expect(after.plan.createdAtMs).toBe(created + 35 * dayMs);
    const notes = after.plan.plan.reasons.filter((r) => r.startsWith(BLOCK_NOTE_START));
    expect(notes).toEqual([
      "This block runs until 10 Jan 2027, its last week a lighter one: the main exercises stay the same through it so the loads can build, then a new block begins.",
    ]);
  });
});
