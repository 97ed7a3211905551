// Browser test (issue 18, cross-site writes and headers): a page on another port of 127.0.0.1 is the same site as
// Spotter, so the logged-in user's Chromium sends the SameSite=Lax session cookie with whatever that page posts. It
// tries what worked before: a text/plain form posting a clearance (which lifts a red-flag lock) and no-cors fetches
// posting check-ins. Each must answer 403 and store nothing. Then the app itself, under its Content-Security-Policy:
// no violation on any main screen, the service worker and the manifest still work.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  ARTIFACTS,
  answerRedFlags,
  launchBrowser,
  phonePage,
  registerAndOnboard,
  runCli,
  sendCheckin,
  startServer,
  uniqueEmail,
} from "./harness.mjs";

const DEMO = { email: "demo@example.com", password: "spotter-demo" };

/** The attacker's pages, aimed at the Spotter server at `target`. */
function attackerPages(target) {
  const day = "new Intl.DateTimeFormat('en-CA').format(new Date(Date.now() - 86400000))";
  return {
    // A read the page cannot see: it shows whether the browser attaches the user's session to this page's requests.
    "/probe": `<!doctype html><title>Probe</title>
      <script>fetch("${target}/api/v1/auth/me", { mode: "no-cors", credentials: "include" });</script>`,
    // A form cannot send JSON, but text/plain can carry a JSON text: name + "=" + value.
    "/form-clearance": `<!doctype html><title>Win a prize</title>
      <form id="f" method="POST" enctype="text/plain" action="${target}/api/v1/clearance">
        <input type="hidden" name='{"date":"2026-01-01","by":"FORGED-CLEARANCE","restrictions":"' value='x"}'>
      </form>
      <script>
        document.querySelector("input").name = '{"date":"' + ${day} + '","by":"FORGED-CLEARANCE","restrictions":"';
        document.getElementById("f").submit();
      </script>`,
    // A no-cors fetch needs no preflight for text/plain; the page cannot read the answer, and does not need to.
    "/fetch-checkin": `<!doctype html><title>Cute dogs</title>
      <script>
        fetch("${target}/api/v1/checkins", {
          method: "POST", mode: "no-cors", credentials: "include",
          headers: { "content-type": "text/plain" },
          body: JSON.stringify({ clientId: crypto.randomUUID(), date: ${day}, painNow: 0, everydayPain: "none",
            note: "FORGED-CHECKIN" }),
        });
      </script>`,
    // A page that hides its referrer sends Origin: null; a Blob body sends no content type at all.
    "/hidden-origin": `<!doctype html><meta name="referrer" content="no-referrer"><title>News</title>
      <script>
        fetch("${target}/api/v1/checkins", {
          method: "POST", mode: "no-cors", credentials: "include",
          body: new Blob([JSON.stringify({ clientId: crypto.randomUUID(), date: ${day}, painNow: 0,
            everydayPain: "none", note: "FORGED-CHECKIN" })]),
        });
      </script>`,
  };
}

