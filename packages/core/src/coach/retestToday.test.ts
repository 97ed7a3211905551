import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import { planDayOn } from "../planning/index.js";
import type { Checkin } from "../records/checkin.js";
import { defaultProfile } from "../records/profile.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { RED_FLAG_KEYS } from "../records/vocabLists.js";
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
import type { CoachLog } from "./types.js";

const EXERCISES = allExercises();
const START = "2026-11-02";

function session(id: string, date: string, exerciseId: string, loadKg: number, painKind: LoggedSet["painKind"]) {
  const sets = [0, 1, 2].map(
    (k) =>
      ({
        id: `${id}-${k}`,
        sessionId: id,
        exerciseId,
        setIndex: k,
        warmup: false,
        setType: "normal",
        reps: 8,
        loadKg,
        rir: 2,
        pain: 2,
        painKind,
        belt: false,
      }) as unknown as LoggedSet,
  );
  return {
    id,
    date,
    startedAt: `${date}T17:00:00.000Z`,
    finishedAt: `${date}T18:00:00.000Z`,
    painBefore: 1,
    painAfter: 1,
    recovery: false,
    sets,
  } as unknown as SessionWithSets;
}

function checkin(date: string, painNow: number): Checkin {
  return {
    id: `c-${date}`,
    clientId: `cc-${date}`,
    date,
    painNow,
    everydayPain: "none",
    regions: [],
    nerve: [],
    redFlags: Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false])),
    sleep: null,
    habits: null,
    function: null,
    note: null,
    createdAt: `${date}T07:00:00.000Z`,
    updatedAt: `${date}T07:00:00.000Z`,
  } as unknown as Checkin;
}

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
  for (let d = addDays(START, -3); d <= addDays(START, 40); d = addDays(d, 1)) checkins.push(checkin(d, 1));
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
