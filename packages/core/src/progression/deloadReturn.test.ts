import { describe, expect, it } from "vitest";
import type { Tier } from "../records/vocab.js";
import { addDays } from "../time.js";
import { nextTargets } from "./doubleProgression.js";
import { at, fixtureCheckin, fixtureSession, fixtureSets, SQUAT } from "./testFixtures.js";

/** A session of SQUAT on a day: 3 sets at a load, 12 reps at 2 in reserve unless told otherwise. */
function squatOn(date: string, loadKg: number, over: { pain?: number; reps?: number; sets?: number } = {}) {
  return fixtureSession(
    date,
    fixtureSets(over.sets ?? 3, {
      exerciseId: SQUAT.id,
      loadKg,
      reps: over.reps ?? 12,
      rir: 2,
      pain: over.pain ?? 0,
      painKind: (over.pain ?? 0) > 0 ? "tightness" : "none",
    }),
    { id: `s-${date}`, painBefore: 1 },
  );
}

/** A calm check-in (pain 1) on every day from `from` to `to`. */
function calmMornings(from: string, to: string) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(fixtureCheckin(d, 1));
  return out;
}

/** The deload week of these tests: 10-16 March 2025. */
const DELOAD_WEEK = (day: string) => day >= "2025-03-10" && day <= "2025-03-16";
const TODAY = at("2025-03-17T09:00:00Z");

describe("O5 the week after a deload", () => {
  it("O5: after a deload week that went well the load goes straight back to before it and progression carries on", () => {
    // Before the deload every set reached the top at 100 kg; the deload week lifted 90 kg for 2 sets.
    const history = [
      squatOn("2025-03-06", 100),
      squatOn("2025-03-10", 90, { sets: 2 }),
      squatOn("2025-03-13", 90, { sets: 2 }),
    ];
    const r = nextTargets({
      exercise: SQUAT,
      history,
      checkins: calmMornings("2025-03-01", "2025-03-17"),
      unit: "kg",
      nowMs: TODAY,
      deloadDay: DELOAD_WEEK,
    });
    expect(r).toMatchObject({ decision: "increase", loadKg: 102.5, sets: 3 });
    expect(r.why).toMatch(
      /^The lighter week is over, so this picks up where you were before it\. Every set reached 12/,
    );
  });

  it("O5: a deload is not a gap: a pre-deload session that had not reached the top holds its load, with no O7 ramp", () => {
    const history = [squatOn("2025-03-06", 100, { reps: 10 }), squatOn("2025-03-11", 90, { sets: 2 })];
    const r = nextTargets({
      exercise: SQUAT,
      history,
      checkins: calmMornings("2025-03-01", "2025-03-17"),
      unit: "kg",
      nowMs: TODAY,
      deloadDay: DELOAD_WEEK,
    });
    expect(r).toMatchObject({ decision: "hold", loadKg: 100 });
  });

  it.each([
    ["pain that rose 2 during it (amber)", { pain: 3 }, [0, 0, 3]],
    ["pain above 5 during it (red)", { pain: 6 }, [6, 6, 6]],
  ])("O5: a deload session with %s is judged as any session: no straight return", (_what, _o, pains) => {
    const lighter = squatOn("2025-03-11", 90);
    lighter.sets.forEach((s, i) => {
      s.pain = pains[i] ?? 0;
      s.painKind = s.pain > 0 ? "tightness" : "none";
    });
    const r = nextTargets({
      exercise: SQUAT,
      history: [squatOn("2025-03-06", 100), lighter],
      checkins: calmMornings("2025-03-01", "2025-03-17"),
      unit: "kg",
      nowMs: TODAY,
      deloadDay: DELOAD_WEEK,
    });
    expect(r.loadKg).toBeLessThanOrEqual(90);
    expect(r.why).not.toContain("The lighter week is over");
  });

  it("O5, O7: a deload week after R3 days keeps O7's ramp: the first session back ramps about 5%, not straight to 100 kg", () => {
    const tiers = new Map<string, Tier>([["2025-03-08", "R3"]]);
    const r = nextTargets({
      exercise: { ...SQUAT, grade: "C" },
      history: [squatOn("2025-03-06", 100), squatOn("2025-03-11", 90, { sets: 2 })],
      checkins: calmMornings("2025-03-01", "2025-03-17"),
      unit: "kg",
      nowMs: TODAY,
      deloadDay: DELOAD_WEEK,
      tierOn: (d) => tiers.get(d),
    });
    expect(r).toMatchObject({ decision: "return", loadKg: 92.5 });
  });

  it("O5: a session of a deload week heavier than the one before it was no lighter session: it is read as it is", () => {
    const r = nextTargets({
      exercise: SQUAT,
      history: [squatOn("2025-03-06", 90), squatOn("2025-03-11", 100)],
      checkins: calmMornings("2025-03-01", "2025-03-17"),
      unit: "kg",
      nowMs: TODAY,
      deloadDay: DELOAD_WEEK,
    });
    expect(r).toMatchObject({ decision: "increase", loadKg: 102.5 });
    expect(r.why).not.toContain("The lighter week is over");
  });

  it("O5: inside the deload week the deload's own target stands (10% below the load before it)", () => {
    const r = nextTargets({
      exercise: SQUAT,
      history: [squatOn("2025-03-06", 100), squatOn("2025-03-11", 90, { sets: 2 })],
      checkins: calmMornings("2025-03-01", "2025-03-14"),
      unit: "kg",
      nowMs: at("2025-03-14T09:00:00Z"),
      deload: true,
      deloadDay: DELOAD_WEEK,
    });
    expect(r).toMatchObject({ decision: "deload", loadKg: 90 });
  });
});
