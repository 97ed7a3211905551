// Browser test 2 (issue 3): saddle numbness on the red-flag screen gives the R1 screen; no session can start until
// a clinician's assessment is recorded, and then one can.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  answerRedFlags,
  phonePage,
  registerAndOnboard,
  sendCheckin,
  startAll,
  stopAll,
  uniqueEmail,
} from "./harness.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/** Tries to start a session straight through the API, as a script or a stale tab would. */
async function tryStartSession(page) {
  return page.evaluate(async () => {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const date = new Intl.DateTimeFormat("en-CA", { timeZone: tz }).format(new Date());
    const res = await fetch("/api/v1/sessions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ clientId: crypto.randomUUID(), date, startedAt: new Date().toISOString(), painBefore: 1 }),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  });
}

test("R1: saddle numbness shows the urgent screen, locks training, and a clearance lifts the lock", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  try {
    await registerAndOnboard(page, uniqueEmail("r1"));
    await sendCheckin(page, { pain: 1, everyday: "No pain" });
    await answerRedFlags(page, ["saddleNumbness"]);
    await page.getByRole("button", { name: "Send answers" }).click();

    await page.getByRole("heading", { name: "Seek emergency care now" }).waitFor();
    await shot("20-r1-urgent");
    assert.equal(
      await page.getByRole("button", { name: /Start/ }).count(),
      0,
      "nothing on the R1 screen starts training",
    );
    const locked = await tryStartSession(page);
    assert.equal(locked.status, 423);
    assert.equal(locked.body?.error?.code, "TRAINING_LOCKED");

    // A reload keeps the urgent screen: the answer stands until a clearance covers it.
    await page.reload();
    await page.getByRole("heading", { name: "Seek emergency care now" }).waitFor();

    await page.getByRole("button", { name: "A clinician has assessed me" }).click();
    await page.getByLabel("Who assessed you").fill("Emergency department, Dr Okafor");
    await shot("21-r1-clearance");
    await page.getByRole("button", { name: "Save the assessment" }).click();

    await page.getByRole("heading", { name: "Seek emergency care now" }).waitFor({ state: "detached" });
    const start = page.getByRole("button", { name: /^Start/ });
    await start.waitFor();
    await shot("22-after-clearance");
    await start.click();
    await page.waitForURL(/\/session\//);
  } finally {
    await context.close();
  }
});
