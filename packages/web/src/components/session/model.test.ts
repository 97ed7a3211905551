import type { Exercise, LoggedSet } from "@spotter/core";
import { describe, expect, it } from "vitest";
import type { OutboxEntry } from "../../api/outbox.js";
import type { PlanBlock } from "../../api/session.js";
import {
  buildItems,
  draftToInput,
  effortCounts,
  firstOpenIndex,
  lastTimeOf,
  mergeSets,
  nextDraft,
  plannedWarmups,
  progressOf,
  replay,
  type SessionItem,
  workingLoadKg,
} from "./model.js";

const bench: Exercise = {
  id: "bench-press",
  name: "Bench press",
  aliases: [],
  pattern: "horizontal-push",
  primaryMuscles: ["chest"],
  secondaryMuscles: [],
  laterality: "bilateral",
  equipment: ["barbell", "bench"],
  load: { axial: 0, shear: 0, flexion: 0, extension: 2, rotation: 0, support: "supported" },
  beltEligible: false,
  measure: "reps",
  cues: [],
  grade: "A",
  level: "beginner",
  increment: { kg: 2.5, lb: 5 },
  custom: false,
} as Exercise;

const blocks: PlanBlock[] = [
  {
    kind: "alignment",
    items: [{ exerciseId: "dead-hang", sets: 2, reps: [1, 1], targetRir: 5, restSeconds: 15, seconds: 20 }],
  },
  {
    kind: "main",
    items: [
      { exerciseId: "bench-press", sets: 3, reps: [8, 12], targetRir: 2, restSeconds: 120 },
      { exerciseId: "lat-pulldown", sets: 2, reps: [8, 12], targetRir: 2, restSeconds: 120 },
    ],
  },
];

let n = 0;
function set(p: Partial<LoggedSet> & { exerciseId: string }): LoggedSet {
  n += 1;
  const t = `2026-11-25T10:${String(n).padStart(2, "0")}:00.000Z`;
  return {
    id: `s${n}`,
    clientId: `c${n}`,
    sessionId: "S",
    setIndex: 0,
    warmup: false,
    setType: "normal",
    reps: 10,
    loadKg: 60,
    seconds: null,
    distanceM: null,
    rir: 2,
    rpe: null,
    belt: false,
    pain: 1,
    painKind: "none",
    flagged: false,
    createdAt: t,
    updatedAt: t,
    ...p,
  };
}

function entry(clientId: string, exerciseId = "bench-press", at = "2026-11-25T11:00:00.000Z"): OutboxEntry {
  return {
    kind: "set",
    id: clientId,
    sessionRef: "S",
    queuedAt: at,
    input: {
      clientId,
      exerciseId,
      setIndex: 0,
      warmup: false,
      reps: 8,
      loadKg: 60,
      rir: 2,
      belt: false,
      pain: 2,
      painKind: "none",
    },
  } as OutboxEntry;
}

describe("the day's exercise list", () => {
  it("keeps the plan's order, places a stand-in right after what it replaces, and appends other additions", () => {
    const items = buildItems(
      blocks,
      [{ exerciseId: "leg-press" }, { exerciseId: "dumbbell-bench-press", replaces: "bench-press" }],
      [set({ exerciseId: "cable-row" })],
    );
    expect(items.map((i) => i.exerciseId)).toEqual([
      "dead-hang",
      "bench-press",
      "dumbbell-bench-press",
      "lat-pulldown",
      "leg-press",
      "cable-row",
    ]);
    const standIn = items[2] as SessionItem;
    expect(standIn.kind).toBe("main");
    expect(standIn.replaces).toBe("bench-press");
    expect(standIn.sets).toBe(3);
    expect(standIn.restSeconds).toBe(120);
    expect(items[4]?.kind).toBe("added");
  });

  it("works without a plan (rest day or locked): logged and added exercises only", () => {
    expect(buildItems(null, [{ exerciseId: "leg-press" }], []).map((i) => i.exerciseId)).toEqual(["leg-press"]);
  });

  it("gives an added hold its seconds", () => {
    const [item] = buildItems(null, [{ exerciseId: "side-plank" }], [], () => "seconds");
    expect(item?.seconds).toBe(30);
    expect(effortCounts(item as SessionItem)).toBe(false);
  });
});

