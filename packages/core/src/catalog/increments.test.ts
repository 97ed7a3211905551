import { describe, expect, it } from "vitest";
import type { Equipment } from "../records/vocab.js";
import { CATALOG, exerciseById } from "./catalog.js";
import { incrementFor, isLoaded, nonLoadStepFor } from "./increments.js";

const def = (equipment: Equipment[], extra: { loaded?: boolean; measure?: "reps" | "seconds" | "distance" } = {}) => ({
  equipment,
  ...extra,
});

describe("C4 load increments", () => {
  it.each([
    [["barbell"], 2.5, 5],
    [["barbell", "bench"], 2.5, 5],
    [["dumbbells"], 2, 5],
    [["dumbbells", "bench"], 2, 5],
    [["kettlebell"], 4, 5],
    [["smith-machine"], 2.5, 5],
    [["smith-machine", "bench"], 2.5, 5],
    [["leg-press"], 5, 10],
    [["machines"], 5, 10],
    [["cable"], 5, 10],
    [["cable", "bench"], 5, 10],
  ] as [Equipment[], number, number][])("C4: %j steps %d kg / %d lb", (equipment, kg, lb) => {
    expect(incrementFor(def(equipment))).toEqual({ kg, lb });
  });

  it.each([
    [def(["none"])],
    [def(["bands"])],
    [def(["foam-roller"])],
    [def(["pull-up-bar"])],
    [def(["barbell"], { loaded: false })],
    [def(["dumbbells"], { measure: "seconds" })],
  ])("C4: %j has no load step (progress by reps, seconds or distance)", (d) => {
    expect(incrementFor(d)).toEqual({ kg: 0, lb: 0 });
  });

  it("C4: named catalog exercises carry the step of their equipment", () => {
    expect(exerciseById("back-squat")?.increment).toEqual({ kg: 2.5, lb: 5 });
    expect(exerciseById("dumbbell-bench-press")?.increment).toEqual({ kg: 2, lb: 5 });
    expect(exerciseById("leg-press-upright")?.increment).toEqual({ kg: 5, lb: 10 });
    expect(exerciseById("lat-pulldown")?.increment).toEqual({ kg: 5, lb: 10 });
    expect(exerciseById("side-plank")?.increment).toEqual({ kg: 0, lb: 0 });
  });

  it("C4: every loaded catalog exercise has a positive step in both units, every other one none", () => {
    for (const d of CATALOG) {
      const inc = incrementFor(d);
      if (isLoaded(d)) {
        expect(inc.kg, d.id).toBeGreaterThan(0);
        expect(inc.lb, d.id).toBeGreaterThan(0);
      } else expect(inc, d.id).toEqual({ kg: 0, lb: 0 });
    }
  });
});

describe("C4 steps without load", () => {
  it.each([
    ["side-plank", { seconds: 5 }],
    ["dead-hang", { seconds: 5 }],
    ["suitcase-hold", { seconds: 5 }],
    ["suitcase-carry", { metres: 10 }],
    ["farmer-carry", { metres: 10 }],
    ["walking", { metres: 200 }],
    ["push-up", { reps: 1 }],
    ["bird-dog", { reps: 1 }],
    // A bodyweight station listed under "machines" has no stack to step up.
    ["captains-chair-leg-raise", { reps: 1 }],
    ["glute-ham-raise", { reps: 1 }],
    ["back-squat", null],
    ["chest-supported-row", null],
  ])("C4: %s progresses by %j", (id, step) => {
    const d = CATALOG.find((x) => x.id === id);
    if (!d) throw new Error(id);
    expect(nonLoadStepFor(d)).toEqual(step);
  });

  it("C4: every exercise has exactly one kind of step: a load increment or a non-load step", () => {
    for (const d of CATALOG) {
      const load = incrementFor(d).kg > 0;
      const other = nonLoadStepFor(d) !== null;
      if (d.measure === "reps") expect(load !== other, d.id).toBe(true);
      else expect(other, d.id).toBe(true);
    }
  });
});
