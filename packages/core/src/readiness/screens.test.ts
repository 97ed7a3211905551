import { describe, expect, it } from "vitest";
import { INFLAMMATORY_ITEMS } from "../records/screens.js";
import type { RedFlagKey, Region } from "../records/vocab.js";
import { askAgain, mapShowsBothLegs } from "./bothLegs.js";
import { computeReadiness } from "./computeReadiness.js";
import { dayByDayReadiness } from "./dayByDayReadiness.js";
import { inflammatoryAdvice, inflammatoryDue, inflammatoryOutcome } from "./inflammatory.js";

const yesTo = (n: number) => Object.fromEntries(INFLAMMATORY_ITEMS.map((k, i) => [k, i < n]));

describe("R7 inflammatory back pain screen", () => {
  it.each([
    [9, "rheumatology"],
    [4, "rheumatology"],
    [3, "hla-b27"],
    [2, "inflammatory-note"],
    [0, "inflammatory-note"],
  ])("R7: %i items yes after both gates -> %s", (n, code) => {
    const out = inflammatoryOutcome({ onsetBefore45: true, longerThan3Months: true, answers: yesTo(n) });
    expect(out).toMatchObject({ applies: true, count: n, advice: { code } });
    expect(out.advice?.message).not.toMatch(/!/);
  });

  it.each([
    [false, true],
    [true, false],
    [null, true],
  ])("R7: a gate answered %s / %s opens no items and gives no advice", (a, b) => {
    expect(inflammatoryOutcome({ onsetBefore45: a, longerThan3Months: b, answers: yesTo(9) })).toEqual({
      applies: false,
      count: 0,
    });
  });

  it.each([
    ["never answered", [], "2026-11-02", true],
    ["answered 364 days ago", ["2025-11-03"], "2026-11-02", false],
    ["answered 365 days ago", ["2025-11-02"], "2026-11-02", true],
  ] as const)("R7: due when %s", (_what, dates, day, due) => {
    expect(
      inflammatoryDue(
        dates.map((date) => ({ date })),
        day,
      ),
    ).toBe(due);
  });

  it("R7: four or more gives calm rheumatology advice for two weeks; the tier is never changed", () => {
    const screen = { date: "2026-11-02", onsetBefore45: true, longerThan3Months: true, answers: yesTo(5) };
    expect(inflammatoryAdvice([screen], "2026-11-02").map((a) => a.code)).toEqual(["rheumatology"]);
    expect(inflammatoryAdvice([screen], "2026-11-15").map((a) => a.code)).toEqual(["rheumatology"]);
    expect(inflammatoryAdvice([screen], "2026-11-16")).toEqual([]);
    expect(inflammatoryAdvice([], "2026-11-02").map((a) => a.code)).toEqual(["inflammatory-screen"]);
  });
});

const ALL_NO = {
  bladderBowel: false,
  saddleNumbness: false,
  worseningWeakness: false,
  bothLegs: false,
  sexualDysfunction: false,
  feverChills: false,
  recentTrauma: false,
  cancerHistory: false,
  weightLoss: false,
  nightPain: false,
  infectionRisk: false,
  onsetAfter50: false,
} satisfies Record<RedFlagKey, boolean>;

describe("R8 answers that contradict the body map", () => {
  it.each([
    [["thigh-left", "below-knee-right"], true],
    [["below-knee-left", "thigh-right"], true],
    [["thigh-left", "below-knee-left"], false],
    [["buttock-left", "buttock-right"], false],
  ] as const)("R8: the map %j shows both legs: %s", (regions, both) => {
    expect(mapShowsBothLegs(regions as readonly Region[])).toBe(both);
  });

  const day = "2026-11-02";
  const checkin = (bothLegs: boolean | null, confirmed: RedFlagKey[] = []) => ({
    date: day,
    painNow: 2,
    everydayPain: "none" as const,
    regions: ["thigh-left", "thigh-right"] as Region[],
    redFlags: { ...ALL_NO, bothLegs },
    confirmed,
  });

  it.each([
    ["answered no", checkin(false), ["bothLegs"], "R3"],
    ["not answered", checkin(null), ["bothLegs"], "R3"],
    ["answered no again", checkin(false, ["bothLegs"]), [], "R5"],
    ["answered yes again", checkin(true, ["bothLegs"]), [], "R1"],
  ] as const)("R8: both legs on the map, the question %s -> ask %j, tier %s", (_what, c, ask, tier) => {
    const r = computeReadiness({ date: day, checkins: [c] });
    expect(askAgain(c)).toEqual(ask);
    expect(r.ask ?? []).toEqual(ask);
    expect(r.tier).toBe(tier);
    expect(dayByDayReadiness({ date: day, checkins: [c] })).toEqual(r);
  });

  it("R8: a no never lowers a tier: nerve entries on both legs stay R1 whatever the answer", () => {
    const c = {
      ...checkin(false, ["bothLegs"]),
      nerve: [
        { kind: "tingling" as const, region: "thigh-left" as const, trend: "same" as const },
        { kind: "tingling" as const, region: "thigh-right" as const, trend: "same" as const },
      ],
    };
    expect(computeReadiness({ date: day, checkins: [c] }).tier).toBe("R1");
  });
});
