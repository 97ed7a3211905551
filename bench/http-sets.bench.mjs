// Logging sets over HTTP: autocannon with 200 connections, one user each (BENCH_USERS), for 10 s (BENCH_SECONDS)
// against Spotter's POST /sessions/:id/sets, next to a bare Hono endpoint started in the same run (the floor). Prints
// req/s, p50, p99, errors and the ratio to the floor. SQLite always; PostgreSQL too when SPOTTER_BENCH_DATABASE_URL
// (or SPOTTER_TEST_DATABASE_URL) is set; BENCH_ENGINES=sqlite (or postgres) runs one. Aims (issue 19): 25% of the
// floor on SQLite, p99 under 50 ms, no errors. BENCH_PROFILE=<dir> writes a CPU profile of each engine's load phase
// there and prints its milliseconds per set by stage of the set path (cpuProfile.mjs).
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { dropSchema, openDatabase, uuidv7 } from "@spotter/db";
import { createApp, createLogger, NO_RATE_LIMITS } from "@spotter/server";
import autocannon from "autocannon";
import { Hono } from "hono";
import { startProfile } from "./cpuProfile.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const USERS = Number(process.env.BENCH_USERS ?? 200);
const CONNECTIONS = USERS;
const SESSIONS_PER_USER = 5;
const ENGINES = (process.env.BENCH_ENGINES ?? "sqlite,postgres").split(",");
const PROFILE_DIR = process.env.BENCH_PROFILE;
/** PostgreSQL connections of the server under test (BENCH_PG_POOL; the server's default is 10). */
const PG_POOL = process.env.BENCH_PG_POOL ? Number(process.env.BENCH_PG_POOL) : undefined;

function listen(fetch) {
  return new Promise((resolve) => {
    const s = serve({ fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
}

async function close(s) {
  s.closeAllConnections?.();
  await new Promise((resolve) => s.close(() => resolve()));
  // Handlers of requests cut off by the close may still be running: let them end before the database closes.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

function run(url, opts) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...opts }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
  });
}

const summary = (r) => ({
  rps: Math.round(r.requests.average),
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.non2xx,
  sets: r["2xx"],
  errorKinds: `${r.timeouts} timeouts, ${r.non2xx} non-2xx, ${r.errors - r.timeouts} other`,
});

/** Prints a load phase's profile as milliseconds of CPU per answered set, stage by stage. */
function printProfile(name, profiled, sets) {
  const rows = Object.entries(profiled.stages).sort((a, b) => b[1] - a[1]);
  const busy = rows.filter(([k]) => k !== "idle" && !k.startsWith("load generator")).reduce((t, [, v]) => t + v, 0);
  console.log(`${name}: profile ${profiled.file}; ${sets} sets, ${(busy / sets).toFixed(3)} ms of server CPU a set:`);
  for (const [k, v] of rows) console.log(`  ${(v / sets).toFixed(3).padStart(7)} ms/set  ${k}`);
}

async function bare() {
  const app = new Hono();
  app.post("/bare", async (c) => c.json({ ok: true, got: (await c.req.json()).clientId }, 201));
  const s = await listen(app.fetch);
  const url = `http://127.0.0.1:${s.address().port}/bare`;
  const r = await run(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    setupClient: (client) => client.setBody(JSON.stringify({ clientId: randomUUID() })),
  });
  await close(s);
  return summary(r);
}

/** Registers one user in-process and opens their sessions; resolves with the cookie and the session ids. */
async function makeUser(app, today) {
  const reg = await app.request("/api/v1/auth/register", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: `bench-${randomBytes(6).toString("hex")}@example.com`, password: "bench password" }),
  });
  const cookie = (reg.headers.get("set-cookie") ?? "").split(";")[0];
  const sessions = [];
  for (let k = 0; k < SESSIONS_PER_USER; k++) {
    const s = await app
      .request("/api/v1/sessions", {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({
          clientId: randomUUID(),
          date: today,
          startedAt: new Date().toISOString(),
          painBefore: 1,
        }),
      })
      .then((r) => r.json());
    sessions.push(s.id);
  }
  return { cookie, sessions, logged: 0 };
}

