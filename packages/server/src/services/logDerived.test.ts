/** A value derived from a cached log is computed once per log object and key, and again for the next log. */

import type { LoggedSet, SessionWithSets } from "@spotter/core";
import { describe, expect, it } from "vitest";
import { derivedFrom, setFreeDerivedFrom, type UserLog } from "./log.js";
import { withCheckin, withoutSet, withSet } from "./logPatch.js";

describe("derivedFrom", () => {
  it("computes once per log and key, and again for a new log (the next write's) or another key", () => {
    const log = { sets: [] } as unknown as UserLog;
    let runs = 0;
    const count = () => ++runs;
    expect(derivedFrom(log, "triggers:2026-12-07", count)).toBe(1);
    expect(derivedFrom(log, "triggers:2026-12-07", count)).toBe(1);
    expect(derivedFrom(log, "triggers:2026-12-08", count)).toBe(2);
    const next = { ...log } as UserLog;
    expect(derivedFrom(next, "triggers:2026-12-07", count)).toBe(3);
    expect(runs).toBe(3);
  });

  it("a set written or removed hands set-free values (readiness) on to the patched log; other writes and values do not", () => {
    const session = { id: "s1", sets: [] } as unknown as SessionWithSets;
    const log = { sets: [], sessions: [session], checkins: [] } as unknown as UserLog;
    const set = { id: "x1", sessionId: "s1" } as LoggedSet;
    let runs = 0;
    const count = () => ++runs;
    expect(setFreeDerivedFrom(log, "readiness:2026-12-07", count)).toBe(1);
    expect(derivedFrom(log, "statuses", count)).toBe(2);
    const logged = withSet(log, set);
    expect(logged.sets).toEqual([set]);
    // Readiness reads no set: the value is handed on, not computed again; the statuses read sets and are.
    expect(setFreeDerivedFrom(logged, "readiness:2026-12-07", count)).toBe(1);
    expect(derivedFrom(logged, "statuses", count)).toBe(3);
    const removed = withoutSet(logged, "x1");
    expect(setFreeDerivedFrom(removed, "readiness:2026-12-07", count)).toBe(1);
    // A check-in changes readiness: nothing is handed on.
    const checkedIn = withCheckin(removed, { id: "c1", date: "2026-12-07" } as never);
    expect(setFreeDerivedFrom(checkedIn, "readiness:2026-12-07", count)).toBe(4);
    expect(runs).toBe(4);
  });
});
