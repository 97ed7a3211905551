/**
 * Invariants of today's session over random users, every tier, with and without M1 guarding and a deload week:
 * the blocks P2 and P3 ask for, nothing excluded, only the user's equipment, and the time budget (P1).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeRank } from "../catalog/grade.js";
import type { Profile } from "../records/profile.js";
import { type Equipment, TIERS, type Tier } from "../records/vocab.js";
import { buildWeeklyPlan } from "./buildPlan.js";
import { hasEquipmentFor, isPlannable, planEquipment } from "./eligibility.js";
import { isCoreAntiMovement, isGluteExercise } from "./groups.js";
import { EXERCISES, profileWith, readinessOf, statusesOf, userArb } from "./testkit.js";
import { type TodayAnswer, todaySession } from "./today.js";
import type { PlanStatusOf, WeeklyPlan } from "./types.js";

const byId = new Map(EXERCISES.map((e) => [e.id, e]));
const MONDAY = "2025-03-03";
const WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const dateOf = (weekday: string) =>
  new Date(Date.parse(`${MONDAY}T00:00:00Z`) + WEEK.indexOf(weekday) * 86_400_000).toISOString().slice(0, 10);

/** Today's answer for every day of the week (training and rest days). */
function week(
  plan: WeeklyPlan,
  profile: Profile,
  statusOf: PlanStatusOf,
  tier: Tier,
  extra: { deload?: boolean; guarding?: (ids: string[]) => string[] } = {},
): { weekday: string; ids: string[]; ans: TodayAnswer }[] {
  return WEEK.map((weekday) => {
    const day = plan.days.find((d) => d.weekday === weekday);
    const ids = day ? day.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)) : [];
    const ans = todaySession({
      plan,
      date: dateOf(weekday),
      readiness: readinessOf(tier),
      profile,
      exercises: EXERCISES,
      statusOf,
      ...(extra.deload ? { deload: true } : {}),
      ...(extra.guarding ? { guarding: extra.guarding(ids) } : {}),
    });
    return { weekday, ids, ans };
  });
}

const tierArb = fc.constantFrom<Tier>(...TIERS);

