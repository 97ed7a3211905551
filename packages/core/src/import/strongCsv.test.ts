import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { parseWorkoutExport } from "./parse.js";
import { STRONG_CSV_HEADER, strongDuration, toStrongCsv } from "./strongCsv.js";
import { allSets, okParse } from "./testkit.js";

let n = 0;
function mkSet(exerciseId: string, setIndex: number, extra: Partial<LoggedSet> = {}): LoggedSet {
  n++;
  return {
    id: `set-${n}`,
    clientId: `c-${n}`,
    sessionId: "s",
    exerciseId,
    setIndex,
    warmup: false,
    setType: "normal",
    reps: 5,
    loadKg: 100,
    seconds: null,
    distanceM: null,
    rir: null,
    rpe: null,
    belt: false,
    pain: 0,
    painKind: "none",
    flagged: false,
    createdAt: "2024-01-01T00:00:00Z",
    updatedAt: "2024-01-01T00:00:00Z",
    ...extra,
  };
}

function mkSession(date: string, startedAt: string, sets: LoggedSet[], extra: Partial<SessionWithSets> = {}) {
  return {
    id: `session-${date}`,
    clientId: `sc-${date}`,
    date,
    startedAt,
    finishedAt: null,
    painBefore: 2,
    painAfter: 2,
    note: null,
    title: null,
    recovery: false,
    source: "spotter",
    createdAt: startedAt,
    updatedAt: startedAt,
    sets,
    ...extra,
  } satisfies SessionWithSets;
}

const NAMES: Record<string, string> = {
  "back-squat": "Back squat",
  plank: "Plank",
  walking: "Walking",
  "bench-press": "Bench press",
};
const nameOf = (id: string) => NAMES[id] ?? id;

const SESSIONS: SessionWithSets[] = [
  mkSession(
    "2024-03-05",
    "2024-03-05T17:30:15Z",
    [
      mkSet("back-squat", 0, { warmup: true, loadKg: 60, reps: 8 }),
      mkSet("plank", 0, { reps: null, loadKg: null, seconds: 45 }),
      mkSet("back-squat", 1, { loadKg: 102.5, rpe: 8.5 }),
      mkSet("back-squat", 2, { setType: "drop", loadKg: 80, reps: 10 }),
      mkSet("back-squat", 3, { setType: "failure", loadKg: 90, reps: 6 }),
      mkSet("walking", 0, { reps: null, loadKg: null, distanceM: 1609.34, seconds: 900 }),
    ],
    { finishedAt: "2024-03-05T18:35:40Z", title: "Legs, heavy", note: '=HYPERLINK("x")\nsecond line' },
  ),
  mkSession("2024-01-02", "2024-01-02T08:00:00Z", [mkSet("bench-press", 0, { loadKg: 61.235, reps: 7 })]),
];

