import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alternativesOf, coachToday, newPlan, nextTargetsOf, setGuidanceOf } from "../coach/index.js";
import { planDayOn } from "../planning/index.js";
import { userArb } from "../planning/testkit.js";
import type { RestrictionRule } from "../records/clearance.js";
import type { Readiness } from "../records/readiness.js";
import { DIRECTIONS, PATTERNS } from "../records/vocab.js";
import { addDays } from "../time.js";
import {
  excludingRule,
  loadCapFor,
  restrictionsOn,
  restrictPlan,
  rulesOn,
  setBreach,
  setsAgainstRules,
} from "./index.js";
import { clearance, EXERCISES, logWith, session, set } from "./testkit.js";

const byId = new Map(EXERCISES.map((e) => [e.id, e]));
const ex = (id: string) => {
  const e = byId.get(id);
  if (!e) throw new Error(`no ${id}`);
  return e;
};
const DAY = "2026-11-02";
const r5: Readiness = { tier: "R5", reasons: [], askRedFlags: false };

describe("X5 rules in force", () => {
  const rule: RestrictionRule = { id: "r1", kind: "pattern", value: "hinge", until: "2026-11-20" };
  it.each([
    ["the day before the clearance", "2026-11-01", false],
    ["the clearance's day", DAY, true],
    ["its until day (inclusive)", "2026-11-20", true],
    ["the day after until", "2026-11-21", false],
  ])("X5: a rule until a date holds on %s: %s", (_what, day, holds) => {
    expect(rulesOn([clearance(DAY, [rule])], day).length > 0).toBe(holds);
  });

  it("X5: a rule without a date holds until a later clearance lifts it by id; one lifting nothing ends nothing", () => {
    const open: RestrictionRule = { id: "r2", kind: "exercise", value: "horizontal-leg-press" };
    const first = clearance(DAY, [open]);
    const plain = clearance("2026-11-10", []);
    const lifting = clearance("2026-11-15", [], ["r2"]);
    expect(rulesOn([first, plain], "2027-06-01")).toHaveLength(1);
    expect(rulesOn([first, plain, lifting], "2026-11-14")).toHaveLength(1);
    expect(rulesOn([first, plain, lifting], "2026-11-15")).toHaveLength(0);
  });
});

describe("X5 what a rule keeps out", () => {
  const dated = (rule: RestrictionRule) => rulesOn([clearance(DAY, [rule])], DAY);
  it.each([
    ["pattern hinge", { id: "a", kind: "pattern", value: "hinge" }, "conventional-deadlift", true],
    ["pattern hinge", { id: "a", kind: "pattern", value: "hinge" }, "romanian-deadlift", true],
    ["pattern hinge", { id: "a", kind: "pattern", value: "hinge" }, "back-squat", false],
    ["exercise leg press", { id: "b", kind: "exercise", value: "horizontal-leg-press" }, "horizontal-leg-press", true],
    ["exercise leg press", { id: "b", kind: "exercise", value: "horizontal-leg-press" }, "leg-press-upright", false],
    ["direction flexion (P9's 2)", { id: "c", kind: "direction", value: "flexion" }, "conventional-deadlift", true],
    ["direction axial at 3", { id: "d", kind: "direction", value: "axial", threshold: 3 }, "back-squat", true],
    ["direction axial at 3", { id: "d", kind: "direction", value: "axial", threshold: 3 }, "bench-press", false],
  ] as const)("X5: %s on %s: %s", (_name, rule, id, out) => {
    expect(excludingRule(ex(id), dated(rule as RestrictionRule)) !== null).toBe(out);
  });
});

