import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allExercises, exerciseById } from "../catalog/catalog.js";
import { gradeRank } from "../catalog/grade.js";
import type { Exercise } from "../records/exercise.js";
import { EQUIPMENT, type Equipment, PATTERNS, type Pattern, TIERS, type Tier } from "../records/vocab.js";
import { type AlternativeContext, hasEquipmentFor, rankAlternatives } from "./alternatives.js";
import { GUIDE_SUBSTITUTIONS } from "./guide.js";

const catalog = allExercises();
const ex = (id: string): Exercise => {
  const e = exerciseById(id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};
const FULL_GYM: Equipment[] = EQUIPMENT.filter((e) => e !== "belt");
const ctx = (over: Partial<AlternativeContext> = {}): AlternativeContext => ({
  catalog,
  excluded: new Set(),
  excludedPatterns: new Set(),
  equipment: FULL_GYM,
  tier: "R5",
  reason: "trigger",
  ...over,
});
const ids = (id: string, over: Partial<AlternativeContext> = {}) =>
  rankAlternatives(ex(id), ctx(over)).map((a) => a.exercise.id);

describe("S3 the guide's mappings", () => {
  it.each([
    ["back-squat", ["smith-machine-squat", "leg-press-upright", "bulgarian-split-squat"]],
    ["barbell-bent-over-row", ["chest-supported-row"]],
    ["leg-press-reclined", ["leg-press-upright", "single-leg-leg-press"]],
    ["leg-press-upright", ["single-leg-leg-press"]],
    ["conventional-deadlift", ["hip-thrust", "cable-pull-through", "single-leg-rdl-supported"]],
  ])("S3: %s -> %j rank first in this order", (id, expected) => {
    for (const reason of ["trigger", "pain", "equipment"] as const) {
      expect(ids(id, { reason }).slice(0, expected.length), reason).toEqual(expected);
    }
  });

  it("S3: a mapping the user cannot do is skipped, the rest keep their order", () => {
    const noSmith = FULL_GYM.filter((e) => e !== "smith-machine");
    expect(ids("back-squat", { equipment: noSmith }).slice(0, 2)).toEqual([
      "leg-press-upright",
      "bulgarian-split-squat",
    ]);
    expect(ids("back-squat", { excluded: new Set(["leg-press-upright"]) }).slice(0, 2)).toEqual([
      "smith-machine-squat",
      "bulgarian-split-squat",
    ]);
  });

  it("S3: under R4 the single-limb mapping comes first, the others keep their order", () => {
    const r = ids("back-squat", { tier: "R4" });
    expect(r.slice(0, 3)).toEqual(["bulgarian-split-squat", "smith-machine-squat", "leg-press-upright"]);
  });

  it.each([
    ["back-squat", ["smith-machine-squat", "leg-press-upright", "bulgarian-split-squat"]],
    ["barbell-bent-over-row", ["chest-supported-row"]],
    ["leg-press-reclined", ["leg-press-upright", "single-leg-leg-press"]],
    ["conventional-deadlift", ["hip-thrust", "cable-pull-through", "single-leg-rdl-supported"]],
  ])("S3: %s -> %j are the top-ranked set in every tier", (id, expected) => {
    for (const tier of TIERS) {
      expect(ids(id, { tier, reason: "pain" }).slice(0, expected.length).sort(), tier).toEqual([...expected].sort());
    }
  });
});

describe("S1 alternatives", () => {
  it("S1: every alternative trains a shared primary muscle or the same pattern", () => {
    const from = ex("back-squat");
    for (const a of rankAlternatives(from, ctx())) {
      const shares = a.exercise.primaryMuscles.some((m) => from.primaryMuscles.includes(m));
      expect(shares || a.exercise.pattern === from.pattern, a.exercise.id).toBe(true);
    }
  });

  it("S1: strength work is never replaced by recovery work, nor the other way round", () => {
    for (const a of rankAlternatives(ex("back-squat"), ctx()))
      expect(["mobility", "soft-tissue", "decompression", "conditioning"]).not.toContain(a.exercise.pattern);
    for (const a of rankAlternatives(ex("foam-roll-glutes"), ctx()))
      expect(["mobility", "soft-tissue", "decompression", "conditioning"]).toContain(a.exercise.pattern);
  });

  it.each(["romanian-deadlift", "front-squat", "overhead-press", "t-bar-row", "good-morning", "barbell-lunge"])(
    "S1: for a trigger on %s the best five alternatives all have a lower grade",
    (id) => {
      const alts = rankAlternatives(ex(id), ctx()).slice(0, 5);
      expect(alts).toHaveLength(5);
      for (const a of alts) expect(gradeRank(a.gradeTo), a.exercise.id).toBeLessThan(gradeRank(a.gradeFrom));
    },
  );

  // S1: "with a lower spine-load grade or more support": a sidestep at the same grade and support is no alternative.
  it.each([
    ["back-squat", ["box-squat", "pause-squat"]],
    ["conventional-deadlift", ["sumo-deadlift", "rack-pull", "romanian-deadlift", "good-morning"]],
    ["barbell-bent-over-row", ["pendlay-row", "t-bar-row"]],
    ["bench-press", ["chest-press-machine", "dumbbell-bench-press"]],
  ])("S1: %s is never offered a same-grade sidestep (%j)", (id, sidesteps) => {
    for (const reason of ["trigger", "pain"] as const) {
      const r = ids(id, { reason });
      for (const s of sidesteps) expect(r, `${reason}: ${s}`).not.toContain(s);
    }
  });

  it("S1: a free grade-A exercise is offered its supported versions, a fully supported one nothing", () => {
    const push = rankAlternatives(ex("push-up"), ctx());
    expect(push.map((a) => a.exercise.id)).toContain("chest-press-machine");
    for (const a of push) expect(a.exercise.load.support).not.toBe("free");
    expect(rankAlternatives(ex("chest-press-machine"), ctx())).toEqual([]);
  });

  it("S1: the plan's sidesteps come only on request and after every alternative that spares the spine", () => {
    const r = rankAlternatives(ex("hip-thrust"), ctx({ sidesteps: true }));
    expect(r.map((a) => a.exercise.id)).toContain("single-leg-hip-thrust");
    const plain = rankAlternatives(ex("hip-thrust"), ctx()).map((a) => a.exercise.id);
    expect(r.slice(0, plain.length).map((a) => a.exercise.id)).toEqual(plain);
  });

  it("S1: a loaded lift is replaced by loaded work before bodyweight drills", () => {
    const r = ids("leg-press-upright");
    expect(r.slice(0, 4).every((id) => ex(id).increment.kg > 0)).toBe(true);
  });

  it("S1: each alternative says why in one plain line", () => {
    const [first] = rankAlternatives(ex("back-squat"), ctx());
    expect(first?.why).toBe(
      "Same quads and glutes, with the machine guiding the path and the balance (grade B instead of D)",
    );
    const upright = rankAlternatives(ex("back-squat"), ctx()).find((a) => a.exercise.id === "leg-press-upright");
    expect(upright?.why).toBe("Same quads and glutes, with the spine supported by the machine (grade A instead of D)");
    const row = rankAlternatives(ex("barbell-bent-over-row"), ctx())[0];
    expect(row?.why).toBe("Same upper back and lats, with the spine supported by the machine (grade A instead of D)");
    for (const a of rankAlternatives(ex("conventional-deadlift"), ctx())) {
      expect(a.why).not.toMatch(/[!\n]/);
      expect(a.why.length).toBeLessThan(120);
    }
  });

  it("S1: the why line never claims less load than the grades show", () => {
    const pull = rankAlternatives(ex("lat-pulldown"), ctx({ sidesteps: true })).find(
      (a) => a.exercise.id === "pull-up",
    );
    expect(pull?.why).toBe("Same lats, at the same spine-load grade (A)");
    const sl = rankAlternatives(ex("hip-thrust"), ctx({ sidesteps: true })).find(
      (a) => a.exercise.id === "single-leg-hip-thrust",
    );
    expect(sl?.why).toBe("Same glutes, one side at a time");
    const pad = rankAlternatives(ex("leg-press-reclined"), ctx())[0];
    expect(pad?.why).toBe("Same quads and glutes, with less rounding of your lower back");
    const bss = rankAlternatives(ex("back-squat"), ctx()).find((a) => a.exercise.id === "bulgarian-split-squat");
    expect(bss?.why).toBe(
      "Same quads and glutes, one side at a time, with far less load on your back (grade B instead of D)",
    );
  });

  it("S1: under R4 the single-leg RDL variants lead the Romanian deadlift's alternatives", () => {
    const r = rankAlternatives(ex("romanian-deadlift"), ctx({ tier: "R4" }));
    expect(r[0]?.exercise.laterality).toBe("unilateral");
    expect(r.slice(0, 2).map((a) => a.exercise.id)).toEqual(["single-leg-rdl-supported", "single-leg-rdl"]);
  });

  it("S1: gradeFrom and gradeTo are the two exercises' grades", () => {
    for (const a of rankAlternatives(ex("back-squat"), ctx())) {
      expect(a.gradeFrom).toBe("D");
      expect(a.gradeTo).toBe(a.exercise.grade);
    }
  });

  it("S1: an excluded pattern removes all of its exercises", () => {
    for (const a of rankAlternatives(ex("back-squat"), ctx({ excludedPatterns: new Set<Pattern>(["squat"]) })))
      expect(a.exercise.pattern).not.toBe("squat");
  });

  it("S1: with reason equipment a grade may be at most one step worse", () => {
    const r = rankAlternatives(
      ex("leg-press-upright"),
      ctx({ reason: "equipment", equipment: ["dumbbells", "bench"] }),
    );
    expect(r.length).toBeGreaterThan(0);
    for (const a of r) expect(gradeRank(a.gradeTo)).toBeLessThanOrEqual(1);
  });

  it("S1: bodyweight alternatives are always available", () => {
    const r = ids("back-squat", { equipment: [] });
    expect(r).toContain("bodyweight-squat");
    for (const id of r) expect(ex(id).equipment).toEqual(["none"]);
  });

  it("S1: limit answers only the best few", () => {
    expect(ids("back-squat", { limit: 3 })).toEqual(ids("back-squat").slice(0, 3));
  });

  it("hasEquipmentFor needs every item except none", () => {
    expect(hasEquipmentFor({ equipment: ["dumbbells", "bench"] }, ["dumbbells"])).toBe(false);
    expect(hasEquipmentFor({ equipment: ["dumbbells", "bench"] }, ["dumbbells", "bench"])).toBe(true);
    expect(hasEquipmentFor({ equipment: ["none"] }, [])).toBe(true);
  });
});

interface RandomUser {
  fromId: string;
  triggers: string[];
  patterns: Pattern[];
  equipment: Equipment[];
  tier: Tier;
  reason: "trigger" | "pain" | "equipment";
}

describe("S1 properties over random users", () => {
  const ALL_IDS = catalog.map((e) => e.id);
  const arbUser: fc.Arbitrary<RandomUser> = fc.record({
    fromId: fc.constantFrom(...ALL_IDS),
    triggers: fc.uniqueArray(fc.constantFrom(...ALL_IDS), { maxLength: 12 }),
    patterns: fc.uniqueArray(fc.constantFrom(...PATTERNS), { maxLength: 3 }),
    equipment: fc.subarray([...EQUIPMENT]),
    tier: fc.constantFrom<Tier>(...TIERS),
    reason: fc.constantFrom("trigger" as const, "pain" as const, "equipment" as const),
  });
  const run = (u: RandomUser, list: readonly Exercise[] = catalog) =>
    rankAlternatives(
      ex(u.fromId),
      ctx({
        catalog: list,
        excluded: new Set(u.triggers),
        excludedPatterns: new Set(u.patterns),
        equipment: u.equipment,
        tier: u.tier,
        reason: u.reason,
      }),
    );

  // Predicates return booleans (one expect per run) so that hundreds of runs stay fast.
  it("S1: no alternative is excluded, from an excluded pattern, or needs missing equipment", () => {
    fc.assert(
      fc.property(arbUser, (u) =>
        run(u).every(
          (a) =>
            !u.triggers.includes(a.exercise.id) &&
            !u.patterns.includes(a.exercise.pattern) &&
            a.exercise.equipment.every((e) => e === "none" || u.equipment.includes(e)) &&
            a.exercise.id !== u.fromId,
        ),
      ),
      { numRuns: 400 },
    );
  });

  it("S1: for a trigger or pain no alternative has a worse grade than the original", () => {
    fc.assert(
      fc.property(arbUser, (u) =>
        u.reason === "equipment" ? true : run(u).every((a) => gradeRank(a.gradeTo) <= gradeRank(a.gradeFrom)),
      ),
      { numRuns: 400 },
    );
  });

  it("S1: for a trigger or pain every alternative has a lower grade or more support, or is the guide's (S3)", () => {
    const support = { free: 0, braced: 1, guided: 1.5, supported: 2 } as const;
    fc.assert(
      fc.property(arbUser, (u) => {
        if (u.reason === "equipment") return true;
        const from = ex(u.fromId);
        const guide = GUIDE_SUBSTITUTIONS[u.fromId] ?? [];
        return run(u).every(
          (a) =>
            guide.includes(a.exercise.id) ||
            gradeRank(a.gradeTo) < gradeRank(a.gradeFrom) ||
            support[a.exercise.load.support] > support[from.load.support],
        );
      }),
      { numRuns: 400 },
    );
  });

  it("S1, S3: under R4 single-limb alternatives rank first, after the guide's mappings led by their single-limb one", () => {
    const singleFirst = (lat: string[]) => {
      const firstBilateral = lat.indexOf("bilateral");
      return firstBilateral < 0 || !lat.slice(firstBilateral).includes("unilateral");
    };
    fc.assert(
      fc.property(arbUser, (u) => {
        const guide = GUIDE_SUBSTITUTIONS[u.fromId] ?? [];
        const r = run({ ...u, tier: "R4" });
        const head = r.filter((a) => guide.includes(a.exercise.id));
        const guideOnTop = r.slice(0, head.length).every((a) => guide.includes(a.exercise.id));
        return (
          guideOnTop &&
          singleFirst(head.map((a) => a.exercise.laterality)) &&
          singleFirst(r.slice(head.length).map((a) => a.exercise.laterality))
        );
      }),
      { numRuns: 400 },
    );
  });

  it("S1: same input, same output, whatever the catalog order (ties broken by id)", () => {
    const reversed = [...catalog].reverse();
    fc.assert(
      fc.property(arbUser, (u) => {
        const a = run(u);
        expect(run(u)).toEqual(a);
        expect(run(u, reversed).map((x) => x.exercise.id)).toEqual(a.map((x) => x.exercise.id));
      }),
      { numRuns: 100 },
    );
  });
});
