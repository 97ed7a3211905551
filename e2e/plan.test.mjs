// Browser test (issue 5, web): the Plan tab (week at a glance, a day's blocks with reasons, a swap from the sheet,
// a new plan that says what changed) and today's session card on Today (a training day, R4 changes, the R3 recovery
// session and a rest day). The training days are set through the API so the test holds on any weekday.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import {
  ARTIFACTS,
  answerRedFlags,
  launchBrowser,
  noRedFlags,
  phonePage,
  registerAndOnboard,
  sendCheckin,
  startServer,
  uniqueEmail,
  WEEKDAYS,
} from "./harness.mjs";

const NO_FLAGS = noRedFlags();

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Calls the API with the page's session cookie and answers the parsed body. */
async function call(page, method, path, data) {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data });
  assert.ok(res.ok(), `${method} ${path} answered ${res.status()}: ${await res.text()}`);
  return res.status() === 204 ? undefined : res.json();
}

/** Weekday slug of a YYYY-MM-DD day. */
function weekdayOf(day) {
  return WEEKDAYS[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7];
}

/** Sets the training days (offsets from today's weekday) and makes a new plan through the API. */
async function trainOn(page, today, offsets) {
  const start = WEEKDAYS.indexOf(weekdayOf(today));
  const days = offsets.map((o) => WEEKDAYS[(start + o) % 7]);
  await call(page, "PUT", "/profile", { daysPerWeek: days.length, trainingDays: days });
  return call(page, "POST", "/plans", {});
}

