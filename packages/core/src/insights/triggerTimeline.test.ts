import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { day, mkCheckin, mkExercise, mkSession, mkSet } from "./testkit.js";
import { statusMap, triggerInsights } from "./triggerInsights.js";
import type {
  InsightCheckin,
  InsightProfile,
  InsightSession,
  InsightSet,
  InsightsLog,
  RetestDecision,
} from "./types.js";

/** One session of the scenario: the exercises in it and the next morning's change (pre-session pain is 2). */
interface Step {
  with: string[];
  change: number;
  pain?: number;
  kind?: "none" | "sharp" | "radiating";
}

const exercises = [
  mkExercise("deadlift", { name: "deadlift", loaded: true }),
  mkExercise("hip-thrust", { name: "hip thrust", loaded: true }),
  mkExercise("leg-curl", { name: "leg curl", loaded: true }),
  mkExercise("dead-bug", { name: "dead bug", loaded: false }),
  mkExercise("row", { name: "row", loaded: true }),
];

/** A log from steps, one session every 3 days, each exercise with one working set. */
function logOf(steps: readonly Step[]): InsightsLog {
  const sessions: InsightSession[] = [];
  const sets: InsightSet[] = [];
  const checkins: InsightCheckin[] = [];
  steps.forEach((st, i) => {
    const id = `s${i}`;
    sessions.push(mkSession(id, i * 3, 2));
    for (const ex of st.with) sets.push(mkSet(id, ex, st.pain ?? 1, { painKind: st.kind ?? "none" }));
    checkins.push(mkCheckin(i * 3 + 1, 2 + st.change));
  });
  return { sessions, sets, checkins };
}

function statuses(steps: readonly Step[], profile: InsightProfile = {}) {
  return statusMap(logOf(steps), profile, exercises);
}

const rep = (n: number, s: Step): Step[] => Array.from({ length: n }, () => s);
/** Sessions without the suspects (the baseline), next mornings unchanged. */
const calm = (n: number) => rep(n, { with: ["row"], change: 0 });
const together = (n: number, change = 2) => rep(n, { with: ["deadlift", "hip-thrust", "dead-bug"], change });

