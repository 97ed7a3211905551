import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LoadProfile } from "../records/exercise.js";
import { SUPPORTS } from "../records/vocab.js";
import { exerciseById } from "./catalog.js";
import { GRADE_CUTOFFS, gradeOf, gradeRank, spineLoadScore } from "./grade.js";

const L = (a: number, s: number, f: number, e: number, r: number, support: LoadProfile["support"] = "free") => ({
  axial: a,
  shear: s,
  flexion: f,
  extension: e,
  rotation: r,
  support,
});

const zScore = fc.integer({ min: 0, max: 3 });
const arbLoad = fc.record({
  axial: zScore,
  shear: zScore,
  flexion: zScore,
  extension: zScore,
  rotation: zScore,
  support: fc.constantFrom(...SUPPORTS),
});

describe("C2 spine-load grade", () => {
  it.each([
    ["back-squat", "D"],
    ["conventional-deadlift", "D"],
    ["romanian-deadlift", "D"],
    ["barbell-bent-over-row", "D"],
  ])("C2: %s is graded %s (high demand)", (id, grade) => {
    expect(exerciseById(id)?.grade).toBe(grade);
  });

  it.each(["smith-machine-squat", "leg-press-upright", "chest-supported-row"])(
    "C2: %s is graded A or B (supported variant)",
    (id) => {
      expect(["A", "B"]).toContain(exerciseById(id)?.grade);
    },
  );

  it.each(["bird-dog", "side-plank", "curl-up", "dead-bug"])(
    "C2: %s is graded A (McGill's big three and kin)",
    (id) => {
      expect(exerciseById(id)?.grade).toBe("A");
    },
  );

  it.each([
    [L(0, 0, 0, 0, 0), 0, "A"],
    [L(2, 0, 0, 0, 1), 3.75, "A"],
    [L(2, 0, 0, 1, 0), GRADE_CUTOFFS.B, "B"],
    [L(2, 2, 0, 0, 0), 6, "B"],
    [L(2, 2, 1, 0, 0), GRADE_CUTOFFS.C, "C"],
    [L(3, 2, 1, 1, 0), 9.5, "C"],
    [L(3, 2, 1, 2, 0), 10.5, "D"],
    [L(2, 2, 2, 0, 0, "braced"), 7, "C"],
    [L(2, 2, 2, 0, 0, "guided"), 6.5, "B"],
    [L(2, 2, 2, 0, 0, "supported"), 6, "B"],
    [L(0, 0, 1, 0, 0, "supported"), 0, "A"],
    [L(3, 3, 3, 3, 3), 17.25, "D"],
  ])("C2: profile %j scores %d and grades %s at the cut-offs", (load, score, grade) => {
    expect(spineLoadScore(load)).toBeCloseTo(score, 6);
    expect(gradeOf(load)).toBe(grade);
  });

  it("C2: raising any demand score never lowers the grade", () => {
    fc.assert(
      fc.property(
        arbLoad,
        fc.constantFrom("axial", "shear", "flexion", "extension", "rotation" as const),
        (load, k) => {
          fc.pre(load[k] < 3);
          const more = { ...load, [k]: load[k] + 1 };
          expect(gradeRank(gradeOf(more))).toBeGreaterThanOrEqual(gradeRank(gradeOf(load)));
        },
      ),
    );
  });

  it("C2: more support never raises the grade", () => {
    fc.assert(
      fc.property(arbLoad, (load) => {
        const free = gradeRank(gradeOf({ ...load, support: "free" }));
        for (const s of SUPPORTS) expect(gradeRank(gradeOf({ ...load, support: s }))).toBeLessThanOrEqual(free);
      }),
    );
  });

  it("gradeRank orders A < B < C < D", () => {
    expect(["D", "B", "A", "C"].map((g) => gradeRank(g as "A")).sort()).toEqual([0, 1, 2, 3]);
    expect(gradeRank("A")).toBeLessThan(gradeRank("D"));
  });
});
