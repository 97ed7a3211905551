import { describe, expect, it } from "vitest";
import type { EverydayPain } from "../records/vocab.js";
import { computeReadiness } from "./computeReadiness.js";
import { checkin, clearance, input, nerve } from "./testData.js";

const D = "2024-05-10";
const Y = "2024-05-09";
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);
/** A day whose red flags were answered yesterday, so they are not due today. */
const answeredYesterday = checkin(Y);

describe("R3 rest and recover, R4 modified, R5 full: pain boundaries", () => {
  it.each([
    [0, "R5", "READY"],
    [2, "R5", "READY"],
    [3, "R4", "PAIN_MODERATE"],
    [5, "R4", "PAIN_MODERATE"],
    [6, "R3", "PAIN_HIGH"],
    [10, "R3", "PAIN_HIGH"],
  ])("R3: pain now %i gives %s (%s)", (painNow, tier, code) => {
    const r = computeReadiness(input(D, [answeredYesterday, checkin(D, { painNow, redFlags: {} })]));
    expect(r.tier).toBe(tier);
    expect(codes(r)[0]).toBe(code);
  });

  it.each([
    ["none", "R5", "READY"],
    ["some", "R4", "EVERYDAY_PAIN_SOME"],
    ["persistent", "R3", "EVERYDAY_PAIN_PERSISTENT"],
  ] as const)("R3: everyday pain %s at pain 1 gives %s", (everydayPain: EverydayPain, tier, code) => {
    const r = computeReadiness(input(D, [checkin(D, { everydayPain })]));
    expect(r.tier).toBe(tier);
    expect(codes(r)).toEqual([code]);
  });

  it("R3: every R3 reason is listed, in SPEC order", () => {
    const r = computeReadiness(
      input(D, [checkin(D, { painNow: 6, everydayPain: "persistent" })], { sessions: [{ date: Y, painBefore: 2 }] }),
    );
    expect(r.tier).toBe("R3");
    expect(codes(r)).toEqual(["EVERYDAY_PAIN_PERSISTENT", "PAIN_HIGH", "LINGERING_PAIN"]);
    expect(r.reasons[1]?.message).toContain("6 out of 10");
  });

  it("R4: every R4 reason is listed when several apply", () => {
    const before = checkin("2024-05-01", { nerve: [nerve("tingling", "thigh-left", "same")] });
    const today = checkin(D, { painNow: 4, everydayPain: "some", nerve: [nerve("tingling", "thigh-left", "better")] });
    const r = computeReadiness(input(D, [before, today], { clearances: [clearance("2024-05-02")] }));
    expect(r.tier).toBe("R4");
    expect(codes(r)).toEqual(["PAIN_MODERATE", "EVERYDAY_PAIN_SOME", "NERVE_CLEARED"]);
  });
});

describe("R3 lingering pain after yesterday's session", () => {
  it.each([
    [2, 3, "R4"],
    [2, 4, "R3"],
    [0, 1, "R5"],
    [0, 2, "R3"],
    [3, 4, "R4"],
    [3, 5, "R3"],
    [4, 3, "R4"],
  ])("R3: pre-session pain %i yesterday and pain %i today gives %s", (painBefore, painNow, tier) => {
    const r = computeReadiness(input(D, [checkin(D, { painNow })], { sessions: [{ date: Y, painBefore }] }));
    expect(r.tier).toBe(tier);
    expect(codes(r).includes("LINGERING_PAIN")).toBe(painNow - painBefore >= 2);
  });

  it.each([
    ["two days ago", "2024-05-08", 0],
    ["today", D, 0],
    ["yesterday without a pre-session pain", Y, null],
  ])("R3: a session %s does not count as yesterday's", (_name, date, painBefore) => {
    const r = computeReadiness(input(D, [checkin(D, { painNow: 2 })], { sessions: [{ date, painBefore }] }));
    expect(r.tier).toBe("R5");
  });

  it("R3: with two sessions yesterday, the lower pre-session pain is the baseline", () => {
    const sessions = [
      { date: Y, painBefore: 2 },
      { date: Y, painBefore: 0 },
    ];
    const r = computeReadiness(input(D, [checkin(D, { painNow: 2 })], { sessions }));
    expect(r.tier).toBe("R3");
    expect(r.reasons[0]?.message).toContain("against 0");
  });
});

