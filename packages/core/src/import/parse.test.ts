import { describe, expect, it } from "vitest";
import { detectExportFormat, parseWorkoutExport } from "./parse.js";
import { hasSamples, sampleFiles, samplesDir } from "./testkit.js";

describe("detecting and refusing (X1)", () => {
  it.each([
    ["Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes\n", "strong"],
    [
      "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
      "strong",
    ],
    [
      '\uFEFF"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps"',
      "strong",
    ],
    ["Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds", "strong"],
    ['"title","start_time","end_time","description","exercise_title","superset_id","weight_kg","reps"', "hevy"],
    ["title;start_time;end_time;description;exercise_title;exercise_notes;set_index;set_type;weight_lbs", "hevy"],
    ["Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment", "fitnotes"],
    ["Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time,Comment", "fitnotes"],
    ['{"format":"spotter-backup","version":1}', "spotter"],
    ['\uFEFF  {"format": "spotter-backup"}', "spotter"],
    ['{"format":"other"}', null],
    ["{not json", null],
    ["name,age\nBob,3", null],
    ["", null],
  ])("X1: %j is %s", (text, format) => {
    expect(detectExportFormat(text)).toBe(format);
  });

  it("X1: every sample file is detected as its own app", () => {
    if (!hasSamples) console.warn(`SKIPPED: sample detection, no sample exports at ${samplesDir}`);
    for (const { format, file, text } of sampleFiles()) expect(detectExportFormat(text), file).toBe(format);
  });

  it("X1: a file of another app names what it looks like", () => {
    const fitnotes = "Date,Exercise,Category,Weight,Weight Unit,Reps\n2026-08-04,Squat,Legs,100,kgs,5";
    const p = parseWorkoutExport(fitnotes, "hevy", { timeZone: "UTC" });
    expect(p).toEqual({
      ok: false,
      error: "unrecognised-format",
      message:
        "This is not a Hevy export we can read: it has no start_time, exercise_title, weight_kg or weight_lbs column. It looks like a FitNotes export.",
    });
    expect(parseWorkoutExport('{"format":"spotter-backup"}', "strong", { timeZone: "UTC" })).toMatchObject({
      error: "unrecognised-format",
      message: expect.stringMatching(/Spotter backup/),
    });
  });

  it("X1: an unknown time zone is a programming error, not a user one", () => {
    expect(() => parseWorkoutExport("", "strong", { timeZone: "Not/AZone" })).toThrow(RangeError);
  });

  it("X1: an unclosed quote is a structure problem naming its line; nothing of the file is read", () => {
    const text = [
      "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
      "2024-01-01 10:00:00,A,Squat,1,100,5,0,0,,,",
      '2024-01-01 10:00:00,A,Squat,2,100,5,0,0,"oops,,',
      "2024-01-01 10:00:00,A,Squat,3,100,5,0,0,,,",
    ].join("\n");
    const p = parseWorkoutExport(text, "strong", { unit: "kg", timeZone: "UTC" });
    expect(p).toMatchObject({ ok: false, error: "structure", message: expect.stringMatching(/^Line 3: a quote/) });
  });
});
