import { describe, expect, it } from "vitest";
import { allExercises } from "../catalog/index.js";
import { planDayOn } from "../planning/index.js";
import { defaultProfile, type Profile } from "../records/profile.js";
import type { Readiness } from "../records/readiness.js";
import type { SessionWithSets } from "../records/session.js";
import { coachStatuses, coachToday, deloadOn, newPlan, planWeekIndex, trainingLockOf } from "./index.js";
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
