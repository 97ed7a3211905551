import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STEP_UP_GREEN_SESSIONS } from "../progression/index.js";
import { recentSessionsByExercise } from "./stepUp.js";

const IDS = ["a", "b", "c", "d"];

/** Sessions oldest first (as a log holds them), each with sets of a few exercises, some warm-ups. */
const sessionsArb = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      sets: fc.array(fc.record({ exerciseId: fc.constantFrom(...IDS), warmup: fc.boolean() }), { maxLength: 6 }),
    }),
    { maxLength: 25 },
  )
  .map((list) =>
    list
      .map((s, i) => ({
        id: `s${i}`,
        startedAt: new Date(Date.UTC(2026, 0, 1 + s.day, 17)).toISOString(),
        sets: s.sets,
      }))
      .sort((x, y) => x.startedAt.localeCompare(y.startedAt)),
  );

describe("P6 recentSessionsByExercise: one pass gives what a scan per exercise gives", () => {
  it("P6: each exercise's last three sessions with a working set, newest first, as filtering the whole log does", () => {
    fc.assert(
      fc.property(sessionsArb, (sessions) => {
        const index = recentSessionsByExercise({ sessions: sessions as never });
        for (const id of IDS) {
          const reference = sessions
            .filter((s) => s.sets.some((x) => x.exerciseId === id && !x.warmup))
            .slice(-STEP_UP_GREEN_SESSIONS)
            .reverse()
            .map((s) => s.id);
          expect((index.get(id) ?? []).map((s) => s.id)).toEqual(reference);
        }
      }),
    );
  });
});
