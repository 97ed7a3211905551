/**
 * The profile a user has before filling anything in (SPEC §1 defaults). Kept apart from profile.ts, whose validators
 * pull zod into whatever imports them: the web app's first script needs these defaults and none of the validators.
 */
import type { Profile, Settings } from "./profile.js";

/** Default settings (the SPEC's *default* values). */
export const DEFAULT_SETTINGS: Settings = {
  targetRir: 2,
  beltThresholdPct: 85,
  deloadEveryWeeks: 5,
  singleLimbShareR4: 0.4,
  waterMlPerKg: 35,
  waterServingMl: 250,
  weeklySets: { hypertrophy: [10, 20], strength: [6, 12], general: [6, 10] },
  directionThreshold: 2,
};

/** The profile of a user who has filled nothing in yet. */
export function defaultProfile(): Profile {
  return {
    unit: "kg",
    bodyWeightKg: null,
    timeZone: "UTC",
    sex: null,
    ageBand: null,
    sleepPosition: "mixed",
    sittingHours: 4,
    equipment: [
      "barbell",
      "dumbbells",
      "smith-machine",
      "leg-press",
      "cable",
      "machines",
      "pull-up-bar",
      "bench",
      "foam-roller",
    ],
    daysPerWeek: 3,
    trainingDays: null,
    sessionMinutes: 60,
    goal: "general",
    experience: "beginner",
    aggravating: [],
    pinned: [],
    cleared: [],
    reminders: { from: "08:00", to: "21:00", breakMinutes: 45 },
    settings: structuredClone(DEFAULT_SETTINGS),
    diagnosisNotes: null,
    clearance: { status: "none" },
    noticeAcceptedAt: null,
  };
}
