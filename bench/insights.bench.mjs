// Benchmark of the insights (SPEC §9): five years of one heavy user's log, generated deterministically, run through
// the full insights (stats, statuses, trigger list, habit links, trends) and compared with one plain pass over the
// same arrays (the floor). Run after `npx tsc -b`:  node bench/insights.bench.mjs
import { performance } from "node:perf_hooks";
import { insightsReport } from "../packages/core/dist/insights/index.js";
import { prng } from "./prng.mjs";

// mulberry32: a tiny seeded PRNG, so every run sees the same data.
const rand = prng(20260105);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const PATTERNS = [
  "squat",
  "hinge",
  "lunge",
  "hip-extension",
  "horizontal-push",
  "horizontal-pull",
  "vertical-pull",
  "anti-extension",
];
const MUSCLES = [
  "quads",
  "glutes",
  "hamstrings",
  "chest",
  "lats",
  "upper-back",
  "shoulders",
  "abs",
  "triceps",
  "biceps",
];
const exercises = Array.from({ length: 40 }, (_, i) => ({
  id: `exercise-${i}`,
  name: `Exercise ${i}`,
  pattern: PATTERNS[i % PATTERNS.length],
  primaryMuscles: [MUSCLES[i % MUSCLES.length], MUSCLES[(i + 3) % MUSCLES.length]],
  beltEligible: i % 5 === 0,
}));

const DAYS = 5 * 365 + 1;
const start = Date.UTC(2021, 0, 4);
const dayStr = (n) => new Date(start + n * 86_400_000).toISOString().slice(0, 10);

const sessions = [];
const sets = [];
const checkins = [];
const daily = [];
for (let d = 0; d < DAYS; d++) {
  const date = dayStr(d);
  if (rand() < 0.986) {
    checkins.push({
      date,
      painNow: int(0, 6),
      sleep: { hours: int(5, 9), quality: int(1, 5), position: "side", supportUsed: rand() < 0.6 },
      habits: { lumbarSupport: rand() < 0.5, sittingHours: int(2, 10), foamRolling: rand() < 0.3 },
      function: null,
      updatedAt: `${date}T07:00:00Z`,
    });
  }
  for (let k = 0; k < 3; k++) daily.push({ date, kind: "water", amountMl: int(300, 900) });
  if (rand() < 0.3) daily.push({ date, kind: "blood-flow", name: "foam-rolling", minutes: int(5, 20) });
  if (rand() < 0.712) {
    const id = `session-${sessions.length}`;
    sessions.push({ id, date, painBefore: int(0, 5), painAfter: int(0, 6), recovery: false });
    // A heavy session: 9 to 12 exercises of 5 to 7 sets each (the first set of each a warm-up), about 62 sets.
    const nExercises = int(9, 12);
    let setIndex = 0;
    for (let x = 0; x < nExercises; x++) {
      const ex = pick(exercises);
      const nSets = int(5, 7);
      for (let s = 0; s < nSets; s++) {
        const pain = rand() < 0.05 ? null : int(0, 4) + (rand() < 0.03 ? 3 : 0);
        const kind = pain === null ? null : rand() < 0.004 ? "sharp" : rand() < 0.2 ? "tightness" : "none";
        sets.push({
          id: `${id}-set-${setIndex}`,
          sessionId: id,
          exerciseId: ex.id,
          setIndex: setIndex++,
          warmup: s === 0,
          setType: "normal",
          reps: int(3, 12),
          loadKg: int(20, 180),
          rir: rand() < 0.7 ? int(0, 4) : null,
          rpe: null,
          belt: ex.beltEligible && s > 0 && rand() < 0.3,
          pain,
          painKind: kind,
        });
      }
    }
  }
}

const input = {
  sessions,
  sets,
  checkins,
  daily,
  exercises,
  profile: { aggravating: [{ exerciseId: "exercise-3" }], cleared: ["exercise-7"] },
  from: dayStr(0),
  to: dayStr(DAYS - 1),
  waterTargetMl: 2000,
  functionScore: () => null,
};

// The floor: one plain pass over the same arrays, reading every field the insights read, computing nothing.
function floorPass() {
  let acc = 0;
  for (const s of sessions) {
    acc += (s.painBefore ?? 0) + s.date.length + s.id.length;
    if (s.recovery) acc++;
  }
  for (const x of sets) {
    acc += (x.pain ?? 0) + (x.reps ?? 0) * (x.loadKg ?? 0) + (x.rir ?? 0) + (x.rpe ?? 0);
    if (x.belt) acc++;
    if (x.warmup) acc++;
    if (x.painKind === "sharp") acc++;
    if (x.sessionId === x.exerciseId) acc++;
  }
  for (const c of checkins) {
    acc += c.painNow + c.date.length + (c.sleep?.hours ?? 0) + (c.habits?.sittingHours ?? 0);
    if (c.sleep?.supportUsed) acc++;
    if (c.habits?.lumbarSupport) acc++;
    if (c.habits?.foamRolling) acc++;
  }
  for (const e of daily) {
    acc += (e.amountMl ?? 0) + (e.minutes ?? 0) + e.date.length;
    if (e.kind === "support" && e.used) acc++;
  }
  return acc;
}

// Wall time and process CPU time of each run. On a shared machine wall time includes waiting for a core, so the
// CPU time (all threads of this process, GC included) is the fairer figure; both are printed, best and median.
function measure(fn, runs) {
  const wall = [];
  const cpu = [];
  let sink;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink = fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const stats = (xs) => {
    xs.sort((a, b) => a - b);
    return { best: xs[0], median: xs[Math.floor(xs.length / 2)] };
  };
  return { wall: stats(wall), cpu: stats(cpu), sink };
}

// Warm both up so the JIT has compiled them before timing.
for (let i = 0; i < 5; i++) {
  floorPass();
  insightsReport(input);
}
const floor = measure(floorPass, 200);
const full = measure(() => insightsReport(input), 40);
const r = full.sink;

console.log(
  `insights.bench sessions=${sessions.length} sets=${sets.length} checkins=${checkins.length} daily=${daily.length}`,
);
const f2 = (n) => n.toFixed(2);
for (const kind of ["wall", "cpu"]) {
  const a = floor[kind];
  const b = full[kind];
  console.log(`${kind} floor_ms best=${f2(a.best)} median=${f2(a.median)}`);
  console.log(`${kind} insights_ms best=${f2(b.best)} median=${f2(b.median)}`);
  console.log(`${kind} ratio best=${(b.best / a.best).toFixed(1)} median=${(b.median / a.median).toFixed(1)}`);
}
console.log(
  `outputs exercises=${r.stats.length} triggers=${r.triggers.length} habits=${r.habits.length} trend_days=${r.trends.pain.length} e1rm_points=${r.trends.e1rm.reduce((n, e) => n + e.points.length, 0)}`,
);
