import { describe, expect, it } from "vitest";
import { allExercises, isLoaded } from "../catalog/index.js";
import { planDayOn } from "../planning/index.js";
import type { Checkin } from "../records/checkin.js";
import { defaultProfile } from "../records/profile.js";
import type { Readiness } from "../records/readiness.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { addDays } from "../time.js";
import {
  coachStatuses,
  coachToday,
  newPlan,
  nextTargetsOf,
  pausedForTest,
  planInStep,
  retestOffers,
  separationFor,
  separationOnPlanDay,
} from "./index.js";
import type { CoachLog } from "./types.js";

const EXERCISES = allExercises();
const MONDAY = "2026-11-02";
const created = Date.parse(`${MONDAY}T08:00:00Z`);
const r5: Readiness = { tier: "R5", reasons: [], askRedFlags: false };

function session(id: string, date: string, exerciseIds: readonly string[], loadKg = 60): SessionWithSets {
  const sets = exerciseIds.map(
    (exerciseId, k) =>
      ({
        id: `${id}-${k}`,
        sessionId: id,
        exerciseId,
        warmup: false,
        reps: 10,
        loadKg,
        rir: 2,
        pain: 1,
        painKind: "tightness",
        belt: false,
      }) as unknown as LoggedSet,
  );
  return { id, date, startedAt: `${date}T17:00:00.000Z`, painBefore: 2, sets } as unknown as SessionWithSets;
}

function checkin(date: string, painNow: number): Checkin {
  return { date, painNow } as unknown as Checkin;
}

/** A log where two loaded exercises of the plan's first day were always done together, each next morning +2. */
function confounded(): { log: CoachLog; a: string; b: string; day: string; plan: ReturnType<typeof newPlan> } {
  const base: CoachLog = {
    profile: defaultProfile(),
    exercises: EXERCISES,
    sessions: [],
    sets: [],
    checkins: [],
    clearances: [],
  };
  const plan = newPlan(base);
  let day = MONDAY;
  while (!planDayOn(plan, day)) day = addDays(day, 1);
  const items = (planDayOn(plan, day)?.blocks ?? [])
    .filter((b) => b.kind === "main")
    .flatMap((b) => b.items.map((i) => i.exerciseId))
    .filter((id) => {
      const def = EXERCISES.find((e) => e.id === id);
      return def !== undefined && isLoaded(def);
    });
  const [a, b] = items as [string, string];
  const sessions: SessionWithSets[] = [];
  const checkins: Checkin[] = [];
  for (let k = 0; k < 4; k++) {
    const d = addDays(day, -28 + k * 7);
    sessions.push(session(`s${k}`, d, [a, b]));
    checkins.push(checkin(d, 2), checkin(addDays(d, 1), 4));
  }
  for (let k = 0; k < 3; k++) checkins.push(checkin(addDays(day, -27 + k * 7 + 2), 2));
  const log = { ...base, sessions, sets: sessions.flatMap((s) => s.sets), checkins };
  return { log, a, b, day, plan };
}

describe("T5 in the plan and on Today", () => {
  it("T5: suspects that share a session are both suspected, and today's session tests one of them alone", () => {
    const { log, a, b, day, plan: stored } = confounded();
    const statuses = coachStatuses(log);
    expect([statuses.get(a), statuses.get(b)]).toEqual(["suspected", "suspected"]);
    const plan = planInStep(stored, log, statuses);
    expect(plan.reasons.some((x) => x.startsWith("Telling suspects apart: "))).toBe(true);
    const today = coachToday({ log, plan: { plan, createdAtMs: created }, date: day, readiness: r5, nowMs: created });
    const ids = today.session?.blocks.flatMap((bl) => bl.items.map((i) => i.exerciseId)) ?? [];
    expect(ids.includes(a) !== ids.includes(b)).toBe(true);
    // One suspect moved to another day (it had room) or paused today: either way the other is tested alone.
    expect(today.notes?.some((n) => /^Today (leaves out |.+ is the only exercise in question)/.test(n))).toBe(true);
    const tested = ids.includes(a) ? a : b;
    const item = today.session?.blocks.flatMap((bl) => bl.items).find((i) => i.exerciseId === tested) as {
      next?: { decision: string };
    };
    // T5: the suspect under test keeps its load: no O1 increase.
    expect(item.next?.decision).not.toBe("increase");
  });

  it("T5: an exercise paused by a test answers hold with the why on its next target", () => {
    const { log, a, b, day, plan } = confounded();
    const separation = separationOnPlanDay(log, plan, day, r5);
    expect(separation).not.toBeNull();
    const pausedId = separation?.pausedIds[0] as string;
    expect([a, b]).toContain(pausedId);
    const def = EXERCISES.find((e) => e.id === pausedId);
    const [next] = nextTargetsOf(log, def ? [def] : [], {
      nowMs: Date.parse(`${day}T12:00:00Z`),
      planCreatedAtMs: created,
    });
    const held = pausedForTest(next as NonNullable<typeof next>, separation, log);
    expect(held.decision).toBe("hold");
    expect(held.why).toContain("takes a short pause today");
  });

  it("T5: no test on an R3 day, and none when the session holds no suspect", () => {
    const { log, day } = confounded();
    const statuses = coachStatuses(log);
    const plan = newPlan(log, statuses);
    const today = coachToday({ log, plan: { plan, createdAtMs: created }, date: day, readiness: r5, nowMs: created });
    expect(separationFor({ ...today, readiness: { ...r5, tier: "R3" } }, log, statuses, day)).toBeNull();
    const clean = { ...log, sessions: [], sets: [], checkins: [] };
    expect(separationFor(today, clean, coachStatuses(clean), day)).toBeNull();
  });

  it("T6: no re-test offer for a trigger the user named, nor before 7 calm days", () => {
    const { log, a, day } = confounded();
    const named = { ...log, profile: { ...log.profile, aggravating: [{ exerciseId: a }] } };
    expect(retestOffers(named, addDays(day, 30)).map((o) => o.exerciseId)).not.toContain(a);
  });

  it("O7 and T5: an exercise paused for a test returns at its load, not on an O7 ramp", () => {
    const { log, a, b, day, plan } = confounded();
    // The test ran on `day` with a alone (b paused); its next morning was 2 points worse, so a is the trigger and b
    // stays a suspect (the mornings it shared with a are explained by a).
    const test = session("t", day, [a]);
    const tested: CoachLog = {
      ...log,
      sessions: [...log.sessions, test],
      sets: [...log.sets, ...test.sets],
      checkins: [...log.checkins, checkin(day, 2), checkin(addDays(day, 1), 4)],
    };
    const statuses = coachStatuses(tested);
    expect([statuses.get(a), statuses.get(b)]).toEqual(["trigger", "suspected"]);
    const back = addDays(day, 7);
    const def = EXERCISES.find((e) => e.id === b);
    const ctx = { nowMs: Date.parse(`${back}T12:00:00Z`), planCreatedAtMs: created };
    // 14 days since b's last session: without the plan there is no knowing it was paused, so O7 ramps it.
    const [unknownPause] = nextTargetsOf(tested, def ? [def] : [], ctx);
    expect(unknownPause?.decision).toBe("return");
    const [paused] = nextTargetsOf(tested, def ? [def] : [], { ...ctx, plan });
    // Its own last session's next-morning red still drops it one step (O3), but no lower for the pause.
    expect(paused?.decision).toBe("reduce");
    expect(paused?.loadKg).toBeGreaterThan(unknownPause?.loadKg ?? 0);
  });
});
