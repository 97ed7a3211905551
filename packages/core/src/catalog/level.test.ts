import { describe, expect, it } from "vitest";
import type { ExerciseDef } from "../records/exercise.js";
import { allExercises, CATALOG, exerciseById } from "./catalog.js";
import { customExerciseToDef } from "./custom.js";
import { HIGH_ECCENTRIC_DOSE, isHighEccentric, LEVELS, levelOf } from "./level.js";

const first = CATALOG[0] as ExerciseDef;

describe("P8 exercise levels", () => {
  it("P8: every catalog entry has a level from the API vocabulary", () => {
    for (const d of CATALOG) expect(LEVELS, d.id).toContain(d.level);
    for (const e of allExercises()) expect(LEVELS, e.id).toContain(e.level);
  });

  it("P8: the nordic curl, Olympic lifts and kipping are advanced", () => {
    for (const id of ["nordic-curl", "glute-ham-raise", "power-clean", "kettlebell-snatch", "kettlebell-long-cycle"]) {
      expect(exerciseById(id)?.level, id).toBe("advanced");
    }
    const olympicOrKipping = CATALOG.filter((d) =>
      [d.name, ...d.aliases].some((n) => /\b(clean|snatch|jerk|kipping)\b/i.test(n)),
    );
    expect(olympicOrKipping.length).toBeGreaterThan(0);
    for (const d of olympicOrKipping) expect(d.level, d.id).toBe("advanced");
    const kipping = { ...first, id: "kipping-pull-up", name: "Kipping pull-up", aliases: [] };
    delete kipping.level;
    expect(levelOf(kipping)).toBe("advanced");
  });

  it.each([
    ["leg-press-upright", "beginner"],
    ["goblet-squat", "beginner"],
    ["chest-supported-row", "beginner"],
    ["bird-dog", "beginner"],
    ["back-squat", "intermediate"],
    ["conventional-deadlift", "intermediate"],
    ["overhead-press", "intermediate"],
    ["pull-up", "intermediate"],
    ["nordic-curl", "advanced"],
  ] as const)("P8: %s is %s", (id, level) => {
    expect(exerciseById(id)?.level).toBe(level);
  });

  it("P8: a custom exercise gets the level the user gave, otherwise the rule's", () => {
    const input = {
      name: "Sled push",
      pattern: "conditioning",
      primaryMuscles: ["quads"],
      laterality: "bilateral",
      equipment: ["none"],
      load: { axial: 0, shear: 0, flexion: 0, extension: 0, rotation: 0, support: "free" },
    } as const;
    expect(customExerciseToDef({ ...input, primaryMuscles: ["quads"], equipment: ["none"] }, "c1").level).toBe(
      "beginner",
    );
    expect(
      customExerciseToDef({ ...input, primaryMuscles: ["quads"], equipment: ["none"], level: "advanced" }, "c2").level,
    ).toBe("advanced");
  });

  it("P8: a stored custom definition without a level is answered with one", () => {
    const stored = { ...first, id: "old-custom" };
    delete stored.level;
    expect(allExercises([stored]).find((e) => e.id === "old-custom")?.level).toBe(levelOf(stored));
  });

  it("P8: high-eccentric moves are advanced and dosed at 2-3 sets of 3-6 reps", () => {
    for (const d of CATALOG.filter(isHighEccentric)) expect(d.level, d.id).toBe("advanced");
    expect(HIGH_ECCENTRIC_DOSE).toEqual({ sets: [2, 3], reps: [3, 6] });
  });
});
