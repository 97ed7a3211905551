import { describe, expect, it } from "vitest";
import { REGIONS } from "../records/vocab.js";
import { hasBothLegs, isLegRegion, isWorseningLegWeakness, nerveSymptomKey, sideOfRegion } from "./nerve.js";
import { nerve } from "./testData.js";

describe("nerve symptoms", () => {
  it.each([
    ["lower-back-left", "left"],
    ["buttock-right", "right"],
    ["below-knee-left", "left"],
    ["arm-right", "right"],
    ["lower-back-centre", "centre"],
    ["groin", "centre"],
    ["neck", "centre"],
  ] as const)("R2: a symptom's side comes from its region (%s -> %s)", (region, side) => {
    expect(sideOfRegion(region)).toBe(side);
  });

  it("R2: a symptom is its kind plus its side, whatever the region on that side", () => {
    expect(nerveSymptomKey(nerve("tingling", "thigh-left", "new"))).toBe("tingling:left");
    expect(nerveSymptomKey(nerve("tingling", "below-knee-left", "same"))).toBe("tingling:left");
    expect(nerveSymptomKey(nerve("numbness", "thigh-left", "same"))).toBe("numbness:left");
  });

  it("R1: the leg regions are the thighs and below the knees", () => {
    expect(REGIONS.filter(isLegRegion)).toEqual(["thigh-left", "thigh-right", "below-knee-left", "below-knee-right"]);
  });

  it.each([
    [nerve("weakness", "thigh-left", "worse"), true],
    [nerve("weakness", "below-knee-right", "worse"), true],
    [nerve("weakness", "thigh-left", "same"), false],
    [nerve("weakness", "thigh-left", "new"), false],
    [nerve("weakness", "lower-back-left", "worse"), false],
    [nerve("weakness", "arm-left", "worse"), false],
    [nerve("numbness", "thigh-left", "worse"), false],
  ])("R1: worsening leg weakness %j -> %s", (entry, expected) => {
    expect(isWorseningLegWeakness(entry)).toBe(expected);
  });

  it.each([
    [[nerve("tingling", "thigh-left", "same"), nerve("numbness", "below-knee-right", "better")], true],
    [[nerve("tingling", "thigh-left", "same"), nerve("tingling", "below-knee-left", "same")], false],
    [[nerve("tingling", "buttock-left", "same"), nerve("tingling", "buttock-right", "same")], false],
    [[nerve("tingling", "thigh-left", "same"), nerve("tingling", "arm-right", "same")], false],
    [[], false],
  ])("R1: both legs %#", (entries, expected) => {
    expect(hasBothLegs(entries)).toBe(expected);
  });
});
