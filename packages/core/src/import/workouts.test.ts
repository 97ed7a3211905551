import { describe, expect, it } from "vitest";
import { parseWorkoutExport } from "./parse.js";
import { allSets, okParse } from "./testkit.js";

const HEADER = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const row = (date: string, name: string, order: string, kg: number, reps = 5) =>
  `${date},"W","${name}",${order},${kg},${reps},0,0,,,`;
const parse = (lines: string[]) =>
  okParse(parseWorkoutExport([HEADER, ...lines].join("\n"), "strong", { unit: "kg", timeZone: "UTC" }));

const A = "2024-01-01 10:00:00";
const B = "2024-01-03 10:00:00";

describe("set identity (X1)", () => {
  it("X1: keys are app, workout start, exercise name and position among that name's rows", () => {
    const p = parse([
      row(A, "Squat", "W", 60),
      row(A, "Squat", "W", 80),
      row(A, "Bench", "1", 50),
      row(A, "Squat", "1", 100),
    ]);
    expect(allSets(p).map((s) => s.key)).toEqual([
      "strong|2024-01-01T10:00|Squat|0",
      "strong|2024-01-01T10:00|Squat|1",
      "strong|2024-01-01T10:00|Bench|0",
      "strong|2024-01-01T10:00|Squat|2",
    ]);
  });

  it("X1: parsing the same text twice gives identical keys", () => {
    const lines = [row(A, "Squat", "1", 100), row(A, "Squat", "2", 100), row(B, "Deadlift", "1", 140)];
    expect(allSets(parse(lines)).map((s) => s.key)).toEqual(allSets(parse(lines)).map((s) => s.key));
  });

  it("X1: a newer export that adds sets and workouts keeps every older key", () => {
    const older = [row(A, "Squat", "1", 100), row(A, "Squat", "2", 100)];
    const newer = [...older, row(A, "Squat", "3", 100), row(B, "Deadlift", "1", 140)];
    const oldKeys = allSets(parse(older)).map((s) => s.key);
    const newKeys = allSets(parse(newer)).map((s) => s.key);
    expect(newKeys.slice(0, 2)).toEqual(oldKeys);
    expect(newKeys).toHaveLength(4);
  });

  it("X1: a workout written twice in one file (two exports pasted together) adds only what is new", () => {
    const first = [row(A, "Squat", "1", 100), row(A, "Squat", "2", 100)];
    const p = parse([...first, row(B, "Deadlift", "1", 140), ...first, row(A, "Squat", "3", 105)]);
    expect(allSets(p).map((s) => [s.line, s.setIndex])).toEqual([
      [2, 0],
      [3, 1],
      [7, 2],
      [4, 0],
    ]);
    expect(p.skipped).toEqual([
      { line: 5, reason: "repeats the set on line 2 (same workout, exercise and position)" },
      { line: 6, reason: "repeats the set on line 3 (same workout, exercise and position)" },
    ]);
    expect(p.rows).toBe(allSets(p).length + p.skipped.length);
  });

  it("X1: two workouts started in the same minute are one workout, their sets numbered on", () => {
    const p = parse([row("2024-01-01 10:00:05", "Squat", "1", 100), row("2024-01-01 10:00:40", "Squat", "1", 90)]);
    expect(p.workouts).toHaveLength(1);
    expect(allSets(p).map((s) => s.setIndex)).toEqual([0, 1]);
    expect(p.skipped).toEqual([]);
  });

  it("X1: rows that are not sets do not take a position, so set indexes stay 0, 1, 2", () => {
    const p = parse([row(A, "Squat", "1", 100), `${A},"W","Squat",Rest Timer,0,0,0,90,,,`, row(A, "Squat", "2", 100)]);
    expect(allSets(p).map((s) => s.setIndex)).toEqual([0, 1]);
  });
});
