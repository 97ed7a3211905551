import { describe, expect, it } from "vitest";
import { EXERCISES } from "./testkit.js";
import { planItemSeconds, planSetWorkSeconds } from "./timing.js";

const ex = (id: string) => EXERCISES.find((e) => e.id === id);

describe("P1: time per set", () => {
  it.each([
    ["leg-press-upright", { reps: [8, 12] as [number, number] }, 12 * 3 + 10],
    ["bulgarian-split-squat", { reps: [8, 12] as [number, number] }, 2 * 12 * 3 + 10],
    ["plank", { reps: [1, 1] as [number, number], seconds: 30 }, 30 + 10],
    ["side-plank", { reps: [1, 1] as [number, number], seconds: 20 }, 2 * 20 + 10],
    ["walking", { reps: [1, 1] as [number, number], seconds: 900 }, 900 + 10],
  ])("P1: one set of %s works for the documented seconds", (id, item, seconds) => {
    expect(planSetWorkSeconds(item, ex(id))).toBe(seconds);
  });

  it("P1: an item lasts sets x (work + rest)", () => {
    const item = {
      exerciseId: "leg-press-upright",
      sets: 3,
      reps: [8, 12] as [number, number],
      targetRir: 2,
      restSeconds: 90,
    };
    expect(planItemSeconds(item, ex("leg-press-upright"))).toBe(3 * (46 + 90));
  });
});
