import { describe, expect, it } from "vitest";
import type { ImportSummary } from "../../api/data.js";
import { ApiError } from "../../api/errors.js";
import {
  importButtonLabel,
  importErrorText,
  nothingNew,
  previewCounts,
  previewHeadline,
  resultLines,
  unitLine,
} from "./importText.js";

const summary = (over: Partial<ImportSummary> = {}): ImportSummary => ({
  format: "strong",
  unit: "kg",
  unitFrom: "request",
  workouts: 2,
  sets: 7,
  alreadyImported: 0,
  checkins: 0,
  customExercises: [{ id: "c1", name: "Cable fly" }],
  mapping: [
    { name: "Squat (Barbell)", exerciseId: "back-squat", exerciseName: "Back squat", custom: false },
    { name: "Cable fly", exerciseId: "c1", exerciseName: "Cable fly", custom: true },
  ],
  skipped: [{ line: 5, reason: "Rest Timer row" }],
  dryRun: true,
  ...over,
});

describe("import preview words", () => {
  it("says what a new file adds, with counts and the import button's label", () => {
    const s = summary();
    expect(previewHeadline(s)).toBe("This file adds 2 workouts with 7 sets.");
    expect(importButtonLabel(s)).toBe("Import 2 workouts");
    expect(importButtonLabel(summary({ workouts: 1 }))).toBe("Import 1 workout");
    expect(previewCounts(s)).toEqual([
      { label: "Workouts", value: 2 },
      { label: "Sets", value: 7 },
      { label: "Already imported", value: 0 },
      { label: "Skipped rows", value: 1 },
    ]);
  });

  it("says a file imported before is already there, and offers nothing to import", () => {
    const s = summary({ workouts: 0, sets: 0, alreadyImported: 7, customExercises: [] });
    expect(nothingNew(s)).toBe(true);
    expect(previewHeadline(s)).toMatch(/already imported/);
    expect(resultLines(s)).toEqual(["Nothing new was added: everything in this file was already imported."]);
  });

  it("counts a newer export's new sets and the ones already there, in singular and plural", () => {
    expect(previewHeadline(summary({ workouts: 1, sets: 3, alreadyImported: 1 }))).toBe(
      "This file adds 1 workout with 3 sets. 1 set from it is already imported and stays as it is.",
    );
    expect(previewHeadline(summary({ alreadyImported: 4 }))).toMatch(/4 sets from it are already imported/);
  });

  it("explains an empty file instead of offering an empty import", () => {
    const s = summary({ workouts: 0, sets: 0, mapping: [], customExercises: [] });
    expect(previewHeadline(s)).toMatch(/found nothing it can import/);
  });

  it("shows check-ins only for a backup that has them", () => {
    const s = summary({ format: "spotter", checkins: 3, unit: null, unitFrom: null });
    expect(previewCounts(s).map((c) => c.label)).toContain("Check-ins");
    expect(previewHeadline(s)).toBe("This file adds 2 workouts with 7 sets and 3 check-ins.");
    expect(unitLine(s)).toBe("");
  });

  it("says where the unit came from", () => {
    expect(unitLine(summary({ unit: "lb", unitFrom: "file" }))).toBe(
      "Weights are read in pounds (lb), as the file says.",
    );
    expect(unitLine(summary())).toBe("Weights are read in kilograms (kg), as you chose.");
  });

  it("X1: a file in another unit than the profile's says where to switch", () => {
    expect(unitLine(summary({ unit: "lb", unitFrom: "file", profileUnit: "kg" }))).toBe(
      "Weights are read in pounds (lb), as the file says. Spotter shows weights in kg at the moment; you can switch to lb under Me, Profile.",
    );
    expect(unitLine(summary({ unit: "kg", profileUnit: "kg" }))).toBe(
      "Weights are read in kilograms (kg), as you chose.",
    );
  });

  it("sums up a finished import", () => {
    expect(resultLines(summary({ dryRun: false }))).toEqual([
      "You imported 2 workouts with 7 sets.",
      "1 new custom exercise was added to your library for names Spotter did not know.",
      "1 row was skipped.",
    ]);
  });

  it("names the field in errors, and words a file too large", () => {
    expect(importErrorText(new ApiError(413, "PAYLOAD_TOO_LARGE", "too big"))).toMatch(/^File: this file is larger/);
    expect(
      importErrorText(
        new ApiError(400, "VALIDATION_FAILED", "Bad", [{ path: "format", message: "Choose strong or hevy." }]),
      ),
    ).toBe("App: Choose strong or hevy.");
    expect(
      importErrorText(new ApiError(400, "VALIDATION_FAILED", "x", [{ path: "(body)", message: "is empty" }])),
    ).toBe("File: the file is empty.");
    expect(importErrorText(new ApiError(400, "VALIDATION_FAILED", "The file has no header row."))).toBe(
      "File: The file has no header row.",
    );
    expect(importErrorText(new ApiError(0, "NETWORK", "Spotter could not reach the server."))).toBe(
      "Spotter could not reach the server.",
    );
  });
});
