/**
 * X1 against the real exports in shared/samples (read in place, never copied here). Skipped, with a visible
 * warning, where that folder is absent.
 */
import { describe, expect, it } from "vitest";
import { resolveExerciseName } from "../catalog/names.js";
import { customExerciseSchema } from "../records/exercise.js";
import { customExerciseFromName } from "./custom.js";
import { parseWorkoutExport } from "./parse.js";
import { allSets, hasSamples, okParse, sampleFiles, samplesDir } from "./testkit.js";
import type { ImportFormat } from "./types.js";

if (!hasSamples) console.warn(`SKIPPED: X1 sample-file tests, no sample exports at ${samplesDir}`);

/** What each sample must give: unit and where it came from (files without a unit are parsed with "kg"). */
const EXPECTED: Record<string, { unit: "kg" | "lb"; unitFrom: "file" | "option"; rows: number }> = {
  "strong-strong.csv": { unit: "kg", unitFrom: "file", rows: 1635 },
  "strongcharts-strong.csv": { unit: "kg", unitFrom: "option", rows: 208 },
  "Strong-Data-Visualization-strong.csv": { unit: "kg", unitFrom: "option", rows: 507 },
  "hevy-visualizer-workout_data.csv": { unit: "kg", unitFrom: "file", rows: 567 },
  "Hevy-Dashboard-App-HevyData_20240912.csv": { unit: "lb", unitFrom: "file", rows: 681 },
  "LiftLog-fitnotes-android-export-kgs.csv": { unit: "kg", unitFrom: "file", rows: 38 },
  "LiftLog-fitnotes-android-export-lbs.csv": { unit: "lb", unitFrom: "file", rows: 38 },
  "LiftLog-fitnotes-android-export-lbs-edge-cases.csv": { unit: "lb", unitFrom: "file", rows: 46 },
};

const OPTS = { unit: "kg" as const, distanceUnit: "km" as const, timeZone: "Europe/Berlin" };
const files = sampleFiles();

/** The text cut after `n` data lines, or without the first workouts' lines (newest-first files). */
function lines(text: string): string[] {
  return text.replace(/\r\n/g, "\n").split("\n");
}

describe.skipIf(!hasSamples)("the sample exports (X1)", () => {
  it("X1: every sample parses; rows = imported sets + skipped; the numbers per file", () => {
    expect(files.length).toBe(8);
    for (const { format, file, text } of files) {
      const p = okParse(parseWorkoutExport(text, format, OPTS));
      const sets = allSets(p).length;
      expect(p.rows, file).toBe(sets + p.skipped.length);
      const want = EXPECTED[file];
      expect(want, file).toBeDefined();
      expect({ unit: p.unit, unitFrom: p.unitFrom, rows: p.rows }, file).toEqual(want);
      const reasons = [...new Set(p.skipped.map((s) => s.reason))].join("; ") || "none";
      console.log(
        `X1 sample ${format}/${file}: rows ${p.rows}, workouts ${p.workouts.length}, sets ${sets}, ` +
          `skipped ${p.skipped.length}, unit ${p.unit} (${p.unitFrom}), skip reasons: ${reasons}`,
      );
    }
  });

  it("X1: keys are unique within a file and identical when the same text is parsed again", () => {
    for (const { format, file, text } of files) {
      const keys = allSets(okParse(parseWorkoutExport(text, format, OPTS))).map((s) => s.key);
      expect(new Set(keys).size, file).toBe(keys.length);
      const again = allSets(okParse(parseWorkoutExport(text, format, OPTS))).map((s) => s.key);
      expect(again, file).toEqual(keys);
    }
  });

  it("X1: an older export (a cut of the file) gives a subset of the newer export's keys, each row the same key", () => {
    const oldestFirst = new Set<ImportFormat>(["strong", "fitnotes"]);
    for (const { format, file, text } of files) {
      const fullParse = okParse(parseWorkoutExport(text, format, OPTS));
      const full = allSets(fullParse);
      const ls = lines(text);
      const head = ls[0] ?? "";
      for (const share of [0.25, 0.5, 0.8]) {
        let older: string;
        if (oldestFirst.has(format)) {
          // Strong and FitNotes write oldest first: an older export is a prefix, cut anywhere (even mid-workout).
          older = ls.slice(0, Math.max(2, Math.round(ls.length * share))).join("\n");
        } else {
          // Hevy writes newest first: an older export lacks the first (newest) workouts, whole ones.
          const firstLines = fullParse.workouts
            .map((w) => Math.min(...w.sets.map((s) => s.line)))
            .sort((a, b) => a - b);
          const from = firstLines[Math.round((firstLines.length - 1) * share)] ?? 2;
          older = [head, ...ls.slice(from - 1)].join("\n");
        }
        const part = allSets(okParse(parseWorkoutExport(older, format, OPTS)));
        const fullKeys = new Set(full.map((s) => s.key));
        expect(part.length, `${file} at ${share}`).toBeGreaterThan(0);
        for (const s of part) expect(fullKeys.has(s.key), `${file}: ${s.key}`).toBe(true);
        if (oldestFirst.has(format)) {
          const byLine = new Map(full.map((s) => [s.line, s.key]));
          for (const s of part) expect(byLine.get(s.line), `${file} line ${s.line}`).toBe(s.key);
        }
      }
    }
  });

  it("C6: every sample name the catalog does not know becomes a valid custom exercise", () => {
    const unknown = new Map<string, { category?: string }>();
    for (const { format, text } of files) {
      for (const s of allSets(okParse(parseWorkoutExport(text, format, OPTS)))) {
        if (resolveExerciseName(s.exerciseName) === null) {
          unknown.set(s.exerciseName, s.category === undefined ? {} : { category: s.category });
        }
      }
    }
    console.log(`C6: sample names the catalog does not know: ${[...unknown.keys()].join(", ") || "none"}`);
    for (const [name, hint] of unknown) {
      const input = customExerciseFromName(name, hint);
      expect(customExerciseSchema.safeParse(input).success, name).toBe(true);
    }
  });

  it("X1: the README's format facts hold in what we read", () => {
    const byFile = new Map(files.map((f) => [f.file, okParse(parseWorkoutExport(f.text, f.format, OPTS))]));
    const hevy = byFile.get("hevy-visualizer-workout_data.csv");
    // Hevy writes newest first; we answer oldest first.
    const starts = hevy?.workouts.map((w) => w.startLocal) ?? [];
    expect(starts).toEqual([...starts].sort());
    expect(hevy?.workouts.find((w) => w.startLocal === "2026-04-08T16:50")).toMatchObject({
      title: "escape the BACKrooms",
      finishedAtMs: Date.UTC(2026, 3, 8, 15, 43),
    });
    const imperial = byFile.get("Hevy-Dashboard-App-HevyData_20240912.csv");
    // The file's first row is its newest workout's first set, so the last workout we answer.
    expect(imperial?.workouts.at(-1)?.sets[0]).toMatchObject({
      exerciseName: "Squat (Smith Machine)",
      warmup: true,
      loadKg: 47.627,
      reps: 15,
    });
    const edge = byFile.get("LiftLog-fitnotes-android-export-lbs-edge-cases.csv");
    const running = edge?.workouts.at(-1)?.sets.find((s) => s.note === "distance + time");
    expect(running).toMatchObject({ distanceM: 42190, seconds: 7170 });
  });
});
