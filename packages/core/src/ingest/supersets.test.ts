// Issue 16: Hevy's superset_id becomes the sets' supersetId: one id per workout and group, stable across re-imports.
import { describe, expect, it } from "vitest";
import { parseWorkoutExport } from "../import/parse.js";
import { okParse } from "../import/testkit.js";
import { ingestExport } from "./ingestExport.js";
import type { ExistingKeys, IngestIds } from "./types.js";

const HEADER =
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';
const FILE = [
  HEADER,
  '"Push","8 Apr 2026, 16:50","8 Apr 2026, 17:43","","Bench Press (Barbell)",0,"",0,"normal",60,8,,,',
  '"Push","8 Apr 2026, 16:50","8 Apr 2026, 17:43","","Bent Over Row (Barbell)",0,"",0,"normal",50,8,,,',
  '"Push","8 Apr 2026, 16:50","8 Apr 2026, 17:43","","Bicep Curl (Dumbbell)",1,"",0,"normal",12,10,,,',
  '"Push","8 Apr 2026, 16:50","8 Apr 2026, 17:43","","Tricep Pushdown",1,"",0,"normal",20,10,,,',
  '"Push","8 Apr 2026, 16:50","8 Apr 2026, 17:43","","Plank",,"",0,"normal",,,,60,',
  '"Legs","9 Apr 2026, 16:50","9 Apr 2026, 17:43","","Squat (Barbell)",0,"",0,"normal",100,5,,,',
].join("\n");

const EMPTY: ExistingKeys = {
  sessionsByClientId: new Map(),
  setClientIds: new Set(),
  checkinDates: new Set(),
  dailyClientIds: new Set(),
  customExercises: [],
  clearanceKeys: new Set(),
  planCreatedAts: new Set(),
};

function ids(): IngestIds {
  let n = 0;
  return { newId: () => `id-${++n}`, idForKey: (k) => `key:${k}`, nowIso: "2026-12-01T10:00:00.000Z" };
}

describe("Hevy supersets", () => {
  it("sets of one superset_id in a workout share one supersetId; other groups, workouts and loose sets do not", () => {
    const parsed = okParse(parseWorkoutExport(FILE, "hevy", { timeZone: "UTC" }));
    const sets = ingestExport(parsed, EMPTY, ids()).sets;
    const byName = (n: string) => sets.find((s) => s.exerciseId.toLowerCase().includes(n))?.supersetId;
    const bench = sets[0]?.supersetId;
    expect(bench).toBeTruthy();
    expect(sets.filter((s) => s.supersetId === bench)).toHaveLength(2);
    const groups = new Set(sets.map((s) => s.supersetId).filter(Boolean));
    // Push has groups 0 and 1, Legs has its own group 0: three ids.
    expect(groups.size).toBe(3);
    expect(sets.filter((s) => s.supersetId === null || s.supersetId === undefined)).toHaveLength(1);
    expect(byName("plank") ?? null).toBeNull();
    // The same file again gives the same ids (they come from the workout and the group, not from chance).
    const again = ingestExport(parsed, EMPTY, ids()).sets.map((s) => s.supersetId);
    expect(again).toEqual(sets.map((s) => s.supersetId));
  });
});
