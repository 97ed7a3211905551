import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import type { TodayAnswer } from "../planning/index.js";
import { defaultProfile } from "../records/profile.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { beltOnToday } from "./belt.js";
import type { CoachLog } from "./types.js";

const DATE = "2026-11-20";

function logWithBelted(belted: number, total: number): CoachLog {
  const sets = Array.from(
    { length: total },
    (_, k) => ({ exerciseId: "back-squat", warmup: false, belt: k < belted, setIndex: k }) as unknown as LoggedSet,
  );
  const session = { id: "s", date: "2026-11-17", startedAt: "2026-11-17T17:00:00Z", sets } as SessionWithSets;
  return {
    profile: defaultProfile(),
    exercises: allExercises(),
    sessions: [session],
    sets,
    checkins: [],
    clearances: [],
  };
}

function todayWith(sets: number): TodayAnswer {
  return {
    readiness: { tier: "R5", reasons: [], askRedFlags: false },
    restDay: false,
    session: {
      dayIndex: 0,
      title: "Lower",
      minutes: 40,
      recovery: false,
      blocks: [
        {
          kind: "main",
          items: [{ exerciseId: "back-squat", sets, reps: [5, 8], targetRir: 2, restSeconds: 120, beltCue: 1 }],
        },
      ],
    },
  };
}

const cueOf = (t: TodayAnswer) => t.session?.blocks[0]?.items[0]?.beltCue;

describe("G4 belt cue on Today", () => {
  it.each([
    [3, 3],
    [4, 4],
    [2, undefined],
    [1, undefined],
  ] as const)("G4: an item of %d working sets cues set %s (none with 1-2)", (sets, cue) => {
    expect(cueOf(beltOnToday(todayWith(sets), logWithBelted(0, 6), DATE))).toBe(cue);
  });

  it.each([
    [2, 6, true],
    [3, 6, false],
    [4, 6, false],
  ] as const)("G4: %d of %d working sets belted in 4 weeks keeps the cue: %s", (belted, total, keeps) => {
    const today = beltOnToday(todayWith(3), logWithBelted(belted, total), DATE);
    expect(cueOf(today) !== undefined).toBe(keeps);
    const warned = (today.notes ?? []).some((n) => n.includes("more than a third"));
    expect(warned).toBe(belted / total > 1 / 3);
  });
});
