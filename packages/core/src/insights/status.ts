/**
 * T2: the one status function every rule uses (planning, substitution, progression, insights). It reads T1
 * statistics and answers trigger, suspected, tolerated or unknown, with the evidence in plain words.
 */
import { RED_EVENT_WINDOW_DAYS } from "../progression/index.js";
import { dayNumber } from "./logIndex.js";
import type {
  ExerciseStats,
  SubjectStats,
  TestResult,
  TriggerReason,
  TriggerStatus,
  TriggerStatusResult,
} from "./types.js";
import { capitalise, count, formatDayShort, points } from "./wording.js";

/** T2 thresholds, named so tests and docs can point at them. */
export const TRIGGER_RULES = {
  /** Sharp or radiating events that make a trigger (one makes it suspected). */
  sharpEventsForTrigger: 2,
  /**
   * Two in-session reds inside one window of this many whole calendar days, both ends included (SPEC §2 "Time"),
   * make a trigger: at most 13 days apart, exactly as O3 counts them (`progression/redEvents.ts`).
   */
  redWindowDays: RED_EVENT_WINDOW_DAYS,
  /** Next-morning change (points) and exposures behind it that make a trigger. */
  triggerChange: 2,
  triggerChangeExposures: 3,
  /** Next-morning change and exposures that make it suspected. */
  suspectChange: 1,
  suspectChangeExposures: 2,
  /** Tolerated: at least this many exposures, pain during at most this (T2: "max pain 3 or less"), change at most 0. */
  toleratedExposures: 3,
  toleratedMaxPain: 3,
} as const;

/** Options of the status function: the profile's `cleared` list, or whether this subject is cleared. */
export interface TriggerStatusOptions {
  cleared?: boolean | readonly string[];
}

/** The two in-session reds closest in time: their dates and the days between them, or null with fewer than 2. */
function closestReds(redDates: readonly string[]): { a: string; b: string; gap: number } | null {
  let best: { a: string; b: string; gap: number } | null = null;
  // Sorting here keeps the answer independent of how the caller built the list.
  const dates = [...redDates].sort();
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1] as string;
    const b = dates[i] as string;
    const gap = dayNumber(b) - dayNumber(a);
    if (!best || gap < best.gap) best = { a, b, gap };
  }
  return best;
}

function last(dates: readonly string[]): string {
  return formatDayShort([...dates].sort().at(-1) ?? "");
}

/** The comparison the next-morning change is made against, in words. */
function baselineWords(s: SubjectStats): string {
  return s.nextMorning.withoutCount >= 2
    ? "after sessions without it"
    : "your pain before those sessions (too few sessions without it to compare)";
}

function nextMorningSentence(s: SubjectStats): string {
  const nm = s.nextMorning;
  const change = nm.change ?? 0;
  const direction = change > 0 ? "worse" : "better";
  return (
    `${nm.worseCount} of ${count(nm.withCount, "session")} with ${s.name} ${nm.worseCount === 1 ? "was" : "were"} ` +
    `followed by worse next-morning pain; on average the next morning was ${points(Math.abs(change))} ${direction} ` +
    `than ${baselineWords(s)}.`
  );
}

/** "a", "a and b", "a, b and c", with the first letter in upper case. */
function listNames(names: readonly string[]): string {
  const text = names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return capitalise(text);
}

/** "3 Mar 2026", "3 Mar 2026 and 10 Mar 2026". */
function dayList(results: readonly TestResult[]): string {
  const days = results.map((r) => formatDayShort(r.date));
  return days.length <= 1 ? (days[0] ?? "") : `${days.slice(0, -1).join(", ")} and ${days.at(-1)}`;
}

/** The mornings of test results in words: "the next morning was 2 points worse", "both next mornings were ...". */
export function morningsInWords(results: readonly TestResult[]): string {
  const worse = (c: number) => (c > 0 ? `${points(c)} worse` : c < 0 ? `${points(-c)} better` : "no worse");
  if (results.length === 1) return `the next morning was ${worse((results[0] as TestResult).change)}`;
  const changes = results.map((r) => r.change);
  const same = changes.every((c) => c === changes[0]);
  const all = results.length === 2 ? "both" : "all";
  if (same) return `${all} next mornings were ${worse(changes[0] as number)}`;
  return `the next mornings were ${changes.map(worse).join(", ")}`;
}

