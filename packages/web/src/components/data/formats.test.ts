import { describe, expect, it } from "vitest";
import { detectFormat, headerColumns, sizeText } from "./formats.js";

describe("format detection from a file's first line", () => {
  it("knows Strong in its layouts: 2016 with a unit column, 2019 without Duration, 2022, quoted with semicolons", () => {
    expect(detectFormat("Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes\n2016-10-03,...")).toBe(
      "strong",
    );
    expect(
      detectFormat("Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"),
    ).toBe("strong");
    expect(
      detectFormat(
        "\uFEFFDate,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\r\n",
      ),
    ).toBe("strong");
    expect(detectFormat('"Date";"Workout Name";"Exercise Name";"Set Order";"Weight (kg)";"Reps"')).toBe("strong");
  });

  it("knows Hevy, metric quoted, imperial, and the 2023 variant with semicolons and no superset_id", () => {
    expect(
      detectFormat(
        '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps"',
      ),
    ).toBe("hevy");
    expect(detectFormat("title,start_time,end_time,description,exercise_title,set_index,weight_lbs,reps")).toBe("hevy");
    expect(detectFormat("title;start_time;end_time;description;exercise_title;exercise_notes;set_index;set_type")).toBe(
      "hevy",
    );
  });

  it("knows FitNotes, new and old header", () => {
    expect(detectFormat("Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment")).toBe(
      "fitnotes",
    );
    expect(detectFormat("Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time")).toBe("fitnotes");
  });

  it("takes JSON as a Spotter backup and answers null for anything else", () => {
    expect(detectFormat('  {"format":"spotter-backup","version":1}')).toBe("spotter");
    expect(detectFormat("name,weight\nbench,100")).toBeNull();
    expect(detectFormat("")).toBeNull();
  });

  it("splits a header on its separator and drops quotes and case", () => {
    expect(headerColumns('"A";"B c";D')).toEqual(["a", "b c", "d"]);
  });

  it("says a file size in words", () => {
    expect(sizeText(500)).toBe("500 bytes");
    expect(sizeText(12_300)).toBe("12 KB");
    expect(sizeText(1_500_000)).toBe("1.4 MB");
  });
});
