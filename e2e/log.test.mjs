// Browser tests (issue 16, part B): the training log on a 360 px phone. A finished session's sets are corrected and
// the next target follows (SPEC G6); a set and a whole session are deleted with undo.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  pageApi as api,
  axeProblems,
  choosePain,
  noRedFlags,
  pageDay,
  phonePage,
  signUpByApi,
  startAll,
  stopAll,
} from "./harness.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/** A new account (notice accepted, profile in the browser's zone and the given unit), through the API. */
async function signUp(page, unit = "kg") {
  await page.goto("/login");
  await signUpByApi(page, { tag: "log", unit });
}

/** A calm morning check-in on a past day. */
async function morning(page, date) {
  const r = await api(page, "POST", "/checkins", {
    clientId: crypto.randomUUID(),
    date,
    painNow: 1,
    everydayPain: "none",
    redFlags: noRedFlags(),
  });
  assert.equal(r.status, 201, JSON.stringify(r.body));
}

/** A finished session of one exercise on a past day; answers the session id. */
async function pastSession(page, date, exerciseId, sets) {
  const s = await api(page, "POST", "/sessions", {
    clientId: crypto.randomUUID(),
    date,
    startedAt: `${date}T09:00:00.000Z`,
    painBefore: 1,
  });
  assert.equal(s.status, 201, JSON.stringify(s.body));
  for (const [i, x] of sets.entries()) {
    const r = await api(page, "POST", `/sessions/${s.body.id}/sets`, {
      clientId: crypto.randomUUID(),
      exerciseId,
      setIndex: i,
      warmup: false,
      rir: 2,
      belt: false,
      pain: 0,
      painKind: "none",
      ...x,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  }
  await api(page, "POST", `/sessions/${s.body.id}/finish`, { finishedAt: `${date}T10:00:00.000Z`, painAfter: 1 });
  return s.body.id;
}

const TOP = [
  { reps: 12, loadKg: 100 },
  { reps: 12, loadKg: 100 },
  { reps: 12, loadKg: 100 },
];

test("G6: correcting a finished session's sets changes the next target; a set and a session are deleted with undo", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  await page.setViewportSize({ width: 360, height: 780 });
  try {
    await signUp(page);
    for (const n of [6, 5, 3, 2]) await morning(page, await pageDay(page, n));
    await pastSession(page, await pageDay(page, 6), "leg-press-upright", TOP);
    const last = await pastSession(page, await pageDay(page, 3), "leg-press-upright", TOP);

    // Before: every set at the top of the range, so the next target adds a step.
    await page.goto("/library/leg-press-upright");
    const next = page.locator(".lib-next");
    await next.getByText("Add a step of load").waitFor();

    // The last session's sets were really 9 reps: corrected one by one on the session's page.
    await page.goto(`/history/${last}`);
    await page.getByRole("heading", { name: /^Session,/ }).waitFor();
    for (let i = 1; i <= 3; i++) {
      await page.getByRole("button", { name: `Edit or delete set ${i}` }).click();
      const reps = page.getByLabel("Reps", { exact: true });
      await reps.fill("9");
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.getByRole("status").getByText("Set changed.").waitFor();
      await page.waitForFunction(
        (n) =>
          [...document.querySelectorAll(".set-row")].filter((r) => r.textContent.includes("9 × 100 kg")).length === n,
        i,
      );
    }
    await shot("70-session-edited");
    assert.deepEqual(await axeProblems(page, "session detail, edited"), []);

    // Notes: one on a set, one on the exercise in this session; both are stored with the session.
    await page.getByRole("button", { name: "Edit or delete set 1" }).click();
    await page.getByLabel("Note on this set").fill("seat one notch lower");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("seat one notch lower").waitFor();
    await page.getByRole("button", { name: /^Add a note on / }).click();
    await page.getByLabel(/^Note on .* today$/).fill("felt solid");
    await page.getByRole("button", { name: "Save note" }).click();
    await page.getByText("Note: felt solid").waitFor();
    const noted = await api(page, "GET", `/sessions/${last}`);
    assert.equal(noted.body.exerciseNotes["leg-press-upright"], "felt solid");
    assert.equal(noted.body.sets.filter((x) => x.note === "seat one notch lower").length, 1);

    await page.goto("/library/leg-press-upright");
    await next.getByText("Stay where you are").waitFor();
    assert.match(await next.locator(".lib-next-target").textContent(), /100 kg/);

    // Deleting a set offers undo; undo keeps it (nothing was sent).
    await page.goto(`/history/${last}`);
    await page.getByRole("button", { name: "Edit or delete set 3" }).click();
    await page.getByRole("button", { name: "Delete set", exact: true }).click();
    await page.getByRole("status").getByText("Set deleted.").waitFor();
    await page.waitForFunction(() => document.querySelectorAll(".set-row").length === 2);
    await shot("71-set-deleted-undo");
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll(".set-row").length === 3);
    const stored = await api(page, "GET", `/sessions/${last}`);
    assert.equal(stored.body.sets.length, 3, "an undone delete never reached the server");

    // Deleting the session: gone from the history at once, and from the server once the undo window closes.
    await page.getByRole("button", { name: "Delete session", exact: true }).click();
    await page.waitForURL(/\/history$/);
    await page.getByRole("status").getByText("Session deleted.").waitFor();
    await page.waitForFunction(() => document.querySelectorAll(".list.card > li").length === 1);
    await page.waitForFunction(async (id) => (await fetch(`/api/v1/sessions/${id}`)).status === 404, last, {
      timeout: 20_000,
      polling: 500,
    });
    // With the corrected session gone, the first one (at the top of the range) leads again.
    await page.goto("/library/leg-press-upright");
    await next.getByText("Add a step of load").waitFor();
  } finally {
    await context.close();
  }
});

