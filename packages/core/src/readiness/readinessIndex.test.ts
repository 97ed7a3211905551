import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NerveEntry } from "../records/checkin.js";
import { EVERYDAY_PAIN, NERVE_KINDS, NERVE_TRENDS, RED_FLAG_KEYS, REGIONS, type RedFlagKey } from "../records/vocab.js";
import { addDays } from "../time.js";
import { computeReadiness } from "./computeReadiness.js";
import { dayByDayReadiness } from "./dayByDayReadiness.js";
import type { ReadinessCheckin, ReadinessInput } from "./inputs.js";
import { firstNoImprovement } from "./noImprovement.js";
import { indexReadiness } from "./readinessIndex.js";
import { readinessSeries } from "./readinessSeries.js";

const END = "2024-06-30";
const hh = (h: number) => String(h).padStart(2, "0");
const answer = fc.constantFrom<boolean | null | undefined>(false, false, false, false, null, true, undefined);
const redFlags = fc.record(
  Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, answer])) as Record<RedFlagKey, typeof answer>,
);
const nerveEntry: fc.Arbitrary<NerveEntry> = fc.record({
  kind: fc.constantFrom(...NERVE_KINDS),
  region: fc.constantFrom(...REGIONS),
  trend: fc.constantFrom(...NERVE_TRENDS),
});
const checkin: fc.Arbitrary<ReadinessCheckin> = fc
  .record({
    back: fc.integer({ min: 0, max: 120 }),
    painNow: fc.integer({ min: 0, max: 10 }),
    everydayPain: fc.constantFrom(...EVERYDAY_PAIN),
    nerve: fc.oneof(fc.constant([]), fc.array(nerveEntry, { maxLength: 3 })),
    redFlags,
    hour: fc.integer({ min: 0, max: 23 }),
  })
  .map(({ back, hour, ...c }) => {
    const date = addDays(END, -back);
    return { date, ...c, createdAt: `${date}T${hh(hour)}:00:00Z` };
  });
const input: fc.Arbitrary<Omit<ReadinessInput, "date">> = fc.record({
  // Same-day duplicates are allowed on purpose: both engines must merge them alike.
  checkins: fc.array(checkin, { maxLength: 90 }),
  sessions: fc.array(
    fc.record({
      date: fc.integer({ min: 0, max: 120 }).map((n) => addDays(END, -n)),
      painBefore: fc.option(fc.integer({ min: 0, max: 10 })),
    }),
    { maxLength: 6 },
  ),
  clearances: fc.array(
    fc.record({ back: fc.integer({ min: 0, max: 120 }), hour: fc.integer({ min: 0, max: 23 }) }).map((c) => {
      const date = addDays(END, -c.back);
      return { date, recordedAt: `${date}T${hh(c.hour)}:30:00Z` };
    }),
    { maxLength: 3 },
  ),
  timeZone: fc.constantFrom("UTC", "Pacific/Auckland", "America/Los_Angeles"),
});

describe("the indexed readiness engine", () => {
  it("R1-R6: answers exactly what the day-by-day walk answers, on every day of a random history", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: -10, max: 130 }), (history, back) => {
        const date = addDays(END, -back);
        expect(computeReadiness({ ...history, date })).toEqual(dayByDayReadiness({ ...history, date }));
      }),
      { numRuns: 400 },
    );
  });

  it("R1-R6: a series over a range equals each day computed alone", () => {
    fc.assert(
      fc.property(input, (history) => {
        const from = addDays(END, -40);
        const series = readinessSeries(history, from, END);
        for (const d of series) expect(d.readiness).toEqual(dayByDayReadiness({ ...history, date: d.date }));
      }),
      { numRuns: 40 },
    );
  });
});

describe("bounded work: readiness costs its window, not the account's age", () => {
  // A month of daily pain at 5 plus one check-in dated 1900: the old walk went through 45,000 days.
  const recent = Array.from({ length: 30 }, (_, i) => ({
    date: addDays(END, -i),
    painNow: 5,
    everydayPain: "some" as const,
  }));
  const ancient: ReadinessCheckin = { date: "1900-01-01", painNow: 5, everydayPain: "some" };

  it("R6: a check-in dated 1900 adds at most one week of days to the no-improvement walk", () => {
    const painByDay = new Map([...recent, ancient].map((c) => [c.date, c.painNow]));
    const work = { days: 0 };
    firstNoImprovement(painByDay, "1900-01-01", END, work);
    // Each check-in opens at most the 7 days whose window holds it.
    expect(work.days).toBeLessThanOrEqual(7 * painByDay.size);
    expect(work.days).toBeLessThan(300);
  });

  it("R1-R6: one day's readiness with a check-in dated 1900 walks fewer than 300 days", () => {
    const ix = indexReadiness({ checkins: [ancient, ...recent] });
    const a = computeReadiness({ date: END, checkins: [ancient, ...recent] });
    expect(a.tier).toBeDefined();
    ix.work.days = 0;
    readinessSeries({ checkins: [ancient, ...recent] }, END, END, ix);
    expect(ix.work.days).toBeLessThan(300);
  });

  it("X3: a 90-day readiness series walks its 90 days plus at most a week per check-in", () => {
    const checkins = [ancient, { ...ancient, date: "1950-06-01", redFlags: { cancerHistory: true } }, ...recent];
    const ix = indexReadiness({ checkins });
    const series = readinessSeries({ checkins }, addDays(END, -89), END, ix);
    expect(series).toHaveLength(90);
    expect(ix.work.days).toBeLessThanOrEqual(90 + 7 * checkins.length);
    // The open red flag of 1950 still locks, found by index.
    expect(series[0]?.readiness.tier).toBe("R2");
    expect(series[0]?.readiness.reasons[0]?.code).toBe("RED_FLAG_CANCER");
  });
});
