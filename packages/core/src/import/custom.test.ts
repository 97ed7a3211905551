import { describe, expect, it } from "vitest";
import { gradeOf } from "../catalog/grade.js";
import { isMuscle } from "../catalog/muscles.js";
import { customExerciseSchema } from "../records/exercise.js";
import { customExerciseFromName, exerciseHintsOf } from "./custom.js";
import { parseWorkoutExport } from "./parse.js";

describe("custom exercises from unknown names (C6)", () => {
  it.each([
    ["Plank Fitball", "anti-extension", ["none"], "seconds"],
    ["Tabata Plank Dynamic", "anti-extension", ["none"], "seconds"],
    ["KB Warm Up", "mobility", ["kettlebell"], "seconds"],
    ["Zercher Squat (Barbell)", "squat", ["barbell"], "reps"],
    ["Deficit Deadlift", "hinge", ["none"], "reps"],
    ["Hang Clean", "hinge", ["none"], "reps"],
    ["Meadows Row (Barbell)", "horizontal-pull", ["barbell"], "reps"],
    ["Seated Cable Row - Wide Grip", "horizontal-pull", ["cable"], "reps"],
    ["Spider Curl (Dumbbell)", "isolation", ["dumbbells"], "reps"],
    ["Nordic Leg Curl", "knee-flexion", ["none"], "reps"],
    ["Hack Squat (Machine)", "squat", ["machines"], "reps"],
    ["Z Press (Dumbbell)", "vertical-push", ["dumbbells"], "reps"],
    ["Incline Bench Press (Smith Machine)", "horizontal-push", ["smith-machine", "bench"], "reps"],
    ["Rear Delt Row (Band)", "isolation", ["bands"], "reps"],
    ["Yoke Walk", "carry", ["none"], "distance"],
    ["Running (Outdoor)", "conditioning", ["none"], "distance"],
    ["Assault Bike", "conditioning", ["none"], "distance"],
    ["Walking Lunge (Dumbbell)", "lunge", ["dumbbells"], "reps"],
    ["Lateral Band Walk", "isolation", ["bands"], "reps"],
    ["Russian Twist", "anti-rotation", ["none"], "reps"],
    ["Overhead Triceps Extension (Cable)", "isolation", ["cable"], "reps"],
    ["Straight Arm Lat Pulldown", "vertical-pull", ["cable"], "reps"],
    ["Dead Hang", "decompression", ["pull-up-bar"], "seconds"],
    ["Foam Roll Lats", "soft-tissue", ["foam-roller"], "seconds"],
  ] as const)("C6: %s is %s with %j, measuring %s", (name, pattern, equipment, measure) => {
    const c = customExerciseFromName(name);
    expect(c).toMatchObject({ name, pattern, equipment: [...equipment], measure });
  });

  it.each([
    ["Single Arm Landmine Press", "unilateral"],
    ["One Arm Cable Row", "unilateral"],
    ["Bulgarian Split Squat (Smith)", "unilateral"],
    ["Step-up (Kettlebell)", "unilateral"],
    ["Chest Fly (Machine)", "bilateral"],
  ])("C6: %s is %s", (name, laterality) => {
    expect(customExerciseFromName(name).laterality).toBe(laterality);
  });

  it.each([
    "Zercher Squat (Barbell)",
    "Spider Curl (Dumbbell)",
    "Z Press (Dumbbell)",
    "Kettlebell Halo",
    "Seated Dumbbell Something",
    "Chest Supported Row (Dumbbell)",
    "Lying Triceps Extension (EZ Bar)",
  ])("C6: an unknown free-weight lift is never grade A: %s", (name) => {
    expect(gradeOf(customExerciseFromName(name).load)).not.toBe("A");
  });

  it("C6: machine work may be grade A; nothing unknown is claimed D or belt-eligible", () => {
    expect(gradeOf(customExerciseFromName("Leg Extension Single (Machine)").load)).toBe("A");
    for (const n of ["Deficit Deadlift (Barbell)", "Good Morning (Barbell)", "Pendlay Row Variant (Barbell)"]) {
      const c = customExerciseFromName(n);
      expect(gradeOf(c.load), n).not.toBe("D");
      expect(gradeOf(c.load), n).not.toBe("A");
      expect(c.beltEligible).toBe(false);
    }
  });

  it("C6: the FitNotes category decides when the name says nothing; the hint's measure wins", () => {
    expect(customExerciseFromName("Hammer Strength Thing", { category: "Back" })).toMatchObject({
      pattern: "horizontal-pull",
      primaryMuscles: ["upper-back", "lats"],
      equipment: ["machines"],
    });
    expect(customExerciseFromName("Mystery", { category: "Cardio", measure: "seconds" })).toMatchObject({
      pattern: "conditioning",
      measure: "seconds",
    });
    expect(customExerciseFromName("Plank Fitball", { measure: "reps" }).measure).toBe("reps");
  });

  it("C6: a name with no clue at all gets placeholder guesses and a moderate load (grade B)", () => {
    const c = customExerciseFromName("Thing 42");
    expect(c).toMatchObject({ pattern: "isolation", primaryMuscles: ["abs"], equipment: ["none"] });
    expect(gradeOf(c.load)).toBe("B");
  });

  it.each(["x", "", "   ", "A".repeat(150), "Ünïcode Übung mit Kurzhantel", "=cmd|' /C calc'!A0", "Squat 😀"])(
    "C6: any name gives a valid custom exercise: %j",
    (name) => {
      const c = customExerciseFromName(name);
      expect(customExerciseSchema.safeParse(c).success).toBe(true);
      expect(c.name.length).toBeGreaterThanOrEqual(2);
      expect(c.name.length).toBeLessThanOrEqual(100);
      for (const m of [...c.primaryMuscles, ...(c.secondaryMuscles ?? [])]) expect(isMuscle(m)).toBe(true);
    },
  );

  it("C6: a too-short name is padded and keeps the original as an alias", () => {
    expect(customExerciseFromName("x")).toMatchObject({ name: "x (imported)", aliases: ["x"] });
    expect(customExerciseFromName("  ").name).toBe("Imported exercise");
  });
});

describe("hints for custom exercises (C6)", () => {
  it("C6: each name's category and what its sets measure", () => {
    const text = [
      "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment",
      "2026-08-13,Hill Sprints,Cardio,,,,0.4,km,0:02:00,",
      "2026-08-13,Wall Hold,Legs,,,,,,0:01:00,",
      "2026-08-13,Odd Press,Shoulders,20,kgs,8,,,,",
    ].join("\n");
    const p = parseWorkoutExport(text, "fitnotes", { timeZone: "UTC" });
    const hints = exerciseHintsOf(p.ok ? p.workouts : []);
    expect(Object.fromEntries(hints)).toEqual({
      "Hill Sprints": { measure: "distance", category: "Cardio" },
      "Wall Hold": { measure: "seconds", category: "Legs" },
      "Odd Press": { measure: "reps", category: "Shoulders" },
    });
  });
});
