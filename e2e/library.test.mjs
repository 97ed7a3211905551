// Browser test (issue 4, web): the Library. Browse and filter the catalog, search by another app's name, open an
// exercise page (grade, load chart with its table, alternatives, modifications, next target in the user's unit),
// mark "This aggravates my back" and undo it, clear a trigger Spotter found and undo it, and add a custom
// exercise with the server's field errors shown first. A short history is logged through the API first.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { request } from "playwright-core";
import { launchBrowser, phonePage, startServer, stopAll, uniqueEmail } from "./harness.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const EMAIL = uniqueEmail("library");
const PASSWORD = "correct horse battery";

let server;
let browser;
before(async () => {
  server = await startServer();
  await seed(server.url);
  browser = await launchBrowser();
});
after(() => stopAll({ server, browser }));

/** A day `n` days before today (UTC), as YYYY-MM-DD. */
function daysAgo(n) {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A small history through the API: two sessions where the reclined leg press brought sharp pain (Spotter finds a
 * trigger, T2) and easy hip thrusts at 60 kg (the next target adds a step).
 */
async function seed(baseURL) {
  const api = await request.newContext({ baseURL });
  const post = async (path, data) => {
    const res = await api.post(`/api/v1${path}`, { data });
    assert.ok(res.ok(), `POST ${path} answered ${res.status()}: ${await res.text()}`);
    return res.status() === 204 ? undefined : res.json();
  };
  await post("/auth/register", { email: EMAIL, password: PASSWORD });
  await post("/profile/notice", { accepted: true });
  for (const day of [daysAgo(10), daysAgo(7)]) {
    const s = await post("/sessions", {
      clientId: randomUUID(),
      date: day,
      startedAt: `${day}T10:00:00Z`,
      painBefore: 1,
    });
    const id = (s.session ?? s).id;
    const set = (exerciseId, setIndex, extra) =>
      post(`/sessions/${id}/sets`, {
        clientId: randomUUID(),
        exerciseId,
        setIndex,
        warmup: false,
        belt: false,
        ...extra,
      });
    await set("leg-press-reclined", 0, { reps: 10, loadKg: 100, pain: 5, painKind: "sharp" });
    for (const i of [0, 1, 2]) await set("hip-thrust", i, { reps: 12, loadKg: 60, rir: 2, pain: 0, painKind: "none" });
    await post(`/sessions/${id}/finish`, { finishedAt: `${day}T11:00:00Z`, painAfter: 2 });
  }
  await api.dispose();
}

/**
 * The server reads index.html once at start; while several people rebuild packages/web/dist, its asset names can
 * go stale during a run. Pages of this file get the index.html that is on disk now (same bytes a restart serves).
 */
async function freshIndex(page) {
  await page.route(
    (url) => !url.pathname.startsWith("/api/") && !url.pathname.includes("."),
    (route) =>
      route.request().resourceType() === "document"
        ? route.fulfill({
            contentType: "text/html",
            body: readFileSync(join(root, "packages/web/dist/index.html"), "utf8"),
          })
        : route.fallback(),
  );
}

/** Logs in through the form. */
async function login(page) {
  await freshIndex(page);
  await page.goto("/login");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

/** Calls the API with the page's session cookie. */
async function call(page, method, path, data) {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data });
  assert.ok(res.ok(), `${method} ${path} answered ${res.status()}: ${await res.text()}`);
  return res.status() === 204 ? undefined : res.json();
}

/** No serious or critical axe violations on the page as it is now. */
async function assertAccessible(page, where) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    [],
    `accessibility problems on ${where}`,
  );
}

const rows = (page) => page.getByRole("list", { name: "Exercises" }).getByRole("listitem");

