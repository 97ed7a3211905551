import { describe, expect, it } from "vitest";
import { wallTimeToMs } from "../time.js";
import { assertTimeZone, parseHevyWall, parseIsoWall, wallLocal } from "./dates.js";

describe("wall-clock dates of the exports", () => {
  it.each([
    ["8 Apr 2026, 16:50", "2026-04-08T16:50"],
    ["24 Jul 2024, 7:07", "2024-07-24T07:07"],
    ["3 Sep 2025, 01:03", "2025-09-03T01:03"],
    ["Jun 11, 2026, 1:01 PM", "2026-06-11T13:01"],
    ["Jun 11, 2026, 12:15 AM", "2026-06-11T00:15"],
    ["Jun 11, 2026, 12:15 PM", "2026-06-11T12:15"],
    ["Jun 11, 2026, 1:01\u202fPM", "2026-06-11T13:01"],
    ["11 June 2026, 9:30 am", "2026-06-11T09:30"],
    ["5 Sept 2025, 18:00", "2025-09-05T18:00"],
    ["2025-09-05 18:00", "2025-09-05T18:00"],
  ])("X1: Hevy %j is %s", (text, local) => {
    const w = parseHevyWall(text);
    expect(w && wallLocal(w)).toBe(local);
  });

  it.each([
    ["2016-10-03 19:30:55", "2016-10-03T19:30"],
    ["2022-07-28 20:14:20", "2022-07-28T20:14"],
    ["2024-02-29 07:05", "2024-02-29T07:05"],
    ["2024-02-29T07:05:00", "2024-02-29T07:05"],
    ["2026-08-04", "2026-08-04T00:00"],
  ])("X1: Strong/FitNotes %j is %s", (text, local) => {
    const w = parseIsoWall(text);
    expect(w && wallLocal(w)).toBe(local);
  });

  it.each([
    "",
    "yesterday",
    "2023-02-29 10:00:00",
    "2024-13-01 10:00:00",
    "2024-01-01 24:00:00",
    "2024-01-01 10:60",
    "32 Jan 2024, 10:00",
    "8 Foo 2026, 16:50",
    "Jun 11, 2026, 13:01 PM",
    "8 Ap 2026, 16:50",
  ])("X1: %j is not a date", (text) => {
    expect(parseHevyWall(text)).toBeNull();
    expect(parseIsoWall(text)).toBeNull();
  });

  it.each([
    ["UTC", "2024-06-01T10:00", Date.UTC(2024, 5, 1, 10, 0)],
    ["Europe/Berlin", "2024-06-01T10:00", Date.UTC(2024, 5, 1, 8, 0)],
    ["America/New_York", "2024-01-15T18:30", Date.UTC(2024, 0, 15, 23, 30)],
    // 02:30 does not exist on 2024-03-31 in Berlin: read as 03:30 CEST, never a throw.
    ["Europe/Berlin", "2024-03-31T02:30", Date.UTC(2024, 2, 31, 1, 30)],
  ])("X1: in %s the wall time %s is that instant", (zone, local, ms) => {
    const w = parseIsoWall(local);
    expect(w).not.toBeNull();
    if (w) expect(wallTimeToMs(w, zone)).toBe(ms);
  });

  it("X1: an unknown time zone is refused", () => {
    expect(() => assertTimeZone("Mars/Olympus")).toThrow(RangeError);
    expect(() => assertTimeZone("")).toThrow(RangeError);
    expect(() => assertTimeZone("Europe/Lisbon")).not.toThrow();
  });
});
