import { describe, expect, it } from "vitest";
import { addDays } from "../time.js";
import { deloadDue, deloadSets } from "./deload.js";
import { fixtureCheckin } from "./testFixtures.js";

const TODAY = "2025-03-21";
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
});
