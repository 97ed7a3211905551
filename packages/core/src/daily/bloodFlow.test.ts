import { describe, expect, it } from "vitest";
import { exerciseById } from "../catalog/index.js";
import type { Equipment, Tier } from "../records/vocab.js";
import { BLOOD_FLOW_EXERCISE_IDS, bloodFlowSuggestions } from "./bloodFlow.js";

const withRoller: Equipment[] = ["barbell", "foam-roller"];

describe("bloodFlowSuggestions", () => {
  it("N3: a rest day suggests a walk, moving stretches, foam rolling and massage, with catalog ids", () => {
    const s = bloodFlowSuggestions({ isTrainingDay: false, equipment: withRoller });
    expect(s.map((x) => x.kind)).toEqual(["walking", "dynamic-stretching", "foam-rolling", "massage"]);
    const rolling = s.find((x) => x.kind === "foam-rolling");
    expect(rolling?.exerciseIds).toContain("foam-roll-glutes");
    expect(rolling?.exerciseIds).toContain("foam-roll-thoracic");
    expect(s.find((x) => x.kind === "dynamic-stretching")?.exerciseIds).toContain("cat-cow");
    expect(s.find((x) => x.kind === "walking")?.exerciseIds).toEqual(["walking"]);
  });

  it("N3: a training day gets no extra suggestions (its session opens with the alignment block)", () => {
    expect(bloodFlowSuggestions({ isTrainingDay: true, equipment: withRoller })).toEqual([]);
  });

  it.each([
    ["R1", 0],
    ["R2", 4],
    ["R3", 4],
    ["R4", 4],
    ["R5", 4],
  ] as const)("N3: on a rest day at tier %s there are %s suggestions", (tier: Tier, n) => {
    expect(bloodFlowSuggestions({ isTrainingDay: false, tier, equipment: withRoller })).toHaveLength(n);
  });

  it("N3: without a foam roller, foam rolling is left out", () => {
    const s = bloodFlowSuggestions({ isTrainingDay: false, equipment: ["dumbbells"] });
    expect(s.map((x) => x.kind)).toEqual(["walking", "dynamic-stretching", "massage"]);
  });

  it("N3, P4: a suggestion built on an exercise the user must not be offered is left out", () => {
    const s = bloodFlowSuggestions({
      isTrainingDay: false,
      equipment: ["foam-roller"],
      offerable: (id) => id !== "walking" && id !== "cat-cow",
    });
    expect(s.map((x) => x.kind)).toEqual(["foam-rolling", "massage"]);
  });

  it("N3: kinds already logged today are marked done", () => {
    const s = bloodFlowSuggestions({
      isTrainingDay: false,
      equipment: withRoller,
      entries: [
        { kind: "blood-flow", name: "walking" },
        { kind: "water", name: null },
      ],
    });
    expect(s.filter((x) => x.done).map((x) => x.kind)).toEqual(["walking"]);
  });

  it("N3: every suggested exercise id is one of the named constants, and texts are calm", () => {
    const known = new Set<string>(Object.values(BLOOD_FLOW_EXERCISE_IDS));
    for (const s of bloodFlowSuggestions({ isTrainingDay: false, equipment: withRoller })) {
      for (const id of s.exerciseIds) expect(known.has(id)).toBe(true);
      expect(s.text).not.toMatch(/!|push through/i);
      expect(s.minutes).toBeGreaterThan(0);
    }
  });

  it.each(Object.values(BLOOD_FLOW_EXERCISE_IDS))("N3: the suggested exercise %s exists in the catalog", (id) => {
    expect(exerciseById(id)?.id).toBe(id);
  });
});
