import { describe, expect, it } from "vitest";
import { afterSet, leaveGroup, pairWithNext, type Superset } from "./supersets.js";

const ORDER = ["a", "b", "c", "d"];
let n = 0;
const id = () => `g${++n}`;

describe("supersets: pairing and grouping", () => {
  it("pairs an exercise with the next one, and a third joins the group", () => {
    const one = pairWithNext([], ORDER, "a", id);
    expect(one).toEqual([{ id: expect.any(String), exerciseIds: ["a", "b"] }]);
    const two = pairWithNext(one, ORDER, "b", id);
    expect(two).toHaveLength(1);
    expect(two[0]?.exerciseIds).toEqual(["a", "b", "c"]);
    expect(two[0]?.id).toBe(one[0]?.id);
  });

  it("the last exercise has nothing to pair with; leaving a pair ends it", () => {
    expect(pairWithNext([], ORDER, "d", id)).toEqual([]);
    const pair = pairWithNext([], ORDER, "c", id);
    expect(leaveGroup(pair, "d")).toEqual([]);
  });
});

describe("supersets: alternating sets with one rest per round", () => {
  const group: Superset = { id: "g", exerciseIds: ["a", "b", "c"] };
  it.each([
    ["a set of the first goes straight to the second", "a", [], { next: "b", rest: false }],
    ["a set of the second goes to the third", "b", [], { next: "c", rest: false }],
    ["the last of the round rests, then starts over", "c", [], { next: "a", rest: true }],
    ["a finished exercise is skipped", "a", ["b"], { next: "c", rest: false }],
    ["a round of the rest when the first is finished", "c", ["a"], { next: "b", rest: true }],
  ] as const)("%s", (_what, current, finished, want) => {
    expect(afterSet(group, current, (x) => (finished as readonly string[]).includes(x))).toEqual(want);
  });

  it("outside a superset every set rests and stays", () => {
    expect(afterSet(undefined, "a", () => false)).toEqual({ next: "a", rest: true });
  });
});
