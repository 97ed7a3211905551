import { describe, expect, it } from "vitest";
import { clearanceCoverOf, isCheckinCovered, latestClearanceCover } from "./clearanceCover.js";

const cover = { coverDay: "2024-05-10", recordedAtMs: Date.parse("2024-05-10T12:00:00Z") };

describe("what a clearance covers", () => {
  it.each([
    ["2024-05-09", "2024-05-09T20:00:00Z", true],
    ["2024-05-10", "2024-05-10T11:59:59Z", true],
    ["2024-05-10", "2024-05-10T12:00:00Z", true],
    ["2024-05-10", "2024-05-10T12:00:01Z", false],
    ["2024-05-11", "2024-05-10T08:00:00Z", false],
  ])("R2: a check-in dated %s and first stored at %s is covered: %s", (date, createdAt, covered) => {
    expect(isCheckinCovered({ date, createdAt }, cover)).toBe(covered);
  });

  it("R2: without a clearance nothing is covered", () => {
    expect(isCheckinCovered({ date: "2020-01-01" }, null)).toBe(false);
  });

  it("R2: the cover day is the local day of recordedAt; an unreadable instant falls back to the clearance date", () => {
    expect(clearanceCoverOf({ date: "2024-05-01", recordedAt: "2024-05-10T23:30:00Z" }, "Asia/Tokyo").coverDay).toBe(
      "2024-05-11",
    );
    expect(clearanceCoverOf({ date: "2024-05-01", recordedAt: "2024-05-10T23:30:00Z" }, "Not/AZone").coverDay).toBe(
      "2024-05-10",
    );
    expect(clearanceCoverOf({ date: "2024-05-01", recordedAt: "garbage" })).toEqual({
      coverDay: "2024-05-01",
      recordedAtMs: null,
    });
  });

  it("R2: only clearances recorded by the day asked for apply, the latest of them wins", () => {
    const list = [
      { date: "2024-05-01", recordedAt: "2024-05-01T09:00:00Z" },
      { date: "2024-05-05", recordedAt: "2024-05-05T09:00:00Z" },
      { date: "2024-05-05", recordedAt: "2024-05-05T18:00:00Z" },
      { date: "2024-05-20", recordedAt: "2024-05-20T09:00:00Z" },
    ];
    expect(latestClearanceCover(list, "2024-05-10")).toEqual({
      coverDay: "2024-05-05",
      recordedAtMs: Date.parse("2024-05-05T18:00:00Z"),
    });
    expect(latestClearanceCover(list, "2024-04-30")).toBeNull();
  });
});
