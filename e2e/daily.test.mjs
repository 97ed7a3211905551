// Browser test (issue 8, web): Today's water, break and Learn cards; the daily support screen (water with undo,
// supplements with totals and the upper-limit warning, a field error from the server); a Learn piece with sources.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  answerRedFlags,
  axeProblems as axe,
  phonePage,
  sendCheckin,
  startAll,
  stopAll,
  uniqueEmail,
} from "./harness.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/** The water card's "X of Y" line, e.g. "250 mL of 2.87 L". */
async function waterLine(page) {
  return ((await page.locator(".water-amount").first().textContent()) ?? "").trim();
}

test("N1 N2 D1-D3: log water and supplements, see totals, target and the upper-limit warning; read a Learn piece", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  try {
    await page.goto("/register");
    await page.getByLabel("Email").fill(uniqueEmail("daily"));
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("button", { name: "I understand, continue" }).click();
    await page.getByRole("heading", { name: "About you and your training" }).waitFor();
    await page.getByLabel("Body weight (kg)").fill("82");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("heading", { name: "What already hurts" }).waitFor();
    await page.getByRole("button", { name: "Save and go to your first check-in" }).click();
    await page.getByRole("heading", { name: "Daily check-in" }).waitFor();
    await sendCheckin(page, { pain: 2, everyday: "No pain" });
    await page.locator(".flag-q").nth(11).waitFor();
    await answerRedFlags(page, []);
    await page.getByRole("button", { name: "Send answers" }).click();

    // Today: water with a one-tap add, the next break, one Learn card.
    await page.getByRole("heading", { name: "Water", exact: true }).waitFor();
    await page.getByRole("heading", { name: "Movement breaks", exact: true }).waitFor();
    await page.locator(".learn-card").waitFor();
    // 82 kg x 35 mL = 2.87 L, plus 500 mL an hour of any training planned for today.
    assert.match(await waterLine(page), /^0 mL of \d\.\d+ L$/);
    await page.getByRole("button", { name: "Add a glass (250 mL)" }).click();
    await page.getByText("Added 250 mL.").waitFor();
    const target = (await waterLine(page)).replace(/^250 mL of /, "");
    assert.match(target, /^\d\.\d+ L$/, "the amount moved to 250 mL");
    // Choose a bottle: the one-tap button follows the size.
    await page.getByRole("button", { name: /Change the size/ }).click();
    await page.getByRole("radio", { name: /^Bottle/ }).click();
    await page.getByRole("button", { name: "Add a bottle (500 mL)" }).waitFor();
    await shot("daily-01-today-cards");

    // Daily screen: the target explained, another amount, and undo.
    await page.getByRole("link", { name: "Water log, supplements and recovery work" }).click();
    await page.getByRole("heading", { name: "Daily support" }).waitFor();
    await page.getByText("How your target was found").click();
    await page.getByText(/35 mL per kg of your 82 kg body weight gives 2\.87 L/).waitFor();
    await page.getByLabel("Another amount (mL)").fill("330");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByText("Added 330 mL.").waitFor();
    assert.equal(await waterLine(page), `580 mL of ${target}`);
    assert.match(await page.locator(".water-card").textContent(), /L to go to reach today's target/);
    await page.getByRole("button", { name: "Undo" }).click();
    await page.waitForFunction(() => document.querySelector(".water-amount")?.textContent?.startsWith("250 mL"));
    // A drink too large for one entry is refused next to the field.
    await page.getByLabel("Another amount (mL)").fill("20000");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.locator(".water-other .field-error").waitFor();

    // Supplements: vitamin D under, then over the upper limit.
    await page.getByRole("button", { name: "Vitamin D3", exact: true }).click();
    await page.getByLabel("Amount", { exact: true }).fill("2000");
    await page.getByRole("button", { name: "Log this dose" }).click();
    const totals = page.getByRole("list", { name: "Supplement totals today" });
    await totals.getByText("2,000 IU").waitFor();
    await totals.getByText("Reference intake 600 IU a day · upper limit 4,000 IU").waitFor();
    assert.equal(await page.getByRole("alert").filter({ hasText: "upper limit" }).count(), 0);
    await page.getByRole("button", { name: "Vitamin D3", exact: true }).click();
    await page.getByLabel("Amount", { exact: true }).fill("3000");
    await page.getByRole("button", { name: "Log this dose" }).click();
    await totals.getByText("5,000 IU").waitFor();
    const warning = page.locator(".banner.caution").filter({ hasText: "above the upper limit of 4,000 IU" });
    await warning.waitFor();
    assert.match(await warning.textContent(), /ask your doctor or pharmacist/);

    // The server's field error appears next to the unit.
    await page.getByLabel("Name", { exact: true }).fill("Calcium carbonate");
    await page.getByLabel("Amount", { exact: true }).fill("500");
    await page.locator(".supp-form .opt").filter({ hasText: /^IU$/ }).click();
    await page.getByRole("button", { name: "Log this dose" }).click();
    await page.locator(".supp-form fieldset .field-error").filter({ hasText: "Calcium is measured in mg." }).waitFor();

    // Recovery work and support used.
    await page.getByText("Foam rolling", { exact: true }).click();
    await page.getByLabel("Minutes").fill("8");
    await page.getByRole("button", { name: "Log recovery work" }).click();
    await page.getByRole("list", { name: "Recovery work logged today" }).getByText("Foam rolling · 8 min").waitFor();
    await page
      .getByRole("group", { name: /Last night, did you sleep with/ })
      .getByText("Yes", { exact: true })
      .click();
    await page.getByRole("button", { name: "I took a break" }).click();
    await page.getByText("Break logged.").waitFor();
    await page.getByText(/1 break today/).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("daily-02-daily");

    // Reload: everything came from the server.
    await page.reload();
    await page.getByRole("list", { name: "Supplement totals today" }).getByText("5,000 IU").waitFor();
    assert.equal(await waterLine(page), `250 mL of ${target}`);

    // Learn: from the Library to a piece with its sources and its action.
    await page.goto("/library");
    await page.getByRole("link", { name: /Learn: 7 short reads/ }).click();
    await page.getByRole("heading", { name: "Learn", exact: true }).waitFor();
    await page.getByRole("link", { name: /Posture between sessions, and sleep/ }).click();
    await page.getByRole("heading", { name: "Posture between sessions, and sleep" }).waitFor();
    await page.getByRole("heading", { name: "Sources" }).waitFor();
    await page.getByText(/Snook et al\. 1998/).waitFor();
    await page.getByRole("link", { name: "Set your sleep position and reminders" }).waitFor();
    await shot("daily-03-learn-piece");
  } finally {
    await context.close();
  }
});

