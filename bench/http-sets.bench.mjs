// Logging sets over HTTP: autocannon (50 connections, 10 s by default) against Spotter's POST /sessions/:id/sets,
// next to a bare Hono endpoint started in the same run (the floor). Prints req/s, p50, p99 and the ratio.
// SQLite always; PostgreSQL too when SPOTTER_BENCH_DATABASE_URL (or SPOTTER_TEST_DATABASE_URL) is set.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { dropSchema, openDatabase, uuidv7 } from "@spotter/db";
import { createApp, NO_RATE_LIMITS } from "@spotter/server";
import autocannon from "autocannon";
import { Hono } from "hono";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

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
});

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

async function spotter(name, db) {
  const app = createApp({ db, now: () => Date.now(), newId: () => uuidv7(), rateLimits: NO_RATE_LIMITS });
  const s = await listen(app.fetch);
  const base = `http://127.0.0.1:${s.address().port}/api/v1`;
  const reg = await fetch(`${base}/auth/register`, {
    method: "POST",
    body: JSON.stringify({ email: `bench-${randomBytes(4).toString("hex")}@example.com`, password: "bench password" }),
  });
  const cookie = (reg.headers.get("set-cookie") ?? "").split(";")[0];
  const today = new Date().toISOString().slice(0, 10);
  // Sets spread over many sessions, about as many per session as a real one holds.
  const sessions = [];
  for (let k = 0; k < 200; k++) {
    const s = await fetch(`${base}/sessions`, {
      method: "POST",
      headers: { cookie },
      body: JSON.stringify({ clientId: randomUUID(), date: today, startedAt: new Date().toISOString(), painBefore: 1 }),
    }).then((r) => r.json());
    sessions.push(s.id);
  }
  let i = 0;
  const r = await run(`${base}/sessions/${sessions[0]}/sets`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          path: `/api/v1/sessions/${sessions[Math.floor(i / 30) % sessions.length]}/sets`,
          body: JSON.stringify({
            clientId: randomUUID(),
            exerciseId: "leg-press-upright",
            setIndex: i++ % 20,
            warmup: false,
            reps: 10,
            loadKg: 120,
            rir: 2,
            belt: false,
            pain: 1,
            painKind: "none",
          }),
        }),
      },
    ],
  });
  await close(s);
  return { name, ...summary(r) };
}

const floor = await bare();
console.log(`bare Hono endpoint: ${floor.rps} req/s, p50 ${floor.p50} ms, p99 ${floor.p99} ms`);
const dir = mkdtempSync(join(tmpdir(), "spotter-bench-"));
const results = [];
const sqlite = await openDatabase({ dataDir: dir });
results.push(await spotter("SQLite", sqlite));
await sqlite.close();
rmSync(dir, { recursive: true, force: true });
const pgUrl = process.env.SPOTTER_BENCH_DATABASE_URL ?? process.env.SPOTTER_TEST_DATABASE_URL;
if (pgUrl) {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const pg = await openDatabase({ databaseUrl: pgUrl, schema });
  results.push(await spotter("PostgreSQL", pg));
  await pg.close();
  await dropSchema(pgUrl, schema);
} else {
  console.log("PostgreSQL: skipped (set SPOTTER_BENCH_DATABASE_URL to include it)");
}
for (const r of results) {
  console.log(
    `POST /sessions/:id/sets on ${r.name}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}; ` +
      `${(r.rps / floor.rps).toFixed(2)}x the bare endpoint's throughput`,
  );
}
