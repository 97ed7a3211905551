import { describe, expect, it } from "vitest";
import { buildWeeklyPlan } from "./buildPlan.js";
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
});
