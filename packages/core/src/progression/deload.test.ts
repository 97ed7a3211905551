import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../time.js";
import { DELOAD_LOAD_FACTOR, deloadDue, deloadRepRange, deloadSets } from "./deload.js";
import { fixtureCheckin } from "./testFixtures.js";

const TODAY = "2025-03-21";
/** Epley's formula without O6's 10-rep limit on using it (the check is on the formula itself). */
const epley = (w: number, repsAndRir: number) => w * (1 + repsAndRir / 30);
/** Check-ins: `recent` pain for the last 7 days, `previous` pain for the 14 days before. */
function log(recent: number, previous: number, recentDays = 7, previousDays = 14) {
  const out = [];
  for (let i = 0; i < recentDays; i++) out.push(fixtureCheckin(addDays(TODAY, -i), recent));
  for (let i = 0; i < previousDays; i++) out.push(fixtureCheckin(addDays(TODAY, -7 - i), previous));
  return out;
}

describe("O5 deload", () => {
  it.each([
    [1, false],
    [4, false],
    [5, true],
    [6, false],
    [10, true],
    [0, false],
  ])("O5: week %d of the block is a scheduled deload: %s", (week, due) => {
    const r = deloadDue({ weekIndex: week, checkins: [], today: TODAY });
    expect(r.due).toBe(due);
    if (due) expect(r.reason).toBe("scheduled");
  });

  it("O5: the week setting moves the schedule", () => {
    expect(deloadDue({ weekIndex: 4, everyWeeks: 4, checkins: [], today: TODAY }).due).toBe(true);
    expect(deloadDue({ weekIndex: 5, everyWeeks: 4, checkins: [], today: TODAY }).due).toBe(false);
  });

  it.each([
    [4, 2, true],
    [3, 2, false],
    [5, 3, true],
    [2, 4, false],
  ])("O5: a 7-day average of %d after %d the two weeks before calls a deload: %s", (recent, previous, due) => {
    const r = deloadDue({ weekIndex: 2, checkins: log(recent, previous), today: TODAY });
    expect(r.due).toBe(due);
    if (due) expect(r.reason).toBe("pain-rise");
  });

  it("O5: a rise needs at least 4 check-ins in each window", () => {
    expect(deloadDue({ weekIndex: 2, checkins: log(6, 1, 3, 14), today: TODAY }).due).toBe(false);
    expect(deloadDue({ weekIndex: 2, checkins: log(6, 1, 7, 3), today: TODAY }).due).toBe(false);
    expect(deloadDue({ weekIndex: 2, checkins: log(6, 1, 4, 4), today: TODAY }).due).toBe(true);
  });

  it("O5: a deload keeps 60% of the sets and 90% of the load", () => {
    const r = deloadDue({ weekIndex: 5, checkins: [], today: TODAY });
    expect(r.volumeFactor).toBe(0.6);
    expect(r.loadFactor).toBe(0.9);
    expect([deloadSets(5), deloadSets(3), deloadSets(1)]).toEqual([3, 2, 1]);
  });

  it.each([
    [[8, 12], 2, [8, 16]],
    [[10, 15], 2, [10, 20]],
    [[5, 8], 2, [5, 12]],
    [[6, 10], 3, [6, 14]],
    [[1, 1], 2, [1, 1]],
  ] as const)(
    "O5: a deload's rep range %j at %d to spare becomes %j: the cut comes from the sets, not from how hard each set is",
    (range, rir, want) => {
      expect(deloadRepRange(range, rir)).toEqual(want);
    },
  );

  it("O5: the deload's top reps at 10% less load are as hard as the usual top (Epley), never harder", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: 10, max: 300, noNaN: true }),
        (hi, rir, load) => {
          const [, top] = deloadRepRange([1, hi], rir);
          const usual = epley(load, hi + rir);
          const light = load * DELOAD_LOAD_FACTOR;
          // At the top, the set is no harder than the usual top set; one more rep would be.
          expect(epley(light, top + rir)).toBeLessThanOrEqual(usual + 1e-6);
          expect(epley(light, top + 1 + rir)).toBeGreaterThan(usual - 1e-6);
          expect(top).toBeGreaterThanOrEqual(hi);
        },
      ),
    );
  });
});
