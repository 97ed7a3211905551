// Peak memory of importing a 30 MB Strong export through POST /import on SQLite (issue 17: a 30 MB file under
// 400 MB resident), with the size of the answer. A tenth of the workouts are written twice, as in two exports
// pasted together, so the answer has many repeated skip reasons to summarise.
// Run after `npx tsc -b`:  node bench/import-memory.mjs [MiB]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays } from "@spotter/core";
import { openDatabase, uuidv7 } from "@spotter/db";
import { createApp, NO_RATE_LIMITS } from "@spotter/server";
import { prng } from "./prng.mjs";

const targetMiB = Number(process.argv[2] ?? 30);
const rand = prng(11);
const NAMES = [
  "Squat (Barbell)",
  "Bench Press (Barbell)",
  "Deadlift (Barbell)",
  "Bent Over Row (Barbell)",
  "Overhead Press (Dumbbell)",
  "Leg Press",
  "Lat Pulldown (Cable)",
  "Hip Thrust (Barbell)",
  "Bicep Curl (Dumbbell)",
  "Plank",
  "Seated Row (Machine)",
  "Cable Crunch Deluxe",
];
const lines = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
];
let bytes = lines[0].length;
let workouts = 0;
for (let d = 0; bytes < targetMiB * 1024 * 1024; d++) {
  workouts++;
  const date = `${addDays("1990-01-01", d)} 18:${String(10 + Math.floor(rand() * 40)).padStart(2, "0")}:${String(Math.floor(rand() * 60)).padStart(2, "0")}`;
  const rows = [];
  for (let e = 0; e < 6; e++) {
    const name = NAMES[Math.floor(rand() * NAMES.length)];
    const load = (40 + Math.floor(rand() * 30) * 2.5).toFixed(1);
    rows.push(`${date},"Day ${d % 7}",1h 5m,"${name}",WARM_UP,${(load / 2).toFixed(1)},8,0,0,"","",`);
    for (let s = 1; s <= 5; s++)
      rows.push(
        `${date},"Day ${d % 7}",1h 5m,"${name}",${s},${load},${6 + Math.floor(rand() * 6)},0,0,"felt fine","",8`,
      );
  }
  const block = rand() < 0.1 ? [...rows, ...rows] : rows;
  for (const r of block) {
    lines.push(r);
    bytes += r.length + 1;
  }
}
let text = lines.join("\n");
lines.length = 0;
const mib = (n) => (n / 1024 / 1024).toFixed(1);
console.log(`file: ${workouts} workouts, ${mib(text.length)} MiB`);

const dir = mkdtempSync(join(tmpdir(), "spotter-import-mem-"));
const db = await openDatabase({ dataDir: dir });
const app = createApp({ db, now: () => Date.now(), newId: () => uuidv7(), rateLimits: NO_RATE_LIMITS });
const reg = await app.request("/api/v1/auth/register", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: "bench@example.com", password: "bench password 1" }),
});
const cookie = (reg.headers.get("set-cookie") ?? "").split(";")[0];
globalThis.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const t0 = Date.now();
const res = await app.request("/api/v1/import?format=strong&unit=kg", {
  method: "POST",
  headers: { "content-type": "text/csv", cookie },
  body: text,
});
text = "";
const answer = await res.text();
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
const body = JSON.parse(answer);
if (res.status !== 201) throw new Error(answer.slice(0, 300));
console.log(`| import of ${targetMiB} MiB | value |`);
console.log("|---|---|");
console.log(`| sets stored | ${body.sets} |`);
console.log(`| rows skipped | ${body.skippedRows ?? body.skipped.length} |`);
console.log(`| answer size | ${(answer.length / 1024).toFixed(1)} KiB |`);
console.log(`| resident before the request | ${mib(before)} MiB |`);
console.log(
  `| peak resident during the request (process maxRSS) | ${mib(Math.max(peak, process.resourceUsage().maxRSS * 1024))} MiB |`,
);
console.log(`| time | ${((Date.now() - t0) / 1000).toFixed(1)} s |`);
await db.close();
rmSync(dir, { recursive: true, force: true });
