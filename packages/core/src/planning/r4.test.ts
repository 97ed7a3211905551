import { describe, expect, it } from "vitest";
import { buildWeeklyPlan } from "./buildPlan.js";
import { isGluteExercise } from "./groups.js";
import { singleLimbShare } from "./r4.js";
import { EXERCISES, profileWith, readinessOf } from "./testkit.js";
import { todaySession } from "./today.js";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const dateOf = (weekday: string) =>
  new Date(Date.parse("2025-03-03T00:00:00Z") + WEEKDAYS.indexOf(weekday) * 86_400_000).toISOString().slice(0, 10);

describe("R4 single-limb share", () => {
  // A property run found this one: the time budget trimmed the single-leg sets that the swap had added, leaving
  // 2 of 6 lower-body sets single-leg (the plan's Saturday: pendulum squat, back extension, reverse hyper).
  it("P4: a 30-minute, six-day beginner plan keeps at least 40% single-leg sets after trimming to the budget", () => {
    const profile = profileWith({
      equipment: ["barbell", "dumbbells", "machines", "bench", "foam-roller", "none"],
      daysPerWeek: 6,
      sessionMinutes: 30,
      goal: "hypertrophy",
      experience: "beginner",
    });
    const plan = buildWeeklyPlan({ profile, exercises: EXERCISES, statusOf: () => "unknown" });
    for (const day of plan.days) {
      const ans = todaySession({
        plan,
        date: dateOf(day.weekday),
        readiness: readinessOf("R4"),
        profile,
        exercises: EXERCISES,
        statusOf: () => "unknown",
      });
      const blocks = ans.session?.blocks ?? [];
      const share = singleLimbShare({ ...day, blocks }, EXERCISES);
      if (share.lower > 0) expect(share.share).toBeGreaterThanOrEqual(profile.settings.singleLimbShareR4);
      expect(ans.session?.minutes ?? 0).toBeLessThanOrEqual(profile.sessionMinutes);
    }
  });

  // A property run found this one once the catalog grew: the single-limb swap turned the day's only glute item (a
  // horizontal leg press) into a single-leg extension, leaving the session without glute work.
  it("P3, P4: the single-limb swap never takes away a day's last glute work", () => {
    const profile = profileWith({
      equipment: ["machines", "bands", "none"],
      daysPerWeek: 3,
      sessionMinutes: 30,
      goal: "hypertrophy",
      experience: "beginner",
      aggravating: [{ pattern: "hip-extension" }, { pattern: "isolation" }],
    });
    const plan = buildWeeklyPlan({ profile, exercises: EXERCISES, statusOf: () => "unknown" });
    const byId = new Map(EXERCISES.map((e) => [e.id, e]));
    let sessions = 0;
    for (const day of plan.days) {
      const ans = todaySession({
        plan,
        date: dateOf(day.weekday),
        readiness: readinessOf("R4"),
        profile,
        exercises: EXERCISES,
        statusOf: () => "unknown",
      });
      const training = (ans.session?.blocks ?? [])
        .filter((b) => b.kind === "main" || b.kind === "glute-core")
        .flatMap((b) => b.items.map((i) => byId.get(i.exerciseId)));
      if (training.length === 0) continue;
      sessions++;
      expect(
        training.some((e) => e !== undefined && isGluteExercise(e)),
        day.weekday,
      ).toBe(true);
    }
    expect(sessions).toBe(3);
  });
});
