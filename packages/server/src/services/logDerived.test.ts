/** A value derived from a cached log is computed once per log object and key, and again for the next log. */
import { describe, expect, it } from "vitest";
import { derivedFrom, type UserLog } from "./log.js";

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
});