describe("today's session invariants", () => {
  it("P1: under R4 or R5, with M1 guarding or a deload, today's session stays inside the time budget", () => {
    const arb = fc.tuple(userArb, fc.constantFrom<Tier>("R4", "R5"), fc.boolean(), fc.boolean());
    fc.assert(
      fc.property(arb, ([{ profile, statusOf }, tier, deload, guard]) => {
        const plan = buildWeeklyPlan({ profile, exercises: EXERCISES, statusOf });
        const guarding = guard ? (ids: string[]) => ids.slice(2, 6) : undefined;
        for (const { ans } of week(plan, profile, statusOf, tier, { deload, ...(guarding ? { guarding } : {}) })) {
          if (ans.session) expect(ans.session.minutes).toBeLessThanOrEqual(profile.sessionMinutes);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("P4, equipment: in every tier no item of any block is excluded or needs equipment the user lacks", () => {
    const arb = fc.tuple(userArb, tierArb, fc.boolean());
    fc.assert(
      fc.property(arb, ([{ profile: p0, statusOf }, tier, bare]) => {
        const profile = bare ? { ...p0, equipment: [] } : p0;
        const plan = buildWeeklyPlan({ profile, exercises: EXERCISES, statusOf });
        const kit = planEquipment(profile);
        for (const { ans } of week(plan, profile, statusOf, tier)) {
          for (const b of ans.session?.blocks ?? []) {
            for (const it of b.items) {
              const ex = byId.get(it.exerciseId);
              expect(ex, it.exerciseId).toBeDefined();
              if (!ex) continue;
              expect(hasEquipmentFor(ex, kit), `${b.kind} ${ex.id}`).toBe(true);
              expect(isPlannable(ex, { profile, statusOf }), `${b.kind} ${ex.id}`).toBe(true);
              expect(it.sets, `${b.kind} ${ex.id}`).toBeGreaterThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("P2, P3, P5: under R4 and R5 every session opens with alignment, closes with cooldown, holds glute and core work", () => {
    const arb = fc.tuple(userArb, fc.constantFrom<Tier>("R4", "R5"), fc.boolean());
    fc.assert(
      fc.property(arb, ([{ profile, statusOf }, tier, deload]) => {
        const plan = buildWeeklyPlan({ profile, exercises: EXERCISES, statusOf });
        const usable = (id: string) => tier !== "R4" || statusOf(id) !== "suspected";
        const rules = { profile, statusOf };
        const gluteExists = EXERCISES.some(
          (e) => isGluteExercise(e) && e.measure === "reps" && isPlannable(e, rules) && usable(e.id),
        );
        const coreExists = EXERCISES.some((e) => isCoreAntiMovement(e) && isPlannable(e, rules) && usable(e.id));
        for (const { ans } of week(plan, profile, statusOf, tier, { deload })) {
          const s = ans.session;
          if (!s) continue;
          expect(s.blocks[0]?.kind).toBe("alignment");
          expect(s.blocks.at(-1)?.kind).toBe("cooldown");
          expect((s.blocks[0]?.items.length ?? 0) + (s.blocks[0]?.notes?.length ?? 0)).toBeGreaterThan(0);
          const training = s.blocks
            .filter((b) => b.kind === "main" || b.kind === "glute-core")
            .flatMap((b) => b.items.map((i) => byId.get(i.exerciseId)))
            .filter((e) => e !== undefined);
          if (gluteExists) expect(training.some((e) => isGluteExercise(e))).toBe(true);
          if (coreExists) expect(training.some((e) => isCoreAntiMovement(e))).toBe(true);
          if (tier === "R4") {
            for (const b of s.blocks) {
              if (b.kind !== "main" && b.kind !== "glute-core") continue;
              for (const it of b.items) {
                const ex = byId.get(it.exerciseId);
                if (ex) expect(it.targetRir).toBeGreaterThanOrEqual(gradeRank(ex.grade) >= 2 ? 2 : 1);
              }
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("P5: R1 and rest days give no session; R2 and R3 the recovery session; R4 and R5 the day's training", () => {
    fc.assert(
      fc.property(userArb, tierArb, ({ profile, statusOf }, tier) => {
        const plan = buildWeeklyPlan({ profile, exercises: EXERCISES, statusOf });
        for (const { weekday, ans } of week(plan, profile, statusOf, tier)) {
          const training = plan.days.some((d) => d.weekday === weekday);
          expect(ans.restDay).toBe(!training);
          if (!training || tier === "R1") expect(ans.session).toBeNull();
          else if (tier === "R2" || tier === "R3") expect(ans.session?.recovery).toBe(true);
          else expect(ans.session?.recovery).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("bare and small kits", () => {
  it.each<[string, Equipment[]]>([
    ["nothing", []],
    ["bodyweight only", ["none"]],
    ["bands", ["bands"]],
    ["a kettlebell", ["kettlebell"]],
    ["bands and a kettlebell", ["bands", "kettlebell"]],
    ["dumbbells and a bench", ["dumbbells", "bench"]],
  ])("P2, P4: with %s every block of the plan and of today, in every tier, uses only that kit", (_, equipment) => {
    const profile = profileWith({ equipment });
    const statusOf = statusesOf();
    const plan = buildWeeklyPlan({ profile, exercises: EXERCISES, statusOf });
    const kit = planEquipment(profile);
    const check = (id: string, where: string) => {
      const ex = byId.get(id);
      expect(ex && hasEquipmentFor(ex, kit), `${where} ${id}`).toBe(true);
    };
    for (const d of plan.days) {
      expect(d.blocks[0]?.items.length, "alignment").toBeGreaterThan(0);
      expect(d.blocks.at(-1)?.items.length, "cooldown").toBeGreaterThan(0);
      for (const b of d.blocks) for (const it of b.items) check(it.exerciseId, `plan ${b.kind}`);
    }
    for (const tier of TIERS) {
      for (const { ans } of week(plan, profile, statusOf, tier)) {
        for (const b of ans.session?.blocks ?? []) for (const it of b.items) check(it.exerciseId, `${tier} ${b.kind}`);
        for (const s of ans.suggestions ?? []) for (const id of s.exerciseIds) check(id, `${tier} rest day`);
      }
    }
  });
});
