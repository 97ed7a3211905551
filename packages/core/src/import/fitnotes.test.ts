import { describe, expect, it } from "vitest";
import { parseWorkoutExport } from "./parse.js";
import { allSets, okParse } from "./testkit.js";

const HEADER = "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment";

describe("FitNotes exports", () => {
  it("X1: per-row units, times, distances with their unit, categories, midnight start", () => {
    const text = [
      HEADER,
      '2026-08-04,Lat Pulldown,Back,77.16,lbs,10,,,,""',
      '2026-08-04,Lat Pulldown,Back,35.0,kgs,8,,,,"testing note"',
      "2026-08-04,Smith Machine Shoulder Press,Shoulders,0.0,lbs,12,,,,",
      '2026-08-13,Cycling,Cardio,66.14,lbs,,1000.0,m,0:05:00,"weight + distance + time"',
      '2026-08-13,Cycling,Cardio,,,,30.0,km,,"distance"',
      '2026-08-13,Running (Outdoor),Cardio,,,,42.19,km,1:59:30,"distance + time"',
      "2026-08-13,Running (Outdoor),Cardio,,,10,,,0:10:00,reps + time",
      "2026-08-13,Swim,Cardio,,,,500,yds,,",
    ].join("\n");
    const p = okParse(parseWorkoutExport(text, "fitnotes", { timeZone: "America/New_York" }));
    expect([p.unit, p.unitFrom, p.rows]).toEqual(["lb", "file", 8]);
    expect(p.workouts.map((w) => [w.startLocal, w.startedAtMs, w.title, w.finishedAtMs])).toEqual([
      ["2026-08-04T00:00", Date.UTC(2026, 7, 4, 4, 0), null, null],
      ["2026-08-13T00:00", Date.UTC(2026, 7, 13, 4, 0), null, null],
    ]);
    expect(allSets(p).map((s) => [s.loadKg, s.reps, s.distanceM, s.seconds, s.note, s.category])).toEqual([
      [34.999, 10, null, null, null, "Back"],
      [35, 8, null, null, "testing note", "Back"],
      // FitNotes writes 0.0 for a weight-and-reps exercise done without added weight: a bodyweight set.
      [null, 12, null, null, null, "Shoulders"],
      [30.001, null, 1000, 300, "weight + distance + time", "Cardio"],
      [null, null, 30000, null, "distance", "Cardio"],
      [null, null, 42190, 7170, "distance + time", "Cardio"],
      [null, 10, null, 600, "reps + time", "Cardio"],
      [null, null, 457.2, null, null, "Cardio"],
    ]);
  });

  it("X1: the older header names the unit, `Weight (kgs)`", () => {
    const text = [
      "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment",
      "2015-01-02,Squat,Legs,100,5,,,,",
    ];
    const p = okParse(parseWorkoutExport(text.join("\n"), "fitnotes", { unit: "lb", timeZone: "UTC" }));
    expect([p.unit, p.unitFrom]).toEqual(["kg", "file"]);
    expect(allSets(p)[0]).toMatchObject({ loadKg: 100, key: "fitnotes|2015-01-02T00:00|Squat|0" });
  });

  it("X1: a file that never names a unit needs the user's answer", () => {
    const text = [HEADER, "2026-08-13,Running,Cardio,,,,5,km,0:30:00,"].join("\n");
    expect(parseWorkoutExport(text, "fitnotes", { timeZone: "UTC" })).toMatchObject({ error: "unit-required" });
    const p = okParse(parseWorkoutExport(text, "fitnotes", { unit: "kg", timeZone: "UTC" }));
    expect(p.unitFrom).toBe("option");
  });

  it("X1: unknown units and malformed times skip the row with a reason", () => {
    const text = [
      HEADER,
      "2026-08-04,Squat,Legs,10,stone,5,,,,",
      "2026-08-04,Row,Cardio,,,,5,leagues,,",
      "2026-08-04,Row,Cardio,,,,5,km,0:75:00,",
      "2026-02-30,Squat,Legs,100,kgs,5,,,,",
    ].join("\n");
    const p = okParse(parseWorkoutExport(text, "fitnotes", { unit: "kg", timeZone: "UTC" }));
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'unknown weight unit "stone"',
      'unknown distance unit "leagues"',
      '"0:75:00" in Time is not a time',
      'unreadable date "2026-02-30"',
    ]);
    expect(p.workouts).toEqual([]);
  });
});
