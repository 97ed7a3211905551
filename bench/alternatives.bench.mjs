// Benchmark of S1 rankAlternatives: every catalog exercise as the original, in a few user situations, many times;
// compared with one plain pass over the catalog array per call (the floor: the least any ranking must do).
// Run after `npx tsc -b`:  node bench/alternatives.bench.mjs   (prints figures only, no thresholds)
import { performance } from "node:perf_hooks";
import { allExercises } from "../packages/core/dist/catalog/index.js";
import { rankAlternatives } from "../packages/core/dist/substitution/index.js";

const catalog = allExercises();
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

const situations = [
  {
    label: "R5, trigger, full gym",
    ctx: {
      catalog,
      excluded: new Set(["back-squat"]),
      excludedPatterns: new Set(),
      equipment: [
        "barbell",
        "dumbbells",
        "smith-machine",
        "leg-press",
        "cable",
        "machines",
        "pull-up-bar",
        "bench",
        "belt",
      ],
      tier: "R5",
      reason: "trigger",
    },
  },
  {
    label: "R4, pain, home kit, hinge excluded",
    ctx: {
      catalog,
      excluded: new Set(["conventional-deadlift", "barbell-bent-over-row", "leg-press-reclined"]),
      excludedPatterns: new Set(["hinge"]),
      equipment: ["dumbbells", "bench", "bands", "foam-roller"],
      tier: "R4",
      reason: "pain",
    },
  },
  {
    label: "R5, equipment, bodyweight only",
    ctx: { catalog, excluded: new Set(), excludedPatterns: new Set(), equipment: [], tier: "R5", reason: "equipment" },
  },
];

/** The floor: one plain pass over the catalog, touching what any ranking must read. */
function plainPass(from, ctx) {
  let n = 0;
  for (const e of ctx.catalog) {
    if (e.id !== from.id && !ctx.excluded.has(e.id) && e.primaryMuscles[0] === from.primaryMuscles[0]) n++;
  }
  return n;
}

const REPEATS = 5;

/** Mean microseconds per call over ROUNDS passes of the catalog; the best of REPEATS, since other load only adds. */
function time(fn) {
  let sink = 0;
  // Warm-up so the JIT has settled before the clock runs.
  for (const from of catalog) sink += fn(from);
  let best = Number.POSITIVE_INFINITY;
  let calls = 0;
  for (let k = 0; k < REPEATS; k++) {
    const t0 = performance.now();
    for (let r = 0; r < ROUNDS; r++) for (const from of catalog) sink += fn(from);
    best = Math.min(best, performance.now() - t0);
    calls += ROUNDS * catalog.length;
  }
  return { usPerCall: (best * 1000) / (ROUNDS * catalog.length), sink, calls: calls + catalog.length };
}

console.log(
  `catalog: ${catalog.length} exercises; ${ROUNDS} rounds over all of them, best of ${REPEATS}, per situation`,
);
for (const { label, ctx } of situations) {
  const ranked = time((from) => rankAlternatives(from, ctx).length);
  const floor = time((from) => plainPass(from, ctx));
  const avgLen = ranked.sink / ranked.calls;
  console.log(
    `${label}: rankAlternatives ${ranked.usPerCall.toFixed(1)} us/call (mean ${avgLen.toFixed(1)} alternatives); ` +
      `plain pass ${floor.usPerCall.toFixed(2)} us/call; ratio ${(ranked.usPerCall / floor.usPerCall).toFixed(0)}x`,
  );
}
