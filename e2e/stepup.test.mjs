// Browser test (SPEC P6, issue 13's web part): a step up offered after three calm sessions, taken on Today ("Take the
// step") and declined on the Plan tab ("Stay with ..."), at a 360 px phone width. The history is seeded through the
// API with past dates (the server runs on the real clock); the training days start today so today is day 1 of the
// plan whatever the weekday.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ARTIFACTS, axeProblems, launchBrowser, noRedFlags, startServer, uniqueEmail, WEEKDAYS } from "./harness.mjs";

/** The narrowest phone the screens are judged at. */
const NARROW = { width: 360, height: 780 };

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Calls the API with the page's cookies and answers the parsed body, failing on any error status. */
async function call(page, method, path, data) {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data });
  assert.ok(res.ok(), `${method} ${path} answered ${res.status()}: ${await res.text()}`);
  return res.status() === 204 ? undefined : res.json();
}

/** The day `n` days from `day` (YYYY-MM-DD). */
function addDays(day, n) {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Weekday slug of a YYYY-MM-DD day. */
function weekdayOf(day) {
  return WEEKDAYS[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7];
}

/**
 * A new account training today and every other day, with a check-in on each of the last 11 days and three calm
 * sessions of `exerciseIds` 9, 7 and 5 days ago, each next morning no worse: enough for P6 to offer a step up.
 */
async function seedCalmLifter(page, exerciseIds) {
  await call(page, "POST", "/auth/register", { email: uniqueEmail("stepup"), password: "correct horse battery" });
  await call(page, "POST", "/profile/notice", { accepted: true });
  await call(page, "PUT", "/profile", { timeZone: process.env.TZ });
  const { date: today } = await call(page, "GET", "/today");
  const trainingDays = [0, 2, 4].map((k) => weekdayOf(addDays(today, k)));
  await call(page, "PUT", "/profile", { daysPerWeek: 3, trainingDays, experience: "intermediate" });
  const plan = await call(page, "POST", "/plans", {});
  for (let k = -10; k <= 0; k++) {
    const date = addDays(today, k);
    await call(page, "POST", "/checkins", {
      clientId: crypto.randomUUID(),
      date,
      painNow: 1,
      everydayPain: "none",
      redFlags: noRedFlags(),
    });
  }
  for (const [k, back] of [9, 7, 5].entries()) {
    const date = addDays(today, -back);
    const s = await call(page, "POST", "/sessions", {
      clientId: crypto.randomUUID(),
      date,
      startedAt: `${date}T06:00:00Z`,
      painBefore: 1,
    });
    for (const exerciseId of exerciseIds) {
      for (let i = 0; i < 3; i++) {
        await call(page, "POST", `/sessions/${s.id}/sets`, {
          clientId: crypto.randomUUID(),
          exerciseId,
          setIndex: i,
          warmup: false,
          reps: 10,
          loadKg: 20 + k * 2.5,
          rir: 3,
          belt: false,
          pain: 1,
          painKind: "tightness",
        });
      }
    }
    await call(page, "POST", `/sessions/${s.id}/finish`, { finishedAt: `${date}T07:00:00Z`, painAfter: 1 });
  }
  return { today, plan };
}

/** The plan item of an exercise on a plan day, or undefined. */
function itemOn(plan, dayIndex, exerciseId) {
  return plan.days[dayIndex]?.blocks.flatMap((b) => b.items).find((i) => i.exerciseId === exerciseId);
}

test("P6 on the web: a step up taken on Today and one declined on the Plan tab", async () => {
  const context = await browser.newContext({ viewport: NARROW, baseURL: server.url, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000); // a loaded machine; the steps themselves are quick
  mkdirSync(ARTIFACTS, { recursive: true });
  const view = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const problems = [];
  try {
    const row = "chest-supported-dumbbell-row";
    const rdl = "single-leg-rdl-supported";
    const { plan } = await seedCalmLifter(page, [row, rdl]);
    assert.ok(itemOn(plan, 0, row) && itemOn(plan, 0, rdl), "today's plan day holds both exercises");
    const current = await call(page, "GET", "/plans/current");
    const rowTo = itemOn(current, 0, row)?.proposal?.exerciseId;
    const rdlTo = itemOn(current, 0, rdl)?.proposal?.exerciseId;
    assert.ok(rowTo && rdlTo, "both exercises are offered a step up");
    const names = new Map((await call(page, "GET", "/exercises")).map((e) => [e.id, e.name]));

    // Today says a step up is on offer above the list, so it is seen without opening it.
    await page.goto("/");
    const card = page.locator(".today-session");
    await card.getByText("Ready for a step up:").waitFor();
    assert.match(await card.locator(".today-step-up").textContent(), new RegExp(names.get(rowTo)));
    await view("stepup-01-today");

    // Take the step on Today: the harder rung takes the exercise's place, said in words, and Today's list follows.
    await card.getByText("Show every exercise and why it is there").click();
    const rowItem = card.locator(`.plan-item[data-exercise="${row}"]`);
    await rowItem.getByText(`A step up: ${names.get(rowTo)}.`).waitFor();
    await rowItem.scrollIntoViewIfNeeded();
    await view("stepup-02-today-offer");
    problems.push(...(await axeProblems(page, "today with a step up")));
    await rowItem.getByRole("button", { name: "Take the step" }).click();
    await card.locator(`.plan-item[data-exercise="${rowTo}"]`).waitFor();
    await card.locator(`.plan-item[data-exercise="${row}"]`).waitFor({ state: "detached" });
    await card.locator(`.plan-item[data-exercise="${rowTo}"]`).scrollIntoViewIfNeeded();
    await view("stepup-03-today-taken");
    const afterTake = await call(page, "GET", "/plans/current");
    assert.ok(itemOn(afterTake, 0, rowTo), "the plan holds the harder rung");
    assert.equal(itemOn(afterTake, 0, row), undefined, "the easier rung left the plan");

    // Stay with it on the Plan tab: the exercise stays, the offer goes, and it says when it comes back.
    await page.goto(`/plan?day=${current.days[0].weekday}`);
    const rdlItem = page.locator(`.plan-item[data-exercise="${rdl}"]`);
    await rdlItem.getByText(`A step up: ${names.get(rdlTo)}.`).waitFor();
    await rdlItem.scrollIntoViewIfNeeded();
    await view("stepup-04-plan-offer");
    problems.push(...(await axeProblems(page, "plan with a step up")));
    const stay = rdlItem.getByRole("button", { name: `Stay with ${names.get(rdl)}` });
    await stay.click();
    await page.getByText(`You stay with ${names.get(rdl)}. Spotter asks again in the next block.`).waitFor();
    await view("stepup-05-plan-stayed");
    await page.waitForFunction(
      (id) => !document.querySelector(`.plan-item[data-exercise="${id}"] .plan-proposal`),
      rdl,
    );
    const afterStay = await call(page, "GET", "/plans/current");
    assert.ok(itemOn(afterStay, 0, rdl), "the exercise stays in the plan");
    assert.equal(itemOn(afterStay, 0, rdl)?.proposal, undefined, "the offer is not made again in this block");
    // A reload keeps the answer: no offer on the item, which says it was declined, and none on Today either.
    await page.reload();
    await rdlItem.getByText(`You chose to stay with ${names.get(rdl)}.`).waitFor();
    assert.equal(await rdlItem.locator(".plan-proposal").count(), 0);
    await rdlItem.scrollIntoViewIfNeeded();
    await view("stepup-06-plan-after-reload");
    await page.goto("/");
    await page.locator(".today-session h2").waitFor();
    assert.equal(await page.locator(".today-step-up").count(), 0, "no step up is left on offer today");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
