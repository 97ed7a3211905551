import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import type { WeeklyPlan } from "../planning/index.js";
import type { Checkin } from "../records/checkin.js";
import { defaultProfile } from "../records/profile.js";
import { addDays } from "../time.js";
import { coachStatuses, newPlan, planInStep } from "./index.js";
import { morningCheckin, threeSetSession } from "./testkit.js";
import type { CoachLog } from "./types.js";

const EXERCISES = allExercises();
const START = "2026-11-02";

const session = (id: string, date: string, exerciseId: string, loadKg: number, sharp: boolean) =>
  threeSetSession(id, date, exerciseId, loadKg, sharp ? "sharp" : null);
const checkin = (date: string) => morningCheckin(date, 1);

const ids = (plan: WeeklyPlan) => plan.days.flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));

/** The default plan's first loaded main lift, made a trigger by sharp pain twice, and the plan made after it. */
function triggered(): { log: CoachLog; lift: string; plan: WeeklyPlan } {
  const base: CoachLog = {
    profile: defaultProfile(),
    exercises: EXERCISES,
    sessions: [],
    sets: [],
    checkins: [],
    clearances: [],
  };
  const lift =
    newPlan(base)
      .days.flatMap((d) => d.blocks)
      .find((b) => b.kind === "main")
      ?.items.find((i) => EXERCISES.find((e) => e.id === i.exerciseId)?.loaded !== false)?.exerciseId ?? "";
  const sessions = [session("a", START, lift, 80, true), session("b", addDays(START, 3), lift, 80, true)];
  const checkins: Checkin[] = [];
  for (let d = addDays(START, -3); d <= addDays(START, 60); d = addDays(d, 1)) checkins.push(checkin(d));
  const log: CoachLog = { ...base, sessions, sets: sessions.flatMap((s) => s.sets), checkins };
  return { log, lift, plan: planInStep(newPlan(log), log) };
}

/** The log after a yes to the re-test on day 28 and `passes` calm re-test sessions at half the load. */
function afterPasses(log: CoachLog, lift: string, passes: number): CoachLog {
  const offerDay = addDays(START, 28);
  const tests = Array.from({ length: passes }, (_, k) =>
    session(`r${k}`, addDays(offerDay, 1 + 2 * k), lift, 40, false),
  );
  const sessions = [...log.sessions, ...tests];
  return {
    ...log,
    sessions,
    sets: sessions.flatMap((s) => s.sets),
    retests: [{ exerciseId: lift, accept: true, date: offerDay }],
  };
}

describe("T6 the plan after a re-test", () => {
  it("T6: the trigger is out of the plan, and stays out after one pass", () => {
    const { log, lift, plan } = triggered();
    expect(coachStatuses(log).get(lift)).toBe("trigger");
    expect(ids(plan)).not.toContain(lift);
    const once = afterPasses(log, lift, 1);
    expect(ids(planInStep(plan, once))).not.toContain(lift);
  });

  it("T6: two passes bring it back in place of its stand-in, with a line saying why, once per block", () => {
    const { log, lift, plan } = triggered();
    const passed = afterPasses(log, lift, 2);
    expect(coachStatuses(passed).get(lift)).toBe("tolerated");
    const back = planInStep(plan, passed);
    expect(ids(back)).toContain(lift);
    expect(back.returned).toEqual([lift]);
    const item = back.days.flatMap((d) => d.blocks.flatMap((b) => b.items)).find((i) => i.exerciseId === lift);
    expect(item?.why).toMatch(/is back: it passed both re-tests/);
    // Same number of items: it took a place, it did not add one.
    expect(ids(back).length).toBe(ids(plan).length);
    // The user swaps it away again: the block keeps the user's choice.
    const standIn = ids(plan).find((_id, k) => ids(back)[k] === lift) as string;
    const swapped: WeeklyPlan = {
      ...back,
      days: back.days.map((d) => ({
        ...d,
        blocks: d.blocks.map((b) => ({
          ...b,
          items: b.items.map((i) => (i.exerciseId === lift ? { ...i, exerciseId: standIn } : i)),
        })),
      })),
    };
    expect(ids(planInStep(swapped, passed))).not.toContain(lift);
  });

  it("T6: a declined offer or a failed re-test brings nothing back", () => {
    const { log, lift, plan } = triggered();
    const declined: CoachLog = {
      ...afterPasses(log, lift, 0),
      retests: [{ exerciseId: lift, accept: false, date: addDays(START, 28) }],
    };
    expect(ids(planInStep(plan, declined))).not.toContain(lift);
    const failed = afterPasses(log, lift, 2);
    const sharpFirst = failed.sessions.map((s) =>
      s.id === "r0" ? { ...s, sets: s.sets.map((x) => ({ ...x, painKind: "sharp" as const, pain: 5 })) } : s,
    );
    const failedLog: CoachLog = { ...failed, sessions: sharpFirst, sets: sharpFirst.flatMap((s) => s.sets) };
    expect(coachStatuses(failedLog).get(lift)).toBe("trigger");
    expect(ids(planInStep(plan, failedLog))).not.toContain(lift);
  });
});
