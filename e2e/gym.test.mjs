// Browser test (issue 16, part A) on a 360 px phone: every new screen opens at its top with focus on its heading;
// the rest timer stops when a stop rule ends the exercise, sends one system notification when it ends with the page
// out of sight (Playwright's clock), and its sound switch says its state; the gym's controls are 44 px or more.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  ARTIFACTS,
  axeBothThemes,
  choosePain,
  registerAndOnboard,
  sendCheckin,
  startAll,
  stopAll,
  uniqueEmail,
} from "./harness.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

const SMALL = { width: 360, height: 780 };

async function smallPage() {
  const context = await browser.newContext({ viewport: SMALL, baseURL: server.url, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
  return { context, page, shot };
}

/** See reminders.test.mjs: headless pages are always visible, so visibility is simulated; notifications recorded. */
function notificationProbe() {
  let hidden = false;
  Object.defineProperty(Document.prototype, "visibilityState", {
    configurable: true,
    get: () => (hidden ? "hidden" : "visible"),
  });
  Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => hidden });
  window.__setHidden = (h) => {
    hidden = h;
    document.dispatchEvent(new Event("visibilitychange"));
  };
  window.__notes = [];
  const proto = window.ServiceWorkerRegistration?.prototype;
  const realShow = proto?.showNotification;
  if (realShow) {
    proto.showNotification = function (title, options) {
      window.__notes.push({ title, tag: options?.tag });
      return realShow.call(this, title, options);
    };
  }
  const Real = window.Notification;
  if (Real) {
    window.Notification = class extends Real {
      constructor(title, options) {
        window.__notes.push({ title, tag: options?.tag });
        super(title, options);
      }
    };
  }
}

/** The smaller side of each visible element's box, for the ones under 44 px. */
async function smallTargets(page, selector) {
  return page.$$eval(selector, (els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { what: el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30), w: r.width, h: r.height };
      })
      .filter((b) => b.w < 44 || b.h < 44),
  );
}

test("new screens open at their top with focus on their heading; the gym's controls are 44 px or more", async () => {
  const { context, page, shot } = await smallPage();
  try {
    await registerAndOnboard(page, uniqueEmail("gym-focus"));
    // The check-in is long; its send button is at the bottom. The safety questions must open at their top.
    assert.deepEqual(await smallTargets(page, ".bodymap .region, .pain-opt"), [], "body map regions and pain choices");
    await sendCheckin(page, { pain: 1, everyday: "No pain" });
    await page.getByRole("heading", { name: "Safety questions" }).waitFor();
    await page.waitForFunction(() => window.scrollY === 0);
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ""), /Safety questions/);
    await shot("64-safety-at-top");

    // A tab from a scrolled page: the new screen is at its top and its heading has focus.
    await page.goto("/library");
    await page.getByRole("list", { name: "Exercises" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 200);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Me" }).click();
    await page.getByRole("heading", { name: "Me", exact: true }).waitFor();
    await page.waitForFunction(() => window.scrollY === 0);
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");

    // A past session's link in the history is a 44 px target.
    const session = await page.evaluate(async () => {
      const d = new Date();
      const p = (n) => String(n).padStart(2, "0");
      const date = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
      const res = await fetch("/api/v1/sessions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientId: crypto.randomUUID(), date, startedAt: d.toISOString(), painBefore: 1 }),
      });
      return res.status;
    });
    assert.equal(session, 201);
    await page.goto("/history");
    await page.locator(".list > li > a").first().waitFor();
    assert.deepEqual(await smallTargets(page, ".list > li > a"), [], "history links");
  } finally {
    await context.close();
  }
});