/** T5/T6 evidence: the days the exercise was tested and what the next mornings said. */
function verdictSentence(s: SubjectStats): string {
  const v = s.verdict;
  if (!v) return "";
  const results = v.results;
  if (v.by === "T5") {
    const head = `${capitalise(s.name)} was done without the other suspects on ${dayList(results)}; ${morningsInWords(results)}`;
    return v.result === "trigger"
      ? `${head}, so Spotter counts it as a trigger. A re-test can be offered after a calm stretch.`
      : `${head} and pain during it stayed at ${TEST_MAX_PAIN} or below, so your back tolerates it.`;
  }
  const head = `${capitalise(s.name)} was re-tested at a lighter load on ${dayList(results)}; ${morningsInWords(results)}`;
  return v.result === "trigger"
    ? `${head}${results.some((r) => r.maxPain > TEST_MAX_PAIN || r.sharp) ? " and it hurt during the set" : ""}, so it stays a trigger. The re-test can be offered again in 6 weeks.`
    : `${head} and pain during it stayed at ${TEST_MAX_PAIN} or below, so it is tolerated again and builds back up step by step.`;
}

/** T5/T6: pain during a test session at most this, with no sharp or radiating pain, counts as clean. */
export const TEST_MAX_PAIN = 3;

/** Evidence sentence for a decided status. */
function evidenceFor(reason: TriggerReason, s: SubjectStats): string {
  const name = s.name;
  switch (reason) {
    case "sharp-events":
      return `Sharp or radiating pain came up during ${name} in ${count(s.sharpEvents, "session")}, most recently on ${last(s.sharpDates)}.`;
    case "reds-within-14-days": {
      const pair = closestReds(s.redDates);
      if (!pair) return "";
      const when =
        pair.gap === 0
          ? `twice on ${formatDayShort(pair.a)}`
          : `on ${formatDayShort(pair.a)} and ${formatDayShort(pair.b)}, ${count(pair.gap, "day")} apart`;
      return `Pain during ${name} went above 5 or turned sharp ${when}.`;
    }
    case "next-morning-worse":
    case "next-morning-slightly-worse":
      return nextMorningSentence(s);
    case "next-morning-confounded":
      return `${nextMorningSentence(s)} ${listNames(s.confoundedWith ?? [])} ${(s.confoundedWith ?? []).length === 1 ? "was" : "were"} in every one of those sessions too and ${(s.confoundedWith ?? []).length === 1 ? "shows" : "show"} the same change, so Spotter cannot tell yet which one it is. It plans sessions with each of them on its own to find out.`;
    case "separated-trigger":
    case "separated-tolerated":
    case "retest-failed":
    case "retest-passed":
      return verdictSentence(s);
    case "one-sharp-event":
      return `Sharp or radiating pain came up once during ${name}, on ${last(s.sharpDates)}. A second time would mark it as a trigger.`;
    case "red-response":
      return s.redResponses === 1
        ? `Pain during ${name} went above 5 once, on ${last(s.redDates)}.`
        : `Pain during ${name} went above 5 or turned sharp in ${count(s.redResponses, "session")}, never two within ${TRIGGER_RULES.redWindowDays} days, most recently on ${last(s.redDates)}.`;
    case "tolerated":
      return (
        `You have done ${name} in ${count(s.exposures, "session")} with pain during it of at most ${s.maxPain ?? 0}, ` +
        `and your next mornings were no worse than ${s.nextMorning.withoutCount >= 2 ? "after other sessions" : "before training"}.`
      );
    case "no-next-morning":
      return `Pain during ${name} stayed at ${s.maxPain ?? 0} or below in ${count(s.exposures, "session")}, but none of them has a check-in the next morning, so how your back took it the day after is not known yet.`;
    case "next-morning-not-settled":
      return `Pain during ${name} stayed at ${s.maxPain ?? 0} or below, but ${nextMorningSentence(s).replace(/^./, (c) => c.toLowerCase())}`;
    case "pain-above-3":
      return `Pain during ${name} reached ${s.maxPain ?? 0} at most in ${count(s.exposures, "session")}: above the ${TRIGGER_RULES.toleratedMaxPain} that counts as tolerated, so Spotter keeps watching it.`;
    case "too-few-exposures":
      return `${capitalise(name)} has ${count(s.exposures, "session")} with a pain rating so far; Spotter needs ${TRIGGER_RULES.toleratedExposures} to judge how your back takes it.`;
    case "no-rated-sets":
      return `${capitalise(name)} is in your log only without pain ratings (for example from an import), so Spotter cannot judge it yet.`;
  }
}

