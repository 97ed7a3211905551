// The insights over HTTP for one heavy user (5 years: ~1,300 sessions, ~80,000 sets, ~1,800 check-ins), next to
// the same computation in-process from arrays already in memory. Prints each endpoint's time and the ratio.
// Run after `npx tsc -b`:  node bench/insights-api.bench.mjs
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { addDays, allExercises, insightsReport, normaliseRedFlags, RED_FLAG_KEYS } from "@spotter/core";
import { insertCheckin, insertSession, insertSet, insertUser, openDatabase, uuidv7 } from "@spotter/db";
import { createApp, hashPassword } from "@spotter/server";
import { prng } from "./prng.mjs";

const rand = prng(42);
const exercises = allExercises().filter((e) => e.loaded);
const pool = exercises.slice(0, 40);
const START = "2021-11-01";
const DAYS = 5 * 365;

const dir = mkdtempSync(join(tmpdir(), "spotter-insights-bench-"));
const db = await openDatabase({ dataDir: dir });
const userId = uuidv7();
const now = Date.parse(`${addDays(START, DAYS)}T12:00:00Z`);
await insertUser(db.kysely, {
  id: userId,
  email: "heavy@example.com",
  passwordHash: await hashPassword("heavy user 1"),
  createdAt: Date.parse(`${START}T00:00:00Z`),
});

const t0 = performance.now();
let nSessions = 0;
let nSets = 0;
let nCheckins = 0;
await db.kysely.transaction().execute(async (trx) => {
  for (let d = 0; d < DAYS; d++) {
    const date = addDays(START, d);
    const iso = `${date}T07:00:00.000Z`;
    if (rand() < 0.985) {
      nCheckins++;
      await insertCheckin(trx, userId, {
        id: uuidv7(),
        clientId: uuidv7(),
        date,
        painNow: Math.floor(rand() * 5),
        everydayPain: rand() < 0.7 ? "none" : "some",
        regions: [],
        nerve: [],
        redFlags: normaliseRedFlags(d % 7 === 0 ? Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false])) : {}),
        sleep: { hours: 6 + Math.floor(rand() * 3), quality: 3, position: "side", supportUsed: rand() < 0.5 },
        habits: { lumbarSupport: rand() < 0.5, sittingHours: 4 + Math.floor(rand() * 5), foamRolling: rand() < 0.3 },
        function: null,
        note: null,
        createdAt: iso,
        updatedAt: iso,
      });
    }
    if (d % 7 !== 2 && d % 7 !== 6) {
      nSessions++;
      const id = uuidv7();
      const started = `${date}T17:00:00.000Z`;
      await insertSession(trx, userId, {
        id,
        clientId: uuidv7(),
        date,
        startedAt: started,
        finishedAt: `${date}T18:15:00.000Z`,
        painBefore: Math.floor(rand() * 4),
        painAfter: Math.floor(rand() * 4),
        note: null,
        title: null,
        recovery: false,
        source: "spotter",
        createdAt: started,
        updatedAt: started,
      });
      let setIndex = 0;
      for (let e = 0; e < 8; e++) {
        const ex = pool[Math.floor(rand() * pool.length)];
        for (let k = 0; k < 7 + Math.floor(rand() * 3); k++) {
          nSets++;
          const pain = Math.floor(rand() * 4);
          await insertSet(trx, userId, {
            id: uuidv7(),
            clientId: uuidv7(),
            sessionId: id,
            exerciseId: ex.id,
            setIndex: setIndex++,
            warmup: k < 1,
            setType: "normal",
            reps: 5 + Math.floor(rand() * 8),
            loadKg: 20 + Math.floor(rand() * 80),
            seconds: null,
            distanceM: null,
            rir: 2,
            rpe: null,
            belt: rand() < 0.1,
            pain,
            painKind: rand() < 0.002 ? "sharp" : pain >= 2 ? "tightness" : "none",
            flagged: false,
            createdAt: started,
            updatedAt: started,
          });
        }
      }
    }
  }
});
console.log(
  `data: ${nSessions} sessions, ${nSets} sets, ${nCheckins} check-ins (inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);

const app = createApp({ db, now: () => now, newId: () => uuidv7(now), registration: "open" });
const login = await app.request("/api/v1/auth/login", {
  method: "POST",
  body: JSON.stringify({ email: "heavy@example.com", password: "heavy user 1" }),
});
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];

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
