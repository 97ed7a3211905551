import { describe, expect, it } from "vitest";
import { RED_FLAG_KEYS, type RedFlagKey } from "../records/vocab.js";
import { computeReadiness } from "./computeReadiness.js";
import type { ReadinessCheckin } from "./inputs.js";
import { R1_RED_FLAG_KEYS } from "./redFlagQuestions.js";
import { allNo, checkin, clearance, input, nerve } from "./testData.js";

const D = "2024-05-10";
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);
const yes = (key: RedFlagKey) => ({ ...allNo(), [key]: true });
/** Everything else that could be true on a bad day: pain 10, persistent everyday pain, nerve entries. */
const worstDay = (date: string, over: Partial<ReadinessCheckin> = {}) =>
  checkin(date, {
    painNow: 10,
    everydayPain: "persistent",
    nerve: [nerve("tingling", "lower-back-left", "same")],
    ...over,
  });

describe("R1 urgent: each sign alone gives R1, whatever else is true", () => {
  it.each([
    ["bladderBowel", "RED_FLAG_BLADDER_BOWEL"],
    ["saddleNumbness", "RED_FLAG_SADDLE"],
    ["worseningWeakness", "RED_FLAG_WORSENING_WEAKNESS"],
    ["bothLegs", "RED_FLAG_BOTH_LEGS"],
    ["sexualDysfunction", "RED_FLAG_SEXUAL_DYSFUNCTION"],
  ] as const)("R1: a yes to %s on a calm day gives R1 (%s)", (key, code) => {
    const r = computeReadiness(input(D, [checkin(D, { painNow: 0, redFlags: yes(key) })]));
    expect(r.tier).toBe("R1");
    expect(codes(r)).toEqual([code]);
    expect(r.reasons[0]?.message).toContain("emergency");
  });

  it.each(R1_RED_FLAG_KEYS)("R1: a yes to %s on the worst day, with every R2 yes too, still gives R1", (key) => {
    const redFlags = Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, !R1_RED_FLAG_KEYS.includes(k) || k === key]));
    const r = computeReadiness(input(D, [worstDay(D, { redFlags })], { clearances: [clearance("2024-01-01")] }));
    expect(r.tier).toBe("R1");
    expect(r.reasons.every((x) => x.code.startsWith("RED_FLAG_") || x.code.startsWith("NERVE_"))).toBe(true);
  });

  it.each([
    ["thigh-left", "R1"],
    ["thigh-right", "R1"],
    ["below-knee-left", "R1"],
    ["below-knee-right", "R1"],
    ["lower-back-left", "R2"],
    ["buttock-right", "R2"],
    ["arm-left", "R2"],
  ] as const)("R1: weakness with trend worse in %s gives %s", (region, tier) => {
    const r = computeReadiness(input(D, [checkin(D, { nerve: [nerve("weakness", region, "worse")] })]));
    expect(r.tier).toBe(tier);
    expect(codes(r).includes("NERVE_LEG_WEAKNESS_WORSE")).toBe(tier === "R1");
  });

  it("R1: worsening leg weakness after a clearance that knew it still gives R1", () => {
    const before = checkin("2024-05-08", { nerve: [nerve("weakness", "thigh-left", "same")] });
    const today = checkin(D, { nerve: [nerve("weakness", "thigh-left", "worse")] });
    const r = computeReadiness(input(D, [before, today], { clearances: [clearance("2024-05-09")] }));
    expect(r.tier).toBe("R1");
    expect(codes(r)).toEqual(["NERVE_LEG_WEAKNESS_WORSE"]);
  });

  it.each([
    [["thigh-left", "thigh-right"], "R1"],
    [["thigh-left", "below-knee-right"], "R1"],
    [["below-knee-left", "below-knee-right"], "R1"],
    [["thigh-left", "below-knee-left"], "R2"],
    [["buttock-left", "buttock-right"], "R2"],
    [["thigh-left", "arm-right"], "R2"],
  ] as const)("R1: nerve entries in %j give %s (both legs = a left and a right leg region)", (regions, tier) => {
    const entries = regions.map((region) => nerve("tingling", region, "same"));
    const r = computeReadiness(input(D, [checkin(D, { nerve: entries })]));
    expect(r.tier).toBe(tier);
    expect(codes(r).includes("NERVE_BOTH_LEGS")).toBe(tier === "R1");
  });

  it("R1: symptoms in both legs that a clearance knew and that stay the same give R4, not R1", () => {
    const legs = [nerve("tingling", "thigh-left", "same"), nerve("numbness", "below-knee-right", "better")];
    const before = checkin("2024-05-08", { nerve: legs });
    const r = computeReadiness(
      input(D, [before, checkin(D, { nerve: legs })], { clearances: [clearance("2024-05-09")] }),
    );
    expect(r.tier).toBe("R4");
    expect(codes(r)).toEqual(["NERVE_CLEARED"]);
  });

  it("R1: a new symptom in one leg next to a cleared one in the other gives R1 again", () => {
    const before = checkin("2024-05-08", { nerve: [nerve("tingling", "thigh-left", "same")] });
    const today = checkin(D, {
      nerve: [nerve("tingling", "thigh-left", "same"), nerve("tingling", "thigh-right", "new")],
    });
    const r = computeReadiness(input(D, [before, today], { clearances: [clearance("2024-05-09")] }));
    expect(r.tier).toBe("R1");
    expect(codes(r)).toEqual(["NERVE_BOTH_LEGS"]);
  });
});

