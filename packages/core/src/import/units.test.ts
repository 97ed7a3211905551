import { describe, expect, it } from "vitest";
import { checkSet, clockSeconds, metresPer, num, roundRpe, SkipRow, textDurationSeconds, toKg } from "./units.js";

describe("numbers and units of imported sets", () => {
  it.each([
    ["", null],
    ["100", 100],
    ["100.5", 100.5],
    ["100,5", 100.5],
    [" 7 ", 7],
    [".5", 0.5],
  ])("X1: %j reads as %s", (raw, n) => {
    expect(num(raw, "Weight")).toBe(n);
  });

  it.each([
    ["-5", /negative number in Weight/],
    ["abc", /"abc" in Weight is not a number/],
    ["1,000.5", /not a number/],
  ])("X1: %j skips the row", (raw, reason) => {
    expect(() => num(raw, "Weight")).toThrow(SkipRow);
    expect(() => num(raw, "Weight")).toThrow(reason);
  });

  it.each([
    [100, "kg", 100],
    [102.5, "kg", 102.5],
    [0.0004, "kg", 0],
    [45, "lb", 20.412],
    [225, "lb", 102.058],
    [77.16, "lb", 34.999],
    [198.42, "lb", 90.002],
  ] as const)("X1: %s %s is %s kg (to the gram)", (v, unit, kg) => {
    expect(toKg(v, unit)).toBe(kg);
  });

  it.each([
    ["m", 1],
    ["km", 1000],
    ["mi.", 1609.344],
    ["Miles", 1609.344],
    ["ft", 0.3048],
    ["yds", 0.9144],
    ["parsecs", null],
  ])("X1: one %s is %s m", (u, m) => {
    expect(metresPer(u)).toBe(m);
  });

  it.each([
    ["0:01:30", 90],
    ["1:59:30", 7170],
    ["0:05:00", 300],
    ["5:00", 300],
    ["", null],
    ["45", 45],
  ])("X1: FitNotes time %j is %s s", (raw, s) => {
    expect(clockSeconds(raw, "Time")).toBe(s);
  });

  it.each([
    ["1h 5m", 3900],
    ["7m", 420],
    ["38min", 2280],
    ["1h", 3600],
    ["264h 1m", 950_460],
    ["45s", 45],
    ["1:05:00", 3900],
    ["", null],
    ["soon", null],
    ["5m later", null],
  ])("X1: Strong duration %j is %s s", (raw, s) => {
    expect(textDurationSeconds(raw)).toBe(s);
  });

  it.each([
    [null, null],
    [0, null],
    [8, 8],
    [7.3, 7.5],
    [7.2, 7],
    [0.4, 1],
    [11, 10],
  ])("X1: RPE %s is %s", (v, r) => {
    expect(roundRpe(v)).toBe(r);
  });

  const none = { reps: null, loadKg: null, seconds: null, distanceM: null, rpe: null };
  it.each([
    [{ reps: 1001 }, /more than 1000 reps/],
    [{ reps: 8.5 }, /whole number/],
    [{ loadKg: 1000.5, reps: 1 }, /above 1000 kg/],
    [{ seconds: 90_000 }, /24 hours/],
    [{ distanceM: 2_000_000 }, /1000 km/],
    [{}, /nothing logged/],
  ])("X1: %j skips the row", (v, reason) => {
    expect(() => checkSet({ ...none, ...v })).toThrow(reason);
  });

  it("X1: limits themselves pass, seconds are whole and metres to the centimetre", () => {
    expect(checkSet({ ...none, reps: 1000, loadKg: 1000 })).toMatchObject({ reps: 1000, loadKg: 1000 });
    expect(checkSet({ ...none, seconds: 59.6, distanceM: 2574.95041 })).toMatchObject({
      seconds: 60,
      distanceM: 2574.95,
    });
  });
});