/** A screenshot of what the phone screen shows (not the whole page), as a user sees it. */
function view(page, name) {
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Serious and critical axe violations on the page, one line each. */
async function scan(page, label) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} ${v.help} -> ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3)}`);
}

test("P1-P5 on the web: the week, a swap, a new plan with what changed, and today's session by tier", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  page.setDefaultTimeout(20_000); // a loaded CI machine; the steps themselves are quick
  const problems = [];
  try {
    await registerAndOnboard(page, uniqueEmail("plan"));
    await sendCheckin(page, { pain: 1, everyday: "No pain" });
    await answerRedFlags(page, []);
    await page.getByRole("button", { name: "Send answers" }).click();
    await page.getByRole("button", { name: "Start session" }).waitFor();
    const { date: today } = await call(page, "GET", "/today");

    // A training day today (R5): the session card names the day and lists every block with reasons on demand.
    await trainOn(page, today, [0, 2, 4]);
    await page.reload();
    const card = page.locator(".today-session");
    await card.getByText("Today's session · about").waitFor();
    await card.getByText("Show every exercise and why it is there").click();
    await card.getByRole("heading", { name: "Alignment" }).waitFor();
    await card.getByRole("heading", { name: "Glutes and core" }).waitFor();
    assert.ok((await card.locator(".plan-why").count()) > 3, "items carry their one-line reason");
    await shot("plan-01-today-session");
    await card.scrollIntoViewIfNeeded();
    await view(page, "plan-01b-today-session-view");

    // The Plan tab: seven days at a glance, today's day open with its blocks.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
    await page.getByRole("heading", { name: "Plan", exact: true }).waitFor();
    const week = page.getByRole("navigation", { name: "Your week" });
    await week.waitFor();
    assert.equal(await week.locator("li").count(), 7);
    assert.equal(await week.getByRole("button").count(), 3, "three training days, four rest days");
    await page.getByRole("heading", { name: "Why your plan looks like this" }).waitFor();
    await shot("plan-02-week");
    await view(page, "plan-02b-week-view");
    problems.push(...(await scan(page, "plan")));

    // Open another day by tapping it in the week; the address follows.
    await week.getByRole("button").nth(1).click();
    await page.waitForURL(/\/plan\?day=/);
    const day = page.locator(".plan-day");
    for (const block of ["Alignment", "Main work", "Glutes and core", "Cooldown"]) {
      await day.getByRole("heading", { name: block }).waitFor();
    }

    // Swap the first main exercise from the sheet.
    const first = day.locator(".plan-block-main .plan-item").first();
    const fromId = await first.getAttribute("data-exercise");
    await first.getByRole("button", { name: /^Swap / }).click();
    const sheet = page.getByRole("dialog");
    await sheet.getByRole("list", { name: /^Alternatives to / }).waitFor();
    await view(page, "plan-03-swap-sheet");
    problems.push(...(await scan(page, "swap sheet")));
    const choice = sheet.locator(".plan-choice").first();
    const toName = ((await choice.locator(".opt-title").textContent()) ?? "").trim();
    await choice.click();
    await page
      .getByRole("status")
      .filter({ hasText: `is swapped for ${toName}` })
      .waitFor();
    assert.equal(await sheet.isVisible(), false, "the sheet closes after a swap");
    const plan = await call(page, "GET", "/plans/current");
    const shown = new URL(page.url()).searchParams.get("day");
    const planned = plan.days.find((d) => d.weekday === shown);
    const ids = planned.blocks.flatMap((b) => b.items.map((i) => i.exerciseId));
    assert.ok(!ids.includes(fromId), "the swap is kept in the plan");
    await day.getByText(toName, { exact: true }).waitFor();

    // A profile change, then "Make a new plan": the answer says what changed, with exercise names.
    await call(page, "PUT", "/profile", { sessionMinutes: 40, trainingDays: null, daysPerWeek: 2 });
    await page.reload();
    await page.getByText("Your profile changed since this plan was made.").waitFor();
    await view(page, "plan-03b-stale");
    await page.getByRole("button", { name: "Make a new plan" }).click();
    const changes = page.locator(".plan-changes");
    await changes.getByRole("heading", { name: "What changed" }).waitFor();
    assert.match((await changes.textContent()) ?? "", /Training days: .* \(before: /);
    assert.match((await changes.textContent()) ?? "", /No longer in your plan/);
    await changes.scrollIntoViewIfNeeded();
    await view(page, "plan-04-new-plan");
    assert.equal(await week.getByRole("button").count(), 2);
    assert.equal(await page.getByText("Your profile changed since this plan was made.").count(), 0);

    // R4 (pain 4, some everyday pain): the card lists what changed today.
    await trainOn(page, today, [0, 3]);
    await call(page, "POST", "/checkins", {
      clientId: crypto.randomUUID(),
      date: today,
      painNow: 4,
      everydayPain: "some",
      redFlags: NO_FLAGS,
    });
    await page.goto("/");
    await card.getByText("What changed today").waitFor();
    await shot("plan-05-today-r4");
    await card.scrollIntoViewIfNeeded();
    await view(page, "plan-05b-today-r4-view");

    // R3 (pain 7): the recovery session replaces the day, with its own notes.
    await call(page, "POST", "/checkins", {
      clientId: crypto.randomUUID(),
      date: today,
      painNow: 7,
      everydayPain: "persistent",
      redFlags: NO_FLAGS,
    });
    await page.reload();
    await card.getByRole("heading", { name: "Recovery session" }).waitFor();
    await page.getByRole("button", { name: "Start a recovery session" }).waitFor();
    await card.getByText("Show every exercise and why it is there").click();
    await shot("plan-06-today-recovery");
    problems.push(...(await scan(page, "today recovery")));
    // P5 on the Plan tab: the plan stays, and it says how today differs.
    await page.goto("/plan");
    await page.getByText("Your back needs a lighter day.").waitFor();

    // A rest day: recovery suggestions, and a session can still be started.
    await call(page, "POST", "/checkins", {
      clientId: crypto.randomUUID(),
      date: today,
      painNow: 1,
      everydayPain: "none",
      redFlags: NO_FLAGS,
    });
    await trainOn(page, today, [1, 3]);
    await page.goto("/");
    await card.getByRole("heading", { name: "No training planned today" }).waitFor();
    await card.getByRole("list", { name: "Ideas for a rest day" }).waitFor();
    await card.getByText("Next session:").waitFor();
    await shot("plan-07-today-rest");
    await card.scrollIntoViewIfNeeded();
    await view(page, "plan-07b-today-rest-view");
    await page.getByRole("button", { name: "Start session" }).click();
    await page.waitForURL(/\/session\//);

    // Once today's session is finished, the card says so instead of inviting another start.
    const sessionId = new URL(page.url()).pathname.split("/").at(-1);
    await call(page, "POST", `/sessions/${sessionId}/finish`, { finishedAt: new Date().toISOString(), painAfter: 1 });
    await page.goto("/");
    await card.getByRole("heading", { name: /is logged$/ }).waitFor();
    await card.getByRole("link", { name: "See what you did" }).waitFor();
    await view(page, "plan-09-today-done");
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test("the Plan tab in the dark theme", async () => {
  const { context, page, shot } = await phonePage(browser, server.url, "dark");
  page.setDefaultTimeout(20_000);
  try {
    await registerAndOnboard(page, uniqueEmail("plandark"));
    await page.goto("/plan");
    await page.locator(".plan-day").waitFor();
    await shot("plan-08-dark");
    assert.equal(await page.getByText("Your profile changed since this plan was made.").count(), 0);
    assert.deepEqual(await scan(page, "plan dark"), []);
  } finally {
    await context.close();
  }
});