describe("G6: stored and waiting sets", () => {
  it("shows a set once when it is both stored and still in the outbox", () => {
    const stored = [set({ exerciseId: "bench-press", clientId: "A" })];
    const merged = mergeSets(stored, [entry("A"), entry("B")]);
    expect(merged.map((s) => s.clientId)).toEqual(["A", "B"]);
    expect(merged[1]?.pending).toBe(true);
    expect(merged[0]?.pending).toBeUndefined();
  });
});

describe("G1: warm-ups", () => {
  const main = buildItems(blocks, [], [])[1] as SessionItem;
  const hang = buildItems(blocks, [], [])[0] as SessionItem;
  it("ramp a loaded main lift to the working load, never belted, starting with the empty bar", () => {
    const w = plannedWarmups(main, bench, 60, "kg");
    expect(w.length).toBeGreaterThanOrEqual(2);
    expect(w[0]?.loadKg).toBe(20);
    for (const x of w) expect(x.loadKg).toBeLessThan(60);
  });
  it("are not planned for the alignment block or without a working load", () => {
    expect(plannedWarmups(hang, bench, 60, "kg")).toEqual([]);
    expect(plannedWarmups(main, bench, null, "kg")).toEqual([]);
  });
  it("take the plan's load first, then the next target, then last time's top set", () => {
    expect(workingLoadKg({ loadKg: 50 }, { loadKg: 62.5 }, [])).toBe(50);
    expect(workingLoadKg({}, { loadKg: 62.5 }, [])).toBe(62.5);
    expect(workingLoadKg({}, { loadKg: null }, [set({ exerciseId: "x", loadKg: 55 }), set({ exerciseId: "x" })])).toBe(
      60,
    );
    expect(workingLoadKg({}, undefined, undefined)).toBeNull();
  });
});

describe("the next set's prefill", () => {
  const main = buildItems(blocks, [], [])[1] as SessionItem;
  const warmups = plannedWarmups(main, bench, 60, "kg");
  it("offers the next warm-up first, without belt or effort", () => {
    const p = progressOf(main, [], warmups.length, []);
    const d = nextDraft({
      item: main,
      progress: p,
      warmups,
      sets: [],
      guidance: undefined,
      targetLoadKg: 60,
      lastTime: undefined,
      unit: "kg",
    });
    // UX.md "Added 2026-12": the session's first set waits for a pain tap; the starting pain never carries over.
    expect(d).toMatchObject({ warmup: true, load: 20, belt: false, rir: null, pain: null, painFromLast: false });
  });

  it("G3 reduce: takes the lighter load the guidance gives for the next set", () => {
    const sets = [set({ exerciseId: "bench-press", pain: 4 })];
    const p = progressOf(main, sets, 0, []);
    const d = nextDraft({
      item: main,
      progress: p,
      warmups: [],
      sets,
      guidance: { next: { loadKg: 52.5, reps: 10, warmup: false }, beltCue: false },
      targetLoadKg: 60,
      lastTime: undefined,
      unit: "kg",
    });
    expect(d).toMatchObject({ warmup: false, load: 52.5, reps: 10, rir: 2, pain: 4, painFromLast: true });
  });

  it("G4: the plan's belt cue goes on the working set it names only, and a guidance cue on the next set", () => {
    const belted = { ...main, beltCue: 3 };
    const draftAt = (sets: LoggedSet[], guidance?: { beltCue: boolean }) =>
      nextDraft({
        item: belted,
        progress: progressOf(belted, sets, 0, []),
        warmups: [],
        sets,
        guidance: guidance ? { ...guidance, next: undefined } : undefined,
        targetLoadKg: 100,
        lastTime: undefined,
        unit: "kg",
      });
    expect(draftAt([]).belt).toBe(false);
    const two = [set({ exerciseId: "bench-press" }), set({ exerciseId: "bench-press" })];
    expect(draftAt(two, { beltCue: true }).belt).toBe(true);
    expect(draftAt(two, { beltCue: false }).belt).toBe(false);
  });

  it("shows loads in pounds for a pound user", () => {
    const p = progressOf(main, [], 0, []);
    const d = nextDraft({
      item: main,
      progress: p,
      warmups: [],
      sets: [],
      guidance: undefined,
      targetLoadKg: 61.235,
      lastTime: undefined,
      unit: "lb",
    });
    expect(d.load).toBe(135);
    const opts = { clientId: "x", exerciseId: "bench-press", setIndex: 0, unit: "lb", measure: "reps" } as const;
    expect(draftToInput({ ...d, pain: 0 }, opts)?.loadKg).toBeCloseTo(61.235, 2);
  });

  it("sends seconds, not reps, for a hold; never a belt on a warm-up", () => {
    const input = draftToInput(
      {
        reps: 1,
        load: 0,
        seconds: 20,
        warmup: true,
        effortMode: "rir",
        rir: 2,
        rpe: null,
        belt: true,
        pain: 0,
        painFromLast: false,
        painKind: "none",
      },
      { clientId: "x", exerciseId: "dead-hang", setIndex: 0, unit: "kg", measure: "seconds" },
    );
    expect(input).toMatchObject({ reps: null, seconds: 20, loadKg: null, belt: false, rir: null });
  });
});

