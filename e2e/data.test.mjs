// Browser test (issue 8, web part): "Your data" on the Me tab. Import a small Strong CSV with no unit in it (the
// screen asks kg or lb), preview, import, see the summary; import it again and see it is already there; download the
// backup and the CSV, open the clinician report and download its PDF; make a share link, open it without an account,
// revoke it and see it stop working. An axe scan of the import and share screens in light and dark; screenshots at
// 390x844 into e2e/artifacts.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  ARTIFACTS,
  axeBothThemes,
  PHONE,
  phonePage,
  registerAndOnboard,
  startAll,
  stopAll,
  uniqueEmail,
} from "./harness.mjs";

/** A local day `n` days before today, as Strong writes it with a time. */
function daysAgo(n, time) {
  const d = new Date(Date.now() - n * 86_400_000);
  return `${d.toISOString().slice(0, 10)} ${time}`;
}

// Strong's layout since about 2019: a Weight column with no unit, so the importer has to ask. Two workouts, one name
// Spotter will not know (a new custom exercise) and one Rest Timer row.
const A = daysAgo(10, "18:00:00");
const B = daysAgo(7, "18:30:00");
const STRONG_CSV = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  `${A},"Lower A",55m,"Squat (Barbell)",1,60.0,8,0,0,"","",`,
  `${A},"Lower A",55m,"Squat (Barbell)",2,60.0,8,0,0,"","",`,
  `${A},"Lower A",55m,"Romanian Deadlift (Barbell)",1,50.0,10,0,0,"","",`,
  `${A},"Lower A",55m,"Squat (Barbell)",Rest Timer,0,0,0,90,"","",`,
  `${A},"Lower A",55m,"Wobbly Zercher Shuffle",1,20.0,10,0,0,"","",`,
  `${B},"Upper A",48m,"Bench Press (Barbell)",W,30.0,10,0,0,"","",`,
  `${B},"Upper A",48m,"Bench Press (Barbell)",1,50.0,8,0,0,"","",`,
  `${B},"Upper A",48m,"Bench Press (Barbell)",2,50.0,8,0,0,"","",`,
  "",
].join("\n");

/** Picks the CSV as the file of the import screen. */
async function chooseFile(page) {
  await page
    .getByLabel(/Choose your Strong file|Choose the export file/)
    .setInputFiles({ name: "strong_workouts.csv", mimeType: "text/csv", buffer: Buffer.from(STRONG_CSV) });
}

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