describe("X5 caps", () => {
  it.each([
    ["60% of a 100 kg barbell squat", { percent: 60 }, "back-squat", 100, "kg", 60],
    ["65% of 100 kg, rounded down to a plate step", { percent: 65 }, "back-squat", 100, "kg", 65],
    ["63% of 100 kg, rounded down to a plate step", { percent: 63 }, "back-squat", 100, "kg", 62.5],
    ["30 kg total of two dumbbells: 14 kg each (2 kg steps, down)", { kg: 30 }, "dumbbell-bench-press", 20, "kg", 14],
    ["40 kg on a barbell", { kg: 40 }, "bench-press", 60, "kg", 40],
  ] as const)("X5: a load cap of %s", (_name, value, id, lastKg, unit, capKg) => {
    const rule: RestrictionRule = { id: "cap", kind: "load-cap", value };
    const history = [session("2026-10-30", [set(id, { loadKg: lastKg })])];
    const log = logWith([clearance(DAY, [rule])], history, { unit });
    const r = restrictionsOn(log, DAY);
    expect(loadCapFor(ex(id), r.rules, r.match)?.kg).toBeCloseTo(capKg, 3);
  });

  it("X5: a percent cap reads the last working load before the clearance's day, not sets logged after it", () => {
    const rule: RestrictionRule = { id: "cap", kind: "load-cap", value: { percent: 50 }, scope: ["back-squat"] };
    const history = [
      session("2026-10-30", [set("back-squat", { loadKg: 100 })]),
      session("2026-11-05", [set("back-squat", { loadKg: 40 })]),
    ];
    const log = logWith([clearance(DAY, [rule])], history);
    const r = restrictionsOn(log, "2026-11-06");
    expect(loadCapFor(ex("back-squat"), r.rules, r.match)?.kg).toBe(50);
    expect(loadCapFor(ex("bench-press"), r.rules, r.match)).toBeNull();
  });

  it.each([
    ["an excluded exercise", "conventional-deadlift", { loadKg: 60, rir: 3 }, "excluded"],
    ["a load over the cap", "back-squat", { loadKg: 70, rir: 3 }, "over-cap"],
    ["fewer reps in reserve than the cap", "back-squat", { loadKg: 50, rir: 1 }, "effort"],
    ["a set within every rule", "back-squat", { loadKg: 50, rir: 3 }, null],
  ] as const)("X5: a set against a rule: %s", (_name, id, over, kind) => {
    const rules: RestrictionRule[] = [
      { id: "p", kind: "pattern", value: "hinge" },
      { id: "l", kind: "load-cap", value: { kg: 60 } },
      { id: "e", kind: "effort-cap", value: 2 },
    ];
    const log = logWith([clearance(DAY, rules)]);
    const r = restrictionsOn(log, DAY);
    expect(setBreach(set(id, over), ex(id), r.rules, r.match)?.kind ?? null).toBe(kind);
  });
});

