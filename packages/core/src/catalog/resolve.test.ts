/**
 * C1/C6: the resolver reads names by the apps' grammar (movement, equipment in brackets or in front, grip and tempo
 * words, plurals, spellings) and never merges a name into an entry with other equipment.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExerciseDef } from "../records/exercise.js";
import { CATALOG, exerciseById } from "./catalog.js";
import { gradeOf } from "./grade.js";
import { resolveExerciseName } from "./names.js";
import { COMMON_NAMES } from "./testing/commonNames.js";
import { HEVY_BUILT_IN } from "./testing/hevyNames.js";
import { STRONG_BUILT_IN } from "./testing/strongNames.js";
import { equipmentWordsOf, parseName } from "./words.js";

describe("C1 the apps' grammar", () => {
  it.each([
    // equipment in brackets or in front, in any order
    ["Bench Press (Dumbbell)", "dumbbell-bench-press"],
    ["Dumbbell Bench Press", "dumbbell-bench-press"],
    ["Incline Bench Press (Smith Machine)", "smith-machine-incline-bench-press"],
    ["Smith Incline Bench Press", "smith-machine-incline-bench-press"],
    // a dumbbell overhead press is the dumbbell shoulder press
    ["Overhead Press (Dumbbell)", "dumbbell-shoulder-press"],
    ["Dumbbell Overhead Press", "dumbbell-shoulder-press"],
    ["Shoulder Press (Machine)", "machine-shoulder-press"],
    // grip, attachment and tempo words
    ["Bench Press - Wide Grip (Barbell)", "bench-press"],
    ["Bent Over Row - Underhand (Barbell)", "barbell-bent-over-row"],
    ["Lat Pulldown - Wide Grip (Cable)", "lat-pulldown"],
    ["Seated Cable Row - Bar Grip", "seated-cable-row"],
    ["Paused Bench Press (Barbell)", "bench-press"],
    ["Tempo Goblet Squat", "goblet-squat"],
    ["Pull Up (Weighted)", "pull-up"],
    // tempo words go before grip words, and counts with them
    ["Close Grip Bench Press (Paused)", "close-grip-bench-press"],
    ["3 Second Pause Squat", "back-squat"],
    ["Leg Press (Wide Stance)", "leg-press-reclined"],
    // one-sided work answers to the two-sided entry when that entry is grade A
    ["Single Arm Lateral Raise (Dumbbell)", "lateral-raise"],
    ["Alternating Hammer Curl", "hammer-curl"],
    ["Single Arm Row (Machine)", "chest-supported-row"],
    // spellings and plurals
    ["DB Bench Press", "dumbbell-bench-press"],
    ["Dumbell Flyes", "dumbbell-fly"],
    ["Cable Crunches", "cable-crunch"],
    ["Triceps Pushdowns", "triceps-pushdown"],
    ["Skull Crushers (Barbell)", "skullcrusher"],
    ["EZ Bar Curl", "barbell-curl"],
    ["Standing Calf Raises (Smith Machine)", "smith-machine-calf-raise"],
    ["Seated Calf Raises", "seated-calf-raise"],
    ["Hex Bar Deadlift", "trap-bar-deadlift"],
    ["Stiff Legged Deadlift", "stiff-leg-deadlift"],
    ["Bentover Row (Dumbbell)", "dumbbell-bent-over-row"],
  ])("C1: %s resolves to %s", (name, id) => {
    expect(resolveExerciseName(name)).toBe(id);
  });
});

describe("C1 equipment decides", () => {
  it.each([
    ["Row (Machine)", "chest-supported-row"],
    ["Machine Row", "chest-supported-row"],
    ["Lateral Raise (Cable)", "cable-lateral-raise"],
    ["Lateral Raise (Machine)", "machine-lateral-raise"],
    ["Lateral Raise", "lateral-raise"],
    ["Squat (Smith Machine)", "smith-machine-squat"],
    ["Hip Thrust (Machine)", "hip-thrust-machine"],
  ])("C1: %s takes the entry with that equipment (%s)", (name, id) => {
    expect(resolveExerciseName(name)).toBe(id);
  });

  it.each([
    "Bent Over Row (Machine)",
    "Bent Over Row (Cable)",
    "Lat Pulldown (Kettlebell)",
    "Leg Extension (Band)",
    "Good Morning (Smith Machine)",
    // one-sided, and the two-sided entry is above grade A: the trunk may twist, so no merge
    "Single Arm Shoulder Press (Dumbbell)",
    "Single Arm Bent Over Row (Barbell)",
  ])("C6: %s has no entry with that equipment or load, so it stays custom rather than merge", (name) => {
    expect(resolveExerciseName(name)).toBeNull();
  });

  it("C6: a name without equipment that fits only equipment-named entries stays custom", () => {
    // "KB Snatch" is a name of the kettlebell snatch; a bare "Snatch" does not say kettlebell.
    expect(resolveExerciseName("Snatch")).not.toBe("kettlebell-snatch");
    expect(resolveExerciseName("Clean and Jerk")).not.toBe("kettlebell-long-cycle");
  });

  it("C1: whenever a name says its equipment, the entry it resolves to has that equipment", () => {
    let checked = 0;
    for (const d of CATALOG) {
      const movement = parseName(d.name).movement.join(" ");
      for (const said of ["Barbell", "Dumbbell", "Cable", "Machine", "Smith Machine", "Kettlebell", "Band"]) {
        const id = resolveExerciseName(`${movement} (${said})`);
        if (id === null) continue;
        checked++;
        const word = parseName(said).equipment[0] ?? "";
        const ex = exerciseById(id) as ExerciseDef;
        const has =
          equipmentWordsOf(ex.equipment).has(word) ||
          [ex.name, ...ex.aliases].some((n) => parseName(n).equipment.includes(word));
        expect(has, `${movement} (${said}) -> ${id}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("C6: a custom list answers by the same grammar, after the catalog", () => {
    const custom: ExerciseDef = {
      ...(exerciseById("back-squat") as ExerciseDef),
      id: "c-1",
      name: "Zercher carry",
      aliases: [],
      equipment: ["barbell"],
    };
    expect(resolveExerciseName("Zercher Carry (Barbell)", [custom])).toBe("c-1");
    expect(resolveExerciseName("Zercher Carry (Dumbbell)", [custom])).toBeNull();
  });
});

describe("C1 resolving is deterministic and ignores case and spacing", () => {
  const known = CATALOG.flatMap((d) => [d.name, ...d.aliases]);
  const names = fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 30 }));
  /** The same name with each letter's case chosen by `flags` and runs of spaces where it had one. */
  const respelled = (name: string, flags: boolean[], pad: number) =>
    `${" ".repeat(pad)}${[...name]
      .map((c, i) => (flags[i % flags.length] ? c.toUpperCase() : c.toLowerCase()))
      .join("")
      .replace(/ /g, " ".repeat(pad + 1))}${" ".repeat(pad)}`;

  it("C1: the same name gives the same answer, whatever its case and spacing", () => {
    fc.assert(
      fc.property(names, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.nat(3), (name, flags, pad) => {
        const first = resolveExerciseName(name);
        expect(resolveExerciseName(name)).toBe(first);
        expect(resolveExerciseName(respelled(name, flags, pad))).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it("C1: adding a grip or tempo word never moves a name to a worse grade", () => {
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.constantFrom("Paused", "Wide Grip", "Close Grip", "Tempo"), (n, w) => {
        const base = resolveExerciseName(n);
        const varied = resolveExerciseName(`${w} ${n}`);
        if (base === null || varied === null) return;
        const g = (id: string) => gradeOf((exerciseById(id) as ExerciseDef).load);
        expect(g(varied) <= g(base) || varied === base, `${w} ${n}: ${varied} vs ${base}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("C1 the apps' built-in lists", () => {
  it.each([
    ["Strong's built-in", STRONG_BUILT_IN],
    ["Hevy's built-in", HEVY_BUILT_IN],
    ["FitNotes' default and hand-typed", COMMON_NAMES],
  ] as const)("C1: %s names resolve as judged, and at least 95% resolve", (app, list) => {
    const wrong = list.filter(([name, id]) => resolveExerciseName(name) !== id);
    expect(wrong, app).toEqual([]);
    const resolved = list.filter(([, id]) => id !== null).length;
    console.log(`${app} names resolving: ${resolved}/${list.length}`);
    expect(resolved / list.length).toBeGreaterThanOrEqual(0.95);
  });

  it("C1: every entry a built-in name resolves to exists", () => {
    for (const [, id] of [...STRONG_BUILT_IN, ...HEVY_BUILT_IN, ...COMMON_NAMES])
      if (id !== null) expect(exerciseById(id), id).toBeDefined();
  });
});
