// The insights over HTTP for one heavy user (5 years: ~1,300 sessions, ~80,000 sets, ~1,800 check-ins), next to
// the same computation in-process from arrays already in memory. Prints each endpoint's time and the ratio.
// Run after `npx tsc -b`:  node bench/insights-api.bench.mjs
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { addDays, allExercises, insightsReport } from "@spotter/core";
import { uuidv7 } from "@spotter/db";
import { createApp } from "@spotter/server";
import { DAYS, loginHeavyUser, START, seedHeavyUser } from "./heavyUser.mjs";

const { db, dir } = await seedHeavyUser();
const now = Date.parse(`${addDays(START, DAYS)}T12:00:00Z`);

const app = createApp({ db, now: () => now, newId: () => uuidv7(now), registration: "open" });
const cookie = await loginHeavyUser(app);

async function time(label, fn, runs = 5) {
  const c = performance.now();
  await fn();
  const cold = performance.now() - c;
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn();
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  return { label, cold, median: ms[Math.floor(ms.length / 2)], best: ms[0] };
}

// The in-process computation, from arrays already loaded (what the endpoints compute after their queries).
const { loadUserLogForBench } = await import("./insights-api.load.mjs");
const log = await loadUserLogForBench(app, cookie);
const compute = await time("insightsReport in memory", () =>
  insightsReport({
    sessions: log.sessions,
    sets: log.sets,
    checkins: log.checkins,
    exercises: allExercises(),
    profile: {},
    from: addDays(START, DAYS - 365),
    to: addDays(START, DAYS),
  }),
);
const rows = [compute];
for (const path of ["/insights/triggers", "/insights/habits", "/insights/trends"]) {
  rows.push(
    await time(`GET ${path}`, async () => {
      const r = await app.request(`/api/v1${path}`, { headers: { cookie } });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
    }),
  );
}
for (const r of rows) {
  console.log(
    `${r.label.padEnd(28)} first ${r.cold.toFixed(0)} ms, then median ${r.median.toFixed(1)} ms (best ${r.best.toFixed(1)}): ` +
      `${(r.median / compute.median).toFixed(1)}x the in-memory computation`,
  );
}
await db.close();
rmSync(dir, { recursive: true, force: true });
