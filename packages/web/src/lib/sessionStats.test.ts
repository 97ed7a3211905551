import type { LoggedSet } from "@spotter/core";
import { describe, expect, it } from "vitest";
import { topSets } from "./sessionStats.js";

const s = (id: string, exerciseId: string, loadKg: number | null, reps: number, warmup = false) =>
  ({ id, exerciseId, loadKg, reps, warmup }) as LoggedSet;

describe("top sets", () => {
  it("keeps the heaviest working set per exercise, more reps breaking ties, warm-ups ignored", () => {
    const sets = [
      s("1", "a", 140, 3, true),
      s("2", "a", 100, 8),
      s("3", "a", 100, 10),
      s("4", "b", null, 12),
      s("5", "a", 90, 12),
    ];
    expect(topSets(sets).map((x) => x.id)).toEqual(["3", "4"]);
  });
});
