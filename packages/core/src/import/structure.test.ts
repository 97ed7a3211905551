import { describe, expect, it } from "vitest";
import { parseWorkoutExport } from "./parse.js";
import { allSets, okParse } from "./testkit.js";

const KG = { unit: "kg" as const, timeZone: "UTC" };
const STRONG_HEADER =
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";

describe("X1: structure checks before any row", () => {
  it.each([
    [
      "strong",
      "Date,Workout Name,Exercise Name,Set Order,Reps,Seconds\n2024-05-01 08:00:00,A,Push-up,1,20,0",
      "Weight",
    ],
    ["strong", "Date,Workout Name,Exercise Name,Set Order,Weight,Seconds\n2024-05-01 08:00:00,A,Squat,1,100,0", "Reps"],
    ["fitnotes", "Date,Exercise,Category,Reps\n2024-05-01,Pull-up,Back,8", "Weight"],
    ["fitnotes", "Date,Exercise,Category,Weight,Weight Unit\n2024-05-01,Squat,Legs,100,kgs", "Reps"],
    [
      "hevy",
      'title,start_time,end_time,exercise_title,set_type,weight_kg\n"A","1 May 2024, 08:00","1 May 2024, 09:00","Squat",normal,100',
      "reps",
    ],
  ] as const)("X1: a %s file without its load or reps column is refused naming it (%#)", (format, text, column) => {
    const p = parseWorkoutExport(text, format, KG);
    expect(p).toMatchObject({ ok: false, error: "missing-column" });
    if (p.ok) return;
    expect(p.message).toContain(`no ${column} column`);
  });

  it("X1: a bodyweight-only file is told it still needs the load column", () => {
    const p = parseWorkoutExport(
      "Date,Workout Name,Exercise Name,Set Order,Reps\n2024-05-01 08:00:00,A,Push-up,1,20",
      "strong",
      KG,
    );
    expect(p.ok ? "" : p.message).toMatch(/bodyweight sets only still has the Weight column/);
  });

  it("X1: a header split by commas with rows split by semicolons is refused, naming both", () => {
    const text = [
      STRONG_HEADER,
      "2024-05-01 08:00:00;A;1h;Squat;1;100;5;0;0;;;",
      "2024-05-01 08:00:00;A;1h;Squat;2;100;5;0;0;a, b;;",
      "2024-05-01 08:00:00;A;1h;Squat;3;100;5;0;0;;;",
    ].join("\n");
    const p = parseWorkoutExport(text, "strong", KG);
    expect(p).toEqual({
      ok: false,
      error: "structure",
      message:
        "The header is split by commas but the rows by semicolons, so no column can be read: save the file again with one delimiter throughout.",
    });
  });

  it("X1: a quote closed lines later that swallowed whole rows names the line it opens on", () => {
    const text = [
      STRONG_HEADER,
      '2024-05-01 08:00:00,A,1h,Squat,1,100,5,0,0,"felt heavy,,',
      "2024-05-01 08:00:00,A,1h,Squat,2,100,5,0,0,,,",
      '2024-05-01 08:00:00,A,1h,Squat,3,100,5,0,0,"ok",,',
    ].join("\n");
    const p = parseWorkoutExport(text, "strong", KG);
    expect(p).toMatchObject({ ok: false, error: "structure", message: expect.stringMatching(/^Line 2: a quote/) });
  });

  it("X1: a note that really spans lines is kept and is no structure problem", () => {
    const text = [
      STRONG_HEADER,
      '2024-05-01 08:00:00,A,1h,Squat,1,100,5,0,0,"first line',
      'second line",,',
      "2024-05-01 08:00:00,A,1h,Squat,2,100,5,0,0,,,",
    ].join("\n");
    const p = okParse(parseWorkoutExport(text, "strong", KG));
    expect(allSets(p).map((s) => [s.line, s.note])).toEqual([
      [2, "first line second line"],
      [4, null],
    ]);
  });
});
