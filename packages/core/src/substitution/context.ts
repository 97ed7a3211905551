/** Builds the S1 context from what the server already has: the profile, the found triggers and today's tier. */
import { aggravatingDirections, allExercises } from "../catalog/index.js";
import type { Exercise, ExerciseDef } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { Pattern, Tier } from "../records/vocab.js";
import type { AlternativeContext, AlternativeReason } from "./alternatives.js";

/** What alternativeContextFor needs. */
export interface AlternativeContextInput {
  profile: Pick<Profile, "aggravating" | "cleared" | "equipment"> & {
    settings?: Pick<Profile["settings"], "directionThreshold">;
  };
  /** Exercise ids whose T2 status is "trigger" (found by Spotter). */
  triggerIds: Iterable<string>;
  tier: Tier;
  reason: AlternativeReason;
  /** The user's custom exercises (C6). */
  custom?: readonly (ExerciseDef | Exercise)[];
  limit?: number;
}

/**
 * The S1 context for one user: excluded = found triggers the user has not cleared, plus the exercises the user named
 * as aggravating (an explicit choice, which clearing a found trigger does not undo); excluded patterns = the
 * patterns the user named; equipment from the profile.
 */
export function alternativeContextFor(input: AlternativeContextInput): AlternativeContext {
  const cleared = new Set(input.profile.cleared);
  const excluded = new Set<string>();
  for (const id of input.triggerIds) if (!cleared.has(id)) excluded.add(id);
  const excludedPatterns = new Set<Pattern>();
  for (const a of input.profile.aggravating) {
    if ("exerciseId" in a) excluded.add(a.exerciseId);
    else if ("pattern" in a) excludedPatterns.add(a.pattern);
  }
  const ctx: AlternativeContext = {
    catalog: allExercises(input.custom ?? []),
    excluded,
    excludedPatterns,
    excludedDirections: aggravatingDirections(input.profile.aggravating),
    equipment: [...input.profile.equipment],
    tier: input.tier,
    reason: input.reason,
  };
  const threshold = input.profile.settings?.directionThreshold;
  if (threshold !== undefined) ctx.directionThreshold = threshold;
  if (input.limit !== undefined) ctx.limit = input.limit;
  return ctx;
}