test("G5: the rest timer stops with the exercise, notifies once when it ends out of sight, and says its sound state", async () => {
  const { context, page, shot } = await smallPage();
  try {
    await context.grantPermissions(["notifications"], { origin: server.url });
    await context.addInitScript(notificationProbe);
    await context.clock.install({ time: Date.now() });
    await registerAndOnboard(page, uniqueEmail("gym-rest"));
    await sendCheckin(page, { pain: 1, everyday: "No pain" });
    await page.getByRole("heading", { name: "Safety questions" }).waitFor();
    for (const q of await page.locator(".flag-q").all()) await q.getByText("No", { exact: true }).click();
    await page.getByRole("button", { name: "Send answers" }).click();
    await page.getByRole("button", { name: "Start session" }).click();
    await page.waitForURL(/\/session\//);
    await page.getByLabel("Find an exercise").fill("leg press");
    await page.locator(".choice").first().click();
    await page.getByRole("spinbutton", { name: "Load (kg)" }).fill("100");
    await choosePain(page, "Back pain during the set", 1);
    await page.getByRole("button", { name: "Log set 1" }).click();
    const timer = page.getByRole("timer");
    await timer.waitFor();

    // The sound control is a switch that says on or off.
    const sound = page.getByRole("switch", { name: "Sound" });
    assert.equal(await sound.getAttribute("aria-checked"), "true");
    await sound.click();
    await page.waitForFunction(() => document.querySelector(".rest-sound")?.getAttribute("aria-checked") === "false");
    assert.match(await sound.textContent(), /Sound off/);
    assert.deepEqual(
      await smallTargets(page, ".rest-actions button, .pain-opt, .set-form .stepper input, .set-form .stepper button"),
      [],
    );
    await shot("65-rest-timer");
    assert.deepEqual(await axeBothThemes(page, "rest timer"), []);

    // Out of sight, the end of the rest arrives as one system notification.
    await page.evaluate(() => window.__setHidden(true));
    await page.clock.fastForward(60_000);
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__notes), [], "nothing before the rest is over");
    await page.clock.fastForward(40_000);
    await page.waitForFunction(() => window.__notes.length > 0);
    const notes = await page.evaluate(() => window.__notes);
    assert.equal(notes.length, 1);
    assert.equal(notes[0].title, "Rest is over");
    await page.clock.fastForward(30_000);
    await page.waitForTimeout(300);
    assert.equal((await page.evaluate(() => window.__notes)).length, 1, "one notification per rest");
    await page.evaluate(() => window.__setHidden(false));

    // A set with sharp pain: the stop rule ends the exercise, and its rest timer stops with it.
    await page.getByRole("button", { name: "Log set 2" }).waitFor();
    await page.getByText("Sharp", { exact: true }).click();
    await page.getByRole("button", { name: "Log set 2" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /Stop .* for today/ })
      .waitFor();
    await timer.waitFor({ state: "detached" });
    await shot("66-stopped-no-timer");
  } finally {
    await context.close();
  }
});

test("installable: the manifest lists PNG icons of 192 and 512 and a maskable one, and the page an apple-touch-icon", async () => {
  const { context, page } = await smallPage();
  try {
    await page.goto("/login");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await (await page.request.get(href)).json();
    const icons = manifest.icons.map((i) => `${i.sizes} ${i.type} ${i.purpose}`);
    assert.ok(icons.includes("192x192 image/png any"), icons.join(", "));
    assert.ok(icons.includes("512x512 image/png any"), icons.join(", "));
    assert.ok(icons.includes("512x512 image/png maskable"), icons.join(", "));
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    for (const src of [...manifest.icons.map((i) => i.src), apple]) {
      const res = await page.request.get(src);
      assert.equal(res.status(), 200, src);
      if (src.endsWith(".png")) {
        const bytes = await res.body();
        assert.equal(bytes.subarray(1, 4).toString("ascii"), "PNG", `${src} is a PNG`);
        const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
        const size = src.includes("apple") ? 180 : src.includes("192") ? 192 : 512;
        assert.deepEqual([w, h], [size, size], src);
      }
    }
  } finally {
    await context.close();
  }
});
