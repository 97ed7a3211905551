import { describe, expect, it } from "vitest";
import { allExercises, exerciseById } from "../catalog/catalog.js";
import type { Exercise } from "../records/exercise.js";
import { EQUIPMENT, type Equipment } from "../records/vocab.js";
import { MODIFICATION_KINDS, modificationsFor } from "./modifications.js";

const ex = (id: string): Exercise => {
  const e = exerciseById(id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};
const ALL: Equipment[] = [...EQUIPMENT];
const kinds = (id: string, equipment: readonly Equipment[] = ALL) =>
  modificationsFor(ex(id), equipment).map((m) => m.kind);

describe("S2 modifications", () => {
  it.each([
    ["leg-press-reclined", ALL, ["raise-back-pad", "shorten-range", "slow-lowering", "lighter-more-reps"]],
    ["back-squat", ALL, ["smith-machine", "shorten-range", "slow-lowering", "lighter-more-reps", "belt-top-set"]],
    ["back-squat", ["barbell"], ["shorten-range", "slow-lowering", "lighter-more-reps"]],
    [
      "conventional-deadlift",
      ALL,
      ["smith-machine", "shorten-range", "slow-lowering", "lighter-more-reps", "belt-top-set"],
    ],
    ["bench-press", ALL, ["smith-machine", "slow-lowering", "lighter-more-reps"]],
    ["chest-supported-row", ALL, ["slow-lowering", "lighter-more-reps"]],
    ["kettlebell-swing", ALL, ["shorten-range", "lighter-more-reps"]],
    ["side-plank", ALL, []],
    ["bird-dog", ALL, []],
    ["foam-roll-glutes", ALL, []],
  ] as [string, Equipment[], string[]][])("S2: %s with %j offers %j", (id, equipment, expected) => {
    expect(kinds(id, equipment)).toEqual(expected);
  });

  it("S2: raise the back pad only for the reclined leg press, and it names the upright variant", () => {
    const m = modificationsFor(ex("leg-press-reclined"), ALL).find((x) => x.kind === "raise-back-pad");
    expect(m?.exerciseId).toBe("leg-press-upright");
    for (const e of allExercises().filter((x) => x.id !== "leg-press-reclined"))
      expect(kinds(e.id)).not.toContain("raise-back-pad");
  });

  it("S2: every free-barbell lift whose Smith machine version is in the catalog is offered the move", () => {
    const pairs: [string, string][] = [
      ["back-squat", "smith-machine-squat"],
      ["conventional-deadlift", "smith-machine-deadlift"],
      ["bench-press", "smith-machine-bench-press"],
      ["overhead-press", "smith-machine-shoulder-press"],
      ["hip-thrust", "smith-machine-hip-thrust"],
    ];
    for (const [id, smith] of pairs) {
      const m = modificationsFor(ex(id), ALL).find((x) => x.kind === "smith-machine");
      expect(m?.exerciseId, id).toBe(smith);
    }
  });

  it("S2: move to the Smith machine names an existing Smith exercise and needs the machine", () => {
    for (const e of allExercises()) {
      const m = modificationsFor(e, ALL).find((x) => x.kind === "smith-machine");
      if (m === undefined) continue;
      expect(exerciseById(m.exerciseId ?? "")?.equipment, e.id).toContain("smith-machine");
      expect(
        kinds(
          e.id,
          ALL.filter((x) => x !== "smith-machine"),
        ),
      ).not.toContain("smith-machine");
    }
  });

  it("S2: belt on the top set only for belt-eligible lifts and users with a belt", () => {
    for (const e of allExercises()) {
      const has = kinds(e.id).includes("belt-top-set");
      expect(has, e.id).toBe(e.beltEligible);
      expect(
        kinds(
          e.id,
          ALL.filter((x) => x !== "belt"),
        ),
      ).not.toContain("belt-top-set");
    }
  });

  it("S2: modifications come in the fixed order, each with a calm one-line text", () => {
    for (const e of allExercises()) {
      const ms = modificationsFor(e, ALL);
      const order = ms.map((m) => MODIFICATION_KINDS.indexOf(m.kind));
      expect(order, e.id).toEqual([...order].sort((a, b) => a - b));
      for (const m of ms) {
        expect(m.text).not.toMatch(/[!\n]/);
        expect(m.text.length).toBeLessThan(110);
      }
    }
  });
});