/** Serves the attacker's pages on a free port of 127.0.0.1 (the same site as Spotter, another origin). */
async function startAttacker(target) {
  const pages = attackerPages(target);
  const srv = createServer((req, res) => {
    const page = pages[req.url ?? ""];
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(page ?? "not here");
  });
  await new Promise((r) => srv.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${srv.address().port}`, close: () => new Promise((r) => srv.close(r)) };
}

/** Tries to start a session from the user's own page: 423 while training is locked. */
function tryStartSession(page) {
  return page.evaluate(async () => {
    const date = new Intl.DateTimeFormat("en-CA").format(new Date());
    const res = await fetch("/api/v1/sessions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ clientId: crypto.randomUUID(), date, startedAt: new Date().toISOString(), painBefore: 1 }),
    });
    return res.status;
  });
}

/** Records every Content-Security-Policy violation the page reports, as text. */
function watchCsp(page) {
  const violations = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/Content Security Policy/i.test(String(e))) violations.push(String(e));
  });
  return violations;
}

let server;
let browser;
let attacker;
before(async () => {
  [server, browser] = await Promise.all([
    startServer({ prepare: (dataDir) => runCli(["demo", "--data", dataDir, "--email", DEMO.email]) }),
    launchBrowser(),
  ]);
  attacker = await startAttacker(server.url);
  assert.notEqual(new URL(attacker.url).port, new URL(server.url).port);
  assert.equal(new URL(attacker.url).hostname, new URL(server.url).hostname, "the attacker is on the same site");
});
after(async () => {
  await attacker?.close();
  await browser?.close();
  await server?.stop();
});

test("a same-site page cannot forge a clearance or a check-in: 403, the lock stays, nothing is stored", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  try {
    // A user whose training is locked by a red flag (R1): a forged clearance would lift it.
    await registerAndOnboard(page, uniqueEmail("csrf"));
    await sendCheckin(page, { pain: 1, everyday: "No pain" });
    await answerRedFlags(page, ["saddleNumbness"]);
    await page.getByRole("button", { name: "Send answers" }).click();
    await page.getByRole("heading", { name: "Seek emergency care now" }).waitFor();
    assert.equal(await tryStartSession(page), 423);

    /** Opens an attacker page in the user's browser and answers the response its request to `apiPath` got. */
    const visit = async (pagePath, apiPath, method) => {
      const evil = await context.newPage();
      const answered = evil.waitForResponse(
        (r) => r.url() === `${server.url}${apiPath}` && r.request().method() === method,
      );
      await evil.goto(`${attacker.url}${pagePath}`);
      const res = await answered;
      const body = await res.json().catch(() => null);
      await evil.close();
      return { status: res.status(), body };
    };
    // The browser does attach the user's session to this page's requests (200, not 401): only the server's check
    // stands between the forged writes below and the user's log.
    assert.equal((await visit("/probe", "/api/v1/auth/me", "GET")).status, 200);
    for (const [pagePath, apiPath] of [
      ["/form-clearance", "/api/v1/clearance"],
      ["/fetch-checkin", "/api/v1/checkins"],
      ["/hidden-origin", "/api/v1/checkins"],
    ]) {
      const res = await visit(pagePath, apiPath, "POST");
      assert.equal(res.status, 403, `${pagePath} -> ${apiPath}`);
      // The form navigates to the answer, so its body is readable; an opaque fetch's body is not kept.
      if (pagePath === "/form-clearance") assert.equal(res.body?.error?.code, "FORBIDDEN");
    }

    // The lock stands and nothing forged was stored.
    assert.equal(await tryStartSession(page), 423);
    const stored = await page.evaluate(async () => {
      const checkins = await (await fetch("/api/v1/checkins")).json();
      const readiness = await (await fetch("/api/v1/readiness")).json();
      return JSON.stringify({ checkins, readiness });
    });
    assert.doesNotMatch(stored, /FORGED-CHECKIN|FORGED-CLEARANCE/);
    await page.reload();
    await page.getByRole("heading", { name: "Seek emergency care now" }).waitFor();
    await shot("90-csrf-lock-stands");
  } finally {
    await context.close();
  }
});

test("the app's own writes carry its origin and pass", async () => {
  const { context, page } = await phonePage(browser, server.url);
  try {
    const writes = [];
    page.on("request", (r) => {
      if (r.method() !== "GET" && r.url().includes("/api/v1/")) writes.push(r);
    });
    await registerAndOnboard(page, uniqueEmail("csrf-own"));
    assert.ok(writes.length >= 3, `register, notice and profile are writes (${writes.length})`);
    for (const r of writes) {
      const h = await r.allHeaders();
      assert.equal(h.origin, server.url, `${r.method()} ${r.url()} Origin`);
      assert.equal(h["sec-fetch-site"], "same-origin");
      assert.equal((await r.response())?.ok(), true, `${r.method()} ${r.url()}`);
    }
  } finally {
    await context.close();
  }
});

test("under its Content-Security-Policy the app shows every main screen without a violation; the service worker and manifest work", async () => {
  const { context, page } = await phonePage(browser, server.url);
  page.setDefaultTimeout(20_000);
  const violations = watchCsp(page);
  try {
    const first = await page.goto("/login");
    assert.match(first?.headers()["content-security-policy"] ?? "", /script-src 'self'/);
    assert.equal(first?.headers()["x-frame-options"], "DENY");
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    for (const [path, heading] of [
      ["/", null],
      ["/plan", null],
      ["/insights", "Triggers"],
      ["/history", null],
      ["/library", null],
      ["/daily", null],
      ["/me", null],
      ["/me/account", "Change your password"],
      ["/me/import", null],
      ["/me/share", null],
      ["/learn", null],
    ]) {
      await page.goto(path);
      await page.locator("h1").first().waitFor();
      if (heading) await page.getByRole("heading", { name: heading }).first().waitFor();
    }
    await page.goto("/insights");
    // uPlot draws into a canvas and styles its parts through the DOM; a chart on screen means its styles applied.
    await page.locator("canvas").first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "91-csp-insights.png"), fullPage: true });

    const sw = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.scriptURL ?? null;
    });
    assert.equal(sw, `${server.url}/sw.js`);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    assert.deepEqual(manifest.errors, []);
    assert.match(manifest.data ?? "", /"name":\s*"Spotter"/);
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});
