import { describe, expect, it } from "vitest";
import { TEXT_LIMITS, textProblem } from "../records/text.js";
import { fitField } from "./fields.js";
import { parseWorkoutExport } from "./parse.js";
import { allSets, okParse } from "./testkit.js";

const HEAD = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const KG = { unit: "kg" as const, timeZone: "UTC" };

describe("X1: imported text follows the one set of field rules", () => {
  it("X1: NUL and other control characters are removed, the row is kept and a report line says so", () => {
    const text = [
      HEAD,
      '2024-04-01 09:00:00,"Le\u0000gs",30m,"Squat\u0007 (Barbell)",1,100,5,0,0,"deep\u0000","ok\u001b",',
    ].join("\n");
    const p = okParse(parseWorkoutExport(text, "strong", KG));
    const [set] = allSets(p);
    expect(set?.exerciseName).toBe("Squat (Barbell)");
    expect(set?.note).toBe("deep");
    expect(p.workouts[0]?.title).toBe("Legs");
    expect(p.workouts[0]?.note).toBe("ok");
    expect(p.skipped).toEqual([]);
    expect(p.changed).toEqual([
      {
        line: 2,
        reason:
          "control characters (such as NUL) were removed from the Workout Name, Exercise Name, Notes, Workout Notes columns",
      },
    ]);
    for (const t of [set?.exerciseName, set?.note, p.workouts[0]?.title]) expect(textProblem(t ?? "", true)).toBeNull();
  });

  it("X1: an over-long exercise name, title and note are cut to their limits with a report line each", () => {
    const name = "N".repeat(150);
    const title = "T".repeat(250);
    const note = "x".repeat(2500);
    const text = [HEAD, `2024-04-01 09:00:00,"${title}",30m,"${name}",1,100,5,0,0,"${note}","",`].join("\n");
    const p = okParse(parseWorkoutExport(text, "strong", KG));
    const [set] = allSets(p);
    expect(set?.exerciseName).toHaveLength(TEXT_LIMITS.name);
    expect(set?.sourceName).toHaveLength(TEXT_LIMITS.name);
    expect(set?.note).toHaveLength(TEXT_LIMITS.shortNote);
    expect(p.workouts[0]?.title).toHaveLength(TEXT_LIMITS.title);
    expect(p.changed.map((c) => c.reason)).toEqual([
      "the exercise name was cut to 100 characters",
      "the workout name was cut to 200 characters",
      "the note was cut to 500 characters",
    ]);
  });

  it("X1: single-line fields get spaces for line breaks; a cut never splits a character", () => {
    expect(fitField("name", "Squat\n(Barbell)\t")).toEqual({ text: "Squat (Barbell) ", cut: null });
    expect(fitField("note", "a\nb")).toEqual({ text: "a\nb", cut: null });
    const emoji = `${"a".repeat(99)}\u{1F3CB}`;
    const r = fitField("name", emoji);
    expect(r.text).toBe("a".repeat(99));
    expect(textProblem(r.text, false)).toBeNull();
  });
});