test("import a Strong CSV (asked kg), import it again, export, report, share and revoke", async () => {
  const { context, page } = await phonePage(browser, server.url);
  page.setDefaultTimeout(15_000);
  // What is on screen at 390x844, and the whole page when it is long.
  const view = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const full = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const problems = [];
  try {
    await registerAndOnboard(page, uniqueEmail("data"));

    // The Me tab's "Your data" section leads to each screen at its own address.
    await page.goto("/me");
    await page.getByRole("heading", { name: "Your data" }).waitFor();
    await page.getByRole("link", { name: /^Import from Strong/ }).click();
    await page.waitForURL(/\/me\/import$/);
    await page.getByRole("heading", { name: "Import your training log" }).waitFor();
    problems.push(...(await axeBothThemes(page, "import, empty")));
    await full("data-01-import");

    // Choosing the file without the app: the first line says Strong, so Strong is chosen.
    await chooseFile(page);
    await page.getByText("This file looks like a Strong export, so Strong is chosen above.").waitFor();
    // With a file chosen, the four app choices fold into one line with a way back.
    assert.equal(await page.locator(".app-chosen").textContent(), "Strong");
    await page.getByRole("button", { name: "Change the app" }).waitFor();

    // No unit in the file: the server asks, the screen asks kg or lb, and the preview runs again.
    await page.getByRole("heading", { name: "Which unit are the weights in?" }).waitFor();
    await page.getByText(/Your file does not say whether its weights are in kilograms or pounds/).waitFor();
    await view("data-02-unit-question");
    await page.getByText("Kilograms (kg)", { exact: true }).click();
    const preview = page.locator("section.card", { has: page.getByRole("heading", { name: /^Preview/ }) });
    await preview.waitFor();
    assert.match(await preview.textContent(), /This file adds 2 workouts with \d+ sets\./);
    await preview.getByText("Weights are read in kilograms (kg), as you chose.").waitFor();
    await preview.getByText("new custom exercise", { exact: true }).first().waitFor();
    await preview.getByText(/Imported sets carry no pain values/).waitFor();
    // The rest timer row is reported with its line number, not imported.
    await preview.getByText("Line 5", { exact: true }).waitFor();
    assert.match(await preview.getByRole("list", { name: "Skipped rows" }).textContent(), /Line 5.*rest timer/i);
    problems.push(...(await axeBothThemes(page, "import, preview")));
    await full("data-03-preview");
    await page.emulateMedia({ colorScheme: "dark" });
    await full("data-03-preview-dark");
    await page.emulateMedia({ colorScheme: "light" });

    await page.getByRole("button", { name: "Import 2 workouts" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();
    await page.getByText(/^You imported 2 workouts with \d+ sets\.$/).waitFor();
    await page.getByRole("link", { name: "See them in History" }).waitFor();
    await page.getByRole("link", { name: "Open Insights" }).waitFor();
    await view("data-04-result");

    // The same file again: everything is already imported, and there is nothing to import.
    await page.getByRole("button", { name: "Import another file" }).click();
    await chooseFile(page);
    await page.getByText("Everything in this file is already imported. There is nothing new to add.").waitFor();
    assert.equal(await page.getByRole("button", { name: /^Import \d/ }).count(), 0);
    await full("data-05-already-imported");

    // The imported sessions are in History.
    await page.getByRole("link", { name: "See your history" }).click();
    await page.waitForURL(/\/history$/);
    await page.getByRole("heading", { name: "Past sessions" }).waitFor();
    await page.locator("ul.list > li").nth(1).waitFor();
    assert.equal(await page.locator("ul.list > li").count(), 2);
    assert.match((await page.locator("ul.list > li").first().textContent()) ?? "", /from Strong/);
    await full("data-05b-history");
    await page.goBack();
    await page.waitForURL(/\/me\/import$/);

    // Export: the backup, the CSV, the report as a page in a new tab and as a PDF.
    await page.goto("/me");
    await page.getByRole("link", { name: /^Export your data/ }).click();
    await page.waitForURL(/\/me\/export$/);
    await page.getByRole("heading", { name: "Export and report" }).waitFor();
    await full("data-06-export");
    const [backupDl] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download backup (JSON)" }).click(),
    ]);
    const backup = JSON.parse(await readFile(await backupDl.path(), "utf8"));
    assert.equal(backup.format, "spotter-backup");
    assert.equal(backup.sessions.length, 2);
    const [csvDl] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download sets (CSV)" }).click(),
    ]);
    const csv = await readFile(await csvDl.path(), "utf8");
    assert.match(csv.split(/\r?\n/)[0], /Exercise Name/);
    assert.match(csv, /Wobbly Zercher Shuffle/);
    const [reportTab] = await Promise.all([
      context.waitForEvent("page"),
      page.getByRole("link", { name: /^Open report/ }).click(),
    ]);
    await reportTab.getByRole("heading", { name: "Clinician report", level: 1 }).waitFor();
    await reportTab.setViewportSize(PHONE);
    await reportTab.screenshot({ path: join(ARTIFACTS, "data-07-report.png") });
    await reportTab.close();
    const [pdfDl] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download PDF" }).click(),
    ]);
    const pdf = await readFile(await pdfDl.path());
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");

    // Share: the teaching empty state, then a link shown once, copied, listed as active.
    await page.goto("/me");
    await page.getByRole("link", { name: /^Share a read-only link/ }).click();
    await page.waitForURL(/\/me\/share$/);
    await page.getByRole("heading", { name: "Share with a professional" }).waitFor();
    await page.getByText("You have not shared anything yet.", { exact: false }).waitFor();
    problems.push(...(await axeBothThemes(page, "share, empty")));
    await full("data-08-share");
    await page.getByLabel("Who it is for (optional)").fill("Physio, Dr Lee");
    await page.getByText("7 days", { exact: true }).click();
    await page.getByRole("button", { name: "Make link" }).click();
    await page.getByRole("heading", { name: "Your new link" }).waitFor();
    const url = await page.getByLabel("Link for Physio, Dr Lee").inputValue();
    assert.match(url, new RegExp(`^${server.url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/share/.+`));
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied.", { exact: false }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    const row = page.locator(".share-row", { hasText: "Physio, Dr Lee" });
    await row.getByText("Active", { exact: true }).waitFor();
    problems.push(...(await axeBothThemes(page, "share, new link")));
    await full("data-09-share-link");
    await page.emulateMedia({ colorScheme: "dark" });
    await full("data-09-share-link-dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("button", { name: "Make link" }).waitFor();

    // A professional opens the link with no account (a fresh context, no cookies) and sees the report.
    const pro = await browser.newContext({ viewport: PHONE });
    try {
      const proPage = await pro.newPage();
      const res = await proPage.goto(url);
      assert.equal(res?.status(), 200);
      await proPage.getByRole("heading", { name: "Clinician report", level: 1 }).waitFor();
      await proPage.getByRole("heading", { name: "Current insights" }).waitFor();
      await proPage.screenshot({ path: join(ARTIFACTS, "data-10-shared-report.png") });

      // The owner's list says the link was opened (after a reload of the list).
      await page.reload();
      await row.getByText(/^Opened once, last on /).waitFor();

      // Revoke, with its confirmation; the row says so, and the link no longer opens.
      await row.getByRole("button", { name: "Revoke" }).click();
      await row.getByText(/Revoke this link\?/).waitFor();
      await view("data-11-revoke-confirm");
      await row.getByRole("button", { name: "Yes, revoke it" }).click();
      await row.getByText("Revoked", { exact: true }).waitFor();
      await page.getByText("Physio, Dr Lee is revoked. It no longer opens.").waitFor();
      assert.equal(await row.getByRole("button", { name: "Revoke" }).count(), 0);
      await full("data-12-revoked");
      const gone = await proPage.goto(url);
      assert.equal(gone?.status(), 404);
      await proPage.getByRole("heading", { name: "This link does not open a report" }).waitFor();
      assert.equal(await proPage.getByRole("heading", { name: "Clinician report" }).count(), 0);
      await proPage.screenshot({ path: join(ARTIFACTS, "data-13-shared-gone.png") });
    } finally {
      await pro.close();
    }
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, []);
});
