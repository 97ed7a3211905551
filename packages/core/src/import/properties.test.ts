/** X1 properties over generated exports: rows are conserved, keys unique and stable under re-parse and append. */
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseWorkoutExport } from "./parse.js";
import { allSets } from "./testkit.js";
import type { ImportFormat, ImportParse } from "./types.js";

const STRONG_HEADER = ["Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Reps", "Seconds", "Notes"];
const HEVY_HEADER = ["title", "start_time", "end_time", "exercise_title", "set_type", "weight_kg", "reps", "rpe"];

const arbName = fc.constantFrom("Squat (Barbell)", "Bench Press", "Plank", "Mystery Move", "", "  Row  ");
const arbNumber = fc.oneof(
  fc.constantFrom("", "0", "-5", "abc", "1500", "2,5"),
  fc.integer({ min: 0, max: 300 }).map(String),
  fc.double({ min: 0, max: 300, noNaN: true }).map((d) => d.toFixed(2)),
);
const arbNote = fc.constantFrom("", "ok", "long, with comma", 'a "quoted" word', "two\nlines", "three\r\nlines\nhere");

const arbStrongRow = fc.tuple(
  fc.constantFrom("2024-01-01 10:00:00", "2024-01-01 10:00:30", "2024-01-03 18:15:00", "2024-02-30 10:00:00", "x"),
  fc.constantFrom("A", "B"),
  arbName,
  fc.constantFrom("1", "2", "3", "W", "D", "F", "", "Rest Timer", "Note", "?"),
  arbNumber,
  arbNumber,
  fc.constantFrom("", "0", "60"),
  arbNote,
);

const arbHevyRow = fc.tuple(
  fc.constantFrom("Push", "Pull"),
  fc.constantFrom("8 Apr 2026, 16:50", "24 Jul 2024, 7:07", "Jun 11, 2026, 1:01 PM", "never"),
  fc.constantFrom("8 Apr 2026, 17:50", ""),
  arbName,
  fc.constantFrom("normal", "warmup", "failure", "dropset", "", "odd"),
  arbNumber,
  arbNumber,
  fc.constantFrom("", "7", "8.5", "11"),
);

/** CSV text of a header and rows, with CRLF or LF line ends. */
function csvOf(header: string[], rows: readonly (readonly string[])[], crlf: boolean): string {
  return Papa.unparse({ fields: header, data: rows.map((r) => [...r]) }, { newline: crlf ? "\r\n" : "\n" });
}

/** The physical line each data row starts on, counted from the generated rows themselves. */
function expectedLines(rows: readonly (readonly string[])[]): number[] {
  const out: number[] = [];
  let line = 2;
  for (const r of rows) {
    out.push(line);
    line += 1 + r.join(",").split(/\r\n|\n|\r/).length - 1;
  }
  return out;
}

function check(p: ImportParse, rows: readonly (readonly string[])[]) {
  if (!p.ok) return;
  const sets = allSets(p);
  const blank = rows.filter((r) => r.every((c) => c.trim() === "")).length;
  expect(p.rows).toBe(rows.length - blank);
  expect(p.rows).toBe(sets.length + p.skipped.length);
  // Every data row is accounted for exactly once, on the line it starts on.
  const seen = [...sets.map((s) => s.line), ...p.skipped.map((s) => s.line)].sort((a, b) => a - b);
  const want = expectedLines(rows).filter((_, i) => rows[i]?.some((c) => c.trim() !== ""));
  expect(seen).toEqual(want);
  const keys = sets.map((s) => s.key);
  expect(new Set(keys).size).toBe(keys.length);
}

const run = (format: ImportFormat, header: string[], rows: readonly (readonly string[])[], crlf: boolean) =>
  parseWorkoutExport(csvOf(header, rows, crlf), format, { unit: "kg", timeZone: "Europe/London" });

describe("generated exports (X1 properties)", () => {
  it("X1: Strong: rows conserved, lines right, keys unique, re-parse identical, older prefix keeps its keys", () => {
    fc.assert(
      fc.property(fc.array(arbStrongRow, { maxLength: 30 }), fc.boolean(), fc.nat(), (rows, crlf, cutSeed) => {
        const p = run("strong", STRONG_HEADER, rows, crlf);
        check(p, rows);
        expect(allSets(run("strong", STRONG_HEADER, rows, crlf))).toEqual(allSets(p));
        const cut = rows.length === 0 ? 0 : cutSeed % (rows.length + 1);
        const older = run("strong", STRONG_HEADER, rows.slice(0, cut), crlf);
        const full = new Map(allSets(p).map((s) => [s.line, s.key]));
        for (const s of allSets(older)) expect(full.get(s.line)).toBe(s.key);
      }),
      { numRuns: 300 },
    );
  });

  it("X1: Hevy: rows conserved, lines right, keys unique; workouts come out oldest first", () => {
    fc.assert(
      fc.property(fc.array(arbHevyRow, { maxLength: 30 }), fc.boolean(), (rows, crlf) => {
        const p = run("hevy", HEVY_HEADER, rows, crlf);
        check(p, rows);
        if (p.ok) {
          const starts = p.workouts.map((w) => w.startLocal);
          expect(starts).toEqual([...starts].sort());
        }
      }),
      { numRuns: 300 },
    );
  });

  it("X1: any text gives an answer, never a throw", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom("strong", "hevy", "fitnotes" as const), (text, f) => {
        const p = parseWorkoutExport(text, f, { unit: "lb", timeZone: "Asia/Kolkata" });
        if (p.ok) expect(p.rows).toBe(allSets(p).length + p.skipped.length);
      }),
      { numRuns: 300 },
    );
  });
});
