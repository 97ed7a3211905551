// Browser test (issue 14, the clinician loop) at 360 px: record a clinician's assessment with restrictions on Your
// back, see the plan keep to them, answer the R7 screen, and see the rules on the share page a professional opens.
// Axe scans of the new screens (clearance form, R7 screen, R8 re-ask, share page with rules).
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  ARTIFACTS,
  answerRedFlags,
  axeProblems,
  registerAndOnboard,
  sendCheckin,
  startAll,
  stopAll,
  uniqueEmail,
} from "./harness.mjs";

const NARROW = { width: 360, height: 760 };

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/** The current plan's exercise ids and each exercise's pattern, read through the API as the page is signed in. */
async function plannedPatterns(page) {
  return page.evaluate(async () => {
    const plan = await (await fetch("/api/v1/plans/current")).json();
    const exercises = await (await fetch("/api/v1/exercises")).json();
    const byId = new Map(exercises.map((e) => [e.id, e]));
    const ids = plan.days.flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
    return { ids, patterns: ids.map((id) => byId.get(id)?.pattern), reasons: plan.reasons };
  });
}

test("X5: a restricted clearance changes the plan, and the rules show on the share page", async () => {
  const context = await browser.newContext({ viewport: NARROW, baseURL: server.url, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const shot = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const problems = [];
  try {
    await registerAndOnboard(page, uniqueEmail("clinic"));
    await sendCheckin(page, { pain: 1, everyday: "No pain" });
    await answerRedFlags(page, []);
    await page.getByRole("button", { name: "Send answers" }).click();
    await page.waitForURL((u) => u.pathname === "/");

    const before = await plannedPatterns(page);
    assert.ok(before.patterns.includes("hinge"), "the first plan trains a hip hinge");

    // Your back: record the assessment with rules.
    await page.goto("/me/back");
    await page.getByRole("button", { name: "Record a clinician's assessment" }).click();
    await page.getByRole("heading", { name: "Record a clinician's assessment" }).waitFor();
    await page.getByLabel("Who assessed you").fill("Physio, Ms Rahman");
    await page.getByLabel(/What they said/).fill("No loaded spinal flexion, no deadlifts for 6 weeks");
    await page.getByRole("group", { name: "Movements to leave out" }).getByText("Hip hinge", { exact: true }).click();
    await page
      .getByRole("group", { name: "Directions of load to avoid" })
      .getByText(/Bending forward/)
      .click();
    await page.getByRole("group", { name: "Effort cap" }).getByText("3", { exact: true }).click();
    const until = new Date(Date.now() + 42 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Last day of these limits (optional)").fill(until);
    problems.push(...(await axeProblems(page, "clearance form")));
    await shot("clinic-01-clearance-form");
    await page.getByRole("button", { name: "Save the assessment" }).click();
    const done = page.getByRole("heading", { name: "Assessment saved" });
    await done.waitFor();
    await page.getByText(/3 rules from it now shape your plan\./).waitFor();
    await shot("clinic-02-saved");
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByText("Limits your plan keeps to").waitFor();
    await page.getByText(/No hip hinge movements, until/).waitFor();

    // The plan keeps to them: no hinge, effort of 3 in reserve, and it says why.
    const afterRules = await plannedPatterns(page);
    assert.ok(!afterRules.patterns.includes("hinge"), `no hinge is planned: ${afterRules.ids.join(", ")}`);
    assert.ok(afterRules.reasons.some((r) => r.includes("Your clinician's rule: no hinge movements")));
    await page.goto("/plan");
    await page
      .getByText(/Your clinician's rule: no hinge movements/)
      .first()
      .waitFor();
    await shot("clinic-03-plan");

    // R7: the screen from Today's advice; four signs give calm advice, nothing locked.
    await page.goto("/");
    await page.getByRole("link", { name: "Answer the questions" }).click();
    await page.getByRole("heading", { name: "Inflammatory back pain questions" }).waitFor();
    await page
      .getByRole("group", { name: /begin before you were 45/ })
      .getByText("Yes", { exact: true })
      .click();
    await page
      .getByRole("group", { name: /more than 3 months/ })
      .getByText("Yes", { exact: true })
      .click();
    for (const q of [/before you were 35/, /second half of the night/, /buttocks/, /ease when you move/]) {
      await page.getByRole("group", { name: q }).getByText("Yes", { exact: true }).click();
    }
    problems.push(...(await axeProblems(page, "R7 screen")));
    await shot("clinic-04-r7");
    await page.getByRole("button", { name: "Send answers" }).click();
    await page.getByText(/worth raising with your GP/).waitFor();

    // Share: the name note is truthful, and the shared page shows the rules.
    await page.goto("/me/share");
    await page.getByText(/so the person you send it to sees it too/).waitFor();
    await page.getByLabel("Who it is for (optional)").fill("Ms Rahman");
    await page.getByText("7 days", { exact: true }).click();
    await page.getByRole("button", { name: "Make link" }).click();
    const url = await page.getByLabel("Link for Ms Rahman").inputValue();
    const pro = await browser.newContext({ viewport: NARROW });
    try {
      const proPage = await pro.newPage();
      await proPage.goto(url);
      await proPage.getByRole("heading", { name: "Clinician's rules and how the log kept to them" }).waitFor();
      await proPage.getByRole("rowheader", { name: "no hinge movements" }).waitFor();
      await proPage.getByRole("rowheader", { name: /no bending forward under load/ }).waitFor();
      await proPage.getByText("Made for: Ms Rahman").waitFor();
      problems.push(...(await axeProblems(proPage, "share page with rules")));
      await proPage.screenshot({ path: join(ARTIFACTS, "clinic-05-share.png"), fullPage: true });
    } finally {
      await pro.close();
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("R8: both legs on the map with 'both legs' answered no asks that question again, showing the map", async () => {
  const context = await browser.newContext({ viewport: NARROW, baseURL: server.url, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  try {
    await registerAndOnboard(page, uniqueEmail("r8"));
    await page.getByRole("button", { name: "Left thigh" }).click();
    await page.getByRole("button", { name: "Right thigh" }).click();
    await sendCheckin(page, { pain: 2, everyday: "No pain" });
    await answerRedFlags(page, []);
    await page.getByRole("button", { name: "Send answers" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    await page.getByRole("link", { name: "Answer it again" }).click();
    await page.getByRole("heading", { name: "One question again" }).waitFor();
    await page.getByText(/Your body map today marks left thigh, right thigh/).waitFor();
    const problems = await axeProblems(page, "R8 re-ask");
    await page.screenshot({ path: join(ARTIFACTS, "clinic-06-r8.png"), fullPage: true });
    await page.locator(".flag-q").getByText("Yes", { exact: true }).click();
    await page.getByText(/A yes means Spotter will ask you to get emergency care now/).waitFor();
    await page.locator(".flag-q").getByText("No", { exact: true }).click();
    await page.getByRole("button", { name: "Send answers" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    await page.getByRole("link", { name: "Answer it again" }).waitFor({ state: "detached" });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