/** Today made a training day, and today's calm check-in sent, so a session can start. */
async function trainingDayCheckedIn(page, unit) {
  const date = await pageDay(page, 0);
  const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const today = weekdays[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7];
  const days = [0, 2, 4].map((k) => weekdays[(weekdays.indexOf(today) + k) % 7]);
  const p = await api(page, "PUT", "/profile", { unit, daysPerWeek: 3, trainingDays: days });
  assert.equal(p.status, 200, JSON.stringify(p.body));
  await morning(page, date);
}

/** True when every "N lb" in the text is a whole multiple of `step`. */
function wholeSteps(text, step) {
  const loads = [...text.matchAll(/(\d+(?:\.\d+)?) lb/g)].map((m) => Number(m[1]));
  return loads.length > 0 && loads.every((x) => Number.isInteger(x / step));
}

test("O1, C4: a pound user sees whole plate steps everywhere, and history shows each set in the unit it was lifted in", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  await page.setViewportSize({ width: 360, height: 780 });
  try {
    await signUp(page, "kg");
    // History lifted in kilograms (60 kg = 132.28 lb), then the user switches to pounds.
    for (const n of [7, 6, 4, 3]) await morning(page, await pageDay(page, n));
    await pastSession(
      page,
      await pageDay(page, 7),
      "bench-press",
      TOP.map(() => ({ reps: 10, loadKg: 60, unit: "kg" })),
    );
    const last = await pastSession(page, await pageDay(page, 4), "bench-press", [
      { reps: 10, loadKg: 60, unit: "kg" },
      // A set lifted in pounds (as an imported pound file stores it): 185 lb, kept as grams.
      { reps: 5, loadKg: 83.915, unit: "lb" },
    ]);
    await trainingDayCheckedIn(page, "lb");

    // History: each set in the unit it was lifted in, never 83.92 kg or 132.28 lb.
    await page.goto(`/history/${last}`);
    await page.getByRole("heading", { name: /^Session,/ }).waitFor();
    const sets = await page.locator(".set-row").allTextContents();
    assert.match(sets[0], /10 × 60 kg/);
    assert.match(sets[1], /5 × 185 lb/);

    // The exercise page's next target: a loadable weight in pounds.
    await page.goto("/library/bench-press");
    const target = await page.locator(".lib-next-target").textContent();
    assert.ok(wholeSteps(target, 5), `the next target is in whole 5 lb steps: ${target}`);
    assert.doesNotMatch(target, /\d\.\d+ lb/);

    // The live session: target, warm-ups and the prefilled load in whole steps; the plate calculator loads it exactly.
    await page.goto("/");
    await page.getByRole("button", { name: "Start session" }).click();
    await page.waitForURL(/\/session\//);
    await page.getByLabel("Find an exercise").fill("bench press");
    await page
      .getByRole("button", { name: /^Bench press/ })
      .first()
      .click();
    await page.locator("#current-ex-name", { hasText: "Bench press" }).waitFor();
    const plan = page.getByRole("list", { name: "Sets of Bench press" });
    await plan.getByText("W1").waitFor();
    const today = await page.getByText("Today:").locator("..").textContent();
    assert.ok(wholeSteps(today, 5), `today's target is in whole steps: ${today}`);
    const warm = (await plan.locator(".plan-row.warm").allTextContents()).join(" ");
    assert.ok(wholeSteps(warm, 5), `warm-ups are in whole steps: ${warm}`);
    for (let w = 1; w <= (await plan.locator(".plan-row.warm").count()); w++) {
      await page.getByRole("button", { name: `Log warm-up ${w}` }).waitFor();
      if (w === 1) await choosePain(page, "Back pain during the set", 1);
      await page.getByRole("button", { name: "Log as planned" }).click();
    }
    await page.getByRole("button", { name: "Log set 1" }).waitFor();
    const load = Number(await page.getByRole("spinbutton", { name: "Load (lb)" }).inputValue());
    assert.ok(Number.isInteger(load / 5) && load >= 125, `the working set is prefilled in whole steps (${load} lb)`);
    await page.getByRole("button", { name: `Plates for ${load} lb` }).click();
    const sheet = page.getByRole("dialog", { name: "Plates" });
    await sheet.getByText("Each side:").waitFor();
    assert.doesNotMatch(await sheet.textContent(), /cannot/);
    await shot("72-pounds-plates");
    await sheet.getByRole("button", { name: "Close" }).click();
  } finally {
    await context.close();
  }
});

