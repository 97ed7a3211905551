// Bounded work (issue 18): how long one heavy request holds the event loop, so every other user waits. For each
// heavy request it prints the request's time and the event loop's worst delay while it ran (perf_hooks
// monitorEventLoopDelay), next to a cheap request in the same run:
// - a share link of an account whose first check-in is dated 2000 (readiness walked every day since then);
// - POST /import of a 20 MB Strong export;
// - the clinician report PDF of a year;
// - the first load of a five-year log (a fresh server, then GET /insights/trends).
// Run after `npx tsc -b`:  node bench/bounded.bench.mjs   (SPOTTER_BENCH_MB=5 for a smaller file;
// SPOTTER_BENCH_DATABASE_URL=postgres://... to run on PostgreSQL, in a schema of its own that is dropped after)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { addDays, localDay } from "@spotter/core";
import { openDatabase, uuidv7 } from "@spotter/db";
import { createApp } from "@spotter/server";
import { sql } from "kysely";
import { prng } from "./prng.mjs";

const TARGET_MB = Number(process.env.SPOTTER_BENCH_MB ?? 20);
const rand = prng(18);
const today = localDay(Date.now(), "UTC");

/** A Strong export of about TARGET_MB, one workout most days, ending yesterday. */
function strongExport() {
  const names = ["Squat (Barbell)", "Bench Press (Barbell)", "Deadlift (Barbell)", "Bent Over Row (Barbell)"];
  const lines = [
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  ];
  let size = lines[0].length;
  // Walk back from yesterday, so the last year of the file is the year the PDF covers.
  for (let d = 1; size < TARGET_MB * 1024 * 1024; d++) {
    const date = `${addDays(today, -d)} 18:${String(10 + Math.floor(rand() * 40)).padStart(2, "0")}:00`;
    for (let e = 0; e < 6; e++) {
      const name = names[Math.floor(rand() * names.length)];
      const load = (40 + Math.floor(rand() * 30) * 2.5).toFixed(1);
      for (let s = 1; s <= 10; s++) {
        const line = `${date},"Day",1h 5m,"${name}",${s},${load},${6 + Math.floor(rand() * 6)},0,0,"","",8`;
        lines.push(line);
        size += line.length + 1;
      }
    }
  }
  return lines.join("\n");
}

/**
 * Runs `fn` while watching the event loop: [ms taken, worst event-loop delay in ms, result]. The delay is read
 * after one more turn of the loop, since a blocked loop reports its delay only when it runs again.
 */
async function watched(fn) {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  await new Promise((r) => setTimeout(r, 20));
  const t = performance.now();
  const out = await fn();
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 20));
  h.disable();
  return [ms, h.max / 1e6, out];
}

const dir = mkdtempSync(join(tmpdir(), "spotter-bounded-bench-"));
const databaseUrl = process.env.SPOTTER_BENCH_DATABASE_URL;
const schema = `bench_bounded_${process.pid}`;
const open = () => openDatabase(databaseUrl ? { databaseUrl, schema } : { dataDir: dir });
let db = await open();
const deps = () => ({ db, now: () => Date.now(), newId: () => uuidv7(), registration: "open", signupsPerHour: 1e9 });
let app = createApp(deps());

async function call(method, path, cookie, body, type = "application/json") {
  const res = await app.request(`/api/v1${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": type }), ...(cookie ? { cookie } : {}) },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res;
}
async function register(email) {
  const res = await call("POST", "/auth/register", null, { email, password: "bench password 1" });
  return (res.headers.get("set-cookie") ?? "").split(";")[0];
}

const rows = [];
const row = (label, ms, delay) => rows.push(`| ${label} | ${ms.toFixed(0)} ms | ${delay.toFixed(0)} ms |`);

// The cheap request every figure is compared with.
const cheapUser = await register("cheap@example.com");
await call("GET", "/readiness", cheapUser);
const [cheap, cheapDelay] = await watched(() => call("GET", "/readiness", cheapUser));
row("a cheap request (GET /readiness of a new account)", cheap, cheapDelay);

// 1. A share link of an account with a check-in dated 2000-01-01 and the last 90 days.
const old = await register("old@example.com");
await call("POST", "/checkins", old, { clientId: uuidv7(), date: "2000-01-01", painNow: 4, everydayPain: "some" });
for (let d = 89; d >= 0; d--) {
  const date = addDays(today, -d);
  await call("POST", "/checkins", old, { clientId: uuidv7(), date, painNow: 3 + (d % 3), everydayPain: "some" });
}
const share = await (await call("POST", "/shares", old, {})).json();
const token = new URL(share.url, "http://x").pathname.split("/").pop();
const [shareMs, shareDelay] = await watched(() => call("GET", `/share/${token}`, null));
row("share link, account with a check-in dated 2000 (GET /api/v1/share/:token)", shareMs, shareDelay);

// 2. A 20 MB import.
const text = strongExport();
const heavy = await register("heavy@example.com");
const [importMs, importDelay, importRes] = await watched(() =>
  call("POST", "/import?format=strong&unit=kg", heavy, text, "text/csv"),
);
const imported = await importRes.json();
row(`POST /import of ${(text.length / 1024 / 1024).toFixed(1)} MiB (${imported.sets} sets)`, importMs, importDelay);

// 3. The clinician report PDF of the last year (a check-in most days of it).
for (let d = 364; d >= 0; d -= 2) {
  const date = addDays(today, -d);
  await call("POST", "/checkins", heavy, { clientId: uuidv7(), date, painNow: d % 7, everydayPain: "none" });
}
const from = addDays(today, -364);
const [pdfMs, pdfDelay, pdfRes] = await watched(() =>
  call("GET", `/reports/clinician?format=pdf&from=${from}&to=${today}`, heavy),
);
const pdfBytes = (await pdfRes.arrayBuffer()).byteLength;
row(`report PDF of a year (${(pdfBytes / 1024).toFixed(0)} KiB)`, pdfMs, pdfDelay);

// 4. The first load of that multi-year log on a fresh server (nothing cached), then the same request again.
await db.close();
db = await open();
app = createApp(deps());
const [firstMs, firstDelay] = await watched(() => call("GET", "/insights/trends", heavy));
row("first load of the whole log (fresh server, GET /insights/trends)", firstMs, firstDelay);
const [againMs, againDelay] = await watched(() => call("GET", "/insights/trends", heavy));
row("the same request again (log cached)", againMs, againDelay);

console.log(
  `today ${today}; ${databaseUrl ? "PostgreSQL" : "SQLite"}; event loop watched with monitorEventLoopDelay (5 ms resolution)`,
);
console.log("| request | time | worst event-loop delay |");
console.log("|---|---|---|");
for (const r of rows) console.log(r);
if (databaseUrl) await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(db.kysely);
await db.close();
rmSync(dir, { recursive: true, force: true });
