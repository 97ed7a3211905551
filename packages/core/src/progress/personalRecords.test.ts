import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { e1rmSeries, personalRecords, type RecordSet, recordsSetBy } from "./personalRecords.js";

let n = 0;
/** A working set of session `sessionId` on `date`. */
function set(sessionId: string, date: string, loadKg: number | null, reps: number, over: Partial<RecordSet> = {}) {
  n++;
  return { id: `s${n}`, sessionId, date, loadKg, reps, rir: 0, rpe: null, warmup: false, ...over } as RecordSet;
}

describe("personal records of an exercise (heaviest, best e1RM, most reps, best volume)", () => {
  const log = [
    set("a", "2026-10-01", 100, 5),
    set("a", "2026-10-01", 100, 5),
    set("a", "2026-10-01", 140, 3, { warmup: true }),
    set("b", "2026-10-04", 105, 3, { rir: 2 }),
    set("b", "2026-10-04", 90, 8),
    set("c", "2026-10-08", 100, 6),
  ];
  const r = personalRecords(log);

  it.each([
    ["heaviest: the heaviest working set (a heavier warm-up does not count)", "heaviest", 105, "2026-10-04"],
    ["e1rm: Epley with reps in reserve, 105 x 3 at 2 in reserve -> 122.5", "e1rm", 122.5, "2026-10-04"],
    ["reps: the most reps in one set", "reps", 8, "2026-10-04"],
    ["volume: the best session, 90x8 + 105x3 = 1035", "volume", 1035, "2026-10-04"],
  ] as const)("%s", (_what, kind, value, date) => {
    expect(r[kind]?.value).toBeCloseTo(value, 3);
    expect(r[kind]?.date).toBe(date);
  });

  it("most reps at each load, heaviest load first; the earliest set wins a tie", () => {
    expect(r.repsAtLoad.map((x) => [x.loadKg, x.value])).toEqual([
      [105, 3],
      [100, 6],
      [90, 8],
    ]);
    expect(personalRecords([log[0] as RecordSet, log[1] as RecordSet]).reps?.setId).toBe(log[0]?.id);
  });

  it("bodyweight sets give reps records only", () => {
    const bw = personalRecords([set("d", "2026-10-01", null, 12), set("d", "2026-10-01", null, 15)]);
    expect(bw.heaviest).toBeUndefined();
    expect(bw.e1rm).toBeUndefined();
    expect(bw.volume).toBeUndefined();
    expect(bw.reps?.value).toBe(15);
  });

  it("an empty log has no records", () => {
    expect(personalRecords([])).toEqual({ repsAtLoad: [] });
  });
});

describe("the records a new set sets (marked in the live session)", () => {
  const history = [set("a", "2026-10-01", 100, 5), set("a", "2026-10-01", 100, 5)];
  it.each([
    ["a heavier set is heaviest and a better e1RM", set("b", "2026-10-04", 102.5, 5), ["heaviest", "e1rm", "reps"]],
    ["more reps at the same load is a reps record and a better e1RM", set("b", "2026-10-04", 100, 6), ["e1rm", "reps"]],
    ["the same set again sets nothing", set("b", "2026-10-04", 100, 5), []],
    ["as many reps at a lighter load as done heavier is no reps record", set("b", "2026-10-04", 90, 5), []],
    [
      "more reps at a lighter load than ever done at it or heavier is a reps record",
      set("b", "2026-10-04", 90, 6),
      ["reps"],
    ],
    ["a warm-up sets nothing", set("b", "2026-10-04", 120, 5, { warmup: true }), []],
  ] as const)("%s", (_what, s, want) => {
    expect(recordsSetBy(history, s)).toEqual(want);
  });

  it("the very first set of an exercise is no record (nothing to beat)", () => {
    expect(recordsSetBy([], set("a", "2026-10-01", 100, 5))).toEqual([]);
  });

  it("volume is marked once, on the set that takes the session past the best other session (1000 kg)", () => {
    const today = [set("b", "2026-10-04", 100, 5), set("b", "2026-10-04", 100, 5)];
    expect(recordsSetBy([...history, today[0] as RecordSet], today[1] as RecordSet)).not.toContain("volume");
    const third = set("b", "2026-10-04", 100, 1);
    expect(recordsSetBy([...history, ...today], third)).toContain("volume");
    const fourth = set("b", "2026-10-04", 100, 1);
    expect(recordsSetBy([...history, ...today, third], fourth)).not.toContain("volume");
  });
});

describe("the e1RM chart", () => {
  it("O6: the best estimate of each day, oldest first; sets over 10 reps with RIR give none", () => {
    const series = e1rmSeries([
      set("b", "2026-10-04", 100, 5),
      set("a", "2026-10-01", 100, 3),
      set("a", "2026-10-01", 100, 5),
      set("c", "2026-10-08", 60, 12),
    ]);
    expect(series.map((p) => p.date)).toEqual(["2026-10-01", "2026-10-04"]);
    expect(series[0]?.kg).toBeCloseTo(116.667, 3);
  });
});

const arbSets = fc
  .array(
    fc.record({
      session: fc.integer({ min: 0, max: 5 }),
      load: fc.option(
        fc.integer({ min: 1, max: 80 }).map((x) => x * 2.5),
        { nil: null },
      ),
      reps: fc.integer({ min: 0, max: 15 }),
      rir: fc.integer({ min: 0, max: 4 }),
      warmup: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows
      .sort((a, b) => a.session - b.session)
      .map((x, i) => ({
        id: `p${i}`,
        sessionId: `s${x.session}`,
        date: `2026-10-${String(x.session + 1).padStart(2, "0")}`,
        loadKg: x.load,
        reps: x.reps,
        rir: x.rir,
        rpe: null,
        warmup: x.warmup,
      })),
  );

describe("records: properties", () => {
  it("replaying the log set by set, each heaviest and e1RM mark beats every earlier one, and the last mark is the record", () => {
    fc.assert(
      fc.property(arbSets, (sets) => {
        const records = personalRecords(sets);
        let lastHeaviest: string | undefined;
        let lastE1rm: string | undefined;
        let firstWorking: string | undefined;
        for (let i = 0; i < sets.length; i++) {
          const s = sets[i] as RecordSet;
          const kinds = recordsSetBy(sets.slice(0, i), s);
          if (!firstWorking && !s.warmup && (s.reps ?? 0) >= 1) firstWorking = s.id;
          if (kinds.includes("heaviest")) lastHeaviest = s.id;
          if (kinds.includes("e1rm")) lastE1rm = s.id;
        }
        // The record is the last set marked, or the first working set when nothing later beat it.
        if (records.heaviest) expect([lastHeaviest ?? records.heaviest.setId]).toContain(records.heaviest.setId);
        if (records.heaviest && !lastHeaviest) expect(records.heaviest.setId).toBe(firstWorking);
        if (records.e1rm && lastE1rm) expect(records.e1rm.setId).toBe(lastE1rm);
        // No working set is heavier than the heaviest record, and warm-ups never hold one.
        const working = sets.filter((s) => !s.warmup && (s.reps ?? 0) >= 1);
        for (const s of working) expect(s.loadKg ?? 0).toBeLessThanOrEqual(records.heaviest?.value ?? 0);
        for (const r of [records.heaviest, records.e1rm, records.reps, records.volume]) {
          if (r) expect(working.map((s) => s.id)).toContain(r.setId);
        }
      }),
    );
  });
});
