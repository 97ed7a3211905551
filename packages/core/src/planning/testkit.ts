/** Test helpers for planning (not exported from core): profiles, statuses and fast-check arbitraries. */
import fc from "fast-check";
import { allExercises } from "../catalog/catalog.js";
import type { Exercise } from "../records/exercise.js";
import { type AggravatingEntry, defaultProfile, type Profile } from "../records/profile.js";
import type { Readiness } from "../records/readiness.js";
import { DIRECTIONS, type Equipment, GOALS, PATTERNS, type Pattern, type Tier } from "../records/vocab.js";
import type { PlanStatusOf } from "./types.js";

/** The catalog, computed once. */
export const EXERCISES: readonly Exercise[] = allExercises();

/** Every piece of equipment but "none". */
export const KIT: readonly Equipment[] = [
  "barbell",
  "dumbbells",
  "kettlebell",
  "smith-machine",
  "leg-press",
  "cable",
  "machines",
  "pull-up-bar",
  "bench",
  "foam-roller",
  "belt",
  "bands",
];

/** A profile with overrides. */
export function profileWith(over: Partial<Profile> = {}): Profile {
  return { ...defaultProfile(), ...over };
}

/** A status lookup from lists of trigger and suspected ids. */
export function statusesOf(triggers: readonly string[] = [], suspected: readonly string[] = []): PlanStatusOf {
  const t = new Set(triggers);
  const s = new Set(suspected);
  return (id) => (t.has(id) ? "trigger" : s.has(id) ? "suspected" : "unknown");
}

/** A readiness answer for a tier. */
export function readinessOf(tier: Tier): Readiness {
  return { tier, reasons: [], askRedFlags: false };
}

const trainingPatterns: readonly Pattern[] = PATTERNS.filter(
  (p) => !["decompression", "soft-tissue", "mobility", "conditioning"].includes(p),
);

/** A random user: days 2-6, minutes 30-120, a goal, equipment always with "none", triggers and exclusions. */
export const userArb = fc
  .record({
    days: fc.integer({ min: 2, max: 6 }),
    minutes: fc.integer({ min: 30, max: 120 }),
    goal: fc.constantFrom(...GOALS),
    kit: fc.subarray([...KIT]),
    triggers: fc.subarray(
      EXERCISES.map((e) => e.id),
      { maxLength: 25 },
    ),
    suspected: fc.subarray(
      EXERCISES.map((e) => e.id),
      { maxLength: 10 },
    ),
    patterns: fc.subarray([...trainingPatterns, "decompression" as Pattern], { maxLength: 3 }),
    aggravatingIds: fc.subarray(
      EXERCISES.map((e) => e.id),
      { maxLength: 5 },
    ),
    directions: fc.subarray([...DIRECTIONS], { maxLength: 2 }),
  })
  .map((u) => {
    const aggravating: AggravatingEntry[] = [
      ...u.patterns.map((pattern) => ({ pattern })),
      ...u.aggravatingIds.map((exerciseId) => ({ exerciseId })),
      ...u.directions.map((direction) => ({ direction })),
    ];
    const profile = profileWith({
      daysPerWeek: u.days,
      sessionMinutes: u.minutes,
      goal: u.goal,
      equipment: [...u.kit, "none"],
      aggravating,
    });
    return { profile, statusOf: statusesOf(u.triggers, u.suspected), triggers: u.triggers, suspected: u.suspected };
  });

/** Modest property runs keep the suite fast. */
export const RUNS = { numRuns: 100 } as const;
