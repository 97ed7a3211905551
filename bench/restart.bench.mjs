// Restart figures for the 5-year heavy user (issue 19): start-up to the first answer with an existing database, the
// resident memory when idle, and GET /today and GET /insights/triggers right after a restart (first call and p99 of
// the next 50), each in a fresh server process. The server warms its log cache after listening (services/log.ts);
// the "first call" is timed both at once after the listening line (it waits for the warm-up's load) and after the
// warm-up. Aims: start-up under 1 s, idle RSS under 150 MB, p99 under 100 ms including the first call.
// Run after `npx tsc -b`:  node bench/restart.bench.mjs
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { addDays, allExercises, normaliseRedFlags, RED_FLAG_KEYS } from "@spotter/core";
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

const app = createApp({ db, now: () => Date.now(), newId: () => uuidv7(), registration: "open" });
// A login, so the user counts as recently seen when the server starts again.
const login = await app.request("/api/v1/auth/login", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: "heavy@example.com", password: "heavy user 1" }),
});
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
if (!cookie) throw new Error(`login failed: ${login.status}`);
await db.close();

const rssMb = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

/** Starts the server in a fresh process; resolves once it listens, with the time that took. */
function start(warm) {
  const code = `
    import { createLogger, startServer } from "@spotter/server";
    const s = await startServer({ port: 0, dataDir: ${JSON.stringify(dir)}, registration: "open",
      warmCache: ${warm}, logger: createLogger("silent") });
    console.log("listening " + s.url);
    s.warming.then((n) => console.log("warmed " + n));`;
  const t = performance.now();
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], { cwd: process.cwd() });
  let out = "";
  let warmed;
  const warmedP = new Promise((r) => {
    warmed = r;
  });
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (b) => {
      out += b;
      const m = /listening (\S+)/.exec(out);
      if (m && !child.url) {
        child.url = m[1];
        resolve({ child, url: m[1], listenMs: performance.now() - t, t0: t, warmed: warmedP });
      }
      if (/warmed (\d+)/.test(out)) warmed(performance.now() - t);
    });
    child.stderr.on("data", (b) => {
      out += b;
    });
    child.once("exit", (c) => reject(new Error(`server exited ${c}: ${out}`)));
  });
}

async function get(url, path) {
  const s = performance.now();
  const r = await fetch(`${url}/api/v1${path}`, { headers: { cookie } });
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
  return performance.now() - s;
}

const p99 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

for (const [label, warm, waitForWarm] of [
  ["no warm-up (as before)", false, false],
  ["warm-up, first call at once", true, false],
  ["warm-up, first call after it", true, true],
]) {
  for (const path of ["/today", "/insights/triggers"]) {
    const s = await start(warm);
    const health = await get(s.url, "/auth/me");
    const firstAnswerMs = performance.now() - s.t0;
    const idle = rssMb(s.child.pid);
    if (waitForWarm) await s.warmed;
    const first = await get(s.url, path);
    const next = [];
    for (let i = 0; i < 50; i++) next.push(await get(s.url, path));
    const after = rssMb(s.child.pid);
    console.log(
      `${label}, GET ${path}: listening ${fmt(s.listenMs)}, first answer ${fmt(firstAnswerMs)} ` +
        `(GET /auth/me ${fmt(health)}); RSS ${idle} MB at start, ${after} MB after; first call ${fmt(first)}, ` +
        `p99 of the next 50 ${fmt(p99(next))} (median ${fmt(next.sort((a, b) => a - b)[25])})`,
    );
    s.child.kill("SIGTERM");
    await new Promise((r) => s.child.once("exit", r));
  }
}
rmSync(dir, { recursive: true, force: true });