describe("R2 see a professional", () => {
  it.each([
    ["feverChills", "RED_FLAG_FEVER"],
    ["recentTrauma", "RED_FLAG_TRAUMA"],
    ["cancerHistory", "RED_FLAG_CANCER"],
    ["weightLoss", "RED_FLAG_WEIGHT_LOSS"],
    ["nightPain", "RED_FLAG_NIGHT_PAIN"],
    ["infectionRisk", "RED_FLAG_INFECTION_RISK"],
    ["onsetAfter50", "RED_FLAG_ONSET_AFTER_50"],
  ] as const)("R2: a yes to %s gives R2 (%s) even with pain 0", (key, code) => {
    const r = computeReadiness(input(D, [checkin(D, { painNow: 0, redFlags: yes(key) })]));
    expect(r.tier).toBe("R2");
    expect(codes(r)).toEqual([code]);
  });

  it("S0.2: an R2 red flag overrides pain 10 and persistent everyday pain (R3 signs)", () => {
    const r = computeReadiness(input(D, [worstDay(D, { nerve: [], redFlags: yes("nightPain") })]));
    expect(r.tier).toBe("R2");
    expect(codes(r)).toEqual(["RED_FLAG_NIGHT_PAIN"]);
  });

  it.each(["numbness", "tingling", "weakness"] as const)(
    "R2: %s with no clearance since it began gives R2 whatever its trend",
    (kind) => {
      for (const trend of ["new", "same", "better", "worse"] as const) {
        const r = computeReadiness(input(D, [checkin(D, { nerve: [nerve(kind, "lower-back-right", trend)] })]));
        expect(r.tier).toBe("R2");
        expect(codes(r)).toEqual(["NERVE_UNCLEARED"]);
      }
    },
  );

  it.each([
    ["same", "R4", "NERVE_CLEARED"],
    ["better", "R4", "NERVE_CLEARED"],
    ["new", "R2", "NERVE_NEW_OR_WORSE"],
    ["worse", "R2", "NERVE_NEW_OR_WORSE"],
  ] as const)("R2: a cleared symptom reported %s the next day gives %s", (trend, tier, code) => {
    const before = checkin("2024-05-08", { nerve: [nerve("numbness", "buttock-left", "new")] });
    const today = checkin(D, { nerve: [nerve("numbness", "thigh-left", trend)] });
    const r = computeReadiness(input(D, [before, today], { clearances: [clearance("2024-05-09")] }));
    expect(r.tier).toBe(tier);
    expect(codes(r)).toContain(code);
  });

  it("R2: a symptom not known at the clearance (other kind or other side) gives R2 again", () => {
    const before = checkin("2024-05-08", { nerve: [nerve("numbness", "buttock-left", "same")] });
    for (const entry of [nerve("tingling", "buttock-left", "same"), nerve("numbness", "buttock-right", "same")]) {
      const r = computeReadiness(
        input(D, [before, checkin(D, { nerve: [entry] })], { clearances: [clearance("2024-05-09")] }),
      );
      expect(r.tier).toBe("R2");
      expect(codes(r)).toEqual(["NERVE_UNCLEARED"]);
    }
  });

  it("R2: the R2 lock holds on later days until a clearance is recorded", () => {
    const first = checkin("2024-05-08", { redFlags: yes("feverChills") });
    const calm = [checkin("2024-05-09"), checkin(D)];
    const r = computeReadiness(input(D, [first, ...calm]));
    expect(r.tier).toBe("R2");
    expect(codes(r)).toEqual(["RED_FLAG_FEVER"]);
    expect(r.reasons[0]?.message).toContain("2024-05-08");
    const cleared = computeReadiness(input(D, [first, ...calm], { clearances: [clearance("2024-05-09")] }));
    expect(cleared.tier).toBe("R5");
  });

  it("R2: a nerve symptom keeps R2 on later days without nerve entries, until a clearance", () => {
    const first = checkin("2024-05-08", { nerve: [nerve("tingling", "thigh-right", "new")] });
    const days = [first, checkin("2024-05-09"), checkin(D)];
    expect(computeReadiness(input(D, days)).tier).toBe("R2");
    expect(computeReadiness(input(D, days, { clearances: [clearance("2024-05-09")] })).tier).toBe("R5");
  });
});

