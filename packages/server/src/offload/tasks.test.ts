// The CSV import task streams: it hands sessions and sets over in bounded parts, sessions before their sets, and
// what it hands over is what the whole-file ingest would add.
import { addDays, ingestExport, parseWorkoutExport, skipWorkoutsOutsideWindow } from "@spotter/core";
import { describe, expect, it } from "vitest";
import { type CsvImportInput, csvImportTask, PART_SIZE, uuidForKey } from "./tasks.js";

const HEAD = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
// 500 workouts of 9 sets, the file not in date order, and each tenth workout written twice further down.
const workout = (d: number) =>
  ["Squat (Barbell)", "Bench Press (Barbell)", "Cable Crunch Deluxe"].flatMap((name, e) =>
    [1, 2, 3].map(
      (s) => `${addDays("2020-01-01", (d * 7) % 500)} 18:30:0${e},"Day",45m,"${name}",${s},${60 + s},5,0,0,"","",`,
    ),
  );
const rows = Array.from({ length: 500 }, (_, d) => workout(d)).flat();
const repeats = Array.from({ length: 50 }, (_, d) => workout(d * 10)).flat();
const csv = [HEAD, ...rows, ...repeats].join("\n");

const existing = {
  sessionsByClientId: new Map(),
  setClientIds: new Set<string>(),
  checkinDates: new Set<string>(),
  dailyClientIds: new Set<string>(),
  customExercises: [],
  clearanceKeys: new Set<string>(),
  planCreatedAts: new Set<number>(),
};
const input = (): CsvImportInput => ({
  bytes: new TextEncoder().encode(csv),
  format: "strong",
  unit: "kg",
  timeZone: "Europe/Berlin",
  window: { from: "1900-01-01", to: "2030-01-01" },
  existing,
  nowIso: "2026-12-08T00:00:00.000Z",
});
const counter = () => {
  let n = 0;
  return () => `id-${n++}`;
};

describe("the CSV import task streams (issue 17)", () => {
  it("X1: parts hold at most 2,000 items, each session before its sets, and the answer carries no list", () => {
    const parts: { list: string; items: { id: string; sessionId?: string }[] }[] = [];
    const out = csvImportTask(input(), counter(), (list, items) => {
      parts.push({ list, items: items as { id: string }[] });
    });
    if (!out.ok) throw new Error(out.message);
    const sessions = new Set<string>();
    let sets = 0;
    for (const p of parts) {
      expect(p.items.length).toBeLessThanOrEqual(PART_SIZE);
      for (const item of p.items) {
        if (p.list === "sessions") sessions.add(item.id);
        else {
          expect(sessions.has(item.sessionId ?? "")).toBe(true);
          sets++;
        }
      }
    }
    expect([sessions.size, sets]).toEqual([500, 4500]);
    expect(parts.length).toBeGreaterThan(2);
    expect(out.skipped.total).toBe(450);
    expect(out.skipped.listed.length).toBeLessThanOrEqual(5);
    expect(out.result).not.toHaveProperty("sets");
    expect(out.result.sessionUpdates).toEqual([]);
  });

  it("X1: what it hands over is what the whole-file parse and ingest add", () => {
    const handed: Record<string, unknown[]> = { sessions: [], sets: [] };
    const out = csvImportTask(input(), counter(), (list, items) => {
      handed[list]?.push(...items);
    });
    const parsed = parseWorkoutExport(csv, "strong", { unit: "kg", timeZone: "Europe/Berlin" });
    if (!out.ok || !parsed.ok) throw new Error("parse failed");
    const whole = ingestExport(skipWorkoutsOutsideWindow(parsed, input().window), existing, {
      newId: counter(),
      idForKey: uuidForKey,
      nowIso: input().nowIso,
    });
    // Ids and stamps are made in another order (the file's, not by date); everything else is the same.
    const bare = (xs: unknown[]) =>
      xs
        .map((x) => {
          const { id: _i, sessionId: _s, createdAt: _c, ...rest } = x as Record<string, unknown>;
          return rest;
        })
        .sort((a, b) => String(a.clientId).localeCompare(String(b.clientId)));
    expect(bare(handed.sets ?? [])).toEqual(bare(whole.sets));
    expect(bare(handed.sessions ?? [])).toEqual(bare(whole.sessions));
    expect(out.result.mapping).toEqual(whole.mapping);
    expect(out.result.customExercises.map((d) => d.name)).toEqual(whole.customExercises.map((d) => d.name));
    expect(out.result.alreadyImported).toBe(whole.alreadyImported);
  });
});
