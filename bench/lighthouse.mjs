// Lighthouse (mobile profile, simulated throttling) on the login page, Today and the live session of a demo account,
// served by `spotter serve` from the built web app, in Debian's Chromium headless. Prints each page's four category
// scores and the figures behind Performance. Not a CI test: scores move with the machine's load.
//
//   npm run bench:lighthouse                      (builds first)
//   node bench/lighthouse.mjs --web <dir> --json  (another build, e.g. an older one, served by this server)
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages/cli/bin/spotter.js");
const { values } = parseArgs({
  options: {
    web: { type: "string" },
    json: { type: "boolean" },
    runs: { type: "string" },
    details: { type: "boolean" },
    page: { type: "string" },
  },
});
const RUNS = Number(values.runs ?? 1);
const EMAIL = "lighthouse@spotter.local";
const PASSWORD = "lighthouse password";

/** `spotter demo` on the data dir: an account with 12 weeks of history, made before the server starts. */
function demo(dataDir) {
  const r = spawnSync(process.execPath, [cli, "demo", "--data", dataDir, "--email", EMAIL, "--password", PASSWORD], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`spotter demo failed:\n${r.stdout}${r.stderr}`);
}

/**
 * Starts the server in a child process (as `spotter serve` does, with the web app from --web when given) on a free
 * port, and resolves with its URL and a stop function.
 */
function serve(dataDir) {
  const webDir = values.web ?? join(root, "packages/web/dist");
  const code = `
    import { createLogger, startServer } from "@spotter/server";
    const s = await startServer({ port: 0, dataDir: ${JSON.stringify(dataDir)}, webDir: ${JSON.stringify(webDir)},
      registration: "open", logger: createLogger("silent") });
    console.log("Spotter listening on " + s.url);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (b) => {
      out += b;
      const m = out.match(/Spotter listening on (http:\/\/\S+)/);
      if (m) resolve({ url: m[1].replace(/\/$/, ""), stop: () => child.kill("SIGTERM") });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

/** Logs in through the API and opens a session for today, as the live session page needs one. */
async function signIn(url) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  const profile = await fetch(`${url}/api/v1/profile`, { headers: { cookie } }).then((r) => r.json());
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: profile.timeZone ?? "UTC" }).format(new Date());
  const session = await fetch(`${url}/api/v1/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({
      clientId: crypto.randomUUID(),
      date: day,
      startedAt: new Date().toISOString(),
      painBefore: 2,
    }),
  }).then((r) => r.json());
  if (!session.id) throw new Error(`could not open a session: ${JSON.stringify(session)}`);
  return { cookie, sessionId: session.id };
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** One Lighthouse run; the cookie rides on every request (Lighthouse clears the browser's storage first). */
async function audit(port, url, cookie) {
  const flags = { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES, formFactor: "mobile" };
  if (cookie) flags.extraHeaders = { Cookie: cookie };
  const { lhr } = await lighthouse(url, flags);
  const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const ms = (k) => Math.round(lhr.audits[k]?.numericValue ?? Number.NaN);
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  const items = (k) => lhr.audits[k]?.details?.items ?? [];
  const details = {
    bootup: items("bootup-time").map((i) => `${i.url} total ${Math.round(i.total)} script ${Math.round(i.scripting)}`),
    work: items("mainthread-work-breakdown").map((i) => `${i.groupLabel} ${Math.round(i.duration)}`),
    longTasks: items("long-tasks").map((i) => `${i.url} at ${Math.round(i.startTime)} for ${Math.round(i.duration)}`),
    network: items("network-requests").map(
      (i) =>
        `${i.url} ${Math.round(i.transferSize / 1024)} KiB ${Math.round(i.networkEndTime - i.networkRequestTime)} ms`,
    ),
    smallTargets: items("target-size").map((i) => i.node?.snippet ?? i.node?.selector ?? "?"),
    shifts: items("layout-shifts").map((i) => `${i.node?.snippet ?? i.node?.selector ?? "?"} ${i.score?.toFixed(3)}`),
    lcpElement: items("largest-contentful-paint-element")
      .flatMap((i) => i.items ?? [i])
      .map((i) => i.node?.snippet ?? ""),
  };
  return {
    details,
    scores: Object.fromEntries(CATEGORIES.map((k) => [k, score(k)])),
    fcp: ms("first-contentful-paint"),
    lcp: ms("largest-contentful-paint"),
    tbt: ms("total-blocking-time"),
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? null,
    transferKiB: Math.round((lhr.audits["total-byte-weight"]?.numericValue ?? 0) / 1024),
    failing,
  };
}

const dataDir = mkdtempSync(join(tmpdir(), "spotter-lighthouse-"));
demo(dataDir);
const server = await serve(dataDir);
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
const results = [];
try {
  const { cookie, sessionId } = await signIn(server.url);
  const pages = [
    ["login", `${server.url}/login`, null],
    ["Today", `${server.url}/`, cookie],
    ["live session", `${server.url}/session/${sessionId}`, cookie],
  ];
  for (const [name, url, auth] of pages.filter(([name]) => !values.page || name.includes(values.page))) {
    for (let run = 0; run < RUNS; run++) results.push({ page: name, run, ...(await audit(chrome.port, url, auth)) });
  }
} finally {
  await chrome.kill();
  server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
if (values.json) console.log(JSON.stringify(results, null, 2));
else {
  for (const r of results) {
    const s = r.scores;
    console.log(
      `${r.page}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s["best-practices"]}, ` +
        `SEO ${s.seo}; FCP ${r.fcp} ms, LCP ${r.lcp} ms, TBT ${r.tbt} ms, CLS ${r.cls?.toFixed(3)}, ` +
        `${r.transferKiB} KiB transferred`,
    );
    if (r.failing.length) console.log(`  below 0.9: ${r.failing.join(", ")}`);
    if (values.details) console.log(JSON.stringify(r.details, null, 2));
  }
}
