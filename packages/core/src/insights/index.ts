/** Insights (SPEC §9): trigger statistics (T1), the one status function (T2), habit links (T3) and trends (T4). */
export { insightsE1rm, insightsRir } from "./e1rm.js";
export { exerciseStats, exerciseStatsFromIndex, patternStats, patternStatsFromIndex } from "./exerciseStats.js";
export {
  HABIT_FACTORS,
  HABIT_RULES,
  type HabitFactor,
  type HabitLink,
  type HabitLinksInput,
  habitLinks,
} from "./habits.js";
export { indexLog as indexInsightsLog, type LogIndex as InsightsLogIndex } from "./logIndex.js";
export { type InsightsReport, type InsightsReportInput, insightsReport } from "./report.js";
export {
  decideStatus,
  exerciseStatus,
  exerciseStatusOnly,
  morningsInWords,
  TEST_MAX_PAIN,
  TRIGGER_RULES,
  TRIGGER_STATUS_ORDER,
  type TriggerStatusOptions,
} from "./status.js";
export {
  latestRetestDecision,
  RETEST_RULE_TEXT,
  runningTestSentence,
  SEPARATE_RULE_TEXT,
  type TriggerTest,
  testInWords,
  testOf,
} from "./tests.js";
export {
  type BeltShareWeek,
  type E1rmPoint,
  type ExerciseE1rmTrend,
  type PainTrendDay,
  type SessionMark,
  type TrendsInput,
  type TrendsResult,
  trends,
  trendsFromIndex,
} from "./trends.js";
export {
  statusMap,
  type TriggerInsight,
  type TriggerInsightOptions,
  triggerInsights,
  triggerInsightsFromStats,
} from "./triggerInsights.js";
export { type TimelineInput, type TriggerTimeline, triggerTimeline } from "./triggerTimeline.js";
export type {
  ExerciseStats,
  InsightCheckin,
  InsightDailyEntry,
  InsightExercise,
  InsightProfile,
  InsightSession,
  InsightSet,
  InsightsLog,
  NextMorningChange,
  PatternStats,
  RetestDecision,
  SubjectStats,
  TestResult,
  TriggerReason,
  TriggerStatus,
  TriggerStatusResult,
  TriggerVerdict,
} from "./types.js";
