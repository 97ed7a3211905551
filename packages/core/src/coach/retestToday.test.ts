import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import { planDayOn } from "../planning/index.js";
import type { Checkin } from "../records/checkin.js";
import { defaultProfile } from "../records/profile.js";
import { addDays } from "../time.js";
import {
  coachReadiness,
  coachStatuses,
  coachToday,
  newPlan,
  nextTargetsOf,
  planInStep,
  retestOffers,
  type TodayItem,
} from "./index.js";
import { morningCheckin, threeSetSession } from "./testkit.js";
import type { CoachLog } from "./types.js";

const EXERCISES = allExercises();
const START = "2026-11-02";

const session = threeSetSession;
const checkin = morningCheckin;

/** A main lift of the default plan made a trigger by sharp pain twice, then 4 calm weeks of check-ins. */
function scenario(): { log: CoachLog; lift: string } {
  const base: CoachLog = {
    profile: defaultProfile(),
    exercises: EXERCISES,
    sessions: [],
    sets: [],
    checkins: [],
    clearances: [],
  };
  const main = newPlan(base)
    .days.flatMap((d) => d.blocks)
    .find((b) => b.kind === "main")
    ?.items.find((i) => EXERCISES.find((e) => e.id === i.exerciseId)?.loaded !== false);
  const lift = main?.exerciseId ?? "goblet-squat";
  const sessions = [session("a", START, lift, 40, "sharp"), session("b", addDays(START, 3), lift, 40, "sharp")];
  const checkins: Checkin[] = [];
  for (let d = addDays(START, -3); d <= addDays(START, 90); d = addDays(d, 1)) checkins.push(checkin(d, 1));
  return { log: { ...base, sessions, sets: sessions.flatMap((s) => s.sets), checkins }, lift };
}

/** The first planned training day on or after `from`. */
function trainingDayFrom(log: CoachLog, from: string): string {
  const plan = newPlan(log);
  for (let d = from; ; d = addDays(d, 1)) if (planDayOn(plan, d)) return d;
}

describe("T6 an accepted re-test on Today", () => {
  it("T6: after a yes, a calm training day holds the trigger at half its last load with the rule before the first set", () => {
    const { log, lift } = scenario();
    const statuses = coachStatuses(log);
    expect(statuses.get(lift)).toBe("trigger");
    const offerDay = addDays(START, 28);
    expect(retestOffers(log, offerDay).map((o) => o.exerciseId)).toContain(lift);
    const accepted: CoachLog = { ...log, retests: [{ exerciseId: lift, accept: true, date: offerDay }] };
    const date = trainingDayFrom(accepted, addDays(offerDay, 1));
    const nowMs = Date.parse(`${date}T12:00:00Z`);
    const plan = { plan: planInStep(newPlan(accepted), accepted), createdAtMs: nowMs };
    const readiness = coachReadiness(accepted, date);
    expect(readiness.tier).toBe("R5");
    const today = coachToday({ log: accepted, plan, date, readiness, nowMs });
    const items = (today.session?.blocks ?? []).flatMap((b) => b.items) as TodayItem[];
    const item = items.find((i) => i.exerciseId === lift);
    expect(item).toMatchObject({ loadKg: 20, next: { decision: "retest" } });
    expect(item?.why).toContain("Two passes make it tolerated again");
    const ex = EXERCISES.find((e) => e.id === lift);
    const [next] = nextTargetsOf(accepted, ex ? [ex] : [], { nowMs, planCreatedAtMs: nowMs });
    expect(next).toMatchObject({ decision: "retest", loadKg: 20 });
  });

  it("T6: without a yes, or on a day that breaks the calm stretch, the stand-in keeps its place", () => {
    const { log, lift } = scenario();
    const offerDay = addDays(START, 28);
    const date = trainingDayFrom(log, addDays(offerDay, 1));
    const nowMs = Date.parse(`${date}T12:00:00Z`);
    const plan = { plan: planInStep(newPlan(log), log), createdAtMs: nowMs };
    const ids = (l: CoachLog) =>
      (coachToday({ log: l, plan, date, readiness: coachReadiness(l, date), nowMs }).session?.blocks ?? []).flatMap(
        (b) => b.items.map((i) => i.exerciseId),
      );
    expect(ids(log)).not.toContain(lift);
    const declined: CoachLog = { ...log, retests: [{ exerciseId: lift, accept: false, date: offerDay }] };
    expect(ids(declined)).not.toContain(lift);
    const gap = log.checkins.filter((c) => c.date !== addDays(date, -2));
    const accepted: CoachLog = { ...log, checkins: gap, retests: [{ exerciseId: lift, accept: true, date: offerDay }] };
    expect(ids(accepted)).not.toContain(lift);
  });
});

describe("T6 after two passes", () => {
  /**
   * Back squat made a trigger by sharp pain twice at 100 kg; its easier ladder neighbour (Smith machine squat) stood
   * in for 3 weeks, so O7 sees no break; then two calm re-tests at 50 kg.
   */
  function retested(): { log: CoachLog; lift: string; second: string } {
    const made = scenario();
    const lift = "back-squat";
    const offerDay = addDays(START, 28);
    const second = addDays(offerDay, 3);
    const sessions = [
      session("a", START, lift, 100, "sharp"),
      session("b", addDays(START, 3), lift, 100, "sharp"),
      ...[10, 17, 24].map((d) => session(`n${d}`, addDays(START, d), "smith-machine-squat", 80, null as never)),
      session("r1", addDays(offerDay, 1), lift, 50, null as never),
      session("r2", second, lift, 50, null as never),
    ];
    const log: CoachLog = {
      ...made.log,
      sessions,
      sets: sessions.flatMap((x) => x.sets),
      retests: [{ exerciseId: lift, accept: true, date: offerDay }],
    };
    return { log, lift, second };
  }

  it("T6: after two passes a lift ramps from the re-test load by O7's steps, one per calm green, never above its load before", () => {
    const { log, lift, second } = retested();
    expect(coachStatuses(log).get(lift)).toBe("tolerated");
    const squat = EXERCISES.find((e) => e.id === lift) as (typeof EXERCISES)[number];
    const at = (l: CoachLog, day: string) =>
      nextTargetsOf(l, [squat], { nowMs: Date.parse(`${day}T12:00:00Z`), planCreatedAtMs: null })[0];
    let current = log;
    let day = addDays(second, 2);
    const loads: number[] = [];
    for (let k = 0; k < 4; k++) {
      const t = at(current, day);
      expect(t?.decision).toBe("return");
      expect(t?.why).toMatch(/Ramping back: .* on the way to your earlier 100 kg/);
      loads.push(t?.loadKg ?? 0);
      // Sets at the bottom of the rep range: O1 alone would hold the load and ask for reps.
      const next = session(`ramp${k}`, day, lift, t?.loadKg ?? 0, null as never);
      current = { ...current, sessions: [...current.sessions, next], sets: [...current.sets, ...next.sets] };
      day = addDays(day, 2);
    }
    // About 5% a calm green session from 50 kg: 52.5, 55, 57.5 and 60 kg.
    expect(loads).toEqual([52.5, 55, 57.5, 60]);
  });
});