test("browse, filter and search the catalog", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  try {
    await login(page);
    await page.getByRole("link", { name: "Library" }).click();
    await page.getByRole("heading", { name: "Library", level: 1 }).waitFor();
    await rows(page).first().waitFor();
    const mine = await rows(page).count();
    await shot("library-01-list");

    // "Only what I have" is on by default; switching it off shows the whole catalog (the default equipment has no kettlebell).
    await page.getByLabel("Only what I have").uncheck();
    await page.getByText(/^\d+ exercises$/).waitFor();
    const all = await rows(page).count();
    assert.ok(all >= 150 && all > mine, `all ${all}, mine ${mine}`);

    // Grade A only: every badge says A, in words as well.
    await page.getByText("Pattern, equipment and grade").click();
    await page.getByRole("group", { name: "Spine-load grade" }).getByText("A", { exact: true }).click();
    const gradeA = await rows(page).count();
    assert.ok(gradeA > 0 && gradeA < all);
    const letters = await page.locator(".lib-row .lib-grade-letter").allTextContents();
    assert.ok(
      letters.every((l) => l === "A"),
      letters.join(""),
    );
    await page.getByLabel("Movement pattern").selectOption("squat");
    await shot("library-02-filters");
    await assertAccessible(page, "the library with filters open");
    assert.ok((await rows(page).count()) < gradeA);
    await page.getByRole("button", { name: "Clear these filters" }).click();
    await page.getByLabel("Only what I have").check();

    // Another app's name finds the exercise, exact match first.
    await page.getByLabel("Search exercises").fill("Squat (Barbell)");
    await page.waitForResponse((r) => r.url().includes("/exercises?q="));
    await assertFirst(page, "Back squat");
    await shot("library-03-search");

    // A name nothing matches teaches what to do next.
    await page.getByLabel("Search exercises").fill("zercher walking lunge");
    await page.getByText(/No exercise matches "zercher walking lunge"/).waitFor();
    await page.getByRole("link", { name: 'Add "zercher walking lunge" as your own' }).waitFor();

    // The filters live in the address: an exercise page and back returns to the same search.
    await page.getByLabel("Search exercises").fill("RDL");
    await rows(page).first().waitFor();
    await rows(page).first().getByRole("link").click();
    await page.waitForURL(/\/library\/[^/?]+$/);
    await page.goBack();
    assert.equal(await page.getByLabel("Search exercises").inputValue(), "RDL");
  } finally {
    await context.close();
  }
});

/** The first row of the list names this exercise. */
async function assertFirst(page, name) {
  await page.waitForFunction((n) => document.querySelector(".lib-row .lib-row-name")?.textContent === n, name, {
    timeout: 5000,
  });
}

test("exercise page: grade, load chart and table, alternatives, aggravates my back and undo", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  try {
    await login(page);
    await page.goto("/library/back-squat");
    await page.getByRole("heading", { name: "Back squat", level: 1 }).waitFor();
    await page.getByText("High spine load").first().waitFor();
    await page.getByRole("img", { name: /Spinal load of Back squat/ }).waitFor();
    await page.getByText("Show the numbers as a table").click();
    await page.getByRole("row", { name: /Compression 3 \(high\)/ }).waitFor();
    await page.getByText(/Wear it for your heaviest sets only/).waitFor();
    const alternatives = page.locator(".lib-alts li");
    await alternatives.first().waitFor();
    // S1: the best alternative asks less of the spine, and says why in one line.
    assert.match(await alternatives.first().locator(".lib-grade-letter").textContent(), /^[ABC]$/);
    assert.match(await alternatives.first().locator(".lib-alt-why").textContent(), /\w+/);
    await page.getByText(/^Do it on the Smith machine/).waitFor();
    await page.getByRole("link", { name: "Smith machine squat" }).first().waitFor();
    await shot("library-04-exercise");

    await page.getByRole("button", { name: "This aggravates my back" }).click();
    await page.getByText("You marked this as aggravating your back.", { exact: false }).waitFor();
    let profile = await call(page, "GET", "/profile");
    assert.deepEqual(profile.aggravating, [{ exerciseId: "back-squat" }]);
    await page.reload();
    await page.getByRole("button", { name: "Undo: it does not aggravate my back" }).waitFor();
    await shot("library-05-aggravating");
    await page.getByRole("button", { name: "Undo: it does not aggravate my back" }).click();
    await page.getByRole("button", { name: "This aggravates my back" }).waitFor();
    profile = await call(page, "GET", "/profile");
    assert.deepEqual(profile.aggravating, []);
    await assertAccessible(page, "an exercise page");
  } finally {
    await context.close();
  }
});

