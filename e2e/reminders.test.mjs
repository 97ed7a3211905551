// Browser test (issue 8, reminders; SPEC D2, D3): movement-break and check-in reminders while the app is open, with
// the in-app banner, snooze, quiet hours and system notifications.
//
// Time: the page runs on Playwright's fake clock (`context.clock.install`), and 45 minutes of sitting pass in about
// a second: `sit` steps it a minute at a time (the app stays open and keeps looking), `pass` jumps. The server keeps the real clock and checks that a day is not in the future, so each test picks
// a fixed-offset zone (Etc/GMT-N is UTC+N, no DST) in which the real clock now reads the hour the test needs, sets it
// as the profile's zone, and starts the fake clock at a wall-clock time inside that same hour and local day. The fake
// day is then the server's "today" whatever the date and hour CI runs at, and no test moves the fake clock past
// local midnight.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import {
  ARTIFACTS,
  answerRedFlags,
  noRedFlags,
  phonePage,
  sendCheckin,
  startAll,
  stopAll,
  uniqueEmail,
} from "./harness.mjs";

const MIN = 60_000;
const HOUR = 60 * MIN;
const BREAK_TITLE = "Time for a movement break";
const CHECKIN_TITLE = "Today's check-in is waiting";

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/**
 * A fixed-offset zone in which the real clock now shows the hour of `hhmm`, the local day there, and the instant of
 * `hhmm` on that day (within an hour of the real now, on the same local day as the server's "today").
 */
function zoneFor(hhmm, realNow = Date.now()) {
  const [h, m] = hhmm.split(":").map(Number);
  const utcHour = new Date(realNow).getUTCHours();
  for (let off = -12; off <= 14; off++) {
    if ((utcHour + off + 24) % 24 !== h) continue;
    const timeZone = off === 0 ? "UTC" : `Etc/GMT${off > 0 ? "-" : "+"}${Math.abs(off)}`;
    const wall = new Date(realNow + off * HOUR); // its UTC fields read the local wall clock
    const day = wall.toISOString().slice(0, 10);
    const at = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), h, m) - off * HOUR;
    return { timeZone, day, at };
  }
  throw new Error(`no zone shows ${hhmm} now`);
}

/** Calls the API with the page's session cookie and answers the parsed body. */
async function call(page, method, path, data) {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data });
  assert.ok(res.ok(), `${method} ${path} answered ${res.status()}: ${await res.text()}`);
  return res.status() === 204 ? undefined : res.json();
}

/**
 * A user who sits 8 hours a day, reminders 08:00-21:00 every 45 minutes in `timeZone`, notice accepted; checked in
 * on `day` when `checkedIn`.
 */
async function sittingUser(page, tag, { timeZone, day, checkedIn }) {
  await call(page, "POST", "/auth/register", { email: uniqueEmail(tag), password: "correct horse battery" });
  await call(page, "POST", "/profile/notice", { accepted: true });
  await call(page, "PUT", "/profile", {
    timeZone,
    sittingHours: 8,
    reminders: { from: "08:00", to: "21:00", breakMinutes: 45 },
  });
  if (checkedIn) {
    await call(page, "POST", "/checkins", {
      clientId: crypto.randomUUID(),
      date: day,
      painNow: 1,
      everydayPain: "none",
      redFlags: noRedFlags(),
    });
  }
}

/** Opens a screen with no break card (Past sessions) and waits until the app has loaded the day. */
async function openHistory(page) {
  await page.goto("/history");
  await page.getByRole("heading", { name: "Past sessions" }).waitFor();
  await page.waitForLoadState("networkidle");
}

/** The reminder banner with this title. */
function banner(page, title) {
  return page.locator(".reminders .banner.reminder").filter({ hasText: title });
}

/**
 * Asserts that no reminder banner shows. The fake clock's timers fire inside `fastForward`, and React renders within
 * a frame, so a short real wait is enough for a banner that was going to appear.
 */
async function assertNoBanner(page, why) {
  await page.waitForTimeout(400);
  assert.equal(await page.locator(".reminders .banner").count(), 0, why);
}

