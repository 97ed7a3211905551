// Browser test: the Me tab's account and back screens. Leave a whole pattern out and see it listed, then remove it;
// undo a cleared exercise; write diagnosis notes and see them after a reload; change the password (a wrong current
// one is named at its field), log out and in with the new one (the old one fails); make a personal token, see it
// listed and working, revoke it; delete the account and see that logging in fails afterwards. An axe scan of both
// screens in light and dark; screenshots at 390x844 into e2e/artifacts (account-*.png).
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ARTIFACTS, axeBothThemes, phonePage, registerAndOnboard, startAll, stopAll, uniqueEmail } from "./harness.mjs";

const OLD_PASSWORD = "correct horse battery";
const NEW_PASSWORD = "staple lamp orbit kettle";

/** Logs in through the form and answers whether it worked (the Today tab) or the form said no. */
async function tryLogin(page, email, password) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  const ok = page.waitForURL((u) => !u.pathname.startsWith("/login")).then(() => true);
  const refused = page
    .getByText("That email and password do not match an account.")
    .waitFor()
    .then(() => false);
  return Promise.race([ok, refused]);
}

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

test("your back: leave a pattern out and bring it back, undo a cleared exercise, diagnosis notes", async () => {
  const { context, page } = await phonePage(browser, server.url);
  const view = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const full = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const problems = [];
  try {
    await registerAndOnboard(page, uniqueEmail("back"));
    // A clearance and a cleared exercise, as the Today and Library screens would record them.
    const today = new Date().toISOString().slice(0, 10);
    const cl = await page.request.post("/api/v1/clearance", {
      data: { date: today, by: "Dr Lee, physiotherapist", restrictions: "No heavy deadlifts for 6 weeks" },
    });
    assert.equal(cl.status(), 201, await cl.text());
    const put = await page.request.put("/api/v1/profile", { data: { cleared: ["back-squat"] } });
    assert.equal(put.status(), 200, await put.text());

    await page.goto("/me");
    const backCard = page.locator("section.card", { has: page.getByRole("heading", { name: "Your back" }) });
    await backCard.getByText("Nothing left out, 1 cleared, clearance recorded.").waitFor();
    await backCard.getByRole("link", { name: /^Movements you left out/ }).click();
    await page.waitForURL(/\/me\/back$/);
    await page.getByRole("heading", { name: "Your back", level: 1 }).waitFor();
    await page.getByText("Nothing is left out yet.").waitFor();
    await page.getByRole("link", { name: "Back squat" }).waitFor();
    await page.getByText("Cleared for training, with restrictions.").waitFor();
    await page.getByText("Restrictions: No heavy deadlifts for 6 weeks").waitFor();
    await full("account-01-back");

    // Choosing nothing names the field.
    await page.getByRole("button", { name: "Leave this pattern out" }).click();
    await page.getByRole("alert").filter({ hasText: "Pattern to leave out: choose one" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "pattern-choice", null, { timeout: 5000 });

    const select = page.getByLabel("Pattern to leave out");
    await select.selectOption({ label: "Hinge (deadlifts, good mornings)" });
    await page.getByRole("button", { name: "Leave this pattern out" }).click();
    await page.getByText("Hinge is left out of your plans from now on.").waitFor();
    const rows = page.getByRole("list", { name: "Movements you left out" });
    await rows.getByText("Every hinge exercise, such as deadlifts, good mornings").waitFor();
    // The pattern is no longer offered, and the profile holds it.
    assert.equal(await select.locator("option", { hasText: /^Hinge/ }).count(), 0);
    const stored = await (await page.request.get("/api/v1/profile")).json();
    assert.deepEqual(stored.aggravating, [{ pattern: "hinge" }]);
    problems.push(...(await axeBothThemes(page, "back, hinge left out")));
    await view("account-02-back-added");
    await page.emulateMedia({ colorScheme: "dark" });
    await full("account-03-back-dark");
    await page.emulateMedia({ colorScheme: "light" });

    await rows.getByRole("button", { name: "Remove Hinge" }).click();
    await page.getByText("Hinge is no longer left out. It can come back into your plans.").waitFor();
    await page.getByText("Nothing is left out yet.").waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "excluded-h", null, { timeout: 5000 });
    assert.deepEqual((await (await page.request.get("/api/v1/profile")).json()).aggravating, []);

    // Undo the cleared exercise: it counts as a trigger again.
    await page.getByRole("button", { name: "Undo: treat Back squat as a trigger again" }).click();
    await page.getByText("Back squat counts as a trigger again.", { exact: false }).waitFor();
    assert.deepEqual((await (await page.request.get("/api/v1/profile")).json()).cleared, []);

    // Diagnosis notes, kept after a reload.
    const notes = page.getByLabel("What a professional told you (optional)");
    const text = "Disc bulge at L4-L5 (MRI, January). Physio: keep hinging light, walk daily.";
    await notes.fill(text);
    await page.getByText(`${text.length} of 2000 characters`).waitFor();
    await page.getByRole("button", { name: "Save notes" }).click();
    await page.getByText("Notes saved.").waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Your back", level: 1 }).waitFor();
    assert.equal(await page.getByLabel("What a professional told you (optional)").inputValue(), text);
    problems.push(...(await axeBothThemes(page, "back, after reload")));
    await full("account-04-back-notes");
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test("account: change the password, personal tokens, delete the account", async () => {
  const { context, page } = await phonePage(browser, server.url);
  const view = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const full = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const problems = [];
  const email = uniqueEmail("account");
  try {
    await registerAndOnboard(page, email);
    await page.goto("/me");
    await page.getByRole("heading", { name: "Account" }).scrollIntoViewIfNeeded();
    await view("account-00-me-account-card");
    await page.getByRole("link", { name: /^Change your password, tokens for scripts/ }).click();
    await page.waitForURL(/\/me\/account$/);
    await page.getByRole("heading", { name: "Your account", level: 1 }).waitFor();
    await page.getByText(`You log in as ${email}.`).waitFor();
    await page.getByText("You have no tokens.", { exact: false }).waitFor();
    problems.push(...(await axeBothThemes(page, "account")));
    await full("account-05-account");
    await page.emulateMedia({ colorScheme: "dark" });
    await full("account-06-account-dark");
    await page.emulateMedia({ colorScheme: "light" });

    // Too short a new password is caught before sending; a wrong current one is named at its field.
    const current = page.getByLabel("Current password", { exact: true });
    const next = page.getByLabel("New password", { exact: true });
    await current.fill("not my password");
    await next.fill("short");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("alert").filter({ hasText: "The new password needs at least 8 characters." }).waitFor();
    await next.fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Show new password" }).click();
    assert.equal(await next.getAttribute("type"), "text");
    await page.getByRole("button", { name: "Hide new password" }).waitFor();
    await page.getByRole("button", { name: "Change password" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "The current password does not match the one you log in with." })
      .waitFor();
    assert.equal(await current.getAttribute("aria-invalid"), "true");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("autocomplete")), "current-password");
    await view("account-07-password-wrong");
    await current.fill(OLD_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password is changed.", { exact: false }).waitFor();
    assert.equal(await current.inputValue(), "");
    // The fields start afresh: empty, and hidden again.
    assert.equal(await next.getAttribute("type"), "password");
    await page.getByRole("button", { name: "Show new password" }).waitFor();

    // A personal token: made, shown once and copied, listed without its secret, and it works as a bearer token.
    await page.getByRole("button", { name: "Make token" }).click();
    await page.getByRole("alert").filter({ hasText: "Give the token a name" }).waitFor();
    await page.getByLabel("Token name").fill("Laptop script");
    await page.getByRole("button", { name: "Make token" }).click();
    await page.getByRole("heading", { name: "Your new token" }).waitFor();
    const token = await page.getByLabel("Token for Laptop script").inputValue();
    assert.match(token, /^spt_/);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.getByRole("button", { name: "Copy token" }).click();
    await page.getByText("Token copied.", { exact: false }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), token);
    const tokenList = page.getByRole("list", { name: "Your tokens" });
    await tokenList.locator(".token-name", { hasText: "Laptop script" }).waitFor();
    await tokenList.getByText(/not used yet/).waitFor();
    assert.equal(await page.locator(".token-row", { hasText: token }).count(), 0);
    problems.push(...(await axeBothThemes(page, "account, new token")));
    await full("account-08-token");
    const bearer = { Authorization: `Bearer ${token}` };
    const withToken = await fetch(`${server.url}/api/v1/profile`, { headers: bearer });
    assert.equal(withToken.status, 200);
    await page.getByRole("button", { name: "Done" }).click();
    // Focus returns to the name field on the next frame, so wait for it rather than read it at once.
    await page.waitForFunction(() => document.activeElement?.id === "token-name", null, { timeout: 5000 });

    await tokenList.getByRole("button", { name: "Revoke Laptop script" }).click();
    await tokenList.getByText(/Revoke Laptop script\? Anything using it stops working at once/).waitFor();
    await view("account-09-token-revoke");
    await tokenList.getByRole("button", { name: "Yes, revoke it" }).click();
    await page.getByText("Laptop script is revoked.", { exact: false }).waitFor();
    await page.getByText("You have no tokens.", { exact: false }).waitFor();
    assert.equal((await fetch(`${server.url}/api/v1/profile`, { headers: bearer })).status, 401);

    // Log out; the old password fails, the new one works.
    await page.goto("/me");
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(/\/login/);
    assert.equal(await tryLogin(page, email, OLD_PASSWORD), false);
    assert.equal(await tryLogin(page, email, NEW_PASSWORD), true);

    // Delete: the backup is offered first; the step opens in place and needs the password and the tick.
    await page.goto("/me/account");
    const zone = page.locator("section.card", { has: page.getByRole("heading", { name: "Delete your account" }) });
    await zone.getByRole("link", { name: "download your backup" }).waitFor();
    await zone.getByRole("button", { name: "Delete my account…" }).click();
    await zone.getByRole("heading", { name: "Are you sure?" }).waitFor();
    await zone.getByRole("button", { name: "Delete my account for good" }).click();
    await zone.getByRole("alert").filter({ hasText: "Enter your password to delete your account." }).waitFor();
    await zone.getByRole("alert").filter({ hasText: "Tick the box" }).waitFor();
    await zone.getByLabel("Your password").fill(OLD_PASSWORD);
    await zone.getByLabel(/I understand that my account/).check();
    await zone.getByRole("button", { name: "Delete my account for good" }).click();
    await zone.getByRole("alert").filter({ hasText: "The password does not match the one you log in with." }).waitFor();
    problems.push(...(await axeBothThemes(page, "account, delete step")));
    await zone.scrollIntoViewIfNeeded();
    await view("account-10-delete-step");
    await zone.getByLabel("Your password").fill(NEW_PASSWORD);
    await zone.getByRole("button", { name: "Delete my account for good" }).click();
    await page.waitForURL(/\/login\?deleted=1$/);
    await page.getByText("Your account and everything in it are deleted.", { exact: false }).waitFor();
    problems.push(...(await axeBothThemes(page, "login after delete")));
    await view("account-11-deleted");
    assert.equal(await tryLogin(page, email, NEW_PASSWORD), false);
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, []);
});