describe("R1 and R2 locks and clearances", () => {
  const saddle = checkin("2024-05-08", { redFlags: yes("saddleNumbness") });

  it("R1: the lock persists on the next day even when that day's answers are all no", () => {
    const r = computeReadiness(input("2024-05-09", [saddle, checkin("2024-05-09")]));
    expect(r.tier).toBe("R1");
    expect(codes(r)).toEqual(["RED_FLAG_SADDLE"]);
    expect(r.reasons[0]?.message).toContain("since 2024-05-08");
  });

  it("R1: the lock holds on a later day without any check-in", () => {
    const r = computeReadiness(input("2024-05-12", [saddle]));
    expect(r.tier).toBe("R1");
    expect(codes(r)).toEqual(["RED_FLAG_SADDLE"]);
  });

  it("R1: a clearance recorded the next day lifts the lock", () => {
    const r = computeReadiness(
      input("2024-05-09", [saddle, checkin("2024-05-09")], { clearances: [clearance("2024-05-09")] }),
    );
    expect(r.tier).toBe("R5");
  });

  it("R1: a clearance recorded after the day asked for does not apply to that day", () => {
    const r = computeReadiness(input("2024-05-09", [saddle, checkin("2024-05-09")], { clearances: [clearance(D)] }));
    expect(r.tier).toBe("R1");
  });

  it("R1: a yes on a check-in made after the clearance that day is new and locks again", () => {
    const today = checkin(D, { redFlags: yes("bladderBowel"), createdAt: `${D}T15:00:00Z` });
    const r = computeReadiness(input(D, [today], { clearances: [clearance(D, "12:00:00Z")] }));
    expect(r.tier).toBe("R1");
  });

  it("R1: a yes on the day's check-in made before the clearance is covered", () => {
    const today = checkin(D, { redFlags: yes("bladderBowel"), createdAt: `${D}T08:00:00Z` });
    const r = computeReadiness(input(D, [today], { clearances: [clearance(D, "12:00:00Z")] }));
    expect(r.tier).toBe("R5");
  });

  it("R1: a new yes on a later day after the clearance locks again", () => {
    const later = checkin(D, { redFlags: yes("bothLegs") });
    const r = computeReadiness(input(D, [saddle, later], { clearances: [clearance("2024-05-09")] }));
    expect(r.tier).toBe("R1");
    expect(codes(r)).toEqual(["RED_FLAG_BOTH_LEGS"]);
  });

  it("R1: the clearance's local day follows the profile's time zone", () => {
    // 23:30 UTC on the 9th is already the 10th in Berlin, so the 10th's check-in, made at midnight Berlin time, is covered.
    const today = checkin(D, { redFlags: yes("saddleNumbness"), createdAt: "2024-05-09T22:00:00Z" });
    const c = { date: "2024-05-09", recordedAt: "2024-05-09T23:30:00Z" };
    expect(computeReadiness(input(D, [today], { clearances: [c], timeZone: "Europe/Berlin" })).tier).toBe("R5");
    expect(computeReadiness(input(D, [today], { clearances: [c], timeZone: "UTC" })).tier).toBe("R1");
  });

  it("R2: a lasting yes (cancer history) answered again after its clearance does not lock again", () => {
    const first = checkin("2024-05-01", { redFlags: yes("cancerHistory") });
    const again = checkin("2024-05-09", { redFlags: yes("cancerHistory") });
    const r = computeReadiness(input("2024-05-09", [first, again], { clearances: [clearance("2024-05-02")] }));
    expect(r.tier).toBe("R5");
  });

  it("R2: a yes that follows a no after the clearance is new and locks again", () => {
    const first = checkin("2024-05-01", { redFlags: yes("cancerHistory") });
    const no = checkin("2024-05-04");
    const again = checkin("2024-05-09", { redFlags: yes("cancerHistory") });
    const r = computeReadiness(input("2024-05-09", [first, no, again], { clearances: [clearance("2024-05-02")] }));
    expect(r.tier).toBe("R2");
    expect(codes(r)).toEqual(["RED_FLAG_CANCER"]);
  });

  it("R1: a yes to worsening weakness after its clearance always asks again", () => {
    const first = checkin("2024-05-01", { redFlags: yes("worseningWeakness") });
    const again = checkin("2024-05-09", { redFlags: yes("worseningWeakness") });
    const r = computeReadiness(input("2024-05-09", [first, again], { clearances: [clearance("2024-05-02")] }));
    expect(r.tier).toBe("R1");
  });

  it("R2: the latest of several clearances is the one that counts", () => {
    const first = checkin("2024-05-01", { redFlags: yes("feverChills") });
    const second = checkin("2024-05-05", { redFlags: yes("weightLoss") });
    const clearances = [clearance("2024-05-06"), clearance("2024-05-02")];
    expect(computeReadiness(input(D, [first, second, checkin(D)], { clearances })).tier).toBe("R5");
    expect(
      computeReadiness(input(D, [first, second, checkin(D)], { clearances: [clearance("2024-05-02")] })).tier,
    ).toBe("R2");
  });

  it("S0.2: a locked day lists only the lock's reasons (plus the due questions), never the lower tiers'", () => {
    const r = computeReadiness(input(D, [checkin(D, { painNow: 8, redFlags: { saddleNumbness: true } })]));
    expect(r.tier).toBe("R1");
    expect(codes(r)).toEqual(["RED_FLAG_SADDLE", "RED_FLAGS_DUE"]);
    expect(r.askRedFlags).toBe(true);
  });
});