describe("R4 red flags due", () => {
  it("R4: at onboarding (never answered) the questions are due and the day is R4 even with no pain", () => {
    const r = computeReadiness(input(D, [checkin(D, { painNow: 0, redFlags: {} })]));
    expect(r).toMatchObject({ tier: "R4", askRedFlags: true });
    expect(codes(r)).toEqual(["RED_FLAGS_DUE"]);
  });

  it("R4: answering every question on the day lifts the R4 and stops asking", () => {
    const r = computeReadiness(input(D, [checkin(D, { painNow: 0 })]));
    expect(r).toMatchObject({ tier: "R5", askRedFlags: false });
  });

  it.each([
    [6, false, "R3"],
    [7, true, "R3"],
    [9, true, "R3"],
  ])("R4: pain %i with answers from yesterday makes the questions due: %s", (painNow, due, tier) => {
    const r = computeReadiness(input(D, [answeredYesterday, checkin(D, { painNow, redFlags: {} })]));
    expect(r.askRedFlags).toBe(due);
    expect(r.tier).toBe(tier);
    expect(codes(r).includes("RED_FLAGS_DUE")).toBe(due);
  });

  it.each([
    ["new", true],
    ["worse", true],
    ["same", false],
    ["better", false],
  ] as const)("R4: a nerve entry with trend %s makes the questions due: %s", (trend, due) => {
    const before = checkin("2024-05-01", { nerve: [nerve("numbness", "lower-back-left", "same")] });
    const today = checkin(D, { redFlags: {}, nerve: [nerve("numbness", "lower-back-left", trend)] });
    const r = computeReadiness(input(D, [before, answeredYesterday, today], { clearances: [clearance("2024-05-02")] }));
    expect(r.askRedFlags).toBe(due);
  });

  it.each([
    [6, false, "R5"],
    [7, true, "R4"],
    [30, true, "R4"],
  ])("R4: last full answers %i days ago: due %s, tier %s", (days, due, tier) => {
    const last = checkin(days === 6 ? "2024-05-04" : days === 7 ? "2024-05-03" : "2024-04-10");
    const r = computeReadiness(input(D, [last, checkin(D, { redFlags: {} })]));
    expect(r.askRedFlags).toBe(due);
    expect(r.tier).toBe(tier);
  });

  it("R4: a single unanswered question keeps the questions due, so a missing answer is never all clear", () => {
    const r = computeReadiness(
      input(D, [checkin(D, { painNow: 0, redFlags: { ...checkin(D).redFlags, nightPain: null } })]),
    );
    expect(r).toMatchObject({ tier: "R4", askRedFlags: true });
  });

  it("R4: partial answers on a day that is not due do not lower the day", () => {
    const r = computeReadiness(input(D, [answeredYesterday, checkin(D, { redFlags: { nightPain: false } })]));
    expect(r).toMatchObject({ tier: "R5", askRedFlags: false });
  });

  it("R4: a check-in with only some answers does not count as the last full answers", () => {
    const partial = checkin("2024-05-08", { redFlags: { nightPain: false } });
    const r = computeReadiness(input(D, [checkin("2024-05-01"), partial, checkin(D, { redFlags: {} })]));
    expect(r.askRedFlags).toBe(true);
  });
});

describe("R4 no check-in for the day", () => {
  it("R4: a day without a check-in is modified training, never full", () => {
    const r = computeReadiness(input(D, [checkin(Y)]));
    expect(r).toMatchObject({ tier: "R4", askRedFlags: false });
    expect(codes(r)).toEqual(["NO_CHECKIN"]);
  });

  it("R4: a new user with nothing logged is R4 and is asked the red flags", () => {
    const r = computeReadiness(input(D, []));
    expect(r).toMatchObject({ tier: "R4", askRedFlags: true });
    expect(codes(r)).toEqual(["RED_FLAGS_DUE", "NO_CHECKIN"]);
  });

  it("R4: check-ins after the day asked for are ignored", () => {
    const r = computeReadiness(input(Y, [checkin(D, { redFlags: { saddleNumbness: true } }), checkin(Y)]));
    expect(r.tier).toBe("R5");
  });

  it("R4: the input order of check-ins does not matter", () => {
    const list = [checkin("2024-05-03"), checkin(D, { painNow: 4 }), checkin("2024-05-08", { painNow: 7 })];
    expect(computeReadiness(input(D, [...list].reverse()))).toEqual(computeReadiness(input(D, list)));
  });

  it("R1: two check-ins stored for one day merge cautiously (a yes on either counts)", () => {
    const a = checkin(D, { painNow: 1 });
    const b = checkin(D, { painNow: 4, redFlags: { ...checkin(D).redFlags, saddleNumbness: true } });
    expect(computeReadiness(input(D, [a, b])).tier).toBe("R1");
    expect(computeReadiness(input(D, [a, { ...b, redFlags: checkin(D).redFlags }])).tier).toBe("R4");
  });
});
