import { describe, expect, it } from "vitest";
import { exercisesWithRepeatedRed, inSessionRedEvents, repeatedInSessionRed } from "./redEvents.js";
import { fixtureSession, fixtureSet } from "./testFixtures.js";

const redOn = (date: string, exerciseId = "a", over = {}) =>
  fixtureSession(date, [fixtureSet({ exerciseId, pain: 2, painKind: "sharp", ...over })]);
const calmOn = (date: string) => fixtureSession(date, [fixtureSet({ exerciseId: "a", pain: 2 })]);

describe("O3 in-session red events", () => {
  it.each([
    [{ painKind: "sharp", pain: 1 }, "sharp"],
    [{ painKind: "radiating", pain: 1 }, "radiating"],
    [{ painKind: "tightness", pain: 6 }, "pain-above-5"],
  ] as const)("O3: a set with %j is an in-session red of kind %s", (over, kind) => {
    const events = inSessionRedEvents([redOn("2025-03-01", "a", over)]);
    expect(events).toHaveLength(1);
    expect(events[0]?.kind).toBe(kind);
  });

  it("O3: pain 5 tightness, a calm set and an imported set without pain are no events", () => {
    const s = fixtureSession("2025-03-01", [
      fixtureSet({ exerciseId: "a", pain: 5, painKind: "tightness" }),
      fixtureSet({ exerciseId: "b", pain: 0 }),
      fixtureSet({ exerciseId: "c", pain: null, painKind: null }),
    ]);
    expect(inSessionRedEvents([s])).toEqual([]);
  });

  it("O3: one event per session and exercise, the most telling kind kept, filtered by exercise", () => {
    const s = fixtureSession("2025-03-01", [
      fixtureSet({ exerciseId: "a", pain: 7, painKind: "tightness" }),
      fixtureSet({ exerciseId: "a", pain: 3, painKind: "radiating" }),
      fixtureSet({ exerciseId: "b", pain: 2, painKind: "sharp" }),
    ]);
    expect(inSessionRedEvents([s]).map((e) => [e.exerciseId, e.kind])).toEqual([
      ["a", "radiating"],
      ["b", "sharp"],
    ]);
    expect(inSessionRedEvents([s], "b")).toHaveLength(1);
  });

  it.each([
    ["2025-03-01", "2025-03-14", true],
    ["2025-03-01", "2025-03-15", false],
    ["2025-03-01", "2025-03-01", true],
  ])("O3: reds on %s and %s are within 14 days: %s", (a, b, want) => {
    const sessions = [redOn(a), { ...redOn(b), id: "second" }];
    expect(repeatedInSessionRed(inSessionRedEvents(sessions))).toBe(want);
  });

  it("O3: one red, or reds on different exercises, do not make a trigger", () => {
    expect(repeatedInSessionRed(inSessionRedEvents([redOn("2025-03-01"), calmOn("2025-03-05")]))).toBe(false);
    const two = inSessionRedEvents([redOn("2025-03-01", "a"), { ...redOn("2025-03-03", "b"), id: "x" }]);
    expect(exercisesWithRepeatedRed(two)).toEqual([]);
  });

  it("O3: deleting the set that hurt removes the event (derived from the log)", () => {
    const s = redOn("2025-03-01");
    const second = { ...redOn("2025-03-04"), id: "second" };
    expect(exercisesWithRepeatedRed(inSessionRedEvents([s, second]))).toEqual(["a"]);
    const edited = { ...second, sets: [] };
    expect(exercisesWithRepeatedRed(inSessionRedEvents([s, edited]))).toEqual([]);
  });
});