describe("T2 revised, T5 and T6 scenarios", () => {
  it.each([
    {
      name: "culprit and innocent always together: both suspected, neither a trigger",
      steps: [...calm(3), ...together(6)],
      expect: { deadlift: "suspected", "hip-thrust": "suspected" },
    },
    {
      name: "culprit alone (with unloaded core work): a trigger by the third exposure",
      steps: [...calm(3), ...rep(3, { with: ["deadlift", "dead-bug"], change: 2 })],
      expect: { deadlift: "trigger", "dead-bug": "suspected" },
    },
    {
      name: "together, then separated: the culprit's +2 alone makes it the trigger",
      steps: [...calm(3), ...together(3), { with: ["deadlift", "row"], change: 2 }],
      expect: { deadlift: "trigger", "hip-thrust": "suspected" },
    },
    {
      name: "together, then the innocent twice alone with calm mornings: tolerated",
      steps: [
        ...calm(3),
        ...together(3),
        { with: ["hip-thrust", "row"], change: 0 },
        { with: ["hip-thrust", "row"], change: -1 },
      ],
      expect: { "hip-thrust": "tolerated", deadlift: "suspected" },
    },
    {
      name: "a +1 separated result counts toward neither and breaks the row",
      steps: [
        ...calm(3),
        ...together(3),
        { with: ["hip-thrust", "row"], change: 0 },
        { with: ["hip-thrust", "row"], change: 1 },
        { with: ["hip-thrust", "row"], change: 0 },
      ],
      expect: { "hip-thrust": "suspected" },
    },
    {
      name: "pain during above 3 in a separated session is not a clean result",
      steps: [
        ...calm(3),
        ...together(3),
        { with: ["hip-thrust", "row"], change: 0, pain: 4 },
        { with: ["hip-thrust", "row"], change: 0 },
      ],
      expect: { "hip-thrust": "suspected" },
    },
    {
      name: "a session with another suspect in it is not separated",
      steps: [...calm(3), ...together(3), { with: ["deadlift", "hip-thrust", "row"], change: 3 }],
      expect: { deadlift: "suspected", "hip-thrust": "suspected" },
    },
    {
      name: "noise: mornings of +1 and -1 in turn never make a trigger",
      steps: [...calm(3), ...rep(4, { with: ["leg-curl"], change: 1 }), ...rep(4, { with: ["leg-curl"], change: -1 })],
      expect: { "leg-curl": "tolerated" },
    },
    {
      name: "events count from the verdict: an old confounded +2 no longer counts after a tolerated verdict",
      steps: [
        ...calm(3),
        ...together(3),
        { with: ["hip-thrust", "row"], change: 0 },
        { with: ["hip-thrust", "row"], change: 0 },
        { with: ["hip-thrust", "row"], change: 0 },
      ],
      expect: { "hip-thrust": "tolerated" },
    },
  ])("T2/T5: $name", ({ steps, expect: want }) => {
    const got = statuses(steps);
    for (const [id, status] of Object.entries(want)) expect([id, got.get(id)]).toEqual([id, status]);
  });

  it("T2: the confounded evidence names the exercise that shares the mornings", () => {
    const list = triggerInsights(logOf([...calm(3), ...together(4)]), {}, exercises);
    const d = list.find((t) => t.name === "deadlift");
    expect(d?.reason).toBe("next-morning-confounded");
    expect(d?.evidence).toContain("Dead bug and hip thrust were in every one of those sessions too");
  });

  it("T5: the verdict's evidence names the separated days and the mornings in words", () => {
    const list = triggerInsights(
      logOf([...calm(3), ...together(3), { with: ["deadlift", "row"], change: 2 }]),
      {},
      exercises,
    );
    const d = list.find((t) => t.name === "deadlift");
    expect(d?.reason).toBe("separated-trigger");
    expect(d?.evidence).toBe(
      `Deadlift was done without the other suspects on 23 Jan 2026; the next morning was 2 points worse, so Spotter counts it as a trigger. A re-test can be offered after a calm stretch.`,
    );
    expect(day(18)).toBe("2026-01-23");
  });

  describe("T6 re-test", () => {
    const found = [...calm(3), ...together(3), { with: ["deadlift", "row"], change: 2 }];
    const accepted: RetestDecision[] = [{ exerciseId: "deadlift", accept: true, date: day(30) }];
    it.each([
      { name: "two passes make it tolerated", after: [0, -1], accept: accepted, status: "tolerated" },
      { name: "one pass is not enough", after: [0], accept: accepted, status: "trigger" },
      { name: "a worse next morning fails it", after: [0, 1, 0], accept: accepted, status: "trigger" },
      { name: "sessions without an accepted re-test change nothing", after: [0, 0], accept: [], status: "trigger" },
      {
        name: "a declined re-test changes nothing",
        after: [0, 0],
        accept: [{ exerciseId: "deadlift", accept: false, date: day(30) }],
        status: "trigger",
      },
    ])("T6: $name", ({ after, accept, status }) => {
      const steps = [...found, ...calm(3), ...after.map((c) => ({ with: ["deadlift", "row"], change: c }))];
      expect(statuses(steps, { retests: accept }).get("deadlift")).toBe(status);
    });

    it("T6: a failed re-test uses up the acceptance; the passes after it need a new yes", () => {
      const steps = [...found, ...calm(3), ...[1, 0, 0].map((c) => ({ with: ["deadlift", "row"], change: c }))];
      expect(statuses(steps, { retests: accepted }).get("deadlift")).toBe("trigger");
      const list = triggerInsights(logOf(steps), { retests: accepted }, exercises);
      expect(list.find((t) => t.name === "deadlift")?.reason).toBe("retest-failed");
    });
  });

  it("T2: an exercise is never made a trigger by mornings it shared with another suspect (property)", () => {
    // Deadlift and hip thrust always appear together; the others come and go. Pain during stays calm, so only
    // next-morning evidence could count against either of them.
    const stepArb = fc.record({
      pair: fc.boolean(),
      legCurl: fc.boolean(),
      row: fc.boolean(),
      change: fc.integer({ min: -2, max: 4 }),
      pain: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 24 }), (raw) => {
        const steps: Step[] = raw.map((r) => ({
          with: [
            ...(r.pair ? ["deadlift", "hip-thrust"] : []),
            ...(r.legCurl ? ["leg-curl"] : []),
            ...(r.row ? ["row"] : []),
          ],
          change: r.change,
          pain: r.pain,
        }));
        const got = statuses(steps);
        expect(got.get("deadlift") ?? "unknown").not.toBe("trigger");
        expect(got.get("hip-thrust") ?? "unknown").not.toBe("trigger");
      }),
      { numRuns: 300 },
    );
  });
});
