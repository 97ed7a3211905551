import { describe, expect, it } from "vitest";
import { parseWorkoutExport } from "./parse.js";
import { allSets, okParse } from "./testkit.js";

const UTC = { timeZone: "UTC" };

/** The 2016 layout: `,`, the unit as the column name, Set Order from 0. */
const V2016 = [
  "Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes",
  '2016-10-03 19:30:55,"W1D1","Squat",0,70.0,5,0.0,0,""',
  '2016-10-03 19:30:55,"W1D1","Squat",1,72.5,5,0.0,0,""',
  '2016-10-03 19:30:55,"W1D1","Plank",0,0.0,0,0.0,60,""',
].join("\n");

/** The `;` layout with Weight Unit and Distance Unit columns. */
const UNIT_COLUMNS = [
  "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration",
  '2025-06-30 19:56:00;"Chest";"Incline Bench Press (Dumbbell)";1;105,8;lbs;13;8,5;0;mi.;0;"";"good day";62m',
  '2025-06-30 19:56:00;"Chest";"Incline Bench Press (Dumbbell)";2;;;12;;0;;0;"";"";62m',
  '2025-06-30 19:56:00;"Chest";"Cycling (Indoor)";1;;;;;2,4;mi.;2100;"";"";62m',
].join("\n");

/** About 2019: 11 columns, no unit, no duration. */
const V2019 = [
  "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  '2019-12-02 16:45:22,"Legs","Elliptical Machine",1,0,0,2.0,330,"","",',
  '2019-12-02 16:45:22,"Legs","Back Extension",1,0,20,0,0,"",,',
  '2019-12-04 16:45:04,"Pull","Deadlift (Barbell)",1,100.0,5,0,0,,,8',
].join("\n");

/** 2022: 12 columns with Duration. */
const V2022 = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  '2022-07-28 20:14:20,"Ben",1h 5m,"Squat (Barbell)",W,60.0,8,0,0,"","",',
  '2022-07-28 20:14:20,"Ben",1h 5m,"Squat (Barbell)",1,110.0,6,0,0,"","",',
  '2022-07-28 20:14:20,"Ben",1h 5m,"Squat (Barbell)",D,80.0,10,0,0,"","",',
  '2022-07-28 20:14:20,"Ben",1h 5m,"Squat (Barbell)",F,90.0,7,0,0,"","",',
  '2022-07-28 20:14:20,"Ben",1h 5m,"Squat (Barbell)",W,70.0,5,0,0,"","",',
  '2022-07-20 10:00:00,"Old",264h 1m,"Leg Extension (Machine)",1,57.5,12,0,0,"","",',
].join("\n");

/** The current Android layout: `;`, every field quoted, units in the headers, pseudo-rows. */
const ANDROID = [
  '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"',
  '"1";"2024-03-05 07:30:00";"Legs";"3600";"Squat (Barbell)";"Note";"";"";"";"";"";"knees out";""',
  '"1";"2024-03-05 07:30:00";"Legs";"3600";"Squat (Barbell)";"W";"60";"8";"";"0";"0";"";""',
  '"1";"2024-03-05 07:30:00";"Legs";"3600";"Squat (Barbell)";"1";"100";"5";"8";"0";"0";"";""',
  '"1";"2024-03-05 07:30:00";"Legs";"3600";"Squat (Barbell)";"Rest Timer";"";"";"";"";"90";"";""',
  '"1";"2024-03-05 07:30:00";"Legs";"3600";"Running (Treadmill)";"1";"0";"0";"";"1500";"600";"";""',
  '"1";"2024-03-05 07:30:00";"Legs";"3600";"";"1";"10";"10";"";"";"";"";""',
  '"1";"2024-03-05 07:30:00";"Legs";"3600";"Squat (Barbell)";"X";"10";"10";"";"";"";"";""',
].join("\n");

