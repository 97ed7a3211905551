// Test harness: starts the real server (`spotter serve`) on a free port with a fresh data dir, and a headless
// Chromium at phone size. Every test file gets its own server, so tests never see each other's users.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { RED_FLAG_KEYS, WEEKDAYS } from "@spotter/core";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The time zone of this test file's processes: this one (Node reads TZ as it changes), the server and CLI it spawns,
 * and Chromium, whose zone becomes the new users' profile zone. It is a fixed-offset zone (Etc/GMT-N is UTC+N, no
 * DST) in which it is now about midday, so no test file runs across the user's midnight, whatever hour CI starts at:
 * a test that checked in "today" and then found tomorrow's Today screen would fail. SPOTTER_E2E_TZ overrides it
 * (e.g. to try a DST zone).
 */
export function middayZone(nowMs = Date.now()) {
  const off = 12 - new Date(nowMs).getUTCHours(); // -11 .. +12: local hour 12
  return off === 0 ? "UTC" : `Etc/GMT${off > 0 ? "-" : "+"}${Math.abs(off)}`;
}
process.env.TZ = process.env.SPOTTER_E2E_TZ || middayZone();

/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(root, "e2e", "artifacts");
/** The phone viewport the screenshots are judged at. */
export const PHONE = { width: 390, height: 844 };

/** Runs a CLI command to completion (e.g. `demo`), rejecting with its output when it fails. */
export function runCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "packages/cli/bin/spotter.js"), ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "test" },
    });
    let out = "";
    child.stdout.on("data", (b) => {
      out += b;
    });
    child.stderr.on("data", (b) => {
      out += b;
    });
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`spotter ${args[0]} failed:\n${out}`))));
  });
}

/**
 * The rate limits e2e servers run with: the defaults, except registration, since every test file registers many
 * users from 127.0.0.1. A test that checks limits passes its own `SPOTTER_RATE_LIMITS` in `env`.
 */
export const E2E_RATE_LIMITS = "register=100000/1h,share-open=100000/1h";

/**
 * Starts `spotter serve --port 0 --data <tmp>` and resolves with its base URL and a stop function. `prepare` runs
 * first on the fresh data dir (e.g. `spotter demo`); `env` adds to the server's environment.
 */