test("dark theme: the daily screen and a Learn piece", async () => {
  const { context, page, shot } = await phonePage(browser, server.url, "dark");
  try {
    await page.goto("/register");
    await page.getByLabel("Email").fill(uniqueEmail("daily-dark"));
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("button", { name: "I understand, continue" }).click();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("heading", { name: "What already hurts" }).waitFor();
    await page.getByRole("button", { name: "Save and go to your first check-in" }).click();
    await page.getByRole("heading", { name: "Daily check-in" }).waitFor();
    await page.goto("/daily");
    await page.getByRole("heading", { name: "Daily support" }).waitFor();
    // Without a body weight the target starts from the general minimum, and says so.
    await page.getByText("How your target was found").click();
    await page.getByText(/general minimum of 2 L a day/).waitFor();
    await shot("daily-04-daily-dark");
    const problems = await axe(page, "/daily dark");
    await page.goto("/learn");
    await page.getByRole("heading", { name: "Learn", exact: true }).waitFor();
    problems.push(...(await axe(page, "/learn dark")));
    await page.goto("/learn/nourishment");
    await page.getByRole("heading", { name: "Sources" }).waitFor();
    problems.push(...(await axe(page, "/learn/nourishment dark")));
    assert.deepEqual(problems, []);
    await page.getByRole("link", { name: "Log water and supplements" }).click();
    await page.waitForURL(/\/daily$/);
  } finally {
    await context.close();
  }
});
