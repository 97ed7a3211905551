import { describe, expect, it } from "vitest";
import { RED_FLAG_KEYS } from "../records/vocab.js";
import { R1_RED_FLAG_KEYS, RED_FLAG_QUESTIONS, redFlagTier } from "./redFlagQuestions.js";

describe("red-flag questions", () => {
  it("S0.2: there is one short question per red-flag key, in the order the app asks them", () => {
    expect(RED_FLAG_QUESTIONS.map((q) => q.key)).toEqual([...RED_FLAG_KEYS]);
    for (const q of RED_FLAG_QUESTIONS) {
      expect(q.question.endsWith("?")).toBe(true);
      expect(q.question.length).toBeLessThanOrEqual(110);
      expect(q.question).not.toContain("!");
    }
  });

  it.each([
    ["bladderBowel", "R1"],
    ["saddleNumbness", "R1"],
    ["worseningWeakness", "R1"],
    ["bothLegs", "R1"],
    ["sexualDysfunction", "R1"],
  ] as const)("R1: a yes to %s leads to %s", (key, tier) => {
    expect(redFlagTier(key)).toBe(tier);
    expect(RED_FLAG_QUESTIONS.find((q) => q.key === key)?.tier).toBe(tier);
  });

  it.each(RED_FLAG_KEYS.filter((k) => !R1_RED_FLAG_KEYS.includes(k)))("R2: a yes to %s leads to R2", (key) => {
    expect(redFlagTier(key)).toBe("R2");
    expect(RED_FLAG_QUESTIONS.find((q) => q.key === key)?.tier).toBe("R2");
  });
});
