import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PainKind } from "../records/vocab.js";
import { assessPainResponse, exerciseResponseInSession, type PainResponseInput, painResponse } from "./painResponse.js";
import { at, fixtureCheckin, fixtureSession, fixtureSet } from "./testFixtures.js";

const sets = (...pains: Array<[number, PainKind]>) => pains.map(([pain, painKind]) => ({ pain, painKind }));
const base: PainResponseInput = {
  sets: sets([1, "none"], [2, "none"]),
  painBefore: 2,
  painAfter: 2,
  nextMorningPain: 2,
  otherExerciseHurt: false,
  hoursSinceSession: 20,
};

describe("O2 pain response", () => {
  it("O2: pain 0-2, no sharp or radiating, next morning not above the start is green", () => {
    expect(painResponse(base)).toBe("green");
    expect(painResponse({ ...base, nextMorningPain: 0 })).toBe("green");
  });

  it.each([
    [2, "green"],
    [3, "green"],
    [5, "green"],
    [6, "red"],
    [10, "red"],
  ] as const)("O2: steady max pain %d during the exercise gives %s", (pain, want) => {
    const kind = pain >= 3 ? "tightness" : "none";
    expect(painResponse({ ...base, sets: sets([pain, kind], [pain, kind]) })).toBe(want);
  });

  it.each([
    ["sharp", "red"],
    ["radiating", "red"],
    ["tightness", "green"],
    ["none", "green"],
  ] as const)("O2: a set with pain kind %s at pain 1 gives %s", (kind, want) => {
    expect(painResponse({ ...base, sets: sets([1, kind]) })).toBe(want);
  });

  it.each([
    [2, "green"],
    [3, "amber"],
    [4, "red"],
    [7, "red"],
  ] as const)("O2: next morning %d after a start of 2 gives %s (+1 amber, +2 red)", (morning, want) => {
    expect(painResponse({ ...base, nextMorningPain: morning })).toBe(want);
  });

  it.each([
    // painAfter, pain during this exercise, want
    [5, 4, "green"],
    [6, 3, "red"],
    [6, 2, "amber"],
    [6, 0, "amber"],
  ] as const)("O2: pain after %d with %d during this exercise gives %s", (after, during, want) => {
    const r = assessPainResponse({
      ...base,
      painAfter: after,
      sets: sets([during, during >= 3 ? "tightness" : "none"]),
      otherExerciseHurt: during < 3,
    });
    expect(r.response).toBe(want);
  });

  it("O2: a next-morning red is marked as the morning's, not the exercise's", () => {
    const r = assessPainResponse({ ...base, nextMorningPain: 4 });
    expect(r).toMatchObject({ response: "red", morningRed: true, attributableRed: false, inSessionRed: false });
    const own = assessPainResponse({ ...base, sets: sets([6, "tightness"]) });
    expect(own).toMatchObject({ response: "red", inSessionRed: true, attributableRed: true });
  });

  it.each([
    [0, "pending"],
    [47.9, "pending"],
    [48, "green"],
    [72, "green"],
  ] as const)("O2: without a next-morning check-in, %d hours after the session the response is %s", (h, want) => {
    expect(painResponse({ ...base, nextMorningPain: null, hoursSinceSession: h })).toBe(want);
  });

  it("O2: after 48 h without a check-in, the session alone settles it (amber stays amber)", () => {
    const r = assessPainResponse({
      ...base,
      sets: sets([4, "tightness"]),
      nextMorningPain: null,
      hoursSinceSession: 49,
    });
    expect(r.response).toBe("amber");
    expect(r.settledWithoutMorning).toBe(true);
    expect(painResponse({ ...base, sets: sets([4, "tightness"]), nextMorningPain: null, hoursSinceSession: 10 })).toBe(
      "pending",
    );
  });

  it("O2: a red the session showed is red at once, without waiting for the morning", () => {
    expect(painResponse({ ...base, sets: sets([2, "sharp"]), nextMorningPain: null, hoursSinceSession: 1 })).toBe(
      "red",
    );
  });

  it("O2: without a pain before the session there is no morning to wait for", () => {
    expect(painResponse({ ...base, painBefore: null, nextMorningPain: null, hoursSinceSession: 1 })).toBe("green");
  });

  it("O2: reads the next-morning check-in of the following day from a stored session", () => {
    const session = fixtureSession("2025-03-03", [fixtureSet({ exerciseId: "a", pain: 1 })], { painBefore: 1 });
    const now = at("2025-03-04T12:00:00Z");
    expect(exerciseResponseInSession(session, "a", [fixtureCheckin("2025-03-04", 3)], now).response).toBe("red");
    expect(exerciseResponseInSession(session, "a", [fixtureCheckin("2025-03-04", 2)], now).response).toBe("amber");
    expect(exerciseResponseInSession(session, "a", [fixtureCheckin("2025-03-05", 9)], now).response).toBe("pending");
  });

  it("O2: a worse input never gives a better response (property)", () => {
    const rank = { green: 0, amber: 1, red: 2, pending: -1 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (during, before, after, morning) => {
          const input = { ...base, sets: sets([during, "tightness"]), painBefore: before, painAfter: after };
          const a = painResponse({ ...input, nextMorningPain: morning });
          const b = painResponse({ ...input, nextMorningPain: Math.min(10, morning + 1) });
          const c = painResponse({
            ...input,
            sets: sets([Math.min(10, during + 1), "tightness"]),
            nextMorningPain: morning,
          });
          expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
          expect(rank[c]).toBeGreaterThanOrEqual(rank[a]);
        },
      ),
    );
  });

  it.each([
    // pains of the working sets in order, next morning (start 2), hours, want, tight
    [[4, 4, 4], 2, 20, "green", true],
    [[2, 2, 2], 2, 20, "green", false],
    [[3, 4, 5], 2, 20, "amber", false],
    [[4, 4, 4], null, 50, "amber", false],
    [[1, 1, 1], null, 50, "green", false],
    [[4, 4, 4], 3, 20, "amber", false],
  ] as const)(
    "O2 (revised 2026-12): sets %j, next morning %s, after %d h -> %s (tight %s)",
    (pains, morning, h, want, tight) => {
      const r = assessPainResponse({
        ...base,
        sets: pains.map((pain) => ({ pain, painKind: "tightness" as const })),
        nextMorningPain: morning,
        hoursSinceSession: h,
      });
      expect(r.response).toBe(want);
      expect(r.tight).toBe(tight);
    },
  );

  it("O2/S0.5: steady tightness of 3-5 that settles is never amber or red (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 3, max: 5 }), { minLength: 1, maxLength: 5 }).map((a) => {
          const first = a[0] ?? 3;
          return a.map((p) => Math.min(p, first + 1));
        }),
        fc.integer({ min: 0, max: 5 }),
        (pains, before) => {
          const r = assessPainResponse({
            sets: pains.map((pain) => ({ pain, painKind: "tightness" as const })),
            painBefore: before,
            painAfter: 3,
            nextMorningPain: before,
            hoursSinceSession: 20,
          });
          expect(r.response).toBe("green");
          expect(r.tight).toBe(true);
        },
      ),
    );
  });
});
