import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import { defaultProfile } from "../records/profile.js";
import type { Readiness } from "../records/readiness.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { setGuidanceOf } from "./index.js";
import type { CoachLog } from "./types.js";

const EXERCISES = allExercises();
const DAY = "2026-11-02";
const at = (m: number) => `${DAY}T17:${String(m).padStart(2, "0")}:00Z`;

function session(painBefore: number, sets: LoggedSet[] = []): SessionWithSets {
  return {
    id: "s1",
    clientId: "c1",
    date: DAY,
    startedAt: at(0),
    finishedAt: null,
    painBefore,
    painAfter: null,
    note: null,
    title: "Day A",
    recovery: false,
    source: "spotter",
    createdAt: at(0),
    updatedAt: at(0),
    sets,
  } as SessionWithSets;
}

function set(exerciseId: string, minute: number, over: Partial<LoggedSet> = {}): LoggedSet {
  return {
    id: `x${minute}`,
    clientId: `xc${minute}`,
    sessionId: "s1",
    exerciseId,
    setIndex: minute,
    warmup: false,
    setType: "normal",
    reps: 8,
    loadKg: 60,
    seconds: null,
    distanceM: null,
    rir: 2,
    rpe: null,
    belt: false,
    pain: 2,
    painKind: "tightness",
    flagged: false,
    createdAt: at(minute),
    updatedAt: at(minute),
    ...over,
  } as LoggedSet;
}

function guide(s: SessionWithSets, x: LoggedSet, tier: Readiness["tier"]) {
  const log: CoachLog = {
    profile: defaultProfile(),
    exercises: EXERCISES,
    sessions: [s],
    sets: s.sets,
    checkins: [],
    clearances: [],
  };
  const exercise = EXERCISES.find((e) => e.id === x.exerciseId);
  if (!exercise) throw new Error(`no ${x.exerciseId}`);
  return setGuidanceOf(log, {
    session: s,
    set: x,
    exercise,
    sessionReadiness: { tier },
    nowMs: Date.parse(at(30)),
    tierToday: tier,
  });
}

describe("G3 through the coach facade", () => {
  it.each([
    ["an R3 day", 3, "R3"],
    ["a session started at pain 6", 6, "R4"],
  ] as const)(
    "G3: on %s a loaded set is stored flagged and answered with a stop and the recovery items",
    (_n, pain, tier) => {
      const x = set("back-squat", 1);
      const r = guide(session(pain), x, tier);
      expect(r.flagged).toBe(true);
      expect(r.answer.action).toBe("stop-exercise");
      expect(r.answer.rule).toBe("outside-recovery");
      expect(r.answer.recovery?.length ?? 0).toBeGreaterThan(0);
      expect(r.answer.message).not.toMatch(/carry on/i);
    },
  );

  it("G3: a second exercise above 5 the same day ends loaded work and lists the recovery items", () => {
    const first = set("back-squat", 1, { pain: 7 });
    const second = set("bench-press", 2, { pain: 6 });
    const s = session(2, [first]);
    const r = guide(s, second, "R5");
    expect(r.answer.rule).toBe("pain-above-5");
    expect(r.answer.recovery?.length ?? 0).toBeGreaterThan(0);
    const third = set("lat-pulldown", 3, { pain: 0 });
    const after = guide(session(2, [first, second]), third, "R5");
    expect(after.answer).toMatchObject({ action: "stop-exercise", rule: "outside-recovery" });
    expect(after.flagged).toBe(true);
  });

  it("G3: an R4 day's effort cap on a grade C-D lift is answered hold with the cap", () => {
    const r = guide(session(3), set("conventional-deadlift", 1, { pain: 0, rir: 0 }), "R4");
    expect(r.answer.action).toBe("hold");
    expect(r.answer.rule).toBe("effort-cap");
  });
});
