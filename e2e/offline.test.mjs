// Browser test (issue 16, part A): a whole session and a check-in on a 360 px phone with no signal, reload
// included; everything waits in the outbox, is shown as waiting, and syncs by itself once the connection returns,
// exactly once on the server even when an answer is lost on the way back. A pain value is never sent unset.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ARTIFACTS, pageApi as api, axeBothThemes, choosePain, signUpByApi, startAll, stopAll } from "./harness.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/** The phone of the issue: 360 px wide. */
const SMALL = { width: 360, height: 780 };

/** Waits until the service worker controls the page (the app shell is then precached). */
async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

test("offline first: a check-in and a whole session with no signal, a reload in the middle, synced once by itself", async () => {
  const context = await browser.newContext({ viewport: SMALL, baseURL: server.url, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  // Every write the app tries, and those the server answered, to prove nothing carried a pain nobody chose.
  const tried = [];
  const answered = [];
  const isWrite = (r) => r.method() === "POST" && r.url().includes("/api/v1/");
  page.on("request", (r) => {
    if (isWrite(r)) tried.push({ url: r.url(), body: r.postData() });
  });
  page.on("requestfinished", (r) => {
    if (isWrite(r)) answered.push(r.url());
  });
  try {
    await page.goto("/login");
    const date = await signUpByApi(page, { tag: "offline", trainToday: true });
    await page.goto("/");
    await page.getByRole("link", { name: "Check in" }).waitFor();
    await waitForServiceWorker(page);
    await page.goto("/checkin");
    await page.getByRole("heading", { name: "Daily check-in" }).waitFor();

    // No signal from here on.
    await context.setOffline(true);
    tried.length = 0;
    answered.length = 0;
    await page.getByText("No pain", { exact: true }).click();
    await page.getByRole("button", { name: "Send check-in" }).click();
    // Pain now starts unset and the check-in is not sent without it.
    await page.getByText("Tap your back pain right now.").waitFor();
    await choosePain(page, "Back pain right now", 2);
    await page.getByRole("button", { name: "Send check-in" }).click();
    await page.getByText("Your check-in is saved on this phone").waitFor();
    await page.getByText(/1 check-in waits on this phone/).waitFor();
    await shot("60-offline-today");

    // Start a session with no signal: it opens at once under its client id.
    await page.getByRole("button", { name: "Start session" }).click();
    await page.waitForURL(/\/session\//);
    const sessionUrl = page.url();
    await page.getByLabel("Find an exercise").fill("leg press");
    await page.locator(".choice").first().click();
    const name = ((await page.locator("#current-ex-name").textContent()) ?? "").trim();
    await page.getByRole("spinbutton", { name: "Load (kg)" }).fill("100");
    await page.getByRole("spinbutton", { name: "Reps" }).fill("10");
    // The first set waits for a pain tap.
    await page.getByRole("button", { name: "Log set 1" }).click();
    await page.getByText("Tap your back pain during the set first").waitFor();
    await choosePain(page, "Back pain during the set", 1);
    await page.getByRole("button", { name: "Log set 1" }).click();
    await page.getByRole("button", { name: "Log set 2" }).waitFor();
    await page.getByText("1 set waiting to sync").waitFor();

    // Reload with no signal: the shell comes from the service worker, the session and its waiting set from the phone,
    // and the same exercise is in front of the user.
    await page.reload();
    await page.locator("#current-ex-name", { hasText: name }).waitFor();
    await page.getByText("1 set waiting to sync").waitFor();
    assert.equal(page.url(), sessionUrl);
    // After the first set, the last set's pain is offered as a visible choice.
    await page.getByText("Same as your last set").waitFor();
    await page.getByRole("spinbutton", { name: "Load (kg)" }).fill("100");
    for (const n of [2, 3]) {
      await page.getByRole("button", { name: `Log set ${n}` }).click();
      await page.getByRole("button", { name: `Log set ${n + 1}` }).waitFor();
    }
    await page.getByText("3 sets waiting to sync").waitFor();
    await shot("61-offline-session");
    const problems = await axeBothThemes(page, "offline session");

    // Finish with no signal: pain after is chosen, and the screen says the finish waits.
    await page.getByText("Finish the session").click();
    await choosePain(page, "Back pain now, after the session", 2);
    await page.getByRole("button", { name: "Finish session" }).click();
    await page.getByText("Finished on this phone.").waitFor();
    await page
      .getByText(/1 session start, 3 sets, 1 session finish and 1 check-in wait|1 check-in, 1 session start/)
      .waitFor();
    await shot("62-offline-finished");
    problems.push(...(await axeBothThemes(page, "offline finished")));
    assert.deepEqual(problems, []);
    assert.equal(answered.length, 0, "nothing reached the server while offline");

    // The connection returns, but the first set's answer is lost on the way back: the server stores it, the app
    // sees a failure and sends it again later. The retry must not make a second set.
    let lost = 0;
    await page.route("**/api/v1/sessions/*/sets", async (route) => {
      if (lost === 0) {
        lost += 1;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
    await context.setOffline(false);
    // Nothing is tapped: the outbox sends by itself (on `online`, or its retry every 10 s).
    await page.getByRole("heading", { name: "Session done" }).waitFor({ timeout: 45_000 });
    await page.locator(".sync-status").waitFor({ state: "detached", timeout: 30_000 });
    assert.equal(lost, 1, "one answer was lost on the way");
    await shot("63-synced");

    // The server has everything exactly once.
    const sessions = await api(page, "GET", `/sessions?from=${date}&to=${date}`);
    assert.equal(sessions.status, 200);
    const list = Array.isArray(sessions.body) ? sessions.body : sessions.body.sessions;
    assert.equal(list.length, 1, "one session");
    const full = await api(page, "GET", `/sessions/${list[0].id}`);
    const sets = full.body.sets;
    assert.equal(sets.length, 3, "each set once");
    assert.equal(new Set(sets.map((s) => s.clientId)).size, 3);
    assert.deepEqual(
      sets.map((s) => [s.reps, s.loadKg, s.pain]),
      [
        [10, 100, 1],
        [10, 100, 1],
        [10, 100, 1],
      ],
    );
    assert.ok(full.body.finishedAt, "the session is finished");
    assert.equal(full.body.painAfter, 2);
    const checkins = await api(page, "GET", `/checkins?from=${date}&to=${date}`);
    const cs = Array.isArray(checkins.body) ? checkins.body : checkins.body.checkins;
    assert.equal(cs.length, 1, "one check-in");
    assert.equal(cs[0].painNow, 2);
    // Every set and check-in the app tried to send carried the pain that was tapped.
    for (const p of tried) {
      const body = JSON.parse(p.body ?? "{}");
      if (p.url.endsWith("/sets")) assert.equal(body.pain, 1, "a set's pain is the one tapped");
      if (p.url.endsWith("/checkins")) assert.equal(body.painNow, 2);
    }
    // Three sets answered: the one whose answer was lost was sent again and answered with the set already stored.
    assert.equal(answered.filter((u) => u.endsWith("/sets")).length, 3);
  } finally {
    await context.close();
  }
});
