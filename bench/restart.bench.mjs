// Restart figures for the 5-year heavy user (issue 19): start-up to the first answer with an existing database, the
// resident memory when idle, and GET /today and GET /insights/triggers right after a restart (first call and p99 of
// the next 50), each in a fresh server process. The server warms its log cache after listening (services/log.ts);
// the "first call" is timed both at once after the listening line (it waits for the warm-up's load) and after the
// warm-up. Aims: start-up under 1 s, idle RSS under 150 MB, p99 under 100 ms including the first call.
// Run after `npx tsc -b`:  node bench/restart.bench.mjs
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { uuidv7 } from "@spotter/db";
import { createApp } from "@spotter/server";
import { loginHeavyUser, seedHeavyUser } from "./heavyUser.mjs";

const { db, dir } = await seedHeavyUser();

const app = createApp({ db, now: () => Date.now(), newId: () => uuidv7(), registration: "open" });
// A login, so the user counts as recently seen when the server starts again.
const cookie = await loginHeavyUser(app);
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