describe("pain is always the user's choice", () => {
  const base = {
    reps: 8,
    load: 40,
    seconds: 30,
    warmup: false,
    effortMode: "rir" as const,
    rir: 2,
    rpe: null,
    belt: false,
    painFromLast: false,
    painKind: "none" as const,
  };
  const opts = { clientId: "x", exerciseId: "bench-press", setIndex: 0, unit: "kg", measure: "reps" } as const;
  it.each([
    [null, false],
    [-1, false],
    [11, false],
    [2.5, false],
    [0, true],
    [10, true],
  ])("a draft with pain %s can be sent: %s", (pain, ok) => {
    const input = draftToInput({ ...base, pain }, opts);
    expect(input !== null).toBe(ok);
    if (input) expect(input.pain).toBe(pain);
  });
});

describe("G3 replayed: where each exercise stands", () => {
  const items = buildItems(blocks, [], []);
  const byId = new Map([["bench-press", bench]]);
  it("a sharp set stops the exercise; the first open exercise is then the next one", () => {
    const sets = [
      ...[0, 1].map((i) => set({ exerciseId: "dead-hang", reps: null, seconds: 20, setIndex: i })),
      set({ exerciseId: "bench-press" }),
      set({ exerciseId: "bench-press", pain: 4, painKind: "sharp" }),
    ];
    const r = replay(sets, 1, byId, "kg");
    expect(r.stopped).toEqual(["bench-press"]);
    expect(r.last.get("bench-press")?.action).toBe("stop-exercise");
    const progress = items.map((i) => progressOf(i, sets, 0, r.stopped));
    expect(progress.map((p) => p.done)).toEqual([true, true, false]);
    expect(firstOpenIndex(progress)).toBe(2);
  });
});

describe("last time's numbers", () => {
  it("come from the latest earlier session holding the exercise, in set order", () => {
    const older = {
      id: "a",
      date: "2026-11-18",
      startedAt: "x",
      sets: [set({ exerciseId: "bench-press", loadKg: 55 })],
    };
    const newer = {
      id: "b",
      date: "2026-11-22",
      startedAt: "x",
      sets: [set({ exerciseId: "bench-press", setIndex: 1, reps: 9 }), set({ exerciseId: "bench-press", setIndex: 0 })],
    };
    const today = { id: "S", date: "2026-11-25", startedAt: "x", sets: [set({ exerciseId: "bench-press" })] };
    // biome-ignore lint/suspicious/noExplicitAny: only the fields read are given
    const r = lastTimeOf([older, newer, today] as any, "bench-press", "S");
    expect(r?.date).toBe("2026-11-22");
    expect(r?.sets.map((s) => s.reps)).toEqual([10, 9]);
    // biome-ignore lint/suspicious/noExplicitAny: only the fields read are given
    expect(lastTimeOf([today] as any, "bench-press", "S")).toBeNull();
  });
});
