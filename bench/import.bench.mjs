// Importing five years of a heavy Strong user (about 1,300 workouts, 80,000 sets) through POST /import on SQLite:
// the dry run, the real import, and the same file again (everything already there), next to the floor of reading
// the CSV with papaparse alone and to the core's parse. Prints each time and its ratio to the floor.
// Run after `npx tsc -b`:  node bench/import.bench.mjs
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { addDays, parseWorkoutExport } from "@spotter/core";
import { openDatabase, uuidv7 } from "@spotter/db";
import { createApp, NO_RATE_LIMITS } from "@spotter/server";
import Papa from "papaparse";
import { prng } from "./prng.mjs";

const rand = prng(7);
const NAMES = [
  "Squat (Barbell)",
  "Bench Press (Barbell)",
  "Deadlift (Barbell)",
  "Bent Over Row (Barbell)",
  "Overhead Press (Barbell)",
  "Leg Press",
  "Lat Pulldown (Cable)",
  "Hip Thrust (Barbell)",
  "Bicep Curl (Dumbbell)",
  "Plank",
  "Bulgarian Split Squat",
  "Cable Crunch Deluxe",
];

const lines = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
];
let workouts = 0;
for (let d = 0; d < 5 * 365; d++) {
  if (rand() > 0.72) continue;
  workouts++;
  const date = `${addDays("2021-11-01", d)} 18:${String(10 + Math.floor(rand() * 40)).padStart(2, "0")}:00`;
  for (let e = 0; e < 6; e++) {
    const name = NAMES[Math.floor(rand() * NAMES.length)];
    const load = (40 + Math.floor(rand() * 30) * 2.5).toFixed(1);
    lines.push(`${date},"Day",1h 5m,"${name}",W,${(load / 2).toFixed(1)},8,0,0,"","",`);
    for (let s = 1; s <= 10; s++)
      lines.push(`${date},"Day",1h 5m,"${name}",${s},${load},${6 + Math.floor(rand() * 6)},0,0,"","",8`);
  }
}
const text = lines.join("\n");
const rows = lines.length - 1;
console.log(`file: ${workouts} workouts, ${rows} rows, ${(text.length / 1024 / 1024).toFixed(1)} MiB`);

function time(fn) {
  const t = performance.now();
  const out = fn();
  return [performance.now() - t, out];
}
async function timeAsync(fn) {
  const t = performance.now();
  const out = await fn();
  return [performance.now() - t, out];
}

const [floor] = time(() => Papa.parse(text, { header: true, skipEmptyLines: true }));
const [parse, parsed] = time(() => parseWorkoutExport(text, "strong", { unit: "kg", timeZone: "Europe/Berlin" }));
if (!parsed.ok) throw new Error(parsed.message);

const dir = mkdtempSync(join(tmpdir(), "spotter-import-bench-"));
const db = await openDatabase({ dataDir: dir });
const app = createApp({
  db,
  now: () => Date.now(),
  newId: () => uuidv7(),
  registration: "open",
  rateLimits: NO_RATE_LIMITS,
});
const reg = await app.request("/api/v1/auth/register", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: "bench@example.com", password: "bench password 1" }),
});
const cookie = (reg.headers.get("set-cookie") ?? "").split(";")[0];
const post = (q) =>
  timeAsync(async () => {
    const res = await app.request(`/api/v1/import?format=strong&unit=kg${q}`, {
      method: "POST",
      headers: { "content-type": "text/csv", cookie },
      body: text,
    });
    const body = await res.json();
    if (res.status >= 400) throw new Error(JSON.stringify(body).slice(0, 300));
    return body;
  });
const [dry, dryBody] = await post("&dryRun=1");
const [real, realBody] = await post("");
const [again, againBody] = await post("");
if (realBody.sets + realBody.skipped.length !== rows || againBody.sets !== 0) throw new Error("import counts are off");

const row = (label, ms) => `| ${label} | ${ms.toFixed(0)} ms | ${(ms / floor).toFixed(1)}x |`;
console.log("| step | time | vs papaparse alone |");
console.log("|---|---|---|");
console.log(row("papaparse over the file (floor)", floor));
console.log(row("core parse (Strong rules, dates in the zone, units, keys)", parse));
console.log(row(`POST /import dry run (${dryBody.sets} sets previewed)`, dry));
console.log(row(`POST /import (${realBody.sets} sets stored in one transaction)`, real));
console.log(row(`POST /import again (${againBody.alreadyImported} already there, 0 added)`, again));
await db.close();
rmSync(dir, { recursive: true, force: true });
