// Browser test: running Spotter for others (issue 20). On a server in the default invite mode the first account
// registers freely and finds "People on this Spotter" under Me; it makes an invite for one email, and the sign-up
// page without an invite says one is needed while the invite link lets the member join. The admin makes a reset
// link the member uses to set a new password, then turns the account off. An axe scan of the admin screen in light
// and dark; screenshots at 390x844 into e2e/artifacts (admin-*.png).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeBothThemes, phonePage, registerAndOnboard, startAll, stopAll, uniqueEmail } from "./harness.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await startAll({ env: { SPOTTER_REGISTRATION: "invite" } })));
after(() => stopAll({ server, browser }));

test("the admin invites a member, hands over a reset link and turns the account off; the admin sees no records", async () => {
  const owner = uniqueEmail("owner");
  const member = uniqueEmail("member");
  const a = await phonePage(browser, server.url);
  const b = await phonePage(browser, server.url);
  const c = await phonePage(browser, server.url);
  try {
    await registerAndOnboard(a.page, owner);
    await a.page.goto("/me");
    await a.page.getByRole("link", { name: "People on this Spotter: accounts and invites" }).click();
    await a.page.getByRole("heading", { name: "People on this Spotter" }).waitFor();
    await a.page.getByLabel("Their email (optional)").fill(member);
    await a.page.getByRole("button", { name: "Make an invite link" }).click();
    const inviteField = a.page.getByLabel("New invite link");
    await inviteField.waitFor();
    const invite = await inviteField.inputValue();
    assert.match(invite, /\/register#invite=[A-Za-z0-9_-]+$/);
    await a.shot("admin-invite");
    await a.page.getByRole("button", { name: "Done" }).click();
    await a.page.getByText("Open invites").waitFor();
    const problems = await axeBothThemes(a.page, "admin screen");

    // Without the link, sign-up says calmly that an invite is needed.
    await b.page.goto("/register");
    await b.page.getByText("Joining this Spotter needs an invite.").waitFor();
    await b.shot("admin-register-needs-invite");
    await b.page.goto(invite);
    await b.page.getByLabel("Email").fill(member);
    await b.page.getByLabel("Password").fill("correct horse battery");
    await b.page.getByRole("button", { name: "Create account" }).click();
    await b.page.getByRole("heading", { name: "Before you start" }).waitFor();

    await a.page.reload();
    const card = a.page.getByRole("listitem").filter({ hasText: member });
    await card.getByText("0 records").waitFor();
    await card.getByRole("button", { name: "Make a reset link" }).click();
    const resetField = a.page.getByLabel(`Reset link for ${member}`);
    await resetField.waitFor();
    const reset = await resetField.inputValue();
    assert.match(reset, /\/reset-password#token=[A-Za-z0-9_-]+$/);
    await a.page.getByRole("button", { name: "Done" }).click();

    await c.page.goto(reset);
    await c.page.getByLabel("New password").fill("a brand new secret");
    await c.page.getByRole("button", { name: "Set the new password" }).click();
    await c.page.getByText("Your new password is set.").waitFor();
    await c.shot("admin-reset-done");

    await card.getByRole("button", { name: "Turn off" }).click();
    await card.getByText("Turned off: this account cannot log in.").waitFor();
    await a.shot("admin-accounts");
    const login = await c.page.request.post("/api/v1/auth/login", {
      data: { email: member, password: "a brand new secret" },
    });
    assert.equal(login.status(), 403);
    assert.equal((await login.json()).error.code, "ACCOUNT_DISABLED");
    assert.deepEqual(problems, []);
  } finally {
    await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
  }
});
