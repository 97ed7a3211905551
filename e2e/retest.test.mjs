// Browser test (SPEC T6, issue 13's web part): the re-test of an old trigger end to end on a 360 px phone. A lifter
// whose horizontal leg press became a trigger (two sharp sets) six weeks ago, and whose last 7 days are calm
// check-ins, sees the offer on Insights with the decision rule, accepts it, finds the re-test on Today at half the
// last load with the rule before the first set, logs it in the live session, checks in the next morning, re-tests
// again, and after the second calm morning the exercise is tolerated, its next target builds on the re-test load,
// and the clinician report and a share link list the re-test. Another lifter declines.
//
// Time (`retest-kit.mjs`): the first re-test on day D in a western zone, the next morning's check-in and the second
// re-test on D+1 in an eastern one; the last morning (D+2, the user's tomorrow there) goes through the API.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeBothThemes, axeProblems, launchBrowser, sendCheckin, startServer } from "./harness.mjs";
import {
  addDays,
  call,
  entryOf,
  finishSession,
  logPlannedSets,
  morning,
  narrowPage,
  newLifter,
  pastSession,
  planHolds,
  startAndOpen,
  zonePair,
} from "./retest-kit.mjs";

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

/**
 * A new account in `zone` whose day is `today`: training on today, tomorrow and two days later; two sessions
 * with a sharp set of the leg press 40 and 38 days ago (a trigger Spotter found), then a calm check-in on every day
 * since, today included.
 */
async function seedOldTrigger(page, zone, today) {
  // The plan is made before the trigger is found, as it would be: the trigger's stand-in is the plan's change.
  const plan = await newLifter(page, zone, today, [0, 1, 3]);
  assert.ok(planHolds(plan, TRIGGER), "the first plan holds the exercise");
  for (const back of [40, 38]) {
    const date = addDays(today, -back);
    await morning(page, date);
    const set = { exerciseId: TRIGGER, loadKg: LAST_LOAD_KG, pain: 1 };
    await pastSession(page, date, [set, set, { ...set, pain: 4, painKind: "sharp" }]);
  }
  for (let back = 37; back >= 0; back--) await morning(page, addDays(today, -back));
  assert.ok(!planHolds(await call(page, "GET", "/plans/current"), TRIGGER), "the trigger's stand-in is planned");
}

/**
 * Today's re-test in the live session: start from Today, open the re-tested exercise, check the rule is on screen
 * before the first set, log every planned set at pain 1, finish at pain 1.
 */
async function logRetestSession(page, view, shotPrefix) {
  await page.goto("/");
  await page
    .locator(".today-session")
    .getByText(/Today holds the re-test you agreed to \(horizontal leg press\)/)
    .waitFor();
  await startAndOpen(page, TRIGGER_NAME);
  // T6: the decision rule is on the card before the first set, with the half load.
  const current = page.locator(".current-ex");
  await current.getByText(/Re-test at half your last load\. A re-test session passes when pain during it/).waitFor();
  assert.match(await current.locator(".target").textContent(), /at 30 kg/, "half of the last 60 kg");
  assert.equal(await current.getByText(/A re-test session passes/).count(), 1, "the rule is said once");
  await view(`${shotPrefix}-rule-before-first-set`);
  await logPlannedSets(page);
  await view(`${shotPrefix}-sets-logged`);
  await finishSession(page);
}

test("T6 in the browser: offered, rule read, accepted, two calm re-tests, tolerated; the report and share page list it", async () => {
  const zones = zonePair();
  const dayD = zones.day;
  const west = await narrowPage(browser, server.url, zones.west);
  const problems = [];
  let east;
  try {
    const { page, view } = west;
    await seedOldTrigger(page, zones.west, dayD);
    const seeded = await entryOf(page, TRIGGER);
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
    await page.emulateMedia({ colorScheme: "dark" });
    await view("retest-01-offer-dark");
    await page.emulateMedia({ colorScheme: "light" });
    problems.push(...(await axeBothThemes(page, "insights with a re-test offer")));

    // Accept: the test is planned, and Today holds it at half the last load with the rule in its line.
    await box.getByRole("button", { name: "Try the re-test" }).click();
    await card.locator('.ins-test[data-test-state="planned"]').waitFor();
    await card.getByText("Re-test planned").waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Re-test planned");
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
    problems.push(...(await axeBothThemes(page, "today with a re-test")));

    await logRetestSession(page, view, "retest-05-day1");
    await view("retest-06-day1-done");
    const storage = await west.context.storageState();
    await west.context.close();

    // The next morning (D+1, the eastern zone): the check-in in the browser.
    east = await narrowPage(browser, server.url, zones.east, storage);
    await call(east.page, "PUT", "/profile", { timeZone: zones.east });
    assert.equal((await call(east.page, "GET", "/today")).date, addDays(dayD, 1));
    await east.page.goto("/");
    await east.page.getByRole("link", { name: "Check in" }).click();
    await east.page.getByRole("heading", { name: "Daily check-in" }).waitFor();
    await sendCheckin(east.page, { pain: 1, everyday: "No pain" });
    await east.page.locator(".today-session").waitFor();

    // One pass so far: under way, with the result in words and what would decide it.
    const running = await entryOf(east.page, TRIGGER);
    assert.equal(running?.test?.state, "running");
    await east.page.goto("/insights");
    const card2 = east.page.locator(`[data-exercise="${TRIGGER}"]`).first();
    await card2.locator('.ins-test[data-test-state="running"]').waitFor();
    await card2.getByText("Re-test under way").waitFor();
    await card2.scrollIntoViewIfNeeded();
    await east.view("retest-07-running");

    // The second re-test on D+1, then the calm morning of D+2 (the user's tomorrow, through the API).
    await logRetestSession(east.page, east.view, "retest-08-day2");
    await morning(east.page, addDays(dayD, 2));

    // Two passes: tolerated, decided by the re-test, and back in the plan.
    const done = await entryOf(east.page, TRIGGER);
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

    // Back in the plan, in its stand-in's place, saying why (T6).
    const backPlan = await call(east.page, "GET", "/plans/current");
    assert.ok(planHolds(backPlan, TRIGGER), "the plan takes it back after two passes");
    assert.deepEqual(backPlan.returned, [TRIGGER]);

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
  const { context, page, view } = await narrowPage(browser, server.url, zones.west);
  try {
    await seedOldTrigger(page, zones.west, zones.day);
    await page.goto("/insights");
    const card = page.locator(`[data-exercise="${TRIGGER}"]`).first();
    await card.locator('.ins-test[data-test-state="offered"]').waitFor();
    await card.getByRole("button", { name: "Not now" }).click();
    await card.locator(".ins-test").waitFor({ state: "detached" });
    // The answer is said where the buttons were, and the keyboard stays there.
    await card.getByText(/Not now, then\. Horizontal leg press stays out of your plan/).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains("ins-test-declined"));
    await card.getByText("Trigger", { exact: true }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await view("retest-10-declined");
    const entry = await entryOf(page, TRIGGER);
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
