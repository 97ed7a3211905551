import { describe, expect, it } from "vitest";
import { day, mkCheckin, mkExercise, mkSession, mkSet } from "../insights/testkit.js";
import type { RetestDecision } from "../insights/types.js";
import type { Checkin } from "../records/checkin.js";
import type { Exercise } from "../records/exercise.js";
import { defaultProfile } from "../records/profile.js";
import type { SessionWithSets } from "../records/session.js";
import { insightsUpTo, triggersSection } from "./triggers.js";

const exercises = [
  mkExercise("deadlift", { name: "deadlift", loaded: true }),
  mkExercise("hip-thrust", { name: "hip thrust", loaded: true }),
  mkExercise("row", { name: "row", loaded: true }),
] as unknown as Exercise[];

/** One session every 3 days with the given exercises; the next morning `change` points from pre-session pain 2. */
function logOf(steps: readonly { with: string[]; change: number }[]) {
  const sessions: SessionWithSets[] = [];
  const checkins: Checkin[] = [];
  steps.forEach((st, i) => {
    const s = mkSession(`s${i}`, i * 3, 2);
    const sets = st.with.map((ex) => mkSet(s.id, ex, 1, { painKind: "none" }));
    sessions.push({ ...s, sets } as unknown as SessionWithSets);
    checkins.push(mkCheckin(i * 3 + 1, 2 + st.change) as unknown as Checkin);
  });
  return { sessions, checkins };
}

const calm = (n: number) => Array.from({ length: n }, () => ({ with: ["row"], change: 0 }));
const together = (n: number) => Array.from({ length: n }, () => ({ with: ["deadlift", "hip-thrust"], change: 2 }));
const found = [...calm(3), ...together(3), { with: ["deadlift", "row"], change: 2 }];
const passes = [...calm(3), { with: ["deadlift", "row"], change: 0 }, { with: ["deadlift", "row"], change: -1 }];

describe("X3 and T6: the report reads the user's re-test answers", () => {
  const { sessions, checkins } = logOf([...found, ...passes]);
  const accepted: RetestDecision[] = [{ exerciseId: "deadlift", accept: true, date: day(30) }];
  const profile = defaultProfile();
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const to = day(40);

  it("T6: a re-test passed twice is no longer a confirmed trigger, and its test is listed as decided", () => {
    const insights = insightsUpTo(sessions, checkins, profile, exercises, to, accepted);
    const section = triggersSection(insights, profile, byId, to);
    expect(section.confirmed.map((t) => t.name)).not.toContain("deadlift");
    const test = section.tests.find((t) => t.exerciseId === "deadlift");
    expect(test?.test).toBe("Re-test at a lighter load, decided: tolerated.");
  });

  it("T6: without the answer the same sessions leave it a trigger", () => {
    const insights = insightsUpTo(sessions, checkins, profile, exercises, to);
    expect(triggersSection(insights, profile, byId, to).confirmed.map((t) => t.name)).toContain("deadlift");
  });

  it("T6: an answer given after the end of the range does not count in it", () => {
    const later: RetestDecision[] = [{ exerciseId: "deadlift", accept: true, date: day(41) }];
    const insights = insightsUpTo(sessions, checkins, profile, exercises, to, later);
    expect(triggersSection(insights, profile, byId, to).confirmed.map((t) => t.name)).toContain("deadlift");
  });
});