describe("Strong exports", () => {
  it("X1: 2016: the unit is the column name (from the file), distance in km, Set Order from 0", () => {
    const p = okParse(parseWorkoutExport(V2016, "strong", UTC));
    expect([p.unit, p.unitFrom, p.rows]).toEqual(["kg", "file", 3]);
    const sets = allSets(p);
    expect(sets.map((s) => [s.exerciseName, s.setIndex, s.loadKg, s.reps, s.seconds])).toEqual([
      ["Squat", 0, 70, 5, null],
      ["Squat", 1, 72.5, 5, null],
      ["Plank", 0, null, null, 60],
    ]);
    expect(p.workouts[0]).toMatchObject({ startLocal: "2016-10-03T19:30", date: "2016-10-03", title: "W1D1" });
    expect(sets[0]?.key).toBe("strong|2016-10-03T19:30|Squat|0");
  });

  it("X1: `;` with a Weight Unit column: per-row unit, decimal commas, empty unit takes the file's, miles", () => {
    const p = okParse(parseWorkoutExport(UNIT_COLUMNS, "strong", { unit: "kg", timeZone: "UTC" }));
    expect([p.unit, p.unitFrom]).toEqual(["lb", "file"]);
    const [a, b, c] = allSets(p);
    expect(a).toMatchObject({ loadKg: 47.99, reps: 13, rpe: 8.5 });
    expect(b).toMatchObject({ loadKg: null, reps: 12 });
    expect(c).toMatchObject({ distanceM: 3862.43, seconds: 2100, reps: null });
    expect(p.workouts[0]).toMatchObject({ note: "good day", finishedAtMs: Date.UTC(2025, 5, 30, 20, 58) });
  });

  it("X1: ~2019 without unit: unit-required, or the user's answer (from the option)", () => {
    const none = parseWorkoutExport(V2019, "strong", UTC);
    expect(none).toMatchObject({ ok: false, error: "unit-required" });
    // Its distances say no unit either: asked like the weight unit, never assumed.
    const noDistance = parseWorkoutExport(V2019, "strong", { unit: "lb", timeZone: "UTC" });
    expect(noDistance).toMatchObject({ ok: false, error: "distance-unit-required" });
    const p = okParse(parseWorkoutExport(V2019, "strong", { unit: "lb", distanceUnit: "mi", timeZone: "UTC" }));
    expect([p.unit, p.unitFrom, p.distanceUnitFrom]).toEqual(["lb", "option", "option"]);
    const sets = allSets(p);
    // Strong writes 0 in unused columns: 0 weight and 0 reps are "not logged"; distance in the miles chosen.
    expect(sets.map((s) => [s.exerciseName, s.loadKg, s.reps, s.distanceM, s.seconds, s.rpe])).toEqual([
      ["Elliptical Machine", null, null, 3218.69, 330, null],
      ["Back Extension", null, 20, null, null, null],
      ["Deadlift (Barbell)", 45.359, 5, null, null, 8],
    ]);
    expect(p.workouts.map((w) => w.finishedAtMs)).toEqual([null, null]);
  });

  it("X1: 2022: W/D/F tags, several warm-ups never collide, duration gives the finish, oldest first", () => {
    const p = okParse(parseWorkoutExport(V2022, "strong", { unit: "kg", timeZone: "Europe/Berlin" }));
    expect(p.workouts.map((w) => w.startLocal)).toEqual(["2022-07-20T10:00", "2022-07-28T20:14"]);
    const [old, ben] = p.workouts;
    // Strong's timer left running overnight is no finish time.
    expect(old?.finishedAtMs).toBeNull();
    expect(ben?.startedAtMs).toBe(Date.UTC(2022, 6, 28, 18, 14, 20));
    expect(ben?.finishedAtMs).toBe(Date.UTC(2022, 6, 28, 19, 19, 20));
    expect(ben?.sets.map((s) => [s.setIndex, s.warmup, s.setType, s.loadKg])).toEqual([
      [0, true, "normal", 60],
      [1, false, "normal", 110],
      [2, false, "drop", 80],
      [3, false, "failure", 90],
      [4, true, "normal", 70],
    ]);
    expect(new Set(ben?.sets.map((s) => s.key)).size).toBe(5);
  });

  it("X1: Android: quoted `;` header, Weight (kg), metres, rest timers and notes are reported, not sets", () => {
    const p = okParse(parseWorkoutExport(ANDROID, "strong", UTC));
    expect([p.unit, p.unitFrom, p.rows]).toEqual(["kg", "file", 7]);
    const sets = allSets(p);
    expect(sets.map((s) => [s.exerciseName, s.setIndex, s.warmup, s.loadKg, s.distanceM, s.note])).toEqual([
      ["Squat (Barbell)", 0, true, 60, null, null],
      ["Squat (Barbell)", 1, false, 100, null, null],
      ["Running (Treadmill)", 0, false, null, 1500, null],
    ]);
    // The "Note" row is the exercise's note in the workout, kept at that level on its first set.
    expect(sets[0]?.exerciseNote).toBe("knees out");
    expect(p.skipped).toEqual([
      { line: 2, reason: "an exercise note, not a set (kept as the exercise's note in that workout)" },
      { line: 5, reason: "a rest timer entry, not a set" },
      { line: 7, reason: "no exercise name" },
      { line: 8, reason: 'unknown Set Order "X"' },
    ]);
    expect(p.workouts[0]?.finishedAtMs).toBe(Date.UTC(2024, 2, 5, 8, 30));
    expect(p.rows).toBe(sets.length + p.skipped.length);
  });

  it("X1: bad rows are reported with their line and a reason", () => {
    const text = [
      "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
      "2024-01-01 10:00:00,A,Squat,1,100,5,0,0,,,",
      "not a date,A,Squat,2,100,5,0,0,,,",
      "2024-01-01 10:00:00,A,Squat,3,-100,5,0,0,,,",
      "2024-01-01 10:00:00,A,Squat,4,100,5000,0,0,,,",
      "2024-01-01 10:00:00,A,Squat,5,2400,1,0,0,,,",
      "2024-01-01 10:00:00,A,Squat,6,0,0,0,0,,,",
      "2024-01-01 10:00:00,A,Squat,7,heavy,5,0,0,,,",
      "2024-01-01 10:00:00,A,Squat,8,100,5,0,0,,,,extra",
    ].join("\n");
    const p = okParse(parseWorkoutExport(text, "strong", { unit: "kg", timeZone: "UTC" }));
    expect(allSets(p).map((s) => s.line)).toEqual([2]);
    expect(p.skipped.map((s) => s.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'unreadable date "not a date"',
      "negative number in Weight (-100)",
      "more than 1000 reps (5000)",
      "a load above 1000 kg",
      "nothing logged: no reps, weight, time or distance",
      '"heavy" in Weight is not a number',
      "the row has 12 fields but the header has 11, so its columns cannot be trusted",
    ]);
  });

  it("X1: an empty file, a header alone, or another app's file are told apart", () => {
    expect(parseWorkoutExport("", "strong", UTC)).toMatchObject({ ok: false, error: "empty" });
    expect(parseWorkoutExport(V2019.split("\n")[0] ?? "", "strong", UTC)).toMatchObject({ ok: false, error: "empty" });
    const hevy = parseWorkoutExport("title,start_time,exercise_title,weight_kg,reps\n", "strong", UTC);
    expect(hevy).toMatchObject({ ok: false, error: "unrecognised-format" });
    expect(hevy.ok ? "" : hevy.message).toMatch(/looks like a Hevy export/);
  });
});
