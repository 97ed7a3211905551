// Browser test (issue 17): the import preview lets the user correct a name's exercise. A Strong file whose squat
// Spotter maps to the back squat; the user changes it to the goblet squat, the preview is asked again and shows the
// choice, the import stores it, and the next file from Strong meets the remembered choice without asking. Also: a
// file with distances but no distance unit asks which unit, like the weight unit.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { phonePage, registerAndOnboard, startAll, stopAll, uniqueEmail } from "./harness.mjs";

const HEAD = "Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes";
const day = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const FIRST = [HEAD, `${day(6)} 18:00:00,"Legs","Squat (Barbell)",1,40,10,0,0,""`].join("\n");
const SECOND = [HEAD, `${day(3)} 18:00:00,"Legs","Squat (Barbell)",1,42,10,0,0,""`].join("\n");
const RUN = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  `${day(2)} 07:00:00,"Run",30m,"Running",1,0,0,5,1800,"","",`,
].join("\n");

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

async function choose(page, name, text) {
  await page
    .getByLabel(/Choose your Strong file|Choose the export file/)
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
}

test("X1: correct a mapping in the preview, import it, and meet the choice again on the next file", async () => {
  const { context, page } = await phonePage(browser, server.url);
  page.setDefaultTimeout(15_000);
  try {
    await registerAndOnboard(page, uniqueEmail("mapping"));
    await page.goto("/me/import");
    await page.getByRole("heading", { name: "Import your training log" }).waitFor();
    await choose(page, "first.csv", FIRST);
    const preview = page.locator("section.card", { has: page.getByRole("heading", { name: /^Preview/ }) });
    await preview.waitFor();
    await preview.getByRole("button", { name: "Change the exercise for Squat (Barbell)" }).click();
    const search = preview.getByLabel('Exercise for "Squat (Barbell)"');
    await search.fill("goblet");
    await preview
      .getByRole("button", { name: /^Goblet squat/ })
      .first()
      .click();
    // The preview is asked again with the choice and marks it.
    await preview.getByText("your choice", { exact: true }).waitFor();
    await preview.getByText("Goblet squat", { exact: true }).waitFor();
    await page.getByRole("button", { name: /^Import 1 workout/ }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();

    // The next Strong file: the choice is remembered without asking.
    await page.getByRole("button", { name: "Import another file" }).click();
    await choose(page, "second.csv", SECOND);
    await preview.waitFor();
    await preview.getByText("your choice", { exact: true }).waitFor();
    assert.match((await preview.locator(".map-list").textContent()) ?? "", /Goblet squat/);

    // Distances without a unit: the screen asks, like the weight unit.
    await page.goto("/me/import");
    await choose(page, "run.csv", RUN);
    await page.getByRole("heading", { name: "Which unit are the weights in?" }).waitFor();
    await page.getByText("Kilograms (kg)", { exact: true }).click();
    await page.getByRole("heading", { name: "Which unit are the distances in?" }).waitFor();
    await page.getByText("Miles (mi)", { exact: true }).click();
    await preview.waitFor();
    await page.getByRole("button", { name: /^Import 1 workout/ }).waitFor();
  } finally {
    await context.close();
  }
});
