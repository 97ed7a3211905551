/**
 * T2 as the API answers it (`GET /insights/triggers`) and as planning and progression read it (`statusMap`).
 * Exercises the user named as aggravating are triggers by the user's own word (source "named").
 */
import type { Pattern } from "../records/vocab.js";
import { patternStatsFromIndex } from "./exerciseStats.js";
import { indexLog } from "./logIndex.js";
import { exerciseStatus, TRIGGER_STATUS_ORDER } from "./status.js";
import { latestRetestDecision, runningTestSentence, type TriggerTest, testOf } from "./tests.js";
import { loadedLookup, triggerTimeline } from "./triggerTimeline.js";
import type {
  ExerciseStats,
  InsightExercise,
  InsightProfile,
  InsightsLog,
  PatternStats,
  RetestDecision,
  SubjectStats,
  TriggerReason,
  TriggerStatus,
} from "./types.js";
import { capitalise, nameFromId, patternName } from "./wording.js";

/** One entry of `GET /insights/triggers`. */
export interface TriggerInsight {
  subject: { exerciseId: string } | { pattern: Pattern };
  status: TriggerStatus;
  exposures: number;
  /** One short line for a list. */
  summary: string;
  /** The numbers behind the status, in plain words. */
  evidence: string;
  /** "found" from the log; "named" when the user listed it as aggravating. */
  source: "found" | "named";
  /** Display name used in the sentences. */
  name: string;
  reason: TriggerReason | "named-by-user";
  overruledByUser: boolean;
  /** What Spotter does about it, in one line. */
  action: string;
  /** True for pattern entries found in the log: information only, never used to exclude anything. */
  informational: boolean;
  lastDate: string | null;
  /** T5/T6: the test that decides it, where it stands and its rule (absent when no test concerns it). */
  test?: TriggerTest;
}

/** Options of the trigger list. */
export interface TriggerInsightOptions {
  /** Also list found per-pattern statistics (information only). */
  includePatterns?: boolean;
  /** T6: exercise ids with a re-test offered today (the coach works them out from readiness). */
  retestOffers?: readonly string[];
}

const SUMMARY: Record<TriggerStatus, (name: string) => string> = {
  trigger: (n) => `${capitalise(n)} looks like a trigger for your back.`,
  suspected: (n) => `${capitalise(n)} may be a trigger; Spotter is watching it.`,
  tolerated: (n) => `Your back seems to tolerate ${n}.`,
  unknown: (n) => `Not enough to go on for ${n} yet.`,
};

const ACTION: Record<TriggerStatus, string> = {
  trigger: "Spotter leaves it out of your plan and offers a better-supported alternative.",
  suspected:
    "On modified-training days Spotter swaps it for a better-supported variant; log pain on it to settle the question.",
  tolerated: "It stays in your plan as written.",
  unknown: "It stays in your plan; rate your pain during it so Spotter can learn how your back takes it.",
};

/** What a found entry needs besides its figures: re-test decisions and offers, and which exercises carry load. */
interface FoundContext {
  cleared: readonly string[];
  retests: readonly RetestDecision[];
  offers: ReadonlySet<string>;
  loaded: (id: string) => boolean;
}

function foundEntry(
  stats: SubjectStats,
  subject: TriggerInsight["subject"],
  ctx: FoundContext,
  informational: boolean,
): TriggerInsight {
  const id = "exerciseId" in subject ? subject.exerciseId : null;
  const r = exerciseStatus(stats, { cleared: id !== null ? ctx.cleared.includes(id) : false });
  const test =
    id === null || r.overruledByUser
      ? undefined
      : testOf(stats, r.status, {
          decision: latestRetestDecision(ctx.retests, id),
          offered: ctx.offers.has(id),
          testable: ctx.loaded(id),
        });
  const running =
    test?.state === "running"
      ? runningTestSentence(
          stats.name,
          test.kind,
          test.kind === "separate" ? (stats.separated ?? []) : (stats.retest ?? []),
        )
      : "";
  return {
    ...(test ? { test } : {}),
    subject,
    status: r.status,
    exposures: stats.exposures,
    summary: r.overruledByUser
      ? `You cleared ${stats.name}; Spotter no longer treats it as a trigger.`
      : SUMMARY[r.status](stats.name),
    evidence: running ? `${r.evidence} ${running}` : r.evidence,
    source: "found",
    name: stats.name,
    reason: r.reason,
    overruledByUser: r.overruledByUser,
    action: r.overruledByUser
      ? "It stays in your plan because you cleared it; you can undo that here or on the exercise's page."
      : ACTION[r.status],
    informational,
    lastDate: stats.lastDate,
  };
}