describe("X5 answers obey the rules", () => {
  const rules: RestrictionRule[] = [
    { id: "p", kind: "pattern", value: "hinge", until: "2026-12-14" },
    { id: "x", kind: "exercise", value: "horizontal-leg-press", until: "2026-12-14" },
    { id: "c", kind: "load-cap", value: { percent: 60 }, scope: ["back-squat"], until: "2026-12-14" },
    { id: "e", kind: "effort-cap", value: 3, until: "2026-12-14" },
  ];
  const history = [
    session("2026-10-30", [set("back-squat", { loadKg: 100 }), set("conventional-deadlift", { loadKg: 120 })]),
  ];

  it("X5: a set of an excluded exercise is flagged and answered stop-exercise with alternatives the rule allows", () => {
    const log = logWith([clearance(DAY, rules)], history);
    const s = session(DAY, []);
    const x = set("conventional-deadlift", { loadKg: 60, sessionId: s.id });
    const { answer, flagged } = setGuidanceOf(log, {
      session: s,
      set: x,
      exercise: ex("conventional-deadlift"),
      sessionReadiness: r5,
      nowMs: Date.parse(`${DAY}T18:00:00Z`),
      tierToday: "R5",
    });
    expect(flagged).toBe(true);
    expect(answer.action).toBe("stop-exercise");
    expect(answer.rule).toBe("restriction");
    expect(answer.message).toContain("no hinge movements");
    expect(answer.alternatives?.length).toBeGreaterThan(0);
    for (const a of answer.alternatives ?? []) expect(a.exercise.pattern).not.toBe("hinge");
  });

  it("X5: a set over the cap is answered reduce with next at the cap; one under the effort cap hold", () => {
    const log = logWith([clearance(DAY, rules)], history);
    const s = session(DAY, []);
    const ask = (over: Parameters<typeof set>[1]) =>
      setGuidanceOf(log, {
        session: s,
        set: set("back-squat", { sessionId: s.id, ...over }),
        exercise: ex("back-squat"),
        sessionReadiness: r5,
        nowMs: Date.parse(`${DAY}T18:00:00Z`),
        tierToday: "R5",
      });
    const heavy = ask({ loadKg: 80, rir: 3 });
    expect([heavy.answer.action, heavy.answer.next?.loadKg, heavy.flagged]).toEqual(["reduce", 60, true]);
    const hard = ask({ loadKg: 60, rir: 1 });
    expect([hard.answer.action, hard.answer.rule, hard.flagged]).toEqual(["hold", "restriction-effort-cap", true]);
  });

  it("X5: the next target stays at the cap (reps rise instead) and an excluded exercise is a substitute", () => {
    const log = logWith([clearance(DAY, rules)], history);
    const [squat, dead] = nextTargetsOf(log, [ex("back-squat"), ex("conventional-deadlift")], {
      nowMs: Date.parse(`${DAY}T09:00:00Z`),
      planCreatedAtMs: null,
    });
    expect(squat?.loadKg).toBeLessThanOrEqual(60);
    expect(dead?.decision).toBe("substitute");
    expect(dead?.substitute?.exerciseId).toBeDefined();
    expect(ex(dead?.substitute?.exerciseId ?? "").pattern).not.toBe("hinge");
  });

  it("X5: a pinned lift a rule keeps out is held back, never planned", () => {
    const log = logWith([clearance(DAY, rules)], history, { pinned: ["conventional-deadlift"] });
    const plan = restrictPlan(newPlan(log), log, DAY);
    const ids = plan.days.flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
    expect(ids).not.toContain("conventional-deadlift");
    const pin = plan.pins?.find((p) => p.exerciseId === "conventional-deadlift");
    expect(pin?.state).toBe("held-back");
    expect(pin?.text).toContain("14 Dec 2026");
    for (const d of plan.days)
      for (const b of d.blocks) for (const i of b.items) expect(i.targetRir).toBeGreaterThanOrEqual(3);
  });

  it("X5: when a rule ends, Today says so and what it kept out comes back at 80% (O7's ramp)", () => {
    const log = logWith(
      [clearance("2026-10-31", [{ id: "p", kind: "pattern", value: "hinge", until: "2026-11-03" }])],
      history,
    );
    const day = "2026-11-05";
    const [dead] = nextTargetsOf(log, [ex("conventional-deadlift")], {
      nowMs: Date.parse(`${day}T09:00:00Z`),
      planCreatedAtMs: null,
    });
    expect(dead?.decision).toBe("return");
    expect(dead?.loadKg).toBe(95);
    const plan = newPlan(log);
    const date = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(day, i)).find((d) => planDayOn(plan, d));
    const today = coachToday({
      log,
      plan: { plan, createdAtMs: Date.parse(`${DAY}T08:00:00Z`) },
      date: date ?? day,
      readiness: r5,
      nowMs: Date.parse(`${day}T09:00:00Z`),
    });
    expect(date).toBeDefined();
    expect(today.notes?.join(" ")).toContain("ended on 3 Nov 2026");
  });

  it("X5: the report reads sets against a rule from the log", () => {
    const s = session("2026-11-04", [
      set("conventional-deadlift", { loadKg: 60 }),
      set("back-squat", { loadKg: 50, rir: 4 }),
    ]);
    const log = logWith([clearance(DAY, rules)], [...history, s]);
    const found = setsAgainstRules(log, "2026-10-01", "2026-11-30");
    expect(found.map((f) => [f.exerciseId, f.breach.kind])).toEqual([["conventional-deadlift", "excluded"]]);
  });
});

