import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excludingDirection } from "../catalog/index.js";
import type { AggravatingEntry } from "../records/profile.js";
import { profileUpdateSchema } from "../records/profile.js";
import { DIRECTIONS, type Direction } from "../records/vocab.js";
import { rankAlternatives } from "../substitution/alternatives.js";
import { alternativeContextFor } from "../substitution/context.js";
import { buildWeeklyPlan, NO_BACK_CARE_REASON } from "./buildPlan.js";
import { BACK_CARE_IDS } from "./pick.js";
import { EXERCISES, profileWith, RUNS, statusesOf, userArb } from "./testkit.js";

const byId = new Map(EXERCISES.map((e) => [e.id, e]));
const ex = (id: string) => {
  const e = byId.get(id);
  if (!e) throw new Error(id);
  return e;
};
const itemIds = (plan: ReturnType<typeof buildWeeklyPlan>) =>
  plan.days.flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
const dirsArb = fc.subarray([...DIRECTIONS], { minLength: 1 });
const directionsOf = (ds: readonly Direction[]): AggravatingEntry[] => ds.map((direction) => ({ direction }));
const load = (o: Partial<Record<Direction, number>>) => ({
  axial: 0,
  shear: 0,
  flexion: 0,
  extension: 0,
  rotation: 0,
  support: "free" as const,
  ...o,
});

describe("P9 directions", () => {
  it.each([
    ["flexion", 1, false],
    ["flexion", 2, true],
    ["extension", 1, false],
    ["extension", 3, true],
    ["rotation", 2, true],
    ["axial", 1, false],
    ["axial", 2, true],
  ] as const)("P9: %s demand %i excluded: %s (threshold 2)", (d, demand, out) => {
    expect(excludingDirection(load({ [d]: demand }), new Set([d])) === d).toBe(out);
    // Another direction's demand never excludes.
    const other = DIRECTIONS.find((x) => x !== d) as Direction;
    expect(excludingDirection(load({ [d]: demand }), new Set([other]))).toBeNull();
  });

  it("P9: the threshold is a setting (3 lets demand 2 through)", () => {
    expect(excludingDirection(load({ extension: 2 }), new Set(["extension"]), 3)).toBeNull();
    expect(excludingDirection(load({ extension: 3 }), new Set(["extension"]), 3)).toBe("extension");
  });

  it("P9: the profile accepts {direction} entries in aggravating and rejects unknown directions and shear", () => {
    expect(
      profileUpdateSchema.safeParse({ aggravating: [{ direction: "flexion" }, { pattern: "hinge" }] }).success,
    ).toBe(true);
    for (const bad of ["shear", "twist", 3]) {
      const r = profileUpdateSchema.safeParse({ aggravating: [{ direction: bad }] });
      expect(r.success, String(bad)).toBe(false);
      expect(r.error?.issues[0]?.path.slice(0, 2)).toEqual(["aggravating", 0]);
    }
  });

  it("P9: a direction-excluded exercise is never planned (property)", () => {
    fc.assert(
      fc.property(userArb, dirsArb, ({ profile, statusOf }, dirs) => {
        const p = { ...profile, aggravating: [...profile.aggravating, ...directionsOf(dirs)] };
        const plan = buildWeeklyPlan({ profile: p, exercises: EXERCISES, statusOf });
        for (const id of itemIds(plan)) expect(excludingDirection(ex(id).load, new Set(dirs)), id).toBeNull();
      }),
      RUNS,
    );
  });

  it("P9: a direction-excluded exercise is never offered as an S1 alternative (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXERCISES.filter((e) => e.pattern !== "mobility")),
        dirsArb,
        fc.constantFrom("trigger", "pain", "equipment" as const),
        (from, dirs, reason) => {
          const ctx = alternativeContextFor({
            profile: profileWith({ aggravating: directionsOf(dirs) }),
            triggerIds: [],
            tier: "R5",
            reason,
          });
          for (const a of rankAlternatives(from, ctx)) {
            expect(excludingDirection(a.exercise.load, new Set(dirs)), a.exercise.id).toBeNull();
          }
        },
      ),
      RUNS,
    );
  });

  it("P9: an excluded S3 mapping is skipped and the next one used (back squat with axial load)", () => {
    const plain = alternativeContextFor({ profile: profileWith(), triggerIds: [], tier: "R5", reason: "trigger" });
    const axial = alternativeContextFor({
      profile: profileWith({ aggravating: [{ direction: "axial" }] }),
      triggerIds: [],
      tier: "R5",
      reason: "trigger",
    });
    const first = rankAlternatives(ex("back-squat"), plain)[0]?.exercise;
    expect(first?.id).toBe("smith-machine-squat");
    const skipped = rankAlternatives(ex("back-squat"), axial).map((a) => a.exercise.id);
    expect(ex("smith-machine-squat").load.axial).toBeGreaterThanOrEqual(2);
    expect(skipped).not.toContain("smith-machine-squat");
    expect(skipped[0]).toBe("leg-press-upright");
  });

  it("P9: with extension aggravating, a seated supported dumbbell press is never replaced by a standing overhead press", () => {
    const ctx = alternativeContextFor({
      profile: profileWith({ aggravating: [{ direction: "extension" }] }),
      triggerIds: [],
      tier: "R5",
      reason: "equipment",
    });
    const ids = rankAlternatives(ex("seated-dumbbell-shoulder-press"), ctx).map((a) => a.exercise.id);
    expect(ex("overhead-press").load.extension).toBeGreaterThanOrEqual(2);
    expect(ids).not.toContain("overhead-press");
  });

  it("P9: P3 back work chooses among what the directions allow, and the plan says so when nothing is left", () => {
    const flex = buildWeeklyPlan({
      profile: profileWith({ aggravating: [{ direction: "rotation" }] }),
      exercises: EXERCISES,
      statusOf: statusesOf(),
    });
    const care = itemIds(flex).filter((id) => (BACK_CARE_IDS as readonly string[]).includes(id));
    expect(care.length).toBeGreaterThan(0);
    for (const id of care) expect(ex(id).load.rotation).toBeLessThan(2);
    // Leave out every back-care option: the named three by name, the rest by pattern and direction.
    const none = buildWeeklyPlan({
      profile: profileWith({
        aggravating: [
          ...BACK_CARE_IDS.map((exerciseId) => ({ exerciseId })),
          { pattern: "anti-lateral-flexion" },
          { pattern: "hip-extension" },
        ],
      }),
      exercises: EXERCISES,
      statusOf: statusesOf(),
    });
    expect(none.reasons).toContain(NO_BACK_CARE_REASON);
    expect(flex.reasons).not.toContain(NO_BACK_CARE_REASON);
    expect(flex.reasons.some((r) => r.includes("twisting"))).toBe(true);
  });
});
