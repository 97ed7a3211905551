import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Db, openDatabase, uuidv7 } from "@spotter/db";
import { testEngines } from "@spotter/db/testing";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import type { AppEnv, Deps } from "./context.js";
import { API_CSP, APP_CSP, HSTS, REFERRER_POLICY } from "./headers.js";
import { REPORT_CSP } from "./routes/reports.js";
import { startTestServer } from "./testing/harness.js";

const builtWeb = join(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

describe("security headers", () => {
  let db: Db;
  let webDir: string;
  const apps: Record<string, Hono<AppEnv>> = {};
  beforeAll(async () => {
    db = await openDatabase({ dataDir: ":memory:" });
    webDir = mkdtempSync(join(tmpdir(), "spotter-web-"));
    writeFileSync(join(webDir, "index.html"), "<!doctype html><title>SPA</title>");
    writeFileSync(join(webDir, "sw.js"), "self.addEventListener('fetch', () => {});");
    writeFileSync(join(webDir, "manifest.webmanifest"), "{}");
    const make = (extra: Partial<Deps>) =>
      createApp({ db, now: () => Date.now(), newId: () => uuidv7(), webDir, registration: "open", ...extra });
    apps.plain = make({});
    apps.public = make({ publicUrl: "https://spotter.example" });
  });
  afterAll(async () => {
    rmSync(webDir, { recursive: true, force: true });
    await db.close();
  });
  const get = (path: string, headers: Record<string, string> = {}, app = "plain") =>
    (apps[app] as Hono<AppEnv>).request(path, { headers });

  it.each([
    ["/", APP_CSP, REFERRER_POLICY],
    ["/today", APP_CSP, REFERRER_POLICY],
    ["/sw.js", APP_CSP, REFERRER_POLICY],
    ["/manifest.webmanifest", APP_CSP, REFERRER_POLICY],
    ["/api/v1/auth/me", API_CSP, REFERRER_POLICY],
    ["/api/v1/nope", API_CSP, REFERRER_POLICY],
    ["/api/openapi.json", API_CSP, REFERRER_POLICY],
    ["/share/not-a-token", REPORT_CSP, "no-referrer"],
  ])("%s carries its policy, nosniff, no framing, and no HSTS over plain http", async (path, csp, referrer) => {
    const r = await get(path);
    expect(r.headers.get("content-security-policy")).toBe(csp);
    expect(r.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(r.headers.get("x-frame-options")).toBe("DENY");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("referrer-policy")).toBe(referrer);
    expect(r.headers.get("strict-transport-security")).toBe(null);
  });

  it("the app's policy allows no inline script, no plugin, no base change, and styles only from the app", () => {
    const directives = Object.fromEntries(
      APP_CSP.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(" ")];
      }),
    );
    expect(directives).toMatchObject({
      "script-src": "'self'",
      "style-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'none'",
      "frame-ancestors": "'none'",
      "worker-src": "'self'",
      "manifest-src": "'self'",
    });
    expect(APP_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:/);
  });

  it("sends HSTS only over HTTPS: a trusted proxy's X-Forwarded-Proto, or an https SPOTTER_PUBLIC_URL", async () => {
    const forwarded = { "x-forwarded-proto": "https" };
    const hsts = (r: Response) => r.headers.get("strict-transport-security");
    expect(hsts(await get("/api/v1/auth/me", forwarded))).toBe(null);
    expect(hsts(await get("/", {}, "public"))).toBe(HSTS);
    expect(hsts(await (apps.plain as Hono<AppEnv>).request("https://spotter.example/"))).toBe(HSTS);
    // X-Forwarded-Proto counts only when the socket's peer is a proxy the operator named.
    const [engine] = testEngines();
    if (!engine) throw new Error("no test engine");
    for (const [trustProxy, expected] of [
      ["127.0.0.1", HSTS],
      ["10.0.0.1", null],
    ] as const) {
      const s = await startTestServer(engine, { trustProxy });
      try {
        expect(hsts(await fetch(`${s.url}/auth/me`, { headers: forwarded })), trustProxy).toBe(expected);
        expect(hsts(await fetch(`${s.url}/auth/me`)), trustProxy).toBe(null);
      } finally {
        await s.close();
      }
    }
  });

  it("error answers carry the headers too", async () => {
    const r = await apps.plain?.request("/api/v1/checkins", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(r?.status).toBe(401);
    expect(r?.headers.get("x-frame-options")).toBe("DENY");
    expect(r?.headers.get("content-security-policy")).toBe(API_CSP);
  });
});

describe.runIf(existsSync(join(builtWeb, "index.html")))("the built web app (packages/web/dist)", () => {
  const html = () => readFileSync(join(builtWeb, "index.html"), "utf8");

  it("index.html has no inline script, no inline handler and no inline style: every script has a same-origin src", () => {
    const page = html();
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs, "a script without src is inline").toMatch(/\ssrc="\/[^/]/);
      expect(body?.trim()).toBe("");
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    expect(page).not.toMatch(/<style\b|\sstyle\s*=/i);
    expect(page).not.toMatch(/javascript:/i);
  });

  it("publishes no source maps (app and service worker) and no file points at one", () => {
    const files = readdirSync(builtWeb, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of files.filter((f) => /\.(js|css)$/.test(f))) {
      expect(readFileSync(join(builtWeb, f), "utf8"), f).not.toMatch(/sourceMappingURL=/);
    }
  });
});
