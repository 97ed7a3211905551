import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportedSet, ImportedWorkout, ImportParse } from "../import/index.js";
import { ingestExport } from "./ingestExport.js";
import type { ExistingKeys, IngestIds, IngestResult } from "./types.js";

type Parsed = Extract<ImportParse, { ok: true }>;

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

function set(start: string, name: string, order: number, over: Partial<ImportedSet> = {}): ImportedSet {
  return {
    key: `strong|${start}|${name}|${order}`,
    line: 2 + order,
    exerciseName: name,
    sourceName: name,
    setIndex: order,
    warmup: false,
    setType: "normal",
    reps: 8,
    loadKg: 60,
    seconds: null,
    distanceM: null,
    rpe: null,
    note: null,
    ...over,
  };
}

function workout(start: string, sets: ImportedSet[]): ImportedWorkout {
  return {
    key: `strong|${start}`,
    app: "strong",
    startLocal: start,
    date: start.slice(0, 10),
    startedAtMs: Date.parse(`${start}:00Z`),
    finishedAtMs: null,
    title: "Day",
    note: null,
    sets,
  };
}

function parsed(workouts: ImportedWorkout[]): Parsed {
  return {
    ok: true,
    format: "strong",
    unit: "kg",
    unitFrom: "option",
    distanceUnitFrom: null,
    rows: 0,
    workouts,
    skipped: [],
    changed: [],
  };
}

/** What the user has after storing an ingest result on top of `before`. */
function after(before: ExistingKeys, r: IngestResult): ExistingKeys {
  return {
    ...before,
    sessionsByClientId: new Map([...before.sessionsByClientId, ...r.sessions.map((s) => [s.clientId, s.id] as const)]),
    setClientIds: new Set([...before.setClientIds, ...r.sets.map((s) => s.clientId)]),
    customExercises: [...before.customExercises, ...r.customExercises],
  };
}

describe("ingestExport", () => {
  const file = parsed([
    workout("2024-01-15T18:30", [
      set("2024-01-15T18:30", "Squat (Barbell)", 0, { warmup: true }),
      set("2024-01-15T18:30", "Squat (Barbell)", 1),
      set("2024-01-15T18:30", "Wobble Board Thing", 0),
    ]),
  ]);

  it("X1, T1: imported sets carry no pain, so they are never pain evidence", () => {
    const r = ingestExport(file, EMPTY, ids());
    expect(r.sets).toHaveLength(3);
    expect(r.sets.every((s) => s.pain === null && s.painKind === null && !s.belt)).toBe(true);
    expect(r.sessions[0]).toMatchObject({ painBefore: null, source: "strong", date: "2024-01-15" });
  });

  it("C6: an unknown name becomes a custom exercise that keeps the name as an alias, never dropped", () => {
    const r = ingestExport(file, EMPTY, ids());
    expect(r.customExercises).toHaveLength(1);
    const custom = r.customExercises[0];
    expect(custom?.aliases).toContain("Wobble Board Thing");
    expect(r.sets.find((s) => s.exerciseId === custom?.id)).toBeDefined();
    expect(r.mapping.find((m) => m.name === "Squat (Barbell)")).toMatchObject({
      exerciseId: "back-squat",
      created: false,
    });
  });

  it("X1: the same file twice adds nothing the second time, custom exercises included", () => {
    const first = ingestExport(file, EMPTY, ids());
    const second = ingestExport(file, after(EMPTY, first), ids());
    expect(second.sessions).toEqual([]);
    expect(second.sets).toEqual([]);
    expect(second.customExercises).toEqual([]);
    expect(second.alreadyImported).toBe(3);
  });

  it("X1: a newer export adds only its new sets, into the session stored before", () => {
    const first = ingestExport(
      parsed([workout("2024-01-15T18:30", [set("2024-01-15T18:30", "Squat (Barbell)", 0)])]),
      EMPTY,
      ids(),
    );
    const second = ingestExport(file, after(EMPTY, first), ids());
    expect(second.sessions).toEqual([]);
    expect(second.sets).toHaveLength(2);
    expect(second.sessionsExtended).toBe(1);
    expect(second.sets.every((s) => s.sessionId === first.sessions[0]?.id)).toBe(true);
  });

  it("X1: property: importing any split of a file in two steps stores exactly the sets of one import", () => {
    const names = ["Squat (Barbell)", "Bench Press (Barbell)", "Mystery Move"];
    const arbSets = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 })), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(arbSets, fc.nat(), (pairs, cut) => {
        const byDay = new Map<string, ImportedSet[]>();
        const seen = new Set<string>();
        for (const [n, day] of pairs) {
          const start = `2024-02-0${day + 1}T10:00`;
          const name = names[n] ?? "Squat (Barbell)";
          const order = (byDay.get(start) ?? []).filter((s) => s.exerciseName === name).length;
          const s = set(start, name, order);
          if (seen.has(s.key)) continue;
          seen.add(s.key);
          byDay.set(start, [...(byDay.get(start) ?? []), s]);
        }
        const all = [...byDay].map(([start, sets]) => workout(start, sets));
        const whole = ingestExport(parsed(all), EMPTY, ids());
        const k = all.length === 0 ? 0 : cut % (all.length + 1);
        const first = ingestExport(parsed(all.slice(0, k)), EMPTY, ids());
        const rest = ingestExport(parsed(all), after(EMPTY, first), ids());
        const keys = (r: IngestResult) => r.sets.map((s) => s.clientId);
        expect(new Set([...keys(first), ...keys(rest)])).toEqual(new Set(keys(whole)));
        expect(keys(first).length + keys(rest).length).toBe(keys(whole).length);
      }),
    );
  });
});
