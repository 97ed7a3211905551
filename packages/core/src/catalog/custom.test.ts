import { describe, expect, it } from "vitest";
import { customExerciseSchema } from "../records/exercise.js";
import { allExercises, exerciseById, toExercise } from "./catalog.js";
import { customExerciseToDef } from "./custom.js";
import { resolveExerciseName } from "./names.js";
import { searchExercises } from "./search.js";

const body = customExerciseSchema.parse({
  name: "Landmine Belt Squat",
  aliases: ["LM Belt Squat"],
  pattern: "squat",
  primaryMuscles: ["quads", "glutes"],
  laterality: "bilateral",
  equipment: ["barbell"],
  load: { axial: 0, shear: 0, flexion: 1, extension: 0, rotation: 0, support: "guided" },
});

describe("C6 custom exercises", () => {
  it("C6: a validated body becomes a full definition with the given id", () => {
    const def = customExerciseToDef(body, "cx-1");
    expect(def).toMatchObject({
      id: "cx-1",
      name: "Landmine Belt Squat",
      aliases: ["LM Belt Squat"],
      pattern: "squat",
      primaryMuscles: ["quads", "glutes"],
      secondaryMuscles: [],
      laterality: "bilateral",
      equipment: ["barbell"],
      beltEligible: false,
      measure: "reps",
      loaded: true,
      cues: [],
    });
    expect(def.easier).toBeUndefined();
    expect(toExercise(def, true)).toMatchObject({ grade: "A", increment: { kg: 2.5, lb: 5 }, custom: true });
  });

  it("C6: a bodyweight hold is not loaded and has no increment", () => {
    const def = customExerciseToDef({ ...body, equipment: ["none"], measure: "seconds", beltEligible: false }, "cx-2");
    expect(def.loaded).toBe(false);
    expect(toExercise(def, true).increment).toEqual({ kg: 0, lb: 0 });
  });

  it("C6: the catalog functions accept custom exercises as an extra list", () => {
    const def = customExerciseToDef(body, "cx-1");
    expect(exerciseById("cx-1", [def])?.name).toBe("Landmine Belt Squat");
    expect(allExercises([def]).some((e) => e.id === "cx-1" && e.custom)).toBe(true);
    expect(resolveExerciseName("lm belt squat", [def])).toBe("cx-1");
    expect(searchExercises(allExercises([def]), { q: "Landmine Belt Squat" })[0]?.id).toBe("cx-1");
  });

  it("C6: the definition does not share arrays with the request body", () => {
    const def = customExerciseToDef(body, "cx-1");
    def.aliases.push("x");
    expect(body.aliases).toEqual(["LM Belt Squat"]);
  });
});
