import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, inWindow, localDay, weekdayName, weekdayOf, windowEnding } from "./time.js";

describe("time (SPEC §2 Time)", () => {
  it.each([
    ["2026-11-25T23:30:00Z", "UTC", "2026-11-25"],
    ["2026-11-25T23:30:00Z", "Europe/Berlin", "2026-11-26"],
    ["2026-11-26T03:00:00Z", "America/Los_Angeles", "2026-11-25"],
    ["2026-03-29T00:30:00Z", "Europe/London", "2026-03-29"],
    ["2026-06-30T14:00:00Z", "Pacific/Auckland", "2026-07-01"],
  ])("a check-in at %s belongs to the local day of %s: %s", (iso, tz, day) => {
    expect(localDay(Date.parse(iso), tz)).toBe(day);
  });

  it("counts whole calendar days across month, year and DST changes", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-29", -1)).toBe("2026-03-28");
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(weekdayOf("2026-11-25")).toBe("wed");
    expect(weekdayName(weekdayOf("2026-11-25"))).toBe("Wednesday");
  });

  it("windows are inclusive: 7 days ending today start 6 days back", () => {
    expect(windowEnding("2026-11-25", 7)).toEqual({ from: "2026-11-19", to: "2026-11-25" });
    expect(inWindow("2026-11-19", "2026-11-19", "2026-11-25")).toBe(true);
    expect(inWindow("2026-11-18", "2026-11-19", "2026-11-25")).toBe(false);
  });

  it("addDays by arithmetic gives what Date gives, for any day of 1900-2199, leap days and offsets", () => {
    const viaDate = (day: string, n: number) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), fc.integer({ min: -40_000, max: 40_000 }), (base, n) => {
        const day = viaDate("1970-01-01", base);
        expect(addDays(day, n)).toBe(viaDate(day, n));
      }),
      { numRuns: 2000 },
    );
    for (const [day, n] of [
      ["2024-02-28", 1],
      ["2024-02-29", 365],
      ["2100-02-28", 1],
      ["2000-02-28", 1],
      ["1000-01-01", -1],
      ["9999-12-31", 0],
    ] as const) {
      expect(addDays(day, n)).toBe(viaDate(day, n));
    }
  });

  it("addDays and daysBetween are inverse for any day and offset", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: -1000, max: 1000 }), (base, n) => {
        const day = addDays("1990-01-01", base);
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
    );
  });
});
