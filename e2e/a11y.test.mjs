// Browser test 3: an axe-core scan of the main screens, in light and dark themes, with no serious or critical
// violation (WCAG 2.1 A and AA rules).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  answerRedFlags,
  choosePain,
  phonePage,
  registerAndOnboard,
  axeProblems as scan,
  sendCheckin,
  startAll,
  stopAll,
  uniqueEmail,
} from "./harness.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

for (const scheme of ["light", "dark"]) {
  test(`the main screens have no serious accessibility violations (${scheme} theme)`, async () => {
    const { context, page, shot } = await phonePage(browser, server.url, scheme);
    const problems = [];
    try {
      await page.goto("/login");
      await page.getByRole("heading", { name: "Log in" }).waitFor();
      problems.push(...(await scan(page, "login")));
      await page.goto("/register");
      await page.getByRole("heading", { name: "Create your account" }).waitFor();
      problems.push(...(await scan(page, "register")));

      await registerAndOnboard(page, uniqueEmail(`axe-${scheme}`));
      await page
        .getByRole("switch", { name: /numbness, tingling/ })
        .or(page.getByLabel(/numbness, tingling or weakness/))
        .first()
        .check();
      // Nothing is prefilled: the user picks the kind, the region and the trend.
      await page.getByLabel("What you feel").selectOption("tingling");
      await page.getByLabel("Where").selectOption("below-knee-left");
      await page.getByRole("radio", { name: "New" }).check();
      await page.getByRole("button", { name: "Left buttock" }).click();
      problems.push(...(await scan(page, "check-in")));
      await shot(`30-checkin-nerve-${scheme}`);
      await sendCheckin(page, { pain: 4, everyday: "With some tasks" });
      await answerRedFlags(page, []);
      problems.push(...(await scan(page, "red flags")));
      await page.getByRole("button", { name: "Send answers" }).click();

      // A new tingling entry is an R2 sign: the lock is explained and gentle work stays open.
      await page.getByRole("heading", { name: "See a professional" }).waitFor();
      await page.getByRole("button", { name: "Start a gentle movement session" }).waitFor();
      problems.push(...(await scan(page, "today")));
      await shot(`31-today-${scheme}`);
      await page.getByRole("button", { name: /^Start/ }).click();
      await page.waitForURL(/\/session\//);
      await page.getByLabel("Find an exercise").fill("squat");
      await page.locator(".choice").first().waitFor();
      problems.push(...(await scan(page, "session picker")));
      await page.locator(".choice").first().click();
      await choosePain(page, "Back pain during the set", 2);
      await page.getByRole("button", { name: "Log set 1" }).click();
      // Under R2 a loaded lift is outside the recovery session: the guidance after the set is the stop banner.
      await page.locator(".guidance").first().waitFor();
      problems.push(...(await scan(page, "session")));
      await shot(`32-session-${scheme}`);

      for (const [path, heading] of [
        ["/history", "Past sessions"],
        ["/plan", "Plan"],
        ["/insights", "Insights"],
        ["/library", "Library"],
        ["/me", "Me"],
        ["/me/profile", "Your profile"],
        ["/about", "About Spotter"],
      ]) {
        await page.goto(path);
        await page.getByRole("heading", { name: heading, exact: true }).waitFor();
        if (path === "/library") await page.getByRole("list", { name: "Exercises" }).waitFor();
        problems.push(...(await scan(page, path)));
      }
      await page.goto("/library");
      await page.getByRole("list", { name: "Exercises" }).waitFor();
      await shot(`33-library-${scheme}`);
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, []);
  });
}

test("the side bar replaces the tab bar on a wide screen, and the keyboard reaches the body map", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.url });
  const page = await context.newPage();
  try {
    await registerAndOnboard(page, uniqueEmail("wide"));
    const nav = page.getByRole("navigation", { name: "Main" });
    const box = await nav.boundingBox();
    assert.ok(box && box.height > 600 && box.width < 300, "the navigation is a tall side bar");
    const region = page.getByRole("button", { name: "Lower back, centre" });
    await region.focus();
    await page.keyboard.press("Enter");
    assert.equal(await region.getAttribute("aria-pressed"), "true");
    await page.keyboard.press("Space");
    assert.equal(await region.getAttribute("aria-pressed"), "false");
    await page.screenshot({ path: "e2e/artifacts/34-wide-checkin.png" });
  } finally {
    await context.close();
  }
});