describe("Strong-layout CSV export (X2)", () => {
  it("X2: Strong's 2022 header, local date and time, duration, W/D/F and working set numbers, oldest first", () => {
    const csv = toStrongCsv(SESSIONS, nameOf, "kg", "Europe/Berlin");
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...STRONG_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ["2024-01-02 09:00:00", "", "Bench press", "1", "61.235", "7"],
      ["2024-03-05 18:30:15", "1h 5m", "Back squat", "W", "60", "8"],
      ["2024-03-05 18:30:15", "1h 5m", "Back squat", "1", "102.5", "5"],
      ["2024-03-05 18:30:15", "1h 5m", "Back squat", "D", "80", "10"],
      ["2024-03-05 18:30:15", "1h 5m", "Back squat", "F", "90", "6"],
      ["2024-03-05 18:30:15", "1h 5m", "Plank", "1", "0", "0"],
      ["2024-03-05 18:30:15", "1h 5m", "Walking", "1", "0", "0"],
    ]);
    const walk = rows.at(-1);
    expect([walk?.[7], walk?.[8]]).toEqual(["1.60934", "900"]);
    // Text a spreadsheet would run as a formula is defused.
    expect(rows[2]?.[10]).toBe('\'=HYPERLINK("x")\nsecond line');
    expect(rows[2]?.[11]).toBe("");
    expect(rows[3]?.[11]).toBe("8.5");
  });

  it("X2: pounds are written to 0.01 lb and distances in miles; the zone defaults to UTC", () => {
    const csv = toStrongCsv(SESSIONS, nameOf, "lb");
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[1]?.slice(0, 1)).toEqual(["2024-01-02 08:00:00"]);
    expect(rows[1]?.[5]).toBe("135");
    expect(rows[3]?.[5]).toBe("225.97");
    expect(rows.at(-1)?.[7]).toBe("1");
  });

  it.each([
    [null, ""],
    ["2024-01-01T10:07:00Z", "7m"],
    ["2024-01-01T11:05:00Z", "1h 5m"],
    ["2024-01-01T09:00:00Z", ""],
  ])("X2: a session ending %s lasts %j", (end, text) => {
    expect(strongDuration("2024-01-01T10:00:00Z", end)).toBe(text);
  });

  it.each(["kg", "lb"] as const)("X2: round trip in %s: what we write, our Strong importer reads back", (unit) => {
    const csv = toStrongCsv(SESSIONS, nameOf, unit, "America/New_York");
    const p = okParse(parseWorkoutExport(csv, "strong", { unit, timeZone: "America/New_York" }));
    expect([p.unitFrom, p.skipped]).toEqual(["option", []]);
    expect(p.workouts.map((w) => [w.startLocal, w.startedAtMs, w.title])).toEqual([
      ["2024-01-02T03:00", Date.UTC(2024, 0, 2, 8, 0), null],
      ["2024-03-05T12:30", Date.UTC(2024, 2, 5, 17, 30, 15), "Legs, heavy"],
    ]);
    expect(p.workouts[1]?.finishedAtMs).toBe(Date.UTC(2024, 2, 5, 18, 35, 15));
    const back = allSets(p);
    const sent = [...(SESSIONS[1]?.sets ?? []), ...(SESSIONS[0]?.sets ?? [])];
    const sortedSent = [sent[0], sent[1], sent[3], sent[4], sent[5], sent[2], sent[6]];
    expect(back).toHaveLength(sortedSent.length);
    back.forEach((s, i) => {
      const o = sortedSent[i];
      expect(s.exerciseName).toBe(nameOf(o?.exerciseId ?? ""));
      expect(s.setIndex).toBe(o?.setIndex);
      expect([s.warmup, s.setType, s.reps, s.seconds, s.rpe]).toEqual([
        o?.warmup,
        o?.setType,
        o?.reps,
        o?.seconds,
        o?.rpe,
      ]);
      // Within rounding: 0.001 kg, or 0.01 lb (about 5 g) and back.
      if (o?.loadKg == null) expect(s.loadKg).toBeNull();
      else expect(Math.abs((s.loadKg ?? 0) - o.loadKg)).toBeLessThanOrEqual(unit === "kg" ? 0.0005 : 0.005);
      if (o?.distanceM == null) expect(s.distanceM).toBeNull();
      else expect(Math.abs((s.distanceM ?? 0) - o.distanceM)).toBeLessThan(0.05);
    });
  });

  it("X2: a set's note stays on its row; the exercise's note of the session is a Note row before its first set", () => {
    const session = mkSession(
      "2024-03-05",
      "2024-03-05T17:30:15Z",
      [
        mkSet("back-squat", 0, { note: "knees out" }),
        mkSet("back-squat", 1),
        mkSet("bench-press", 0),
        mkSet("bench-press", 1),
      ],
      { exerciseNotes: { "back-squat": "felt heavy", "bench-press": "new bench" } },
    );
    const csv = toStrongCsv([session], nameOf, "kg", "UTC");
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((r) => [r[3], r[4], r[9]])).toEqual([
      ["Back squat", "Note", "felt heavy"],
      ["Back squat", "1", "knees out"],
      ["Back squat", "2", ""],
      ["Bench press", "Note", "new bench"],
      ["Bench press", "1", ""],
      ["Bench press", "2", ""],
    ]);
    // Read back, each note is at its own level: the set's on the set, the exercise's on the exercise.
    const sets = allSets(okParse(parseWorkoutExport(csv, "strong", { timeZone: "UTC", unit: "kg" })));
    expect(sets.map((s) => [s.exerciseName, s.note, s.exerciseNote ?? null])).toEqual([
      ["Back squat", "knees out", "felt heavy"],
      ["Back squat", null, null],
      ["Bench press", null, "new bench"],
      ["Bench press", null, null],
    ]);
  });

  it("X2: no sessions is a header alone", () => {
    expect(toStrongCsv([], nameOf, "kg")).toBe(`${STRONG_CSV_HEADER.join(",")}\n`);
  });
});
