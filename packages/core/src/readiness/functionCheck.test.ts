import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUNCTION_ITEM_IDS, type FunctionItemId } from "../records/checkin.js";
import { FUNCTION_ANSWER_LABELS, FUNCTION_ITEMS, functionCheckTrend, scoreFunctionCheck } from "./functionCheck.js";

const all = (v: number) => Object.fromEntries(FUNCTION_ITEM_IDS.map((id) => [id, v])) as Record<FunctionItemId, number>;

describe("function check (SPEC §2 check-in, T4 trend)", () => {
  it("T4: has one text per fixed item id and five answer labels", () => {
    expect(FUNCTION_ITEMS.map((i) => i.id)).toEqual([...FUNCTION_ITEM_IDS]);
    expect(FUNCTION_ITEMS.length).toBeGreaterThanOrEqual(6);
    expect(FUNCTION_ITEMS.length).toBeLessThanOrEqual(8);
    for (const item of FUNCTION_ITEMS) expect(item.text.length).toBeGreaterThan(10);
    expect(FUNCTION_ANSWER_LABELS).toHaveLength(5);
  });

  it("T4: item texts avoid licensed questionnaire phrasing and exclamation marks", () => {
    const text = FUNCTION_ITEMS.map((i) => i.text.toLowerCase()).join(" | ");
    for (const banned of ["pain prevents me", "because of my back", "socks (or stockings)", "!"]) {
      expect(text).not.toContain(banned);
    }
  });

  it.each([
    ["no trouble anywhere", all(0), 100],
    ["could not do anything", all(4), 0],
    ["a middle answer everywhere", all(2), 50],
    ["one task a little hard", { ...all(0), walking: 1 }, 97],
  ])("T4: scores %s as %i", (_name, answers, score) => {
    expect(scoreFunctionCheck(answers).score).toBe(score);
  });

  it.each([
    [8, true],
    [7, true],
    [6, true],
    [5, false],
    [0, false],
  ])("T4: with %i of 8 answered a score exists: %s", (n, scored) => {
    const answers = Object.fromEntries(FUNCTION_ITEM_IDS.slice(0, n).map((id) => [id, 1]));
    const r = scoreFunctionCheck(answers);
    expect(r.answered).toBe(n);
    expect(r.score !== null).toBe(scored);
  });

  it("T4: missing items are scaled out, so skipping a task neither helps nor hurts", () => {
    const { walking: _w, sitting: _s, ...six } = all(3);
    expect(scoreFunctionCheck(six).score).toBe(scoreFunctionCheck(all(3)).score);
  });

  it("T4: out-of-range answers count as unanswered", () => {
    expect(scoreFunctionCheck({ ...all(0), walking: 7, sitting: -1, standing: 1.5 }).answered).toBe(5);
    expect(scoreFunctionCheck(null)).toEqual({ score: null, answered: 0 });
  });

  it("T4: the score stays in 0-100 and never rises when an answer gets worse", () => {
    const answer = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 8, maxLength: 8 }), fc.nat({ max: 7 }), (vals, i) => {
        const answers = Object.fromEntries(FUNCTION_ITEM_IDS.map((id, j) => [id, vals[j]]));
        const base = scoreFunctionCheck(answers).score as number;
        expect(base).toBeGreaterThanOrEqual(0);
        expect(base).toBeLessThanOrEqual(100);
        const id = FUNCTION_ITEM_IDS[i] as FunctionItemId;
        const worse = { ...answers, [id]: Math.min(4, (answers[id] as number) + 1) };
        expect(scoreFunctionCheck(worse).score as number).toBeLessThanOrEqual(base);
      }),
    );
  });

  it.each([
    [all(3), all(1), "better", 50],
    [all(1), all(3), "worse", -50],
    [all(2), { ...all(2), walking: 3, sitting: 3 }, "steady", -6],
  ])("T4: trend from first to last in the window (%#)", (first, last, direction, change) => {
    const t = functionCheckTrend(
      [
        { date: "2024-05-20", function: last },
        { date: "2024-05-01", function: first },
        { date: "2024-03-01", function: all(4) },
      ],
      "2024-05-20",
    );
    expect(t.points.map((p) => p.date)).toEqual(["2024-05-01", "2024-05-20"]);
    expect(t.direction).toBe(direction);
    expect(t.change).toBe(change);
  });

  it("T4: a trend needs two scored days", () => {
    const t = functionCheckTrend(
      [
        { date: "2024-05-20", function: all(1) },
        { date: "2024-05-19", function: null },
      ],
      "2024-05-20",
    );
    expect(t).toEqual({ points: [{ date: "2024-05-20", score: 75 }], latest: 75, change: null, direction: null });
  });
});
