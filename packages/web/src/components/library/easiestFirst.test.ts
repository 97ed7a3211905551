import { describe, expect, it } from "vitest";
import { easiestFirst } from "./Suggestions.js";

describe("S1 shown: alternatives under 'Easier on your back'", () => {
  it("lead with the most spine-sparing grade and keep the ranking within a grade", () => {
    const alt = (id: string, grade: string) => ({ exercise: { id, grade } });
    const ranked = [alt("goblet-squat", "C"), alt("leg-press", "B"), alt("split-squat", "C"), alt("glute-bridge", "A")];
    expect(easiestFirst(ranked).map((a) => a.exercise.id)).toEqual([
      "glute-bridge",
      "leg-press",
      "goblet-squat",
      "split-squat",
    ]);
    expect(ranked[0]?.exercise.id).toBe("goblet-squat");
  });
});