test("a trigger Spotter found: say so, clear it and undo; the next target in pounds", async () => {
  const { context, page, shot } = await phonePage(browser, server.url, "dark");
  try {
    await login(page);
    await page.goto("/library/leg-press-reclined");
    await page.getByText("Spotter found this to be a trigger for your back.").waitFor();
    await shot("library-06-trigger-dark");
    await page.getByRole("button", { name: "I've been cleared for this" }).click();
    await page.getByText("You have been cleared for this.").waitFor();
    assert.deepEqual((await call(page, "GET", "/profile")).cleared, ["leg-press-reclined"]);
    await page.getByRole("button", { name: "Undo: treat it as a trigger again" }).click();
    await page.getByRole("button", { name: "I've been cleared for this" }).waitFor();
    assert.deepEqual((await call(page, "GET", "/profile")).cleared, []);
    await assertAccessible(page, "a trigger's page in dark mode");

    // History gives a next target, in the user's unit.
    await call(page, "PUT", "/profile", { unit: "lb" });
    await page.goto("/library/hip-thrust");
    await page.getByRole("heading", { name: "Next time" }).waitFor();
    assert.match(await page.locator(".lib-next").textContent(), /\d+ sets of \d+-\d+ reps at [\d.]+ lb/);
    await shot("library-07-next-lb-dark");
    await call(page, "PUT", "/profile", { unit: "kg" });
  } finally {
    await context.close();
  }
});

test("add a custom exercise: the server's field errors first, then the new page", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  try {
    await login(page);
    await page.goto("/library");
    await page.getByRole("link", { name: "Add an exercise" }).click();
    await page.getByRole("heading", { name: "Add your own exercise" }).waitFor();
    await page.getByRole("button", { name: "Add exercise" }).click();
    const summary = page.getByRole("alert");
    await summary.getByText("The exercise was not added yet.", { exact: false }).waitFor();
    await page.getByText("Give it a name of 2 to 100 characters.").first().waitFor();
    await page.getByText("Choose at least one muscle it mainly works.").first().waitFor();
    await shot("library-08-custom-errors");

    await page.getByLabel("Name", { exact: true }).fill("Old gym leg press");
    // The picker finds an exercise by another app's name.
    await page.getByLabel("Start from a similar exercise (optional)").fill("Leg Press (Upright Pad)");
    await page.locator(".choice").first().click();
    await page.getByText("Filled in from Leg press (back pad upright).").waitFor();
    await page.getByText(/its grade is A/).waitFor();
    await shot("library-09-custom-filled");
    await page.getByRole("button", { name: "Add exercise" }).click();
    await page.getByRole("heading", { name: "Old gym leg press", level: 1 }).waitFor();
    await page.getByText(/Your own exercise/).waitFor();
    await shot("library-10-custom-page");

    // The same name twice answers the server's own words under the name.
    await page.goto("/library/new?name=Old%20gym%20leg%20press");
    await page.getByRole("group", { name: "Main muscles" }).getByText("quads", { exact: true }).click();
    await page.getByRole("group", { name: "Equipment" }).getByText("Leg press", { exact: true }).click();
    await page.getByRole("button", { name: "Add exercise" }).click();
    await page.getByText("is already used by one of your exercises").first().waitFor();

    // The new exercise is in the list, marked as the user's own.
    await page.goto("/library?q=old%20gym");
    await page.locator(".lib-row", { hasText: "Old gym leg press" }).getByText("Yours").waitFor();
  } finally {
    await context.close();
  }
});
