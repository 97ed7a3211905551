// Browser test (SPEC T6, issue 13's web part): the re-test of an old trigger end to end on a 360 px phone. A lifter
// whose horizontal leg press became a trigger (two sharp sets) six weeks ago, and whose last 7 days are calm
// check-ins, sees the offer on Insights with the decision rule, accepts it, finds the re-test on Today at half the
// last load with the rule before the first set, logs it in the live session, checks in the next morning, re-tests
// again, and after the second calm morning the exercise is tolerated and back in the plan. Another lifter declines.
//
// Time: the server runs on the real clock and the user's day follows the profile's time zone. Two fixed-offset
// zones a calendar day apart (`zonePair`) give the test two consecutive days: the first re-test on day D in the
// western zone, the next morning's check-in and the second re-test on D+1 in the eastern one. The last morning (D+2)
// is the user's tomorrow there, which the API takes as a record date; it is sent through the API.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  ARTIFACTS,
  axeProblems,
  choosePain,
  launchBrowser,
  noRedFlags,
  sendCheckin,
  startServer,
  uniqueEmail,
  WEEKDAYS,
} from "./harness.mjs";

/** The narrowest phone the screens are judged at. */
const NARROW = { width: 360, height: 780 };
/** The trigger of this story, and its last working load (the re-test runs at half of it). */
const TRIGGER = "horizontal-leg-press";
const TRIGGER_NAME = "Horizontal leg press";
const LAST_LOAD_KG = 60;

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The IANA name of a whole-hour UTC offset (Etc/GMT-N is UTC+N). */
function zoneName(offset) {
  return offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}

/**
 * Two zones whose local dates are a day apart now, chosen so that both local times are as far from midnight as the
 * 26 hours of offsets allow (at least 1 hour at any UTC hour), so the test never crosses a user's midnight.
 */
function zonePair(nowMs = Date.now()) {
  const local = (o) => {
    const t = new Date(nowMs + o * 3_600_000);
    const hour = t.getUTCHours() + t.getUTCMinutes() / 60;
    return { date: t.toISOString().slice(0, 10), margin: Math.min(hour, 24 - hour) };
  };
  let best = null;
  for (let w = -12; w <= 14; w++) {
    for (let e = w + 1; e <= 14; e++) {
      const a = local(w);
      const b = local(e);
      if (b.date !== addDays(a.date, 1)) continue;
      const margin = Math.min(a.margin, b.margin);
      if (!best || margin > best.margin) best = { west: zoneName(w), east: zoneName(e), day: a.date, margin };
    }
  }
  if (!best || best.margin < 0.25) throw new Error("no pair of zones a day apart away from midnight");
  return best;
}

/** The day `n` days from `day` (YYYY-MM-DD). */
function addDays(day, n) {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Weekday slug of a YYYY-MM-DD day. */
function weekdayOf(day) {
  return WEEKDAYS[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7];
}

/** Calls the API with the page's cookies and answers the parsed body, failing on any error status. */
async function call(page, method, path, data) {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data });
  assert.ok(res.ok(), `${method} ${path} answered ${res.status()}: ${await res.text()}`);
  return res.status() === 204 ? undefined : res.json();
}

/** A calm morning check-in on `date` through the API. */
function calmMorning(page, date, painNow = 1) {
  return call(page, "POST", "/checkins", {
    clientId: crypto.randomUUID(),
    date,
    painNow,
    everydayPain: "none",
    redFlags: noRedFlags(),
  });
}

