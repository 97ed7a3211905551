import { describe, expect, it } from "vitest";
import type { Tier } from "../records/vocab.js";
import { addDays } from "../time.js";
import { nextTargets } from "./doubleProgression.js";
import { rampAnchor } from "./rampAnchor.js";
import { at, fixtureCheckin, fixtureSession, fixtureSets, SQUAT } from "./testFixtures.js";

/** A session of SQUAT on a day at a load, with calm pain and optional overrides of the sets. */
function squatOn(date: string, loadKg: number, over: { pain?: number; painKind?: "none" | "sharp" } = {}) {
  return fixtureSession(
    date,
    fixtureSets(3, {
      exerciseId: SQUAT.id,
      loadKg,
      reps: 10,
      rir: 3,
      pain: over.pain ?? 0,
      painKind: over.painKind ?? "none",
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

describe("O7 the ramp after a short dip", () => {
  it("O7: after one R3 day the exercise returns at 90%, then a calm green ramps about 5% toward the load before", () => {
    const history = [squatOn("2025-03-03", 100), squatOn("2025-03-08", 90)];
    const tiers = new Map<string, Tier>([["2025-03-05", "R3"]]);
    const r = nextTargets({
      exercise: { ...SQUAT, grade: "C" },
      history,
      checkins: calmMornings("2025-03-01", "2025-03-10"),
      unit: "kg",
      nowMs: at("2025-03-10T09:00:00Z"),
      tierOn: (d) => tiers.get(d),
    });
    expect(r.decision).toBe("return");
    expect(r.loadKg).toBe(92.5);
    expect(r.why).toContain("on the way to your earlier 100 kg");
  });

  it("O7: the ramp never climbs above the load before the dip", () => {
    const history = [squatOn("2025-03-03", 100), squatOn("2025-03-08", 97.5)];
    const r = nextTargets({
      exercise: SQUAT,
      history,
      checkins: calmMornings("2025-03-01", "2025-03-10"),
      unit: "kg",
      nowMs: at("2025-03-10T09:00:00Z"),
    });
    expect(r).toMatchObject({ decision: "return", loadKg: 100 });
  });

  it("O7: a red at the heaviest load means no ramp back to it: O1 climbs from the lighter load", () => {
    const history = [squatOn("2025-03-03", 100, { pain: 6 }), squatOn("2025-03-06", 90)];
    const anchor = rampAnchor(history, SQUAT.id, {
      checkins: calmMornings("2025-03-01", "2025-03-08"),
      nowMs: at("2025-03-08T09:00:00Z"),
      today: "2025-03-08",
    });
    expect(anchor).toBeNull();
    const r = nextTargets({
      exercise: SQUAT,
      history,
      checkins: calmMornings("2025-03-01", "2025-03-08"),
      unit: "kg",
      nowMs: at("2025-03-08T09:00:00Z"),
    });
    expect(r.decision).not.toBe("return");
    expect(r.loadKg).toBe(90);
  });

  it("O7: a next-morning red at the heaviest load clears the ramp too", () => {
    const history = [squatOn("2025-03-03", 100), squatOn("2025-03-06", 95)];
    const checkins = [...calmMornings("2025-03-01", "2025-03-08").filter((c) => c.date !== "2025-03-04")];
    checkins.push(fixtureCheckin("2025-03-04", 4));
    expect(rampAnchor(history, SQUAT.id, { checkins, nowMs: at("2025-03-08T09:00:00Z"), today: "2025-03-08" })).toBe(
      null,
    );
  });
});

describe("O5 deload week and the ramp after it", () => {
  it("O5: two sessions of a deload week both sit 10% below the load before it, never 10% of 10%", () => {
    const pre = squatOn("2025-03-03", 100);
    const first = nextTargets({
      exercise: SQUAT,
      history: [pre],
      checkins: calmMornings("2025-03-01", "2025-03-10"),
      unit: "kg",
      nowMs: at("2025-03-10T09:00:00Z"),
      deload: true,
    });
    expect(first).toMatchObject({ decision: "deload", loadKg: 90 });
    const second = nextTargets({
      exercise: SQUAT,
      history: [pre, squatOn("2025-03-10", 90)],
      checkins: calmMornings("2025-03-01", "2025-03-13"),
      unit: "kg",
      nowMs: at("2025-03-13T09:00:00Z"),
      deload: true,
    });
    expect(second).toMatchObject({ decision: "deload", loadKg: 90 });
  });

  it("O7: a lighter week the caller does not name as a deload (no deload days given) ramps back toward the load before it", () => {
    const history = [squatOn("2025-03-03", 100), squatOn("2025-03-10", 90), squatOn("2025-03-13", 90)];
    const r = nextTargets({
      exercise: SQUAT,
      history,
      checkins: calmMornings("2025-03-01", "2025-03-17"),
      unit: "kg",
      nowMs: at("2025-03-17T09:00:00Z"),
    });
    expect(r).toMatchObject({ decision: "return", loadKg: 92.5 });
  });
});
