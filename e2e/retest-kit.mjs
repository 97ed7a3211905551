// Helpers of the trigger-test browser tests (retest*.test.mjs, SPEC T5 and T6): two consecutive days on the real
// clock, API seeding with the page's cookies, a 360 px phone page in a given zone, and logging one exercise's planned
// sets in the live session.
//
// Time: the server runs on the real clock and the user's day follows the profile's time zone. Two fixed-offset
// zones a calendar day apart (`zonePair`) give a test two consecutive days: day D in the western zone, D+1 in the
// eastern one. D+2 is the user's tomorrow there, which the API takes as a record date (a check-in through the API).
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, choosePain, noRedFlags, uniqueEmail, WEEKDAYS } from "./harness.mjs";

/** The narrowest phone the screens are judged at. */
export const NARROW = { width: 360, height: 780 };

/** The IANA name of a whole-hour UTC offset (Etc/GMT-N is UTC+N). */
function zoneName(offset) {
  return offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}

/** The day `n` days from `day` (YYYY-MM-DD). */
export function addDays(day, n) {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Weekday slug of a YYYY-MM-DD day. */
export function weekdayOf(day) {
  return WEEKDAYS[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7];
}

/**
 * Two zones whose local dates are a day apart now (`day` is the western one's), chosen so that both local times are
 * as far from midnight as the 26 hours of offsets allow (at least 1 hour at any UTC hour), so a test never crosses
 * a user's midnight.
 */
export function zonePair(nowMs = Date.now()) {
  const local = (o) => {
    const t = new Date(nowMs + o * 3_600_000);
    const hour = t.getUTCHours() + t.getUTCMinutes() / 60;
    return { date: t.toISOString().slice(0, 10), margin: Math.min(hour, 24 - hour) };
  };
  let best = null;
  for (let w = -12; w <= 14; w++) {
    for (let e = w + 1; e <= 14; e++) {
      const a = local(w);
      const b = local(e);
      if (b.date !== addDays(a.date, 1)) continue;
      const margin = Math.min(a.margin, b.margin);
      if (!best || margin > best.margin) best = { west: zoneName(w), east: zoneName(e), day: a.date, margin };
    }
  }
  if (!best || best.margin < 0.25) throw new Error("no pair of zones a day apart away from midnight");
  return best;
}

/** Calls the API with the page's cookies and answers the parsed body, failing on any error status. */
export async function call(page, method, path, data) {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data });
  assert.ok(res.ok(), `${method} ${path} answered ${res.status()}: ${await res.text()}`);
  return res.status() === 204 ? undefined : res.json();
}

/** A morning check-in on `date` through the API, no red flag. */
export function morning(page, date, painNow = 1) {
  return call(page, "POST", "/checkins", {
    clientId: crypto.randomUUID(),
    date,
    painNow,
    everydayPain: "none",
    redFlags: noRedFlags(),
  });
}

/**
 * A new account whose day is `today` in `zone`, training on the days `offsets` from today, with its first plan made
 * (answered).
 */
export async function newLifter(page, zone, today, offsets) {
  await call(page, "POST", "/auth/register", { email: uniqueEmail("tests"), password: "correct horse battery" });
  await call(page, "POST", "/profile/notice", { accepted: true });
  const trainingDays = offsets.map((k) => weekdayOf(addDays(today, k)));
  await call(page, "PUT", "/profile", { timeZone: zone, daysPerWeek: offsets.length, trainingDays });
  assert.equal((await call(page, "GET", "/today")).date, today, "the user's day follows the profile's zone");
  return call(page, "POST", "/plans", {});
}

/** A finished session on `date` with `sets` ({exerciseId, loadKg, pain, painKind?}) through the API. */
export async function pastSession(page, date, sets, painBefore = 1) {
  const s = await call(page, "POST", "/sessions", {
    clientId: crypto.randomUUID(),
    date,
    startedAt: `${date}T08:00:00Z`,
    painBefore,
  });
  for (const [i, x] of sets.entries()) {
    await call(page, "POST", `/sessions/${s.id}/sets`, {
      clientId: crypto.randomUUID(),
      exerciseId: x.exerciseId,
      setIndex: i,
      warmup: false,
      reps: 8,
      loadKg: x.loadKg,
      rir: 2,
      belt: false,
      pain: x.pain,
      painKind: x.painKind ?? "none",
    });
  }
  await call(page, "POST", `/sessions/${s.id}/finish`, { finishedAt: `${date}T09:00:00Z`, painAfter: 1 });
}

/** A 360 px phone page in `timezoneId`, optionally with another page's cookies and storage. */
export async function narrowPage(browser, baseURL, timezoneId, storageState) {
  const context = await browser.newContext({
    viewport: NARROW,
    baseURL,
    deviceScaleFactor: 1,
    timezoneId,
    ...(storageState ? { storageState } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000); // a loaded machine; the steps themselves are quick
  mkdirSync(ARTIFACTS, { recursive: true });
  const view = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  return { context, page, view };
}

/** Starts today's session from Today and opens the exercise `name` in the live session. */
export async function startAndOpen(page, name) {
  await page.goto("/");
  await page.locator(".today-session").getByRole("button", { name: "Start session" }).click();
  await page.waitForURL(/\/session\//);
  await page.locator("#current-ex-name").waitFor();
  await page.getByText("All of today's exercises").click();
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await page.locator("#current-ex-name", { hasText: name }).waitFor();
}

/** Logs every planned set of the open exercise at pain 1 ("Log as planned"), waiting for each to be drawn. */
export async function logPlannedSets(page) {
  await choosePain(page, "Back pain during the set", 1);
  for (let k = 0; k < 12; k++) {
    const label = (
      await page
        .getByRole("button", { name: /^Log (warm-up|set) \d+$/ })
        .first()
        .textContent()
    ).trim();
    await page.getByRole("button", { name: "Log as planned" }).first().click();
    // Wait for the logged set to be drawn: the button moves on to the next set, or the exercise is done.
    await page.waitForFunction(
      (prev) =>
        document.querySelector(".done-block") !== null ||
        ![...document.querySelectorAll("button")].some((b) => b.textContent?.trim() === prev),
      label,
    );
    if ((await page.locator(".done-block").count()) > 0) break;
  }
  await page.locator(".done-block").waitFor();
  const logged = await page.locator(".set-plan .plan-row.done:not(.warm)").count();
  assert.ok(logged >= 1, `working sets logged (${logged})`);
}

/** Finishes the live session at pain 1 after. */
export async function finishSession(page) {
  await page.getByText("Finish the session").click();
  await choosePain(page, "Back pain now, after the session", 1);
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("heading", { name: "Session done" }).waitFor();
}

/** True when any day of a plan holds the exercise. */
export function planHolds(plan, exerciseId) {
  return plan.days.some((d) => d.blocks.some((b) => b.items.some((i) => i.exerciseId === exerciseId)));
}

/** An exercise's entry on the trigger list, as the API answers it. */
export async function entryOf(page, exerciseId) {
  const list = await call(page, "GET", "/insights/triggers");
  return list.find((t) => t.subject.exerciseId === exerciseId);
}
