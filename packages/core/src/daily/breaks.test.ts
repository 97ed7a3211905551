import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakRemindersApply, nextBreak, reminderWindow, zonedInstant } from "./breaks.js";

const at = (iso: string) => Date.parse(iso);
const hours = { from: "08:00", to: "21:00" };

describe("zonedInstant", () => {
  it.each([
    ["2026-03-10", "08:00", "UTC", "2026-03-10T08:00:00.000Z"],
    ["2026-03-10", "08:00", "Europe/Berlin", "2026-03-10T07:00:00.000Z"],
    ["2026-07-10", "08:00", "Europe/Berlin", "2026-07-10T06:00:00.000Z"],
    ["2026-03-10", "21:00", "America/New_York", "2026-03-11T01:00:00.000Z"],
    ["2026-03-29", "08:00", "Europe/Berlin", "2026-03-29T06:00:00.000Z"], // the day clocks go forward
    ["2026-10-25", "08:00", "Europe/Berlin", "2026-10-25T07:00:00.000Z"], // the day clocks go back
    ["2026-03-10", "08:00", "Asia/Kolkata", "2026-03-10T02:30:00.000Z"],
    // 02:30 does not exist that morning in Berlin: read forward as 03:30 CEST, as the importer reads it.
    ["2026-03-29", "02:30", "Europe/Berlin", "2026-03-29T01:30:00.000Z"],
  ])("D2: %s %s in %s is %s", (day, hhmm, tz, iso) => {
    expect(new Date(zonedInstant(day, hhmm, tz)).toISOString()).toBe(iso);
  });
});

describe("nextBreak", () => {
  it.each([
    // now, last break, interval, time zone, expected (null: no reminder)
    ["2026-03-10T08:10:00Z", null, 45, "UTC", "2026-03-10T08:45:00.000Z"], // first of the day: 45 min after 08:00
    ["2026-03-10T10:00:00Z", "2026-03-10T09:30:00Z", 45, "UTC", "2026-03-10T10:15:00.000Z"],
    ["2026-03-10T10:00:00Z", "2026-03-10T08:00:00Z", 45, "UTC", "2026-03-10T10:00:00.000Z"], // overdue: due now
    ["2026-03-10T10:00:00Z", "2026-03-10T09:30:00Z", 30, "UTC", "2026-03-10T10:00:00.000Z"],
    ["2026-03-10T10:00:00Z", "2026-03-09T20:00:00Z", 45, "UTC", "2026-03-10T10:00:00.000Z"], // yesterday's break
    ["2026-03-10T20:00:00Z", "2026-03-10T19:50:00Z", 45, "UTC", "2026-03-10T20:35:00.000Z"],
    ["2026-03-10T20:30:00Z", "2026-03-10T20:20:00Z", 45, "UTC", null], // the next one would fall after 21:00
    ["2026-03-10T07:59:00Z", null, 45, "UTC", null], // before the hours
    ["2026-03-10T21:00:00Z", null, 45, "UTC", null], // the end of the hours is outside them
    ["2026-03-10T23:30:00Z", null, 45, "UTC", null], // late evening
    ["2026-03-10T03:00:00Z", null, 45, "UTC", null], // night
    ["2026-03-10T07:30:00Z", null, 45, "Europe/Berlin", "2026-03-10T07:45:00.000Z"], // 08:30 local, from 08:00 local
    ["2026-03-10T06:30:00Z", null, 45, "Europe/Berlin", null], // 07:30 local
    ["2026-03-10T10:00:00Z", null, 0, "UTC", null], // no interval, no reminder
  ])("D2: now %s, last break %s, every %s min in %s -> %s", (now, last, interval, tz, expected) => {
    const r = nextBreak({
      nowMs: at(now),
      lastBreakMs: last ? at(last) : null,
      intervalMinutes: interval,
      reminders: hours,
      timeZone: tz,
    });
    expect(r === null ? null : new Date(r).toISOString()).toBe(expected);
  });

  it.each([
    ["2026-03-10T22:10:00Z", "2026-03-10T22:45:00.000Z"],
    ["2026-03-11T01:00:00Z", "2026-03-11T01:00:00.000Z"], // the window began yesterday at 22:00; overdue
    ["2026-03-11T02:30:00Z", null],
    ["2026-03-10T21:30:00Z", null],
  ])("D2: a window past midnight (22:00-02:00): now %s -> %s", (now, expected) => {
    const r = nextBreak({
      nowMs: at(now),
      lastBreakMs: null,
      intervalMinutes: 45,
      reminders: { from: "22:00", to: "02:00" },
      timeZone: "UTC",
    });
    expect(r === null ? null : new Date(r).toISOString()).toBe(expected);
  });

  it("D2: inside the hours the reminder is never in the past and never later than one interval after now", () => {
    const start = at("2026-03-10T08:00:00Z");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 13 * 60 - 1 }),
        fc.option(fc.integer({ min: -600, max: 13 * 60 }), { nil: null }),
        fc.integer({ min: 15, max: 120 }),
        (nowMin, lastMin, interval) => {
          const nowMs = start + nowMin * 60_000;
          const lastBreakMs = lastMin === null ? null : Math.min(nowMs, start + lastMin * 60_000);
          const r = nextBreak({ nowMs, lastBreakMs, intervalMinutes: interval, reminders: hours, timeZone: "UTC" });
          if (r === null) {
            // Only when the next reminder would fall at or after the end of the hours.
            expect(Math.max(start, lastBreakMs ?? start) + interval * 60_000).toBeGreaterThanOrEqual(
              at("2026-03-10T21:00:00Z"),
            );
            return;
          }
          expect(r).toBeGreaterThanOrEqual(nowMs);
          expect(r).toBeLessThanOrEqual(nowMs + interval * 60_000);
          expect(r).toBeLessThan(at("2026-03-10T21:00:00Z"));
        },
      ),
    );
  });
});

describe("reminderWindow", () => {
  it("D2: gives today's hours as instants in the user's zone", () => {
    const w = reminderWindow(at("2026-03-10T12:00:00Z"), hours, "America/New_York");
    expect(w && new Date(w.startMs).toISOString()).toBe("2026-03-10T12:00:00.000Z");
    expect(w && new Date(w.endMs).toISOString()).toBe("2026-03-11T01:00:00.000Z");
  });
});

describe("breakRemindersApply", () => {
  it.each([
    [null, false],
    [0, false],
    [2, false],
    [3.5, false],
    [4, true],
    [8, true],
    [12, true],
  ])("D2: %s hours of sitting -> reminders %s", (h, expected) => {
    expect(breakRemindersApply(h)).toBe(expected);
  });
});
