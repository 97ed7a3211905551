// Peak memory of importing a 30 MB Strong export through POST /import on SQLite, in a `spotter serve` process (issue 17: a 30 MB file under
// 400 MB resident), with the size of the answer. A tenth of the workouts are written again at the end, as in two
// exports pasted together, so the answer has many repeated skip reasons to summarise.
// Run after `npx tsc -b`:  node bench/import-memory.mjs [MiB]
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { addDays } from "@spotter/core";
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
const repeated = [];
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
  if (rand() < 0.1) repeated.push(...rows);
  for (const r of rows) {
    lines.push(r);
    bytes += r.length + 1;
  }
}
// The repeated workouts come after the rest, as in a second export pasted below the first: every row of them is
// reported as a repeat, and the answer must summarise them.
const text = [...lines, ...repeated].join("\n");
const mib = (n) => (n / 1024 / 1024).toFixed(1);
console.log(`file: ${workouts} workouts, ${mib(text.length)} MiB`);

// The server runs as its own process (`spotter serve`), as in production: its peak resident memory (VmHWM) is read
// from /proc after the import, so the generator's memory here does not count.
const dir = mkdtempSync(join(tmpdir(), "spotter-import-mem-"));
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const child = spawn(
  process.execPath,
  [join(root, "packages/cli/bin/spotter.js"), "serve", "--port", "0", "--data", dir],
  {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      SPOTTER_REGISTRATION: "open",
      SPOTTER_LOG_LEVEL: "warn",
      SPOTTER_RATE_LIMITS: "register=1000/1h",
    },
  },
);
let output = "";
const url = await new Promise((resolve, reject) => {
  const onData = (b) => {
    output += b.toString();
    const m = output.match(/Spotter listening on (http:\/\/[^\s]+)/);
    if (m) resolve(m[1]);
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
});
const status = () => readFileSync(`/proc/${child.pid}/status`, "utf8");
const kib = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status())?.[1] ?? 0) * 1024;
const reg = await fetch(`${url}/api/v1/auth/register`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: "bench@example.com", password: "bench password 1" }),
});
const cookie = (reg.headers.get("set-cookie") ?? "").split(";")[0];
const before = kib("VmRSS");
const t0 = Date.now();
// node:http, not fetch: fetch gives up on an answer that takes over five minutes to start.
const res = await new Promise((resolve, reject) => {
  const req = request(
    `${url}/api/v1/import?format=strong&unit=kg`,
    { method: "POST", headers: { "content-type": "text/csv", cookie } },
    (r) => {
      let data = "";
      r.setEncoding("utf8");
      r.on("data", (c) => {
        data += c;
      });
      r.on("end", () => resolve({ status: r.statusCode, text: data }));
    },
  );
  req.on("error", reject);
  req.end(text);
});
const answer = res.text;
const peak = kib("VmHWM");
child.kill("SIGTERM");
const body = JSON.parse(answer);
if (res.status !== 201) throw new Error(answer.slice(0, 300));
console.log(`| import of ${targetMiB} MiB (spotter serve, SQLite) | value |`);
console.log("|---|---|");
console.log(`| sets stored | ${body.sets} |`);
console.log(`| rows skipped | ${body.skippedRows ?? body.skipped.length} |`);
console.log(`| answer size | ${(answer.length / 1024).toFixed(1)} KiB |`);
console.log(`| server resident before the request | ${mib(before)} MiB |`);
console.log(`| server peak resident (VmHWM) | ${mib(peak)} MiB |`);
console.log(`| time | ${((Date.now() - t0) / 1000).toFixed(1)} s |`);
rmSync(dir, { recursive: true, force: true });
