import { describe, expect, it } from "vitest";
import { detectDelimiter, readCsv, shapeProblem } from "./csv.js";
import { parseWorkoutExport } from "./parse.js";
import { allSets, okParse } from "./testkit.js";

describe("reading CSV text", () => {
  it.each([
    ["Date,Workout Name,Exercise Name", ","],
    ["Date;Workout Name;Exercise Name", ";"],
    ['"Workout #";"Date";"Workout Name"', ";"],
    ['"a,b";c;d', ";"],
    ["title\tstart_time\texercise_title", "\t"],
    ["single", ","],
  ])("X1: the delimiter of %j is %j", (line, d) => {
    expect(detectDelimiter(line)).toBe(d);
  });

  it("X1: strips a BOM and unquotes the header", () => {
    const t = readCsv('\uFEFF"Date";"Exercise Name"\n"2024-01-01 10:00:00";"Squat"\n');
    expect(t?.header).toEqual(["Date", "Exercise Name"]);
    expect(t?.rows).toEqual([{ line: 2, endLine: 2, cells: ["2024-01-01 10:00:00", "Squat"] }]);
  });

  it("X1: a multi-line quoted note keeps the row on its first line, with CRLF and blank lines", () => {
    const text = 'a,b\r\n1,"one\r\ntwo\r\nthree"\r\n\r\n2,x\r\n3,"q""uote"\r\n';
    const t = readCsv(text);
    expect(t?.rows.map((r) => [r.line, r.endLine])).toEqual([
      [2, 4],
      [6, 6],
      [7, 7],
    ]);
    expect(t?.rows.map((r) => [r.line, r.cells[1]])).toEqual([
      [2, "one\r\ntwo\r\nthree"],
      [6, "x"],
      [7, 'q"uote'],
    ]);
  });

  it("X1: line numbers also hold for bare \\n and \\r line ends and a header after blank lines", () => {
    expect(readCsv('\n\na,b\n1,"x\ny"\n2,z')?.rows.map((r) => r.line)).toEqual([4, 6]);
    expect(readCsv("a,b\r1,x\r2,y")?.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("X1: rows of only delimiters are not data; an unclosed quote marks the row broken", () => {
    const t = readCsv('a,b\n,\n1,"never closed\n2,y\n');
    expect(t?.rows).toHaveLength(1);
    expect(t?.rows[0]?.line).toBe(3);
    expect(t?.rows[0]?.broken).toMatch(/never closed/);
  });

  it("X1: an empty text has no table", () => {
    expect(readCsv("")).toBeNull();
    expect(readCsv("\uFEFF \n\n")).toBeNull();
  });

  it("X1: extra empty fields are harmless, extra filled ones are a problem", () => {
    expect(shapeProblem({ line: 2, endLine: 2, cells: ["a", "b", ""] }, 2)).toBeNull();
    expect(shapeProblem({ line: 2, endLine: 2, cells: ["a", "b", "c"] }, 2)).toMatch(/3 fields but the header has 2/);
  });

  it("X1: a Strong note spanning lines is imported whole and later rows keep their own lines", () => {
    const text = [
      "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
      '2024-01-01 10:00:00,"A","Squat (Barbell)",1,100,5,0,0,"felt',
      'heavy, slow",,',
      '2024-01-01 10:00:00,"A","Squat (Barbell)",2,100,5,0,0,"",,',
      '2024-01-01 10:00:00,"A","Squat (Barbell)",3,-5,5,0,0,"",,',
    ].join("\r\n");
    const p = okParse(parseWorkoutExport(text, "strong", { unit: "kg", timeZone: "UTC" }));
    expect(allSets(p).map((s) => [s.line, s.note])).toEqual([
      [2, "felt heavy, slow"],
      [4, null],
    ]);
    expect(p.skipped).toEqual([{ line: 5, reason: "negative number in Weight (-5)" }]);
  });
});
