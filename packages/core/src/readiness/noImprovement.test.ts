import { describe, expect, it } from "vitest";
import { addDays } from "../time.js";
import { computeReadiness } from "./computeReadiness.js";
import type { ReadinessCheckin } from "./inputs.js";
import { firstNoImprovement, noImprovementOn, painWindowAverage } from "./noImprovement.js";
import { checkin, clearance, input } from "./testData.js";

const D = "2024-06-30";
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

/** Pain values on the days of the window ending `end`, one a day going back (first value on `end`). */
function windowDays(end: string, pains: number[]): [string, number][] {
  return pains.map((p, i) => [addDays(end, -i), p]);
}
function painMap(now: number[], before: number[], day = D): Map<string, number> {
  return new Map([...windowDays(day, now), ...windowDays(addDays(day, -28), before)]);
}
/** The same history as check-ins (with today's check-in at the same pain, red flags answered). */
function history(now: number[], before: number[], day = D): ReadinessCheckin[] {
  return [...painMap(now, before, day)].map(([date, painNow]) => checkin(date, { painNow }));
}

describe("R2 no improvement in a month", () => {
  it("R2: the 7-day window counts whole days, inclusive", () => {
    const m = new Map([
      [D, 4],
      [addDays(D, -6), 2],
      [addDays(D, -7), 10],
    ]);
    expect(painWindowAverage(m, D)).toEqual({ average: 3, count: 2 });
  });

  it.each([
    ["4 and 4 check-ins, same average 3", [3, 3, 3, 3], [3, 3, 3, 3], true],
    ["4 and 4, higher now", [5, 5, 4, 4], [3, 3, 3, 3], true],
    ["3 check-ins now", [5, 5, 5], [3, 3, 3, 3], false],
    ["3 check-ins before", [5, 5, 5, 5], [3, 3, 3], false],
    ["average now just under 3", [3, 3, 3, 2], [2, 2, 2, 2], false],
    ["lower than before", [4, 4, 4, 4], [5, 4, 4, 4], false],
    ["a month without pain", [0, 0, 0, 0], [0, 0, 0, 0], false],
    ["7 and 7 check-ins, steady at 6", [6, 6, 6, 6, 6, 6, 6], [6, 6, 6, 6, 6, 6, 6], true],
  ])("R2: %s -> fires %s", (_name, now, before, fires) => {
    expect(noImprovementOn(painMap(now, before), D) !== null).toBe(fires);
  });

  it("R6: no improvement in a month is `review` advice with both averages, and never locks", () => {
    const r = computeReadiness(input(D, history([4, 4, 4, 4], [3, 3, 3, 3])));
    expect(r.tier).toBe("R4");
    expect(codes(r)).toEqual(["PAIN_MODERATE"]);
    expect(r.advice?.map((a) => a.code)).toEqual(["review"]);
    expect(r.advice?.[0]?.message).toContain("(4)");
    expect(r.advice?.[0]?.message).toContain("(3)");
    expect(r.advice?.[0]?.message).not.toMatch(/!/);
  });

  it.each([
    [0, true],
    [1, false],
    [6, false],
    [7, true],
    [14, true],
  ])("R6: %d days after the spell began, the review advice shows: %s", (after, shows) => {
    const days = history([4, 4, 4, 4], [3, 3, 3, 3]);
    for (let i = 1; i <= after; i++) days.push(checkin(addDays(D, i), { painNow: 4 }));
    const r = computeReadiness(input(addDays(D, after), days));
    expect(r.advice !== undefined).toBe(shows);
    expect(r.tier).not.toBe("R2");
  });

  it("R6: the advice ends when the 7-day average drops below the one 28 days earlier", () => {
    const days = history([4, 4, 4, 4], [3, 3, 3, 3]);
    for (let i = 1; i <= 7; i++) days.push(checkin(addDays(D, i), { painNow: 1 }));
    expect(computeReadiness(input(addDays(D, 7), days)).advice).toBeUndefined();
  });

  it("R6: after a yes to cancer history, no improvement in a month is a red-flag finding (R2)", () => {
    const days = history([4, 4, 4, 4], [3, 3, 3, 3]);
    const early = days.find((c) => c.date === addDays(D, -28));
    if (early) early.redFlags = { ...early.redFlags, cancerHistory: true };
    const r = computeReadiness(input(D, days, { clearances: [clearance(addDays(D, -27))] }));
    // The clearance covers the yes; a month without improvement counted after it asks again.
    const after = computeReadiness(input(D, days));
    expect(after.tier).toBe("R2");
    expect(codes(after)).toContain("NO_IMPROVEMENT");
    expect(r.advice).toBeUndefined();
  });

  it("R2: with 3 check-ins in the earlier window there is no R2", () => {
    const r = computeReadiness(input(D, history([4, 4, 4, 4], [3, 3, 3])));
    expect(r.tier).toBe("R4");
  });

  it("R6/R2: with the cancer-history exception the lock holds after the averages move, until a clearance", () => {
    const fired = addDays(D, -5);
    const days = [...history([4, 4, 4, 4], [3, 3, 3, 3], fired), checkin(D, { painNow: 1 })];
    const cancer = { ...(days[0]?.redFlags ?? {}), cancerHistory: true };
    if (days[0]) days[0] = { ...days[0], redFlags: cancer };
    // Lower pain on the days after it fired would not fire again on its own.
    for (let i = 1; i <= 4; i++) days.push(checkin(addDays(fired, i), { painNow: 1 }));
    expect(noImprovementOn(new Map(days.map((c) => [c.date, c.painNow])), D)).toBeNull();
    const r = computeReadiness(input(D, days));
    expect(r.tier).toBe("R2");
    expect(r.reasons[0]?.message).toContain(`since ${fired}`);
    expect(computeReadiness(input(D, days, { clearances: [clearance(addDays(D, -1))] })).tier).toBe("R5");
  });

  it("R2: the month is counted from the last clearance", () => {
    const days = history([4, 4, 4, 4], [3, 3, 3, 3]);
    // Cleared between the two windows: the earlier window no longer counts, so there is nothing to compare.
    const r = computeReadiness(input(D, days, { clearances: [clearance(addDays(D, -20))] }));
    expect(r.tier).toBe("R4");
    expect(codes(r)).toEqual(["PAIN_MODERATE"]);
  });

  it("R2: firstNoImprovement finds the first day the rule fired and nothing before the data allows", () => {
    const m = painMap([4, 4, 4, 4], [3, 3, 3, 3]);
    expect(firstNoImprovement(m, "2024-01-01", D)?.day).toBe(D);
    expect(firstNoImprovement(m, "2024-01-01", addDays(D, -1))).toBeNull();
    expect(firstNoImprovement(new Map(), "2024-01-01", D)).toBeNull();
  });
});