async function spotter(name, db) {
  const app = createApp({
    db,
    now: () => Date.now(),
    newId: () => uuidv7(),
    registration: "open",
    rateLimits: NO_RATE_LIMITS,
    logger: createLogger("silent"),
  });
  const today = new Date().toISOString().slice(0, 10);
  const users = [];
  // Registration runs Argon2id on the thread pool: a few at a time keeps set-up short without starving the pool.
  for (let k = 0; k < USERS; k += 8) {
    users.push(...(await Promise.all(Array.from({ length: Math.min(8, USERS - k) }, () => makeUser(app, today)))));
  }
  const s = await listen(app.fetch);
  const base = `http://127.0.0.1:${s.address().port}`;
  let nextUser = 0;
  const profiler = PROFILE_DIR ? await startProfile() : null;
  const r = await run(`${base}/api/v1/sessions/${users[0].sessions[0]}/sets`, {
    method: "POST",
    requests: [
      {
        // Each connection is one user (context is per connection): their sets, about 30 a session.
        setupRequest: (req, context) => {
          if (context.user === undefined) context.user = users[nextUser++ % users.length];
          const u = context.user;
          const i = u.logged++;
          return {
            ...req,
            path: `/api/v1/sessions/${u.sessions[Math.floor(i / 30) % u.sessions.length]}/sets`,
            headers: { "content-type": "application/json", cookie: u.cookie },
            body: JSON.stringify({
              clientId: randomUUID(),
              exerciseId: "leg-press-upright",
              setIndex: i % 20,
              warmup: false,
              reps: 10,
              loadKg: 120,
              rir: 2,
              belt: false,
              pain: 1,
              painKind: "none",
            }),
          };
        },
      },
    ],
  });
  const profiled = profiler ? await profiler.stop(PROFILE_DIR, `http-sets-${name.replace(/\W+/g, "-")}`) : null;
  await close(s);
  if (profiled) printProfile(name, profiled, r["2xx"]);
  return { name, ...summary(r) };
}

const floor = await bare();
console.log(
  `${CONNECTIONS} connections, ${DURATION} s each. bare Hono endpoint: ${floor.rps} req/s, p50 ${floor.p50} ms, ` +
    `p99 ${floor.p99} ms, errors ${floor.errors}`,
);
const dir = mkdtempSync(join(tmpdir(), "spotter-bench-"));
const results = [];
if (ENGINES.includes("sqlite")) {
  const sqlite = await openDatabase({ dataDir: dir });
  results.push(await spotter("SQLite", sqlite));
  await sqlite.close();
}
rmSync(dir, { recursive: true, force: true });
const pgUrl = process.env.SPOTTER_BENCH_DATABASE_URL ?? process.env.SPOTTER_TEST_DATABASE_URL;
if (!ENGINES.includes("postgres")) {
  // Left out on request.
} else if (pgUrl) {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const pg = await openDatabase({ databaseUrl: pgUrl, schema, poolSize: PG_POOL });
  results.push(await spotter(`PostgreSQL (pool ${PG_POOL ?? 10})`, pg));
  await pg.close();
  await dropSchema(pgUrl, schema);
} else {
  console.log("PostgreSQL: skipped (set SPOTTER_BENCH_DATABASE_URL to include it)");
}
const bareAgain = await bare();
console.log(`bare Hono endpoint again (after): ${bareAgain.rps} req/s, p99 ${bareAgain.p99} ms`);
for (const r of results) {
  console.log(
    `POST /sessions/:id/sets on ${r.name}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}; ` +
      `${(r.rps / floor.rps).toFixed(2)}x the bare endpoint's throughput (${r.errorKinds})`,
  );
}
