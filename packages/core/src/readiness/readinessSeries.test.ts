import { describe, expect, it } from "vitest";
import { computeReadiness } from "./computeReadiness.js";
import { READINESS_SERIES_MAX_DAYS, readinessSeries } from "./readinessSeries.js";
import { checkin, clearance } from "./testData.js";

describe("readiness series", () => {
  const checkins = [
    checkin("2024-05-01"),
    checkin("2024-05-02", { redFlags: { ...checkin("2024-05-02").redFlags, feverChills: true } }),
    checkin("2024-05-04"),
  ];
  const base = { checkins, sessions: [], clearances: [clearance("2024-05-04")], timeZone: "UTC" };

  it("R2: each day is computed as of that day: the lock starts on its day and ends with the clearance", () => {
    const series = readinessSeries(base, "2024-05-01", "2024-05-05");
    expect(series.map((d) => d.readiness.tier)).toEqual(["R5", "R2", "R2", "R5", "R4"]);
    expect(series[2]?.readiness).toEqual(computeReadiness({ ...base, date: "2024-05-03" }));
  });

  it("R4: an empty or reversed range gives no days, a very long one is capped", () => {
    expect(readinessSeries(base, "2024-05-05", "2024-05-01")).toEqual([]);
    expect(readinessSeries(base, "2020-01-01", "2024-05-05")).toHaveLength(READINESS_SERIES_MAX_DAYS);
  });
});
