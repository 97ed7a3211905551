/**
 * Everything of SPEC §9 in one call over one index of the log: what the Insights screen, the clinician report and
 * the benchmark use. Each part is also available on its own.
 */
import { exerciseStatsFromIndex, patternStatsFromIndex } from "./exerciseStats.js";
import { type HabitLink, habitLinksWith } from "./habits.js";
import { indexLog } from "./logIndex.js";
import { exerciseStatus } from "./status.js";
import { type TrendsInput, type TrendsResult, trendsFromIndex } from "./trends.js";
import { type TriggerInsight, triggerInsightsFromStats } from "./triggerInsights.js";
import { triggerTimeline } from "./triggerTimeline.js";
import type { ExerciseStats, InsightProfile, PatternStats, TriggerStatus } from "./types.js";

/** Input of the full insights. */
export interface InsightsReportInput extends TrendsInput {
  profile: InsightProfile;
  /** The day's water target in mL (N1), as a number or per day. */
  waterTargetMl?: number | ((day: string) => number | null | undefined);
  /** Also list per-pattern statistics among the triggers (information only). */
  includePatterns?: boolean;
}

/** The full insights. */
export interface InsightsReport {
  stats: ExerciseStats[];
  patterns: PatternStats[];
  statuses: Map<string, TriggerStatus>;
  triggers: TriggerInsight[];
  habits: HabitLink[];
  trends: TrendsResult;
}

/** T1-T4 in one pass: statistics, statuses, the trigger list, habit links and trends. */
export function insightsReport(input: InsightsReportInput): InsightsReport {
  const ix = indexLog(input);
  const exercises = input.exercises ?? [];
  const stats = exerciseStatsFromIndex(ix, exercises);
  const patterns = exercises.length > 0 ? patternStatsFromIndex(ix, exercises) : [];
  // Statuses read the walk in date order (T5, T6: figures count from the last verdict); T1's figures stay whole.
  const timeline = triggerTimeline(ix, { exercises, retests: input.profile.retests ?? [] }).stats;
  const triggers = triggerInsightsFromStats(timeline, patterns, input.profile, exercises, {
    includePatterns: input.includePatterns ?? false,
  });
  const statuses = new Map<string, TriggerStatus>();
  const cleared = input.profile.cleared ?? [];
  for (const s of timeline) statuses.set(s.exerciseId, exerciseStatus(s, { cleared }).status);
  for (const a of input.profile.aggravating ?? []) if ("exerciseId" in a) statuses.set(a.exerciseId, "trigger");
  const habits = habitLinksWith(
    { checkins: input.checkins, daily: input.daily ?? [], waterTargetMl: input.waterTargetMl },
    ix.checkinByDay,
  );
  const trends = trendsFromIndex(ix, {
    from: input.from,
    to: input.to,
    exercises,
    functionScore: input.functionScore,
  });
  return { stats, patterns, statuses, triggers, habits, trends };
}