/** Jumps the page's clock on by `ms`: timers due on the way fire once, as after a closed laptop lid. */
async function pass(page, ms) {
  await page.clock.fastForward(ms);
}

/**
 * Keeps the app open for `minutes`, one fake minute at a time with a moment of real time between, so the page keeps
 * rendering and rescheduling its own checks as it would over real minutes (a single jump would hide a scheduler
 * that stops after one look).
 */
async function sit(page, minutes) {
  for (let i = 0; i < minutes; i++) {
    await page.clock.fastForward(MIN);
    await page.waitForTimeout(25);
  }
}

/** Serious and critical WCAG 2.1 AA violations (contrast included) inside `selector`, one line each. */
async function axe(page, selector, label) {
  const r = await new AxeBuilder({ page })
    .include(selector)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} ${v.help} -> ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

/** A screenshot of what the phone screen shows, in light and in dark; with `scan`, axe checks that part in both. */
async function shots(page, name, scan) {
  const problems = [];
  await page.screenshot({ path: join(ARTIFACTS, `reminders-${name}-light.png`) });
  if (scan) problems.push(...(await axe(page, scan, `${name} light`)));
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: join(ARTIFACTS, `reminders-${name}-dark.png`) });
  if (scan) problems.push(...(await axe(page, scan, `${name} dark`)));
  await page.emulateMedia({ colorScheme: "light" });
  assert.deepEqual(problems, []);
}

test("D2: after 45 minutes without a break the banner asks for one; snooze holds it 15 minutes; a break logged through POST /daily clears it", async () => {
  const { context, page } = await phonePage(browser, server.url);
  try {
    const { timeZone, day, at } = zoneFor("08:00");
    await sittingUser(page, "rem-break", { timeZone, day, checkedIn: true });
    await context.clock.install({ time: at });
    await openHistory(page);
    assert.equal(await page.evaluate(() => Notification.permission), "default", "notifications are not granted");

    // Reminders start at 08:00: the first break is due at 08:45.
    await assertNoBanner(page, "nothing is due at 08:00");
    await sit(page, 44);
    await assertNoBanner(page, "nothing is due at 08:44");
    await sit(page, 2);
    const due = banner(page, BREAK_TITLE);
    await due.waitFor();
    assert.match(await due.textContent(), /Stand up, walk a few steps/);
    await shots(page, "01-break-banner", ".reminders");

    // Snooze: gone for 15 minutes, then back.
    await due.getByRole("button", { name: "In 15 minutes" }).click();
    await due.waitFor({ state: "detached" });
    await sit(page, 14);
    await assertNoBanner(page, "still snoozed 14 minutes later");
    await sit(page, 2);
    await due.waitFor();

    // "I took a break" logs a break through POST /daily, at the page's (fake) time, and the banner goes.
    const posted = page.waitForResponse((r) => r.url().endsWith("/api/v1/daily") && r.request().method() === "POST");
    const tappedAt = await page.evaluate(() => Date.now());
    await due.getByRole("button", { name: "I took a break" }).click();
    const res = await posted;
    assert.equal(res.status(), 201);
    const sent = res.request().postDataJSON();
    assert.equal(sent.kind, "break");
    assert.equal(sent.date, day);
    const loggedAt = Date.parse(sent.at);
    assert.ok(loggedAt >= tappedAt && loggedAt - tappedAt < MIN, `logged at ${sent.at}`);
    await due.waitFor({ state: "detached" });
    const stored = await call(page, "GET", `/daily?date=${day}`);
    assert.equal(stored.breaks, 1);

    // The next round counts from that break: nothing 44 minutes later, the banner again after 45.
    await pass(page, 44 * MIN);
    await assertNoBanner(page, "44 minutes after the break");
    await pass(page, 2 * MIN);
    await banner(page, BREAK_TITLE).waitFor();
    assert.equal(await page.locator(".reminders .banner").count(), 1, "one banner, not one per round");
  } finally {
    await context.close();
  }
});