test("records: a heavier set is marked as a record in the live session; the exercise page has the history, records and e1RM chart", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  await page.setViewportSize({ width: 360, height: 780 });
  try {
    await signUp(page, "kg");
    for (const n of [9, 6, 3]) {
      await morning(page, await pageDay(page, n));
      await pastSession(page, await pageDay(page, n), "bench-press", [
        { reps: 8, loadKg: 55 + n },
        { reps: 8, loadKg: 55 + n },
      ]);
    }
    await trainingDayCheckedIn(page, "kg");

    await page.goto("/");
    await page.getByRole("button", { name: "Start session" }).click();
    await page.waitForURL(/\/session\//);
    await page.getByLabel("Find an exercise").fill("bench press");
    await page
      .getByRole("button", { name: /^Bench press/ })
      .first()
      .click();
    await page.locator("#current-ex-name", { hasText: "Bench press" }).waitFor();
    const plan = page.getByRole("list", { name: "Sets of Bench press" });
    await plan.getByText("W1").waitFor();
    const warmups = await plan.locator(".plan-row.warm").count();
    for (let w = 1; w <= warmups; w++) {
      await page.getByRole("button", { name: `Log warm-up ${w}` }).waitFor();
      if (w === 1) await choosePain(page, "Back pain during the set", 1);
      await page.getByRole("button", { name: "Log as planned" }).click();
    }
    // No warm-up is a record.
    assert.equal(await page.locator(".pr-badge").count(), 0);
    await page.getByRole("button", { name: "Log set 1" }).waitFor();
    await page.getByRole("spinbutton", { name: "Load (kg)" }).fill("70");
    await page.getByRole("spinbutton", { name: "Reps", exact: true }).fill("8");
    await page.getByRole("button", { name: "Log set 1" }).click();
    const badge = plan.locator(".pr-badge");
    await badge.waitFor();
    assert.match(await badge.textContent(), /New record: heaviest set/);
    await badge.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${process.cwd()}/e2e/artifacts/73-record-in-session-view.png` });
    await shot("73-record-in-session");

    // The exercise page: records, the e1RM chart with its table, every session newest first.
    await page.goto("/library/bench-press");
    const records = page.getByRole("region", { name: "Personal records" });
    await records.getByText("Heaviest").waitFor();
    assert.match(await records.textContent(), /70 kg × 8/);
    await page.getByRole("heading", { name: "Estimated one-rep max" }).waitFor();
    await page.locator(".log-figure canvas").waitFor();
    const sessions = page.locator(".log-sessions > li");
    await page.waitForFunction(() => document.querySelectorAll(".log-sessions > li").length === 4);
    assert.match(await sessions.first().textContent(), /8 × 70 kg/);
    await shot("74-exercise-page-history");
    assert.deepEqual(await axeProblems(page, "exercise page with history"), []);
  } finally {
    await context.close();
  }
});

test("supersets: two exercises paired alternate one set each, with one rest per round, and their sets share one id", async () => {
  const { context, page, shot } = await phonePage(browser, server.url);
  await page.setViewportSize({ width: 360, height: 780 });
  try {
    await signUp(page, "kg");
    await trainingDayCheckedIn(page, "kg");
    await page.goto("/");
    await page.getByRole("button", { name: "Start session" }).click();
    await page.waitForURL(/\/session\//);
    for (const name of ["Goblet squat", "Pallof press"]) {
      await page.getByLabel("Find an exercise").fill(name);
      await page
        .getByRole("button", { name: new RegExp(`^${name}`) })
        .first()
        .click();
      await page.locator("#current-ex-name", { hasText: name }).waitFor();
    }
    await page.getByRole("button", { name: "Previous exercise: Goblet squat" }).click();
    await page.locator("#current-ex-name", { hasText: "Goblet squat" }).waitFor();
    await page.getByRole("button", { name: "Superset with Pallof press" }).click();
    await page.getByText("with Pallof press: one set of each in turn").waitFor();
    await shot("75-superset-paired");

    // A set of the squat moves straight on to the Pallof press, with no rest in between.
    await page.getByRole("spinbutton", { name: "Load (kg)" }).fill("16");
    await choosePain(page, "Back pain during the set", 1);
    await page.getByRole("button", { name: "Log set 1" }).click();
    await page.locator("#current-ex-name", { hasText: "Pallof press" }).waitFor();
    assert.equal(await page.getByRole("timer").count(), 0, "no rest between the exercises of a superset");
    // After the Pallof press the round is over: one rest, and back to the squat.
    await page.getByRole("button", { name: "Log set 1" }).click();
    await page.locator("#current-ex-name", { hasText: "Goblet squat" }).waitFor();
    await page.getByRole("timer").waitFor();
    await shot("76-superset-rest");
    assert.deepEqual(await axeProblems(page, "live session with a superset"), []);

    const id = page.url().split("/session/")[1];
    await page.waitForFunction(
      async (sid) => {
        const r = await fetch(`/api/v1/sessions/${sid}`);
        return r.ok && (await r.json()).sets.length === 2;
      },
      id,
      { timeout: 20_000, polling: 500 },
    );
    const s = await api(page, "GET", `/sessions/${id}`);
    const ids = new Set(s.body.sets.map((x) => x.supersetId));
    assert.equal(ids.size, 1);
    assert.ok([...ids][0], "the sets carry the superset's id");
  } finally {
    await context.close();
  }
});
