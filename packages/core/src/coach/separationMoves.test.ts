import { describe, expect, it } from "vitest";
import { allExercises, isLoaded } from "../catalog/index.js";
import type { TriggerStatus } from "../insights/index.js";
import { planDayOn, type WeeklyPlan } from "../planning/index.js";
import type { Checkin } from "../records/checkin.js";
import { defaultProfile, type Profile } from "../records/profile.js";
import type { Readiness } from "../records/readiness.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { addDays, weekdayOf } from "../time.js";
import { coachStatuses, coachToday, newPlan, planInStep } from "./index.js";
import { movesOf } from "./separationMoves.js";
import type { CoachLog } from "./types.js";

const EXERCISES = allExercises();
const MONDAY = "2026-11-02";
const created = Date.parse(`${MONDAY}T08:00:00Z`);
const r5: Readiness = { tier: "R5", reasons: [], askRedFlags: false };

function session(id: string, date: string, exerciseIds: readonly string[]): SessionWithSets {
  const sets = exerciseIds.map(
    (exerciseId, k) =>
      ({
        id: `${id}-${k}`,
        sessionId: id,
        exerciseId,
        warmup: false,
        reps: 10,
        loadKg: 60,
        rir: 2,
        pain: 1,
        painKind: "tightness",
        belt: false,
      }) as unknown as LoggedSet,
  );
  return { id, date, startedAt: `${date}T17:00:00.000Z`, painBefore: 2, sets } as unknown as SessionWithSets;
}

const checkin = (date: string, painNow: number) => ({ date, painNow }) as unknown as Checkin;

const loadedMain = (plan: WeeklyPlan, day: string): string[] =>
  (planDayOn(plan, day)?.blocks ?? [])
    .filter((b) => b.kind === "main")
    .flatMap((b) => b.items.map((i) => i.exerciseId))
    .filter((id) => {
      const def = EXERCISES.find((e) => e.id === id);
      return def !== undefined && isLoaded(def);
    });

/**
 * Two loaded lifts of the plan's first day always done together, each next morning 2 points worse, on a 4-day,
 * 75-minute plan (its other days have room). `minutes` is the session budget the profile says now.
 */
function sharedSuspects(minutes = 75) {
  const profile: Profile = { ...defaultProfile(), daysPerWeek: 4, goal: "general", sessionMinutes: 75 };
  const base: CoachLog = { profile, exercises: EXERCISES, sessions: [], sets: [], checkins: [], clearances: [] };
  const stored = newPlan(base);
  let day = MONDAY;
  while (!planDayOn(stored, day)) day = addDays(day, 1);
  const [a, b] = loadedMain(stored, day) as [string, string];
  const sessions: SessionWithSets[] = [];
  const checkins: Checkin[] = [];
  for (let k = 0; k < 4; k++) {
    const d = addDays(day, -28 + k * 7);
    sessions.push(session(`s${k}`, d, [a, b]));
    checkins.push(checkin(d, 2), checkin(addDays(d, 1), 4));
  }
  for (let k = 0; k < 3; k++) checkins.push(checkin(addDays(day, -27 + k * 7 + 2), 2));
  const log: CoachLog = {
    ...base,
    profile: { ...profile, sessionMinutes: minutes },
    sessions,
    sets: sessions.flatMap((s) => s.sets),
    checkins,
  };
  return { log, stored, a, b, day };
}

const weekdayHolding = (plan: WeeklyPlan, id: string) =>
  plan.days.filter((d) => d.blocks.some((bl) => bl.items.some((i) => i.exerciseId === id))).map((d) => d.weekday);

describe("T5: moving a suspect to another day within that day's time budget", () => {
  it("T5: a suspect sharing its day moves to a day of tolerated lifts with room, and the plan says so", () => {
    const { log, stored, a, b, day } = sharedSuspects();
    const statuses = coachStatuses(log);
    expect([statuses.get(a), statuses.get(b)]).toEqual(["suspected", "suspected"]);
    const plan = planInStep(stored, log, statuses);
    const moves = movesOf(plan);
    expect(moves).toHaveLength(1);
    const move = moves[0] as (typeof moves)[number];
    expect([a, b]).toContain(move.exerciseId);
    expect(move.from).toBe(weekdayOf(day));
    expect(weekdayHolding(plan, move.exerciseId)).toEqual([move.to]);
    // Within that day's time budget (P1), and every day's minutes recounted.
    for (const d of plan.days) expect(d.minutes).toBeLessThanOrEqual(log.profile.sessionMinutes);
    const target = plan.days.find((d) => d.weekday === move.to);
    expect(target?.minutes).toBeGreaterThan(stored.days.find((d) => d.weekday === move.to)?.minutes ?? 0);
    const note = plan.reasons.find((r) => r.startsWith("Telling suspects apart: "));
    expect(note).toMatch(/ moves from Monday to \w+day for now, beside lifts your back takes well\./);
    expect(note).not.toContain("!");
    // Kept in step again, the plan stays as it is (a moved item is not moved twice).
    expect(planInStep(plan, log, statuses)).toEqual(plan);
  });

  it("T5: with no day that has room in its time budget, nothing moves and Today pauses the others instead", () => {
    const { log: roomy, stored } = sharedSuspects();
    // A budget no day can add a lift to: the shortest day's own minutes.
    const tight = Math.min(...stored.days.map((d) => d.minutes));
    const { log, day } = sharedSuspects(tight);
    expect(movesOf(planInStep(stored, roomy, coachStatuses(roomy)))).toHaveLength(1);
    const plan = planInStep(stored, log, coachStatuses(log));
    expect(movesOf(plan)).toEqual([]);
    const today = coachToday({ log, plan: { plan, createdAtMs: created }, date: day, readiness: r5, nowMs: created });
    expect(today.notes?.some((n) => n.startsWith("Today leaves out "))).toBe(true);
  });

  it("T5: on the day it moved to, Today tests the suspect alone and says where it came from", () => {
    const { log, stored } = sharedSuspects();
    const plan = planInStep(stored, log, coachStatuses(log));
    const [move] = movesOf(plan);
    let date = MONDAY;
    while (weekdayOf(date) !== move?.to) date = addDays(date, 1);
    const today = coachToday({ log, plan: { plan, createdAtMs: created }, date, readiness: r5, nowMs: created });
    const ids = today.session?.blocks.flatMap((bl) => bl.items.map((i) => i.exerciseId)) ?? [];
    expect(ids).toContain(move?.exerciseId);
    expect(today.notes).toContainEqual(
      expect.stringMatching(
        /^Today holds .+, moved here from Monday for now so that it is the only exercise in question;/,
      ),
    );
  });

  it("T5: once its test is decided the suspect goes back to its own day and the sentence goes", () => {
    const { log, stored, a, b } = sharedSuspects();
    const statuses = coachStatuses(log);
    const plan = planInStep(stored, log, statuses);
    const [move] = movesOf(plan);
    const id = move?.exerciseId as string;
    const decided = new Map<string, TriggerStatus>([...statuses, [id, "tolerated"], [id === a ? b : a, "trigger"]]);
    const back = planInStep(plan, log, decided);
    expect(movesOf(back)).toEqual([]);
    expect(weekdayHolding(back, id)).toEqual([move?.from]);
    expect(back.reasons.some((r) => r.startsWith("Telling suspects apart: "))).toBe(false);
  });
});