/** A phone page at 360 px in `timezoneId`, optionally with another page's cookies and storage. */
async function narrowPage(timezoneId, storageState) {
  const context = await browser.newContext({
    viewport: NARROW,
    baseURL: server.url,
    deviceScaleFactor: 1,
    timezoneId,
    ...(storageState ? { storageState } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000); // a loaded machine; the steps themselves are quick
  mkdirSync(ARTIFACTS, { recursive: true });
  const view = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  return { context, page, view };
}

/**
 * A new account in `zone` whose day is `today`: training on today, tomorrow and two days later; two sessions
 * with a sharp set of the leg press 40 and 38 days ago (a trigger Spotter found), then a calm check-in on every day
 * since, today included.
 */
async function seedOldTrigger(page, zone, today) {
  await call(page, "POST", "/auth/register", { email: uniqueEmail("retest"), password: "correct horse battery" });
  await call(page, "POST", "/profile/notice", { accepted: true });
  const trainingDays = [0, 1, 3].map((k) => weekdayOf(addDays(today, k)));
  await call(page, "PUT", "/profile", { timeZone: zone, daysPerWeek: 3, trainingDays });
  assert.equal((await call(page, "GET", "/today")).date, today, "the user's day follows the profile's zone");
  // The plan is made before the trigger is found, as it would be: the trigger's stand-in is the plan's change.
  const plan = await call(page, "POST", "/plans", {});
  assert.ok(planHolds(plan, TRIGGER), "the first plan holds the exercise");
  for (const back of [40, 38]) {
    const date = addDays(today, -back);
    await calmMorning(page, date);
    const s = await call(page, "POST", "/sessions", {
      clientId: crypto.randomUUID(),
      date,
      startedAt: `${date}T08:00:00Z`,
      painBefore: 1,
    });
    for (let i = 0; i < 3; i++) {
      await call(page, "POST", `/sessions/${s.id}/sets`, {
        clientId: crypto.randomUUID(),
        exerciseId: TRIGGER,
        setIndex: i,
        warmup: false,
        reps: 8,
        loadKg: LAST_LOAD_KG,
        rir: 2,
        belt: false,
        pain: i === 2 ? 4 : 1,
        painKind: i === 2 ? "sharp" : "none",
      });
    }
    await call(page, "POST", `/sessions/${s.id}/finish`, { finishedAt: `${date}T09:00:00Z`, painAfter: 2 });
  }
  for (let back = 37; back >= 0; back--) await calmMorning(page, addDays(today, -back));
  assert.ok(!planHolds(await call(page, "GET", "/plans/current"), TRIGGER), "the trigger's stand-in is planned");
}

/** True when any day of a plan holds the exercise. */
function planHolds(plan, exerciseId) {
  return plan.days.some((d) => d.blocks.some((b) => b.items.some((i) => i.exerciseId === exerciseId)));
}

/** The trigger's entry on the list, as the API answers it. */
async function entryOf(page) {
  const list = await call(page, "GET", "/insights/triggers");
  return list.find((t) => t.subject.exerciseId === TRIGGER);
}

/**
 * Today's re-test in the live session: start from Today, jump to the re-tested exercise, check the rule is on screen
 * before the first set, log every planned set at pain 1, finish at pain 1. Answers the load the sets were logged at.
 */
async function logRetestSession(page, view, shotPrefix) {
  await page.goto("/");
  const card = page.locator(".today-session");
  await card.getByText(/Today holds the re-test you agreed to \(horizontal leg press\)/).waitFor();
  await card.getByRole("button", { name: "Start session" }).click();
  await page.waitForURL(/\/session\//);
  await page.locator("#current-ex-name").waitFor();
  await page.getByText("All of today's exercises").click();
  await page.getByRole("button", { name: new RegExp(`^${TRIGGER_NAME}`) }).click();
  await page.locator("#current-ex-name", { hasText: TRIGGER_NAME }).waitFor();
  // T6: the decision rule is on the card before the first set, with the half load.
  const current = page.locator(".current-ex");
  await current.getByText(/Re-test at half your last load\. A re-test session passes when pain during it/).waitFor();
  assert.match(await current.locator(".target").textContent(), /at 30 kg/, "half of the last 60 kg");
  assert.equal(await current.getByText(/A re-test session passes/).count(), 1, "the rule is said once");
  await view(`${shotPrefix}-rule-before-first-set`);

  await choosePain(page, "Back pain during the set", 1);
  for (let k = 0; k < 12; k++) {
    const label = (
      await page
        .getByRole("button", { name: /^Log (warm-up|set) \d+$/ })
        .first()
        .textContent()
    ).trim();
    await page.getByRole("button", { name: "Log as planned" }).first().click();
    // Wait for the logged set to be drawn: the button moves on to the next set, or the exercise is done.
    await page.waitForFunction(
      (prev) =>
        document.querySelector(".done-block") !== null ||
        ![...document.querySelectorAll("button")].some((b) => b.textContent?.trim() === prev),
      label,
    );
    if ((await page.locator(".done-block").count()) > 0) break;
  }
  await page.locator(".done-block").waitFor();
  await view(`${shotPrefix}-sets-logged`);
  const logged = await page.locator(`.set-plan .plan-row.done:not(.warm)`).count();
  assert.ok(logged >= 1, `working sets logged (${logged})`);

  await page.getByText("Finish the session").click();
  await choosePain(page, "Back pain now, after the session", 1);
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("heading", { name: "Session done" }).waitFor();
}

test("T6 in the browser: offered, rule read, accepted, two calm re-tests, tolerated; the report and share page list it", async () => {
  const zones = zonePair();
  const dayD = zones.day;
  const west = await narrowPage(zones.west);
  const problems = [];
  let east;
  try {
    const { page, view } = west;
    await seedOldTrigger(page, zones.west, dayD);
    const seeded = await entryOf(page);
    assert.equal(seeded?.status, "trigger");
    assert.equal(seeded?.test?.state, "offered");

    // The offer on Insights: what is offered and the rule that will decide it, before any answer.
    await page.goto("/insights");
    const card = page.locator(`[data-exercise="${TRIGGER}"]`).first();
    const box = card.locator(".ins-test");
    await box.getByText("A re-test is offered").waitFor();
    await box.getByText(/you can try it again at half your last load\. Nothing changes unless you say yes/).waitFor();
    await box.getByText(/A re-test session passes when pain during it stays at 3 or below/).waitFor();
    await box.scrollIntoViewIfNeeded();
    await view("retest-01-offer");
    problems.push(...(await axeProblems(page, "insights with a re-test offer")));

    // Accept: the test is planned, and Today holds it at half the last load with the rule in its line.
    await box.getByRole("button", { name: "Try the re-test" }).click();
    await card.locator('.ins-test[data-test-state="planned"]').waitFor();
    await card.getByText("Re-test planned").waitFor();
    await card.scrollIntoViewIfNeeded();
    await view("retest-02-accepted");

    await page.goto("/");
    const today = page.locator(".today-session");
    await today.getByText(/Today holds the re-test you agreed to/).waitFor();
    await view("retest-03-today");
    await today.getByText("Show every exercise and why it is there").click();
    const item = today.locator(`.plan-item[data-exercise="${TRIGGER}"]`);
    await item.getByText(/Re-test at half your last load/).waitFor();
    assert.equal(await item.getByText(/A re-test session passes/).count(), 1, "the rule is said once");
    await item.scrollIntoViewIfNeeded();
    await view("retest-04-today-item");
    problems.push(...(await axeProblems(page, "today with a re-test")));

    await logRetestSession(page, view, "retest-05-day1");
    await view("retest-06-day1-done");
    const storage = await west.context.storageState();
    await west.context.close();

    // The next morning (D+1, the eastern zone): the check-in in the browser.
    east = await narrowPage(zones.east, storage);
    await call(east.page, "PUT", "/profile", { timeZone: zones.east });
    assert.equal((await call(east.page, "GET", "/today")).date, addDays(dayD, 1));
    await east.page.goto("/");
    await east.page.getByRole("link", { name: "Check in" }).click();
    await east.page.getByRole("heading", { name: "Daily check-in" }).waitFor();
    await sendCheckin(east.page, { pain: 1, everyday: "No pain" });
    await east.page.locator(".today-session").waitFor();

    // One pass so far: under way, with the result in words and what would decide it.
    const running = await entryOf(east.page);
    assert.equal(running?.test?.state, "running");
    await east.page.goto("/insights");
    const card2 = east.page.locator(`[data-exercise="${TRIGGER}"]`).first();
    await card2.locator('.ins-test[data-test-state="running"]').waitFor();
    await card2.getByText("Re-test under way").waitFor();
    await card2.scrollIntoViewIfNeeded();
    await east.view("retest-07-running");

    // The second re-test on D+1, then the calm morning of D+2 (the user's tomorrow, through the API).
    await logRetestSession(east.page, east.view, "retest-08-day2");
    await calmMorning(east.page, addDays(dayD, 2));

    // Two passes: tolerated, decided by the re-test, and back in the plan.
    const done = await entryOf(east.page);
    assert.equal(done?.status, "tolerated");
    assert.deepEqual(
      { kind: done?.test?.kind, state: done?.test?.state, result: done?.test?.result },
      {
        kind: "retest",
        state: "done",
        result: "tolerated",
      },
    );
    await east.page.goto("/insights");
    await east.page.getByRole("heading", { name: "Triggers", level: 2 }).waitFor();
    const tolerated = east.page.locator("details.ins-group", { hasText: "Tolerated" }).first();
    await tolerated.locator("summary").click();
    const row = tolerated.locator(".ins-row", { hasText: TRIGGER_NAME });
    await row.locator('.ins-test[data-test-state="done"]').waitFor();
    await row.getByText("Result: your back tolerates it.").waitFor();
    await row.getByText(/What would change it:.*would make it a suspect again/).waitFor();
    await row.scrollIntoViewIfNeeded();
    await east.view("retest-09-tolerated");
    problems.push(...(await axeProblems(east.page, "insights after the re-test")));

    // It is no longer substituted: its next target builds on the re-test load.
    const next = await call(east.page, "GET", `/exercises/${TRIGGER}/next`);
    assert.notEqual(next.decision, "substitute");
    assert.ok(next.loadKg >= 30 && next.loadKg < LAST_LOAD_KG, `from the re-test load (${next.loadKg} kg)`);

    // The clinician report and a share link list the test and its outcome.
    // The report reads the log up to the end of its range: up to D+2, whose morning decided the second re-test.
    await east.page.goto(`/api/v1/reports/clinician?from=${addDays(dayD, -41)}&to=${addDays(dayD, 2)}`);
    const tests = east.page.locator("li", { hasText: "Re-test at a lighter load, decided: tolerated." });
    await tests.first().waitFor();
    assert.match(await tests.first().textContent(), /re-tested at a lighter load on/);
    await tests.first().scrollIntoViewIfNeeded();
    await east.view("retest-11-report");
    const share = await call(east.page, "POST", "/shares", { label: "Physio" });
    await east.page.goto(share.url);
    // Its trigger list as of today: tolerated, with the re-test that decided it.
    const shared = east.page.locator("tr", { hasText: "Re-test at a lighter load, decided: tolerated." });
    await shared.waitFor();
    assert.match(await shared.textContent(), new RegExp(`^\\s*${TRIGGER_NAME}\\s*tolerated`));
    await shared.scrollIntoViewIfNeeded();
    await east.view("retest-12-share");
    assert.deepEqual(problems, []);
  } finally {
    await west.context.close().catch(() => {});
    await east?.context.close();
  }
});

test("T6 in the browser: a declined re-test leaves the trigger as it was and Today without it", async () => {
  const zones = zonePair();
  const { context, page, view } = await narrowPage(zones.west);
  try {
    await seedOldTrigger(page, zones.west, zones.day);
    await page.goto("/insights");
    const card = page.locator(`[data-exercise="${TRIGGER}"]`).first();
    await card.locator('.ins-test[data-test-state="offered"]').waitFor();
    await card.getByRole("button", { name: "Not now" }).click();
    await card.locator(".ins-test").waitFor({ state: "detached" });
    await card.getByText("Trigger", { exact: true }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await view("retest-10-declined");
    const entry = await entryOf(page);
    assert.equal(entry?.status, "trigger");
    assert.equal(entry?.test, undefined, "no offer until 6 weeks have passed");

    // Today keeps the stand-in and says nothing of a re-test; a reload does not bring the offer back.
    await page.goto("/");
    const today = page.locator(".today-session");
    await today.locator("h2").waitFor();
    await page.locator(".today-session .today-start").waitFor();
    assert.equal(await today.getByText(/re-test/).count(), 0);
    const session = (await call(page, "GET", "/today")).session;
    const ids = (session?.blocks ?? []).flatMap((b) => b.items.map((i) => i.exerciseId));
    assert.ok(!ids.includes(TRIGGER), "the trigger stays out of today's session");
    await page.goto("/insights");
    await card.waitFor();
    assert.equal(await card.locator(".ins-test").count(), 0);
  } finally {
    await context.close();
  }
});
