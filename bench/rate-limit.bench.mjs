// Rate limits: what counting a request costs. One counter hit (the atomic upsert) and a login's three, measured
// directly, and over HTTP the unauthenticated `GET /api/v1/share/:token` with `share-open` counted against the same
// request with limits off (autocannon, 10 connections). SQLite file always; PostgreSQL too when
// SPOTTER_BENCH_DATABASE_URL (or SPOTTER_TEST_DATABASE_URL) is set.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { dropSchema, hitCounters, openDatabase, uuidv7 } from "@spotter/db";
import { createApp, DEFAULT_RATE_LIMITS, NO_RATE_LIMITS } from "@spotter/server";
import autocannon from "autocannon";

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const HITS = 2000;

async function perHit(db, counters) {
  const now = Date.now();
  const t = performance.now();
  for (let i = 0; i < HITS; i++) {
    await hitCounters(
      db.kysely,
      counters.map((c) => ({ key: `${c}-${i % 50}`, windowMs: 3_600_000 })),
      now,
    );
  }
  return (performance.now() - t) / HITS;
}

async function overHttp(db, rateLimits) {
  const app = createApp({ db, now: () => Date.now(), newId: () => uuidv7(), registration: "open", rateLimits });
  const s = await new Promise((resolve) => {
    const x = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(x));
  });
  const url = `http://127.0.0.1:${s.address().port}/api/v1/share/${randomBytes(32).toString("base64url")}`;
  const r = await new Promise((resolve, reject) =>
    autocannon({ url, connections: 10, duration: DURATION }, (err, res) => (err ? reject(err) : resolve(res))),
  );
  s.closeAllConnections?.();
  await new Promise((resolve) => s.close(() => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99 };
}

async function engine(name, open, done) {
  const db = await open();
  try {
    const one = await perHit(db, ["one"]);
    const three = await perHit(db, ["pair", "address", "account"]);
    const off = await overHttp(db, NO_RATE_LIMITS);
    // Counted but never reached: the figure is the cost of counting, not of refusing.
    const on = await overHttp(db, { ...DEFAULT_RATE_LIMITS, "share-open": { count: 1e9, windowMs: 3_600_000 } });
    console.log(`${name}: one counter ${one.toFixed(2)} ms a hit, a login's three ${three.toFixed(2)} ms`);
    console.log(`${name}: GET /share/:token limits off ${off.rps} req/s (p50 ${off.p50} ms, p99 ${off.p99} ms)`);
    console.log(
      `${name}: GET /share/:token counted   ${on.rps} req/s (p50 ${on.p50} ms, p99 ${on.p99} ms), ${(on.rps / off.rps).toFixed(2)}x`,
    );
  } finally {
    await db.close();
    await done();
  }
}

const dir = mkdtempSync(join(tmpdir(), "spotter-ratelimit-bench-"));
await engine(
  "SQLite file",
  () => openDatabase({ dataDir: dir }),
  async () => rmSync(dir, { recursive: true, force: true }),
);
const url = process.env.SPOTTER_BENCH_DATABASE_URL ?? process.env.SPOTTER_TEST_DATABASE_URL;
if (url) {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  await engine(
    "PostgreSQL",
    () => openDatabase({ databaseUrl: url, schema }),
    () => dropSchema(url, schema),
  );
}
