import type { Exercise } from "@spotter/core";
import { describe, expect, it } from "vitest";
import { searchExercises } from "./exerciseSearch.js";

const ex = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases }) as unknown as Exercise;
const list = [
  ex("leg-press-upright", "Leg press (upright pad)", ["Leg Press"]),
  ex("single-leg-press", "Single-leg leg press"),
  ex("rdl", "Romanian deadlift", ["RDL", "Romanian Deadlift (Barbell)"]),
  ex("back-squat", "Back squat", ["Squat (Barbell)"]),
];

describe("exercise search", () => {
  it("an exact alias match comes first", () => {
    expect(searchExercises(list, "leg press")[0]?.id).toBe("leg-press-upright");
  });
  it("finds by another app's name, ignoring case and punctuation", () => {
    expect(searchExercises(list, "squat (barbell)").map((e) => e.id)).toEqual(["back-squat"]);
    expect(searchExercises(list, "rdl")[0]?.id).toBe("rdl");
  });
  it("every typed word must match", () => {
    expect(searchExercises(list, "single press").map((e) => e.id)).toEqual(["single-leg-press"]);
    expect(searchExercises(list, "press squat")).toEqual([]);
  });
  it("an empty query lists nothing", () => {
    expect(searchExercises(list, "  ")).toEqual([]);
  });
});