test("D2: quiet outside the user's hours: nothing at 22:30 or an hour later; the same break shows once the hours cover it", async () => {
  const { context, page } = await phonePage(browser, server.url);
  try {
    const { timeZone, day, at } = zoneFor("22:30");
    await sittingUser(page, "rem-quiet", { timeZone, day, checkedIn: false });
    await context.clock.install({ time: at });

    // Without a check-in, the check-in reminder is quiet too.
    await openHistory(page);
    await assertNoBanner(page, "no check-in reminder at 22:30");
    await pass(page, 30 * MIN);
    await assertNoBanner(page, "no check-in reminder at 23:00");

    // Checked in, sitting all day and no break logged: a break would be long overdue, but it is quiet time.
    await call(page, "POST", "/checkins", {
      clientId: crypto.randomUUID(),
      date: day,
      painNow: 1,
      everydayPain: "none",
      redFlags: noRedFlags(),
    });
    await openHistory(page);
    await assertNoBanner(page, "no break reminder at 23:00");
    await sit(page, 30);
    await assertNoBanner(page, "no break reminder an hour after 22:30");
    await page.goto("/daily");
    const quiet = page.getByText("Reminders are quiet now. They run from 08:00 to 21:00.");
    await quiet.waitFor();
    await page.locator(".break-card").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shots(page, "02-quiet-daily");

    // Control: hours until 23:59 cover the fake time, and the overdue break shows at once.
    await page.getByLabel("Until").fill("23:59");
    await page.getByRole("button", { name: "Save reminder hours" }).click();
    await page.getByText("Saved.").waitFor();
    await page.getByText("A movement break is due now.").waitFor();
    await page.goto("/history");
    await banner(page, BREAK_TITLE).waitFor();
  } finally {
    await context.close();
  }
});

test("D3 morning: the check-in reminder shows while today's check-in is missing, leads to it, and goes once it is done", async () => {
  const { context, page } = await phonePage(browser, server.url);
  try {
    const { timeZone, day, at } = zoneFor("08:10");
    await sittingUser(page, "rem-checkin", { timeZone, day, checkedIn: false });
    await context.clock.install({ time: at });
    await openHistory(page);
    const reminder = banner(page, CHECKIN_TITLE);
    await reminder.waitFor();
    assert.equal(await page.locator(".reminders .banner").count(), 1, "no break reminder before the check-in");
    await shots(page, "03-checkin-banner", ".reminders");

    // Not on the check-in itself; after it, neither reminder (the first break is due at 08:45).
    await reminder.getByRole("link", { name: "Check in" }).click();
    await page.getByRole("heading", { name: "Daily check-in" }).waitFor();
    await assertNoBanner(page, "no reminder on the check-in screen");
    await sendCheckin(page, { pain: 1, everyday: "No pain" });
    await page.locator(".flag-q").nth(11).waitFor();
    await answerRedFlags(page, []);
    await page.getByRole("button", { name: "Send answers" }).click();
    await page.getByRole("heading", { name: "Movement breaks", exact: true }).waitFor();
    const done = await call(page, "GET", `/checkins?from=${day}&to=${day}`);
    assert.equal((Array.isArray(done) ? done : (done.checkins ?? done.items)).length, 1, "today's check-in is stored");
    await openHistory(page);
    await assertNoBanner(page, "no check-in reminder once it is done");
    await pass(page, 20 * MIN);
    await assertNoBanner(page, "still none at 08:30");
  } finally {
    await context.close();
  }

  // "Not today" dismisses it for the day, on this device.
  const other = await phonePage(browser, server.url);
  try {
    const { timeZone, day, at } = zoneFor("08:10");
    await sittingUser(other.page, "rem-dismiss", { timeZone, day, checkedIn: false });
    await other.context.clock.install({ time: at });
    await openHistory(other.page);
    const reminder = banner(other.page, CHECKIN_TITLE);
    await reminder.getByRole("button", { name: "Not today" }).click();
    await reminder.waitFor({ state: "detached" });
    await openHistory(other.page);
    await assertNoBanner(other.page, "dismissed for today, also after a reload");
  } finally {
    await other.context.close();
  }
});