const ruleArb = fc.oneof(
  fc.constantFrom(...PATTERNS).map((value): RestrictionRule => ({ id: `p-${value}`, kind: "pattern", value })),
  fc.constantFrom(...DIRECTIONS).map((value): RestrictionRule => ({ id: `d-${value}`, kind: "direction", value })),
  fc
    .constantFrom(...EXERCISES.map((e) => e.id))
    .map((value): RestrictionRule => ({ id: `x-${value}`, kind: "exercise", value })),
);

describe("X5 property", () => {
  it("X5: a restricted exercise is never planned, put in today's session or offered while the rule lasts", () => {
    fc.assert(
      fc.property(
        userArb,
        fc.array(ruleArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 13 }),
        fc.constantFrom("R3", "R4", "R5" as const),
        fc.constantFrom(...EXERCISES.map((e) => e.id)),
        (user, rawRules, offset, tier, altOf) => {
          const rules = rawRules.map((r, i) => ({ ...r, id: `${r.id}-${i}`, until: addDays(DAY, 13) }));
          const log = logWith([clearance(DAY, rules)], [], user.profile);
          const day = addDays(DAY, offset);
          const r = restrictionsOn(log, day);
          const out = (id: string) => r.excludedIds.has(id);
          const plan = newPlan(log);
          const shown = restrictPlan(plan, log, day, user.statusOf);
          for (const d of shown.days)
            for (const b of d.blocks) for (const i of b.items) expect(out(i.exerciseId)).toBe(false);
          const today = coachToday({
            log,
            plan: { plan, createdAtMs: Date.parse(`${DAY}T08:00:00Z`) },
            date: day,
            readiness: { tier, reasons: [], askRedFlags: false },
            nowMs: Date.parse(`${day}T08:00:00Z`),
          });
          for (const b of today.session?.blocks ?? []) for (const i of b.items) expect(out(i.exerciseId)).toBe(false);
          for (const a of alternativesOf(log, ex(altOf), "pain", { tier, day })) expect(out(a.exercise.id)).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("X5 in the clinician report", () => {
  it("X5: the report shows each rule with its dates and the sets against a rule by week, in plain facts", async () => {
    const { buildClinicianReport } = await import("../report/index.js");
    const rules: RestrictionRule[] = [{ id: "p", kind: "pattern", value: "hinge", until: "2026-11-15" }];
    const sessions = [
      session("2026-11-03", [set("conventional-deadlift", { loadKg: 60 }), set("back-squat", { loadKg: 60 })]),
      session("2026-11-10", [set("back-squat", { loadKg: 60 })]),
    ];
    const log = logWith([clearance(DAY, rules)], sessions);
    const r = buildClinicianReport({
      from: "2026-10-26",
      to: "2026-11-22",
      now: Date.parse("2026-11-22T12:00:00Z"),
      profile: log.profile,
      exercises: log.exercises,
      sessions: log.sessions,
      checkins: [],
      clearances: log.clearances,
    });
    expect(r.restrictions.rules).toEqual([
      { text: "no hinge movements", from: DAY, until: "2026-11-15", by: "Dr Okafor" },
    ]);
    expect(r.restrictions.weeks).toEqual([
      { weekStart: "2026-11-02", sets: 2, against: 1 },
      { weekStart: "2026-11-09", sets: 1, against: 0 },
    ]);
    expect(r.restrictions.summary).toContain("Of 3 sets logged while they held, 1 went against a rule");
    expect(r.restrictions.summary).not.toMatch(/against advice|failed|ignored|should/);
  });
});
