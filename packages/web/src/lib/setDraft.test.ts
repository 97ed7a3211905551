import type { LoggedSet } from "@spotter/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWeight, stepValue, weightText } from "./format.js";
import { applyGuidance, draftFromSet, freshSetDraft, setDraftToInput } from "./setDraft.js";

const logged: LoggedSet = {
  id: "s1",
  clientId: "00000000-0000-4000-8000-000000000001",
  sessionId: "x",
  exerciseId: "back-squat",
  setIndex: 0,
  warmup: false,
  setType: "normal",
  reps: 8,
  loadKg: 102.058,
  seconds: null,
  distanceM: null,
  rir: null,
  rpe: 8,
  belt: true,
  pain: 3,
  painKind: "tightness",
  flagged: false,
  createdAt: "2026-03-01T10:00:00Z",
  updatedAt: "2026-03-01T10:00:00Z",
};

describe("set form", () => {
  it("G2: a set carries reps, load, effort, belt, pain and pain kind", () => {
    const input = setDraftToInput(
      { ...freshSetDraft(2), reps: 8, load: 60, rir: 1, belt: true, painKind: "tightness" },
      { clientId: "c", exerciseId: "e", setIndex: 2, unit: "kg" },
    );
    expect(input).toEqual({
      clientId: "c",
      exerciseId: "e",
      setIndex: 2,
      warmup: false,
      reps: 8,
      loadKg: 60,
      rir: 1,
      rpe: null,
      belt: true,
      pain: 2,
      painKind: "tightness",
    });
  });

  it("sends the RPE, not a stale RIR, when effort is measured as RPE", () => {
    const input = setDraftToInput(
      { ...freshSetDraft(0), effortMode: "rpe", rir: 2, rpe: 8.5 },
      { clientId: "c", exerciseId: "e", setIndex: 0, unit: "kg" },
    );
    expect(input.rpe).toBe(8.5);
    expect(input.rir).toBeNull();
  });

  it("a load of zero is body weight (no load)", () => {
    const input = setDraftToInput(freshSetDraft(0), { clientId: "c", exerciseId: "e", setIndex: 0, unit: "kg" });
    expect(input.loadKg).toBeNull();
  });

  it("a pound user's load goes out as kg with gram precision and comes back as the same pounds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (plates) => {
        const lb = plates * 5;
        const input = setDraftToInput(
          { ...freshSetDraft(0), load: lb },
          { clientId: "c", exerciseId: "e", setIndex: 0, unit: "lb" },
        );
        const kg = input.loadKg ?? 0;
        expect(Math.abs(kg * 1000 - Math.round(kg * 1000))).toBeLessThan(1e-6);
        expect(displayWeight(kg, "lb")).toBe(lb);
      }),
    );
  });

  it("the next set starts as a copy of the previous one, in the user's unit", () => {
    const d = draftFromSet(logged, "lb");
    expect(d).toMatchObject({
      reps: 8,
      load: 225,
      effortMode: "rpe",
      rpe: 8,
      belt: true,
      pain: 3,
      painKind: "tightness",
    });
  });

  it("the server's suggestion for the next set replaces load, reps and the belt", () => {
    const d = applyGuidance(
      draftFromSet(logged, "kg"),
      { action: "reduce", next: { loadKg: 90, reps: 8, warmup: false }, beltCue: false, message: "Lighter" },
      "kg",
    );
    expect(d).toMatchObject({ load: 90, reps: 8, belt: false });
  });

  it("no guidance leaves the draft as it was", () => {
    const d = draftFromSet(logged, "kg");
    expect(applyGuidance(d, undefined, "kg")).toEqual(d);
  });
});

describe("weights in the user's unit", () => {
  it.each([
    [100, "kg", "100 kg"],
    [102.058, "lb", "225 lb"],
    [null, "kg", "body weight"],
  ] as const)("%s kg shows as %s -> %s", (kg, unit, text) => {
    expect(weightText(kg, unit)).toBe(text);
  });

  it.each([
    [100, 2.5, 1, 102.5],
    [100, 2.5, -1, 97.5],
    [101, 2.5, 1, 102.5],
    [2, 2.5, -1, 0],
    [135, 5, 1, 140],
  ])("O1: stepping %s by %s (%s step) lands on %s, a loadable step", (v, step, dir, out) => {
    expect(stepValue(v, step, dir)).toBe(out);
  });
});