/**
 * Records system notifications and lets the test hide the page. Headless Chromium (like every Playwright page) always
 * reports `document.visibilityState` "visible" and has no API to background a tab, so the page's visibility is
 * simulated by overriding `visibilityState`/`hidden` and firing `visibilitychange`. The notifications themselves are
 * real: permission comes from `context.grantPermissions`, and the wrappers below call the browser's own
 * `Notification` and `ServiceWorkerRegistration.showNotification` after recording the call.
 */
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
  const Real = window.Notification;
  if (Real) {
    window.Notification = class extends Real {
      constructor(title, options) {
        window.__notes.push({ via: "Notification", title, tag: options?.tag, body: options?.body });
        super(title, options);
      }
    };
  }
  const proto = window.ServiceWorkerRegistration?.prototype;
  const realShow = proto?.showNotification;
  if (realShow) {
    proto.showNotification = function (title, options) {
      window.__notes.push({ via: "serviceWorker", title, tag: options?.tag, body: options?.body });
      return realShow.call(this, title, options);
    };
  }
}

/** Every notification the page asked for, and those the browser shows through the service worker. */
async function notifications(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker?.getRegistration();
    const shown = reg ? (await reg.getNotifications()).map((n) => ({ title: n.title, tag: n.tag })) : [];
    return { asked: window.__notes, shown };
  });
}

test("D2 with notifications allowed: a system notification while the app is out of sight, the banner while in view", async () => {
  const { context, page } = await phonePage(browser, server.url);
  try {
    await context.grantPermissions(["notifications"], { origin: server.url });
    await context.addInitScript(notificationProbe);
    const { timeZone, day, at } = zoneFor("08:00");
    await sittingUser(page, "rem-notify", { timeZone, day, checkedIn: true });
    await context.clock.install({ time: at });
    await openHistory(page);
    assert.equal(await page.evaluate(() => Notification.permission), "granted");
    // The app's service worker is in place, as in an installed app.
    assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active))), true);

    // In view: the banner, no notification.
    await pass(page, 46 * MIN);
    const due = banner(page, BREAK_TITLE);
    await due.waitFor();
    assert.deepEqual((await notifications(page)).asked, [], "no notification while the app is in view");
    await due.getByRole("button", { name: "I took a break" }).click();
    await due.waitFor({ state: "detached" });

    // Out of sight: the next break arrives as one system notification, the browser shows it, and it is not repeated.
    await page.evaluate(() => window.__setHidden(true));
    await pass(page, 44 * MIN);
    await page.waitForTimeout(400);
    assert.deepEqual((await notifications(page)).asked, [], "nothing before the 45 minutes are up");
    await pass(page, 2 * MIN);
    await page.waitForFunction(() => window.__notes.length > 0);
    let seen = await notifications(page);
    assert.equal(seen.asked.length, 1);
    assert.equal(seen.asked[0].title, BREAK_TITLE);
    assert.match(seen.asked[0].tag, new RegExp(`^break:${day}:\\d+$`));
    // Through the service worker (as an installed app on a phone), and the browser really holds it.
    assert.equal(seen.asked[0].via, "serviceWorker");
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return (await reg.getNotifications()).length > 0;
    });
    seen = await notifications(page);
    assert.deepEqual(seen.shown, [{ title: BREAK_TITLE, tag: seen.asked[0].tag }]);
    await pass(page, 5 * MIN);
    await page.waitForTimeout(400);
    assert.equal((await notifications(page)).asked.length, 1, "one notification per round of sitting");

    // Back in view, the reminder still stands in the app.
    await page.evaluate(() => window.__setHidden(false));
    await due.waitFor();
    assert.equal((await notifications(page)).asked.length, 1);
    await page.screenshot({ path: join(ARTIFACTS, "reminders-04-back-in-view.png") });
  } finally {
    await context.close();
  }
});
