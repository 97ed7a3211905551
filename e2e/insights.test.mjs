// Browser test (issue 7, web part): the Insights screen with the demo account (12 weeks of history, a planted
// trigger on the reclined leg press): the trigger with its evidence and what changed, "I've been cleared for this"
// and its undo, the four charts drawn with their tables, the range control, habit links; and a new user's
// teaching state. Screenshots at 390x844 in light and dark.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ARTIFACTS, axeProblems, launchBrowser, phonePage, runCli, startServer, uniqueEmail } from "./harness.mjs";

const DEMO = { email: "demo@example.com", password: "spotter-demo" };

/** A server over a data dir that `spotter demo` filled first. */
function startDemoServer() {
  return startServer({ prepare: (dataDir) => runCli(["demo", "--data", dataDir, "--email", DEMO.email]) });
}

async function logIn(page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test("demo account: the reclined leg press is a trigger with evidence; charts, tables and habit links show", async () => {
  const { context, page } = await phonePage(browser, server.url);
  // The insights reads go over the whole log; leave room for a busy machine.
  page.setDefaultTimeout(20_000);
  // Screenshots of what is on screen (390x844), as the user sees it at that moment.
  const view = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  try {
    await logIn(page);
    await page.goto("/insights");
    await page.getByRole("heading", { name: "Triggers", level: 2 }).waitFor();

    // The trigger card: status as a word, the evidence sentence, who found it, and what Spotter changed.
    const card = page.locator('[data-exercise="leg-press-reclined"]');
    await card.waitFor();
    await card.getByText("Trigger", { exact: true }).waitFor();
    assert.match(await card.textContent(), /Sharp or radiating pain came up during Leg press \(reclined pad\)/);
    assert.match(await card.textContent(), /Spotter found it in your log/);
    await card.getByText(/Your plan uses Leg press \(back pad upright\) instead/).waitFor();
    await view("insights-01-triggers");

    // Per-pattern rows are labelled as information only.
    await page.getByText("By movement pattern: information only").waitFor();

    // "I've been cleared for this" moves it to cleared, and the undo brings it back.
    await card.getByRole("button", { name: "I've been cleared for this" }).click();
    await card.getByText("Cleared by you", { exact: true }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await view("insights-02-cleared");
    await card.getByRole("button", { name: "Undo: treat it as a trigger again" }).click();
    await card.getByText("Trigger", { exact: true }).waitFor();
    await card.getByRole("button", { name: "I've been cleared for this" }).waitFor();

    // Charts: four canvases (pain, sets against pain, e1RM, belt).
    await page.getByRole("heading", { name: "Trends", level: 2 }).scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll(".ins-chart canvas").length === 4);
    await page.getByRole("heading", { name: "Morning pain" }).scrollIntoViewIfNeeded();
    await view("insights-03-pain-chart");

    // Each chart's table is reachable: open them all and read a real table.
    for (const name of [
      "Show the pain trend as a table",
      "Show sets and pain as a table",
      "Show e1RM as a table",
      "Show belt use as a table",
    ]) {
      await page.getByText(name, { exact: true }).click();
    }
    const tables = page.locator("details.ins-table table");
    assert.equal(await tables.count(), 4);
    // Sets per muscle is a table in plain view.
    await page.getByRole("rowheader", { name: "Glutes" }).waitFor();
    const painRows12 = await tables.nth(0).locator("tbody tr").count();
    assert.ok(painRows12 > 40, `expected many pain rows over 12 weeks, saw ${painRows12}`);
    await page.getByRole("columnheader", { name: "7\u2011day avg" }).waitFor();
    await page.getByRole("columnheader", { name: "e1RM (kg)" }).waitFor();

    // The e1RM chart follows the picked exercise.
    await page.getByLabel("Exercise").selectOption("hip-thrust");
    await page.getByRole("rowheader").first().waitFor();

    // The range control narrows every chart.
    await page.getByText("4 weeks", { exact: true }).click();
    await page.waitForFunction(() => {
      const t = document.querySelector(".ins-table table tbody");
      return t && t.querySelectorAll("tr").length < 31;
    });
    assert.equal(await page.locator(".ins-chart canvas").count(), 4);
    // The picked exercise and the opened tables stay as they were.
    assert.equal(await page.getByLabel("Exercise").inputValue(), "hip-thrust");
    assert.equal(await page.locator("details.ins-table[open]").count(), 4);
    await page.getByRole("heading", { name: "Strength: estimated one-rep max" }).scrollIntoViewIfNeeded();
    await view("insights-04-e1rm");

    // No serious accessibility problem with every table open, in light and (below) dark.
    const problems = await axeProblems(page, "light");

    // Habit links, worded as associations.
    await page.getByRole("heading", { name: "Habits and your mornings" }).scrollIntoViewIfNeeded();
    await page.getByRole("heading", { name: "Sleep support pillow" }).waitFor();
    assert.ok((await page.getByText(/not proof of cause/).count()) >= 3);
    await view("insights-05-habits");

    // Dark mode: the charts redraw in the dark theme's colours.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => document.querySelector(".ins-chart")?.getAttribute("data-scheme") === "dark");
    await page.getByRole("heading", { name: "Pain and weekly training" }).scrollIntoViewIfNeeded();
    await view("insights-06-dark-charts");
    problems.push(...(await axeProblems(page, "dark")));
    assert.deepEqual(problems, []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await view("insights-07-dark-top");
  } finally {
    await context.close();
  }
});

test("a new user sees what Insights will show and how to fill it", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  page.setDefaultTimeout(20_000);
  try {
    const email = uniqueEmail("insights-new");
    const reg = await page.request.post("/api/v1/auth/register", {
      data: { email, password: "correct horse battery" },
    });
    assert.equal(reg.status(), 201);
    await page.request.post("/api/v1/profile/notice", { data: { accepted: true } });
    await page.goto("/insights");
    await page.getByRole("heading", { name: "What your log will show you here" }).waitFor();
    await page.getByRole("link", { name: "Go to today's check-in" }).waitFor();
    assert.equal(await page.locator(".ins-chart canvas").count(), 0);
    await shot("insights-08-new-user");
  } finally {
    await context.close();
  }
});
