import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import { planDayOn } from "../planning/index.js";
import { deloadRepRange, deloadSets } from "../progression/index.js";
import { fixtureSets } from "../progression/testFixtures.js";
import { defaultProfile, type Profile } from "../records/profile.js";
import type { Readiness } from "../records/readiness.js";
import type { SessionWithSets } from "../records/session.js";
import { addDays } from "../time.js";
import {
  coachStatuses,
  coachToday,
  deloadDayOf,
  deloadOn,
  newPlan,
  planWeekIndex,
  type TodayItem,
  trainingLockOf,
} from "./index.js";
import type { CoachLog } from "./types.js";

const EXERCISES = allExercises();

function logWith(profile: Partial<Profile> = {}, sessions: SessionWithSets[] = []): CoachLog {
  return {
    profile: { ...defaultProfile(), ...profile },
    exercises: EXERCISES,
    sessions,
    sets: sessions.flatMap((s) => s.sets),
    checkins: [],
    clearances: [],
  };
}

const r = (tier: Readiness["tier"]): Readiness => ({ tier, reasons: [], askRedFlags: false });
const MONDAY = "2026-11-02";
const created = Date.parse(`${MONDAY}T08:00:00Z`);

/** The first day on or after MONDAY that the plan trains. */
function trainingDay(log: CoachLog): string {
  const plan = newPlan(log);
  for (let i = 0; i < 7; i++) {
    const d = new Date(created + i * 86_400_000).toISOString().slice(0, 10);
    if (planDayOn(plan, d)) return d;
  }
  throw new Error("the plan has no training day");
}

describe("coach facade", () => {
  it("T2: a named aggravating exercise is a trigger through the facade; one with no log has no status", () => {
    const statuses = coachStatuses(logWith({ aggravating: [{ exerciseId: "back-squat" }] }));
    expect(statuses.get("back-squat")).toBe("trigger");
    expect(statuses.get("front-squat")).toBeUndefined();
  });

  it("O5: the plan's fifth week is a deload week and its first is not", () => {
    const log = logWith();
    expect(planWeekIndex(created, MONDAY, "UTC")).toBe(1);
    expect(deloadOn(log, created, MONDAY).due).toBe(false);
    expect(deloadOn(log, created, "2026-11-30").due).toBe(true);
  });

  it.each([
    ["the day before the plan (the closing week of the block before it)", "2026-11-01", true],
    ["a week before the plan", "2026-10-26", true],
    ["eight days before the plan", "2026-10-25", false],
    ["the plan's first day", MONDAY, false],
    ["the plan's fifth week", "2026-12-03", true],
    ["the plan's sixth week", "2026-12-07", false],
  ])("O5: for the week after a deload, %s is a deload day: %s", (_what, day, due) => {
    expect(deloadDayOf(logWith(), created)(day)).toBe(due);
  });

  it("O5: with deloads switched off no day before the plan is taken for a deload day", () => {
    const profile = { ...defaultProfile(), settings: { ...defaultProfile().settings, deloadEveryWeeks: 0 } };
    expect(deloadDayOf(logWith(profile), created)("2026-11-01")).toBe(false);
  });

  it("O5: on a deload day Today's loaded item is 10% lighter with fewer sets, and its reps keep each set as hard", () => {
    const empty = logWith();
    const plan = newPlan(empty);
    const day5 = addDays(trainingDay(empty), 28);
    const item = plan.days
      .flatMap((d) => d.blocks)
      .filter((b) => b.kind === "main")
      .flatMap((b) => b.items)
      .find((i) => EXERCISES.find((e) => e.id === i.exerciseId)?.equipment.includes("barbell"));
    if (!item) throw new Error("the plan has no barbell main item");
    const before = addDays(day5, -4);
    const session: SessionWithSets = {
      id: "s-before",
      clientId: "c-before",
      date: before,
      startedAt: `${before}T17:00:00.000Z`,
      finishedAt: `${before}T18:00:00.000Z`,
      painBefore: 1,
      painAfter: 1,
      note: null,
      title: null,
      recovery: false,
      source: "spotter",
      createdAt: `${before}T17:00:00.000Z`,
      updatedAt: `${before}T17:00:00.000Z`,
      sets: fixtureSets(item.sets, {
        exerciseId: item.exerciseId,
        sessionId: "s-before",
        loadKg: 60,
        reps: item.reps[1],
      }),
    };
    const log = logWith({}, [session]);
    const today = coachToday({
      log,
      plan: { plan, createdAtMs: created },
      date: day5,
      readiness: r("R5"),
      nowMs: Date.parse(`${day5}T17:00:00Z`),
    });
    const shown = today.session?.blocks.flatMap((b) => b.items).find((i) => i.exerciseId === item.exerciseId) as
      | TodayItem
      | undefined;
    expect(shown?.next?.decision).toBe("deload");
    expect(shown?.loadKg).toBe(52.5);
    expect(shown?.sets).toBe(deloadSets(item.sets));
    expect(shown?.reps).toEqual(deloadRepRange(item.reps, log.profile.settings.targetRir));
    expect(shown?.reps[1]).toBeGreaterThan(item.reps[1]);
  });

  it("P5: an R3 day turns the planned session into the recovery session", () => {
    const log = logWith();
    const date = trainingDay(log);
    const today = coachToday({
      log,
      plan: { plan: newPlan(log), createdAtMs: created },
      date,
      readiness: r("R3"),
      nowMs: created,
    });
    expect(today.session?.recovery).toBe(true);
    const full = coachToday({
      log,
      plan: { plan: newPlan(log), createdAtMs: created },
      date,
      readiness: r("R5"),
      nowMs: created,
    });
    expect(full.session?.recovery).toBe(false);
    expect(full.session?.blocks.some((b) => b.kind === "main")).toBe(true);
  });

  it("G3: a session of the day started at pain 6 or more makes today the recovery session", () => {
    const base = logWith();
    const date = trainingDay(base);
    const started: SessionWithSets = {
      id: "s1",
      clientId: "c1",
      date,
      startedAt: `${date}T09:00:00.000Z`,
      finishedAt: null,
      painBefore: 6,
      painAfter: null,
      note: null,
      title: null,
      recovery: true,
      source: "spotter",
      createdAt: `${date}T09:00:00.000Z`,
      updatedAt: `${date}T09:00:00.000Z`,
      sets: [],
    };
    const log = logWith({}, [started]);
    const today = coachToday({
      log,
      plan: { plan: newPlan(log), createdAtMs: created },
      date,
      readiness: r("R5"),
      nowMs: created,
    });
    expect(today.session?.recovery).toBe(true);
    expect(today.notes?.some((n) => n.includes("pain of 6 or more"))).toBe(true);
  });

  it("S0.2: an R1 lock leaves nothing trainable, an R2 lock only recovery work, other tiers no lock", () => {
    const log = logWith();
    expect(trainingLockOf(log, { tier: "R1" })).toEqual({ tier: "R1", allowedIds: [] });
    const r2 = trainingLockOf(log, { tier: "R2" });
    expect(r2?.allowedIds.length).toBeGreaterThan(0);
    expect(r2?.allowedIds).not.toContain("back-squat");
    expect(trainingLockOf(log, { tier: "R4" })).toBeNull();
  });
});
