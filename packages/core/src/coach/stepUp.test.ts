import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import { acceptStepUp, declineStepUp, type PlanDay, type WeeklyPlan } from "../planning/index.js";
import type { Checkin } from "../records/checkin.js";
import { defaultProfile, type Profile } from "../records/profile.js";
import type { Readiness } from "../records/readiness.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { addDays } from "../time.js";
import { coachStatuses, coachToday, dayWithStepUps, planWithStepUps, readyToStepUp, statusLookup } from "./index.js";
import type { CoachLog } from "./types.js";

const EXERCISES = allExercises();
const START = "2026-11-02";
const r = (tier: Readiness["tier"]): Readiness => ({ tier, reasons: [], askRedFlags: false });

/** Sessions of one exercise every 3 days, each with pain during `pains[i]`, and a calm check-in every day. */
function logOf(exerciseId: string, pains: readonly number[], profile: Partial<Profile> = {}): CoachLog {
  const sessions: SessionWithSets[] = pains.map((pain, i) => {
    const date = addDays(START, 3 * i);
    const id = `s${i}`;
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
          loadKg: 60,
          rir: 3,
          pain,
          painKind: pain > 0 ? "tightness" : "none",
          belt: false,
        }) as unknown as LoggedSet,
    );
    return { id, date, startedAt: `${date}T17:00:00.000Z`, painBefore: 1, painAfter: 1, sets } as SessionWithSets;
  });
  const last = addDays(START, 3 * pains.length);
  const checkins: Checkin[] = [];
  for (let d = addDays(START, -14); d <= last; d = addDays(d, 1)) checkins.push({ date: d, painNow: 1 } as Checkin);
  return {
    profile: { ...defaultProfile(), ...profile },
    exercises: EXERCISES,
    sessions,
    sets: sessions.flatMap((s) => s.sets),
    checkins,
    clearances: [],
  };
}

const nowAfter = (log: CoachLog) => Date.parse(`${addDays(log.sessions.at(-1)?.date ?? START, 2)}T12:00:00Z`);

function dayWith(exerciseId: string): PlanDay {
  return {
    index: 0,
    weekday: "mon",
    title: "Lower",
    minutes: 40,
    blocks: [
      {
        kind: "main",
        items: [{ exerciseId, sets: 3, reps: [5, 8], targetRir: 2, restSeconds: 120 }],
      },
    ],
  };
}

describe("P6 step-up proposals", () => {
  it.each([
    [[0, 1, 2], true],
    [[0, 4, 1], true],
    [[0, 4, 4], false],
    [[1, 1], false],
    [[0, 7, 1], false],
  ] as const)("P6: sessions with pain during %j make a step up ready: %s", (pains, ready) => {
    const log = logOf("leg-press-reclined", pains);
    expect(readyToStepUp({ id: "leg-press-reclined" }, log, nowAfter(log))).toBe(ready);
  });

  it("P6: three greens propose one step up the ladder on the plan, within the grade-C ceiling", () => {
    const log = logOf("leg-press-reclined", [0, 1, 2]);
    const statuses = coachStatuses(log);
    const plan: WeeklyPlan = { days: [dayWith("leg-press-reclined")], shortfalls: [], reasons: [] };
    const out = planWithStepUps(plan, log, { statuses, nowMs: nowAfter(log), weeksLogged: 10 });
    const item = out.days[0]?.blocks[0]?.items[0];
    expect(item?.proposal).toMatchObject({ exerciseId: "smith-machine-squat", kind: "step-up" });
    expect(item?.proposal?.why).not.toContain("!");
  });

  it("P6: a grade-D step is proposed only on an R5 day, for a strength goal with no direction declared", () => {
    const strength = logOf("smith-machine-squat", [0, 1, 2], { goal: "strength", experience: "intermediate" });
    const statuses = coachStatuses(strength);
    const base = { statuses, nowMs: nowAfter(strength), weeksLogged: 10 };
    const day = dayWith("smith-machine-squat");
    const proposal = (log: CoachLog, tier?: Readiness["tier"]) =>
      dayWithStepUps(day, log, { ...base, ...(tier ? { tier } : {}) }).blocks[0]?.items[0]?.proposal;
    expect(proposal(strength, "R5")).toMatchObject({ exerciseId: "back-squat", kind: "step-up" });
    expect(proposal(strength)).toBeUndefined();
    expect(proposal(strength, "R4")).toBeUndefined();
    const hypertrophy = logOf("smith-machine-squat", [0, 1, 2], { goal: "hypertrophy", experience: "intermediate" });
    expect(proposal(hypertrophy, "R5")).toBeUndefined();
    const axial = logOf("smith-machine-squat", [0, 1, 2], {
      goal: "strength",
      experience: "intermediate",
      aggravating: [{ direction: "axial" }],
    });
    expect(proposal(axial, "R5")).toBeUndefined();
  });

  it("P6: accepting steps up every day that holds the exercise; declining keeps it and the proposal stays away", () => {
    const log = logOf("leg-press-reclined", [0, 1, 2]);
    const statuses = coachStatuses(log);
    const ctx = { profile: log.profile, exercises: log.exercises, statusOf: statusLookup(statuses) };
    const plan: WeeklyPlan = {
      days: [dayWith("leg-press-reclined"), { ...dayWith("leg-press-reclined"), index: 1, weekday: "thu" }],
      shortfalls: [],
      reasons: [],
    };
    const taken = acceptStepUp(plan, "leg-press-reclined", "smith-machine-squat", ctx);
    for (const d of taken.days) {
      expect(d.blocks[0]?.items[0]).toMatchObject({
        exerciseId: "smith-machine-squat",
        stepUpFrom: "leg-press-reclined",
      });
    }
    const declined = declineStepUp(plan, "leg-press-reclined", "smith-machine-squat");
    const again = planWithStepUps(declined, log, { statuses, nowMs: nowAfter(log), weeksLogged: 10 });
    expect(again.days.every((d) => d.blocks[0]?.items[0]?.proposal === undefined)).toBe(true);
    expect(again.days[0]?.blocks[0]?.items[0]?.exerciseId).toBe("leg-press-reclined");
  });

  it("P6: the first session on a new step targets the bottom of the rep range at RIR 3 or more (decision step-up)", () => {
    const log = logOf("leg-press-reclined", [0, 1, 2]);
    const statuses = coachStatuses(log);
    const ctx = { profile: log.profile, exercises: log.exercises, statusOf: statusLookup(statuses) };
    const plan: WeeklyPlan = { days: [dayWith("leg-press-reclined")], shortfalls: [], reasons: [] };
    const taken = acceptStepUp(plan, "leg-press-reclined", "smith-machine-squat", ctx);
    const nowMs = nowAfter(log);
    const date = addDays(log.sessions.at(-1)?.date ?? START, 2);
    // Plan day 0 is a Monday: move it to the weekday of `date`.
    const weekday = (["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const)[
      new Date(`${date}T12:00:00Z`).getUTCDay()
    ];
    const onDate = { ...taken, days: taken.days.map((d) => ({ ...d, weekday: weekday ?? "mon" })) };
    const today = coachToday({
      log,
      plan: { plan: onDate, createdAtMs: nowMs },
      date,
      readiness: r("R5"),
      nowMs,
      statuses,
    });
    const item = today.session?.blocks.flatMap((b) => b.items).find((i) => i.exerciseId === "smith-machine-squat");
    expect(item).toMatchObject({ reps: [5, 5], next: { decision: "step-up" } });
    expect(item?.targetRir).toBeGreaterThanOrEqual(3);
  });
});
