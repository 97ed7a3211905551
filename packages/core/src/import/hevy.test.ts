import { describe, expect, it } from "vitest";
import { parseWorkoutExport } from "./parse.js";
import { allSets, okParse } from "./testkit.js";

const HEADER =
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';

/** Newest workout first, as Hevy writes it. */
const METRIC = [
  HEADER,
  '"Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:43","felt good","Pull Up",,"",0,"warmup",,5,,,',
  '"Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:43","felt good","Pull Up",,"",1,"normal",,7,,,8.5',
  '"Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:43","felt good","Running",,"easy",0,"normal",,,1.5,600,',
  '"Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:43","felt good","Bicep Curl (Dumbbell)",,"slow\nnegatives",0,"normal",12.5,10,,,',
  '"Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:43","felt good","Bicep Curl (Dumbbell)",,"slow\nnegatives",1,"dropset",8,12,,,',
  '"Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:43","felt good","Running",,"easy",0,"normal",,,2,700,',
  '"Legs","24 Jul 2024, 7:07","24 Jul 2024, 8:15","","Squat (Barbell)",,"",0,"failure",100,3,,,',
  '"Legs","24 Jul 2024, 7:07","24 Jul 2024, 8:15","","Squat (Barbell)",,"",1,"normal",0,5,,,',
].join("\n");

describe("Hevy exports", () => {
  it("X1: metric export: unit from the header, set types, oldest workout first, notes once per exercise run", () => {
    const p = okParse(parseWorkoutExport(METRIC, "hevy", { timeZone: "Europe/Lisbon" }));
    expect([p.unit, p.unitFrom, p.rows]).toEqual(["kg", "file", 8]);
    expect(p.workouts.map((w) => [w.startLocal, w.title, w.note])).toEqual([
      ["2024-07-24T07:07", "Legs", null],
      ["2026-04-08T16:50", "Pull", "felt good"],
    ]);
    const [legs, pull] = p.workouts;
    expect(legs?.startedAtMs).toBe(Date.UTC(2024, 6, 24, 6, 7));
    expect(legs?.finishedAtMs).toBe(Date.UTC(2024, 6, 24, 7, 15));
    expect(legs?.sets.map((s) => [s.setType, s.loadKg])).toEqual([
      ["failure", 100],
      // Hevy leaves bodyweight weights empty, so a typed 0 is a logged 0 kg.
      ["normal", 0],
    ]);
    expect(pull?.sets.map((s) => [s.exerciseName, s.setIndex, s.warmup, s.setType, s.loadKg, s.reps, s.rpe])).toEqual([
      ["Pull Up", 0, true, "normal", null, 5, null],
      ["Pull Up", 1, false, "normal", null, 7, 8.5],
      ["Running", 0, false, "normal", null, null, null],
      ["Bicep Curl (Dumbbell)", 0, false, "normal", 12.5, 10, null],
      ["Bicep Curl (Dumbbell)", 1, false, "drop", 8, 12, null],
      // The same exercise again later in the workout (Hevy restarts set_index at 0): order 1, not a collision.
      ["Running", 1, false, "normal", null, null, null],
    ]);
    // Hevy's exercise_notes are the exercise's note, kept once per run of its rows, not a set's own note.
    expect(pull?.sets.map((s) => s.exerciseNote ?? null)).toEqual([null, null, "easy", "slow negatives", null, "easy"]);
    expect(pull?.sets.map((s) => s.note)).toEqual([null, null, null, null, null, null]);
    expect(pull?.sets.map((s) => [s.distanceM, s.seconds])[5]).toEqual([2000, 700]);
    expect(pull?.sets.map((s) => s.line)).toEqual([2, 3, 4, 5, 7, 9]);
  });

  it("X1: imperial export: weight_lbs and distance_miles convert, hours not zero-padded", () => {
    const text = [
      "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe",
      'Legs,"12 Sep 2024, 21:46","12 Sep 2024, 23:16",,Squat (Smith Machine),,,0,warmup,105,15,,,',
      'Legs,"12 Sep 2024, 21:46","12 Sep 2024, 23:16",,Walking,,,0,normal,,,1.5,900,',
    ].join("\r\n");
    const p = okParse(parseWorkoutExport(text, "hevy", { unit: "kg", timeZone: "UTC" }));
    expect([p.unit, p.unitFrom]).toEqual(["lb", "file"]);
    expect(allSets(p).map((s) => [s.loadKg, s.distanceM])).toEqual([
      [47.627, null],
      [null, 2414.02],
    ]);
  });

  it("X1: the 2023 variant: `;`, no superset_id, US dates with AM/PM", () => {
    const text = [
      "title;start_time;end_time;description;exercise_title;exercise_notes;set_index;set_type;weight_kg;reps;distance_km;duration_seconds;rpe",
      "Push;Jun 11, 2026, 1:01 PM;Jun 11, 2026, 2:10 PM;;Bench Press (Barbell);;0;normal;80,5;5;;;9",
      "Push;Jun 11, 2026, 1:01 PM;Jun 11, 2026, 2:10 PM;;Bench Press (Barbell);;1;normal;80,5;5;;;",
    ].join("\n");
    const p = okParse(parseWorkoutExport(text, "hevy", { timeZone: "UTC" }));
    expect(p.workouts[0]).toMatchObject({
      key: "hevy|2026-06-11T13:01",
      finishedAtMs: Date.UTC(2026, 5, 11, 14, 10),
    });
    expect(allSets(p).map((s) => [s.key, s.loadKg, s.rpe])).toEqual([
      ["hevy|2026-06-11T13:01|Bench Press (Barbell)|0", 80.5, 9],
      ["hevy|2026-06-11T13:01|Bench Press (Barbell)|1", 80.5, null],
    ]);
  });

  it("X1: unknown set types, bad dates and missing names are reported by line", () => {
    const text = [
      HEADER,
      '"A","8 Apr 2026, 16:50","","","Squat",,"",0,"superset",100,5,,,',
      '"A","someday","","","Squat",,"",1,"normal",100,5,,,',
      '"A","8 Apr 2026, 16:50","","","",,"",2,"normal",100,5,,,',
      '"A","8 Apr 2026, 16:50","","","Squat",,"",3,"normal",100,5,,,',
    ].join("\n");
    const p = okParse(parseWorkoutExport(text, "hevy", { timeZone: "UTC" }));
    expect(p.skipped).toEqual([
      { line: 2, reason: 'unknown set_type "superset"' },
      { line: 3, reason: 'unreadable start_time "someday"' },
      { line: 4, reason: "no exercise name" },
    ]);
    // An unreadable or missing end time loses only the finish.
    expect(p.workouts[0]?.finishedAtMs).toBeNull();
    expect(allSets(p).map((s) => s.setIndex)).toEqual([0]);
  });

  it("X1: a Hevy file without a weight column is not read as Hevy", () => {
    const p = parseWorkoutExport('title,start_time,exercise_title,reps\nA,"8 Apr 2026, 16:50",Squat,5', "hevy", {
      timeZone: "UTC",
    });
    expect(p).toMatchObject({ ok: false, error: "unrecognised-format" });
  });
});