function namedEntry(subject: TriggerInsight["subject"], name: string, stats: SubjectStats | undefined): TriggerInsight {
  const fromLog = stats && stats.exposures > 0 ? ` From your log: ${exerciseStatus(stats).evidence}` : "";
  const what =
    "pattern" in subject
      ? `You named ${name} as aggravating your back`
      : `You named ${name} as a movement that aggravates your back`;
  return {
    subject,
    status: "trigger",
    exposures: stats?.exposures ?? 0,
    summary: `${what}.`,
    evidence: `${what}, so Spotter treats it as a trigger.${fromLog}`,
    source: "named",
    name,
    reason: "named-by-user",
    overruledByUser: false,
    action:
      "pattern" in subject
        ? "Spotter leaves this whole pattern out of your plan; you can change that under Me."
        : "Spotter leaves it out of your plan and offers a better-supported alternative; you can change that under Me.",
    informational: false,
    lastDate: stats?.lastDate ?? null,
  };
}

/** Most concerning first, then the most exposures, then by name: a stable order whatever the input order. */
function compareInsights(a: TriggerInsight, b: TriggerInsight): number {
  const sa = TRIGGER_STATUS_ORDER.indexOf(a.status);
  const sb = TRIGGER_STATUS_ORDER.indexOf(b.status);
  if (sa !== sb) return sa - sb;
  if (a.informational !== b.informational) return a.informational ? 1 : -1;
  if (a.exposures !== b.exposures) return b.exposures - a.exposures;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** T2 list from precomputed statistics (lets a caller reuse one index for everything). */
export function triggerInsightsFromStats(
  stats: readonly ExerciseStats[],
  patterns: readonly PatternStats[],
  profile: InsightProfile,
  exercises: readonly InsightExercise[] = [],
  options: TriggerInsightOptions = {},
): TriggerInsight[] {
  const cleared = profile.cleared ?? [];
  const named = profile.aggravating ?? [];
  const namedIds = new Set<string>();
  const namedPatterns = new Set<Pattern>();
  for (const a of named) {
    if ("exerciseId" in a) namedIds.add(a.exerciseId);
    else if ("pattern" in a) namedPatterns.add(a.pattern);
  }
  const byId = new Map(stats.map((s) => [s.exerciseId, s]));
  const byPattern = new Map(patterns.map((p) => [p.pattern, p]));
  const names = new Map(exercises.map((e) => [e.id, e.name]));
  const ctx: FoundContext = {
    cleared,
    retests: profile.retests ?? [],
    offers: new Set(options.retestOffers ?? []),
    loaded: loadedLookup(exercises),
  };

  const out: TriggerInsight[] = [];
  for (const id of namedIds) {
    const s = byId.get(id);
    out.push(namedEntry({ exerciseId: id }, s?.name ?? names.get(id) ?? nameFromId(id), s));
  }
  for (const p of namedPatterns) out.push(namedEntry({ pattern: p }, patternName(p), byPattern.get(p)));
  for (const s of stats) {
    if (namedIds.has(s.exerciseId)) continue;
    out.push(foundEntry(s, { exerciseId: s.exerciseId }, ctx, false));
  }
  if (options.includePatterns) {
    for (const p of patterns) {
      if (!namedPatterns.has(p.pattern)) out.push(foundEntry(p, { pattern: p.pattern }, ctx, true));
    }
  }
  return out.sort(compareInsights);
}

/**
 * T2 as `GET /insights/triggers` answers it: every exercise in the log with its status and evidence, plus what
 * the user named as aggravating (source "named", always a trigger). Most concerning first.
 */
export function triggerInsights(
  log: InsightsLog,
  profile: InsightProfile,
  exercises: readonly InsightExercise[] = [],
  options: TriggerInsightOptions = {},
): TriggerInsight[] {
  const ix = indexLog(log);
  const stats = triggerTimeline(ix, { exercises, retests: profile.retests ?? [] }).stats;
  const patterns = exercises.length > 0 ? patternStatsFromIndex(ix, exercises) : [];
  return triggerInsightsFromStats(stats, patterns, profile, exercises, options);
}

function isStatsList(x: InsightsLog | readonly ExerciseStats[]): x is readonly ExerciseStats[] {
  return Array.isArray(x);
}

/**
 * T2 for planning, substitution and progression: exercise id -> status, for every exercise in the log and every
 * exercise the user named (those are "trigger"). Cleared exercises are never trigger or suspected. Patterns the
 * user named are not expanded here: read `profile.aggravating` for whole-pattern exclusions.
 */
export function statusMap(
  logOrStats: InsightsLog | readonly ExerciseStats[],
  profile: InsightProfile,
  exercises: readonly InsightExercise[] = [],
): Map<string, TriggerStatus> {
  const stats = isStatsList(logOrStats)
    ? logOrStats
    : triggerTimeline(indexLog(logOrStats), { exercises, retests: profile.retests ?? [] }).stats;
  const cleared = profile.cleared ?? [];
  const map = new Map<string, TriggerStatus>();
  for (const s of stats) map.set(s.exerciseId, exerciseStatus(s, { cleared }).status);
  for (const a of profile.aggravating ?? []) if ("exerciseId" in a) map.set(a.exerciseId, "trigger");
  return map;
}