export async function startServer({ prepare, env = {} } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "spotter-e2e-"));
  if (prepare) await prepare(dataDir);
  const child = spawn(
    process.execPath,
    [join(root, "packages/cli/bin/spotter.js"), "serve", "--port", "0", "--data", dataDir],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      // Every test file registers many users: registration is open and the request log quiet (warnings only).
      env: {
        ...process.env,
        NODE_ENV: "test",
        SPOTTER_REGISTRATION: "open",
        SPOTTER_LOG_LEVEL: "warn",
        SPOTTER_RATE_LIMITS: E2E_RATE_LIMITS,
        ...env,
      },
    },
  );
  let output = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${output}`)), 30_000);
    const onData = (buf) => {
      output += buf.toString();
      const m = output.match(/Spotter listening on (http:\/\/[^\s]+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 5000);
      await gone;
      clearTimeout(t);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url: url.replace(/\/$/, ""), stop, output: () => output };
}

/**
 * Starts a test file's server and browser together (`options` as for `startServer`). Use with `stopAll`:
 * `before(async () => ({ server, browser } = await startAll()));` and `after(() => stopAll({ server, browser }));`.
 */
export async function startAll(options) {
  const [server, browser] = await Promise.all([startServer(options), launchBrowser()]);
  return { server, browser };
}

/** Closes what `startAll` started (either may be missing when a start failed). */
export async function stopAll({ server, browser }) {
  await browser?.close();
  await server?.stop();
}

/** Launches Debian's Chromium headless with the flags this sandbox needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A fresh phone-sized page with its own cookies, and a screenshot helper that writes into e2e/artifacts. */
export async function phonePage(browser, baseURL, scheme = "light") {
  const context = await browser.newContext({ viewport: PHONE, baseURL, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  return { context, page, shot };
}

/** A unique email for a test user. */
export function uniqueEmail(tag) {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** Registers through the UI, accepts the notice and saves the profile, leaving the page on the first check-in. */
export async function registerAndOnboard(page, email, { unit = "kg" } = {}) {
  await page.goto("/register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: "Before you start" }).waitFor();
  await page.getByRole("button", { name: "I understand, continue" }).click();
  await page.getByRole("heading", { name: "About you and your training" }).waitFor();
  if (unit === "lb") await page.getByText("Pounds (lb)").click();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByRole("heading", { name: "What already hurts" }).waitFor();
  await page.getByRole("button", { name: "Save and go to your first check-in" }).click();
  await page.getByRole("heading", { name: "Daily check-in" }).waitFor();
}

/** Taps a value of a pain choice (a group of radios 0-10 named by its legend; pain always starts unset). */
export async function choosePain(page, label, value) {
  await page
    .getByRole("group", { name: label, exact: true })
    .getByRole("radio", { name: String(value), exact: true })
    .check();
}

/** Fills the check-in with a pain value and everyday pain, then sends it. */
export async function sendCheckin(page, { pain = 1, everyday = "No pain" } = {}) {
  await choosePain(page, "Back pain right now", pain);
  await page.getByText(everyday, { exact: true }).click();
  await page.getByRole("button", { name: "Send check-in" }).click();
}

/** Answers every red-flag question "No", except the keys listed in `yes` (RED_FLAG_KEYS slugs), which get "Yes". */
export async function answerRedFlags(page, yes = []) {
  await page.getByRole("heading", { name: "Safety questions" }).waitFor();
  const groups = page.locator(".flag-q");
  await groups.first().waitFor();
  const n = await groups.count();
  if (n !== 12) throw new Error(`expected 12 red-flag questions, saw ${n}`);
  for (let i = 0; i < n; i++) {
    const g = groups.nth(i);
    const key = await g.getAttribute("data-flag");
    await g.getByText(yes.includes(key) ? "Yes" : "No", { exact: true }).click();
  }
}

/** Calls the API from the page with the page's session cookie (bypassing the app); answers status and JSON body. */
export async function pageApi(page, method, path, body) {
  return page.evaluate(
    async ([m, p, b]) => {
      const res = await fetch(`/api/v1${p}`, {
        method: m,
        headers: b === undefined ? {} : { "content-type": "application/json" },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    [method, path, body],
  );
}

/** The local day `daysAgo` days back (today by default), as the page's clock sees it. */
export function pageDay(page, daysAgo = 0) {
  return page.evaluate((n) => {
    const d = new Date(Date.now() - n * 86_400_000);
    const p = (x) => String(x).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  }, daysAgo);
}

/**
 * A new account through the API from the page: registered, the notice accepted, the profile in the browser's zone
 * and `unit`; with `trainToday`, three training days a week starting today (a rest day plans no exercise, whatever
 * weekday the test runs on). Answers today's local day.
 */
export async function signUpByApi(page, { tag = "user", unit = "kg", trainToday = false } = {}) {
  const reg = await pageApi(page, "POST", "/auth/register", {
    email: uniqueEmail(tag),
    password: "correct horse battery",
  });
  if (reg.status !== 201) throw new Error(`register answered ${reg.status}: ${JSON.stringify(reg.body)}`);
  await pageApi(page, "POST", "/profile/notice", { accepted: true });
  const date = await pageDay(page);
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const today = WEEKDAYS[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7];
  const days = [0, 2, 4].map((k) => WEEKDAYS[(WEEKDAYS.indexOf(today) + k) % 7]);
  const profile = await pageApi(
    page,
    "PUT",
    "/profile",
    trainToday ? { timeZone, unit, daysPerWeek: 3, trainingDays: days } : { timeZone, unit },
  );
  if (profile.status !== 200) throw new Error(`profile answered ${profile.status}: ${JSON.stringify(profile.body)}`);
  return date;
}

/** Red-flag answers for the API: "no" to every question of the core's list. */
export function noRedFlags() {
  return Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false]));
}

/** Serious and critical WCAG 2.1 A/AA violations on the page, one line each. */
export async function axeProblems(page, label) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) ${v.help} -> ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
}

/** Scans the page in light and dark, leaving it in light. */
export async function axeBothThemes(page, label) {
  const light = await axeProblems(page, `${label} (light)`);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await axeProblems(page, `${label} (dark)`);
  await page.emulateMedia({ colorScheme: "light" });
  return [...light, ...dark];
}

export { WEEKDAYS };