/**
 * The data-only decision: the first T2 criterion that holds. Every figure counts from the last T5/T6 verdict
 * onward, so a trigger verdict stands until a T6 verdict, and a tolerated one until new evidence.
 */
export function decideStatus(s: SubjectStats): { status: TriggerStatus; reason: TriggerReason } {
  const R = TRIGGER_RULES;
  const nm = s.nextMorning;
  const change = nm.change;
  const pair = closestReds(s.redDates);
  if (s.verdict?.result === "trigger")
    return { status: "trigger", reason: s.verdict.by === "T5" ? "separated-trigger" : "retest-failed" };
  if (s.sharpEvents >= R.sharpEventsForTrigger) return { status: "trigger", reason: "sharp-events" };
  if (pair && pair.gap <= R.redWindowDays - 1) return { status: "trigger", reason: "reds-within-14-days" };
  const nextMorningWorse = change !== null && change >= R.triggerChange && nm.withCount >= R.triggerChangeExposures;
  // Revised T2: exercises that share every one of those mornings and the +2 are confounded; T5 tells them apart.
  if (nextMorningWorse && (s.confoundedWith ?? []).length === 0)
    return { status: "trigger", reason: "next-morning-worse" };
  if (s.sharpEvents === 1) return { status: "suspected", reason: "one-sharp-event" };
  if (s.redResponses >= 1) return { status: "suspected", reason: "red-response" };
  if (nextMorningWorse) return { status: "suspected", reason: "next-morning-confounded" };
  if (change !== null && change >= R.suspectChange && nm.withCount >= R.suspectChangeExposures)
    return { status: "suspected", reason: "next-morning-slightly-worse" };
  if (s.verdict?.result === "tolerated")
    return { status: "tolerated", reason: s.verdict.by === "T5" ? "separated-tolerated" : "retest-passed" };
  return settled(s);
}

/** The status when nothing counts against the subject: tolerated or unknown, with the reason. */
function settled(s: SubjectStats): { status: TriggerStatus; reason: TriggerReason } {
  const R = TRIGGER_RULES;
  const change = s.nextMorning.change;
  if (s.exposures === 0)
    return { status: "unknown", reason: s.unratedSessions > 0 ? "no-rated-sets" : "too-few-exposures" };
  if (s.exposures < R.toleratedExposures) return { status: "unknown", reason: "too-few-exposures" };
  if (s.maxPain === null || s.maxPain > R.toleratedMaxPain) return { status: "unknown", reason: "pain-above-3" };
  // No next morning on record means the day-after response is unknown: not enough to call it tolerated.
  if (change === null) return { status: "unknown", reason: "no-next-morning" };
  if (change > 0) return { status: "unknown", reason: "next-morning-not-settled" };
  return { status: "tolerated", reason: "tolerated" };
}

function isCleared(s: SubjectStats, cleared: TriggerStatusOptions["cleared"]): boolean {
  if (typeof cleared === "boolean") return cleared;
  if (!cleared) return false;
  const id = (s as Partial<ExerciseStats>).exerciseId;
  return id !== undefined && cleared.includes(id);
}

/**
 * T2: the status of an exercise (or, for information, a pattern) from its T1 statistics. A subject the user cleared
 * is never trigger or suspected; the evidence then says that the user overruled it and what the log shows.
 */
export function exerciseStatus(stats: SubjectStats, options: TriggerStatusOptions = {}): TriggerStatusResult {
  const decided = decideStatus(stats);
  const evidence = evidenceFor(decided.reason, stats);
  const suspect = decided.status === "trigger" || decided.status === "suspected";
  if (suspect && isCleared(stats, options.cleared)) {
    const base = settled(stats);
    return {
      status: base.status,
      reason: decided.reason,
      evidence: `You marked ${stats.name} as fine for you, so Spotter does not treat it as a trigger. From your log: ${evidence}`,
      overruledByUser: true,
    };
  }
  return { status: decided.status, reason: decided.reason, evidence, overruledByUser: false };
}

/** Order of concern, most concerning first (for sorting lists). */
export const TRIGGER_STATUS_ORDER: readonly TriggerStatus[] = ["trigger", "suspected", "unknown", "tolerated"];

/** Evidence-free T2 status, for callers that only need the word. */
export function exerciseStatusOnly(stats: SubjectStats, options: TriggerStatusOptions = {}): TriggerStatus {
  return exerciseStatus(stats, options).status;
}
