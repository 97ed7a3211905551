/**
 * The readiness engine (SPEC §0 S0.2 and §2, R1-R5): the day's tier is the first that applies, R1 before R2 before
 * R3 and so on, so red flags override every other rule. Pure: everything comes in as plain data.
 *
 * A day is read from the indexed history (`readinessIndex.ts`), so its cost follows the records and the window the
 * rules look at, never the years since the first check-in; `dayByDayReadiness.ts` is the plain walk it must match.
 */
import type { Readiness, ReadinessAdvice, ReadinessReason } from "../records/readiness.js";
import type { Tier } from "../records/vocab.js";
import { addDays, daysBetween } from "../time.js";
import { askAgain } from "./bothLegs.js";
import { isCheckinCovered } from "./clearanceCover.js";
import type { ReadinessInput } from "./inputs.js";
import { isNerveEntryCleared, type LockSign } from "./lockSigns.js";
import { type NoImprovementFinding, noImprovementOn, reviewDue, spellOn } from "./noImprovement.js";
import {
  coverIndexOn,
  coverState,
  firstAfter,
  indexReadiness,
  lastAtOrBefore,
  type ReadinessIndex,
} from "./readinessIndex.js";
import { READINESS_REASON_TIERS, type ReadinessReasonCode, readinessReason } from "./reasons.js";
import { RED_FLAGS_REASK_DAYS } from "./redFlagsDue.js";

export { mergeSameDay } from "./readinessIndex.js";

/** Today's pain at or above which the day is a recovery day (R3, the pain-monitoring high-risk zone). */
export const PAIN_HIGH_FROM = 6;
/** Today's pain at or above which training is modified (R4, the acceptable zone). */
export const PAIN_MODERATE_FROM = 3;
/** How much today's pain must exceed yesterday's pre-session pain to count as lingering (R3). */
export const LINGERING_PAIN_RISE = 2;

/** R6: the `review` advice in our words, with the averages of the day (or of the day the spell began). */
export function reviewAdvice(
  painByDay: ReadonlyMap<string, number>,
  date: string,
  start: NoImprovementFinding,
): ReadinessAdvice {
  const { averageNow, averageBefore } = noImprovementOn(painByDay, date) ?? start;
  const one = (n: number) => (Math.round(n * 10) / 10).toString();
  return {
    code: "review",
    message:
      `Your 7-day pain average (${one(averageNow)}) is no lower than four weeks ago (${one(averageBefore)}). Keep ` +
      "training as your day allows; a slow course is a good reason to book a review with a physiotherapist or GP.",
  };
}

/** A reason found while evaluating, before the tier is chosen. */
interface Finding {
  code: ReadinessReasonCode;
  reason: ReadinessReason;
}

function lockFinding(sign: LockSign, date: string): Finding {
  return {
    code: sign.code,
    reason: readinessReason(sign.code, sign.since < date ? { since: sign.since } : {}),
  };
}

const REASON_ORDER = Object.keys(READINESS_REASON_TIERS) as ReadinessReasonCode[];

/**
 * Whether the red flags are due on a day (see `redFlagsDue.ts` for the rule), read by index: the latest full set of
 * answers on or before the day, then the first check-in after it with a new or worse nerve symptom or high pain.
 */
function redFlagsDueOn(ix: ReadinessIndex, date: string, todayAt: number, upTo: number): boolean {
  if (todayAt >= 0 && ix.completeAt[lastAtOrBefore(ix.completeAt, todayAt)] === todayAt) return false;
  const lastAt = ix.completeAt[lastAtOrBefore(ix.completeAt, upTo)];
  if (lastAt === undefined) return true;
  const nerveAt = firstAfter(ix.nerveNewAt, lastAt);
  if (nerveAt !== undefined && nerveAt <= upTo) return true;
  const painAt = firstAfter(ix.painHighAt, lastAt);
  if (painAt !== undefined && painAt <= upTo) return true;
  return daysBetween(ix.days[lastAt] as string, date) >= RED_FLAGS_REASK_DAYS;
}

/**
 * The readiness `{tier, reasons, askRedFlags}` of one day from an indexed history.
 *
 * - Locks: an R1 or R2 sign on any check-in up to `date` that no clearance covers keeps its tier (see
 *   `clearanceCover.ts` for what a clearance covers and `lockSigns.ts` for yes answers and nerve symptoms).
 * - R3 and R4 read only the check-in of `date` (and, for lingering pain, the sessions of the day before).
 * - Red flags due and unanswered make the day R4 at most, and set `askRedFlags`.
 * - No check-in for `date`: locks still apply; otherwise the day is R4 with reason NO_CHECKIN, never full training.
 *
 * Reasons list the chosen tier's reasons in SPEC order, then RED_FLAGS_DUE when the questions are due.
 */
export function readinessOn(ix: ReadinessIndex, date: string): Readiness {
  ix.work.days++;
  const upTo = lastAtOrBefore(ix.days, date);
  const todayAt = upTo >= 0 && ix.days[upTo] === date ? upTo : -1;
  const today = todayAt >= 0 ? ix.checkins[todayAt] : undefined;
  const state = coverState(ix, coverIndexOn(ix, date));
  const { cover } = state;
  const findings: Finding[] = [];

  // R1 and R2 signs that began on or before the day, ordered as SPEC §2 lists them.
  const signs = state.signs.filter((s) => s.since <= date);
  signs.sort((a, b) => REASON_ORDER.indexOf(a.code) - REASON_ORDER.indexOf(b.code));
  for (const s of signs) findings.push(lockFinding(s, date));

  // R6 no improvement in a month, counted from the last clearance: only uncovered check-ins take part. It is advice
  // that never locks, except after a yes to cancer history, weight loss, onset after 50 or night pain: then R2.
  const r6Locks = ix.r6LockFrom !== null && ix.r6LockFrom <= date;
  const stalled = r6Locks && state.firstStall && state.firstStall.day <= date ? state.firstStall : null;
  const spell = r6Locks ? null : spellOn(state.spells, date);
  const advice = spell && reviewDue(spell.start, date) ? [reviewAdvice(state.painByDay, date, spell.start)] : [];
  if (stalled) {
    const current = noImprovementOn(state.painByDay, date) ?? stalled;
    findings.push({
      code: "NO_IMPROVEMENT",
      reason: readinessReason("NO_IMPROVEMENT", {
        averageNow: current.averageNow,
        averageBefore: current.averageBefore,
        ...(stalled.day < date ? { since: stalled.day } : {}),
      }),
    });
  }

  if (today) {
    const push = (code: ReadinessReasonCode, details = {}) =>
      findings.push({ code, reason: readinessReason(code, details) });
    const painNow = today.painNow;
    if (today.everydayPain === "persistent") push("EVERYDAY_PAIN_PERSISTENT");
    if (painNow >= PAIN_HIGH_FROM) push("PAIN_HIGH", { painNow });
    const before = ix.painBeforeByDay.get(addDays(date, -1)) ?? [];
    // With two sessions yesterday, the lower starting pain is the cautious baseline.
    if (before.length > 0 && painNow - Math.min(...before) >= LINGERING_PAIN_RISE) {
      push("LINGERING_PAIN", { painNow, painBefore: Math.min(...before) });
    }
    if (painNow >= PAIN_MODERATE_FROM && painNow < PAIN_HIGH_FROM) push("PAIN_MODERATE", { painNow });
    if (today.everydayPain === "some") push("EVERYDAY_PAIN_SOME");
    const todayCovered = isCheckinCovered(today, cover);
    if ((today.nerve ?? []).some((e) => todayCovered || isNerveEntryCleared(e, cover, state.nerveBaseline))) {
      push("NERVE_CLEARED");
    }
  }

  // R8: a map showing both legs against a no (or no answer) on "symptoms down both legs" asks again today.
  const ask = askAgain(today);
  if (ask.length > 0) findings.push({ code: "BOTH_LEGS_RECHECK", reason: readinessReason("BOTH_LEGS_RECHECK") });
  const due = redFlagsDueOn(ix, date, todayAt, upTo);
  if (due) findings.push({ code: "RED_FLAGS_DUE", reason: readinessReason("RED_FLAGS_DUE") });
  if (!today) findings.push({ code: "NO_CHECKIN", reason: readinessReason("NO_CHECKIN") });
  if (findings.length === 0) findings.push({ code: "READY", reason: readinessReason("READY") });

  const tierOf = (f: Finding): Tier => READINESS_REASON_TIERS[f.code];
  const tier = findings.map(tierOf).sort()[0] ?? "R4";
  const reasons = findings.filter((f) => tierOf(f) === tier).map((f) => f.reason);
  if (due && tier !== "R4") reasons.push(readinessReason("RED_FLAGS_DUE"));
  return {
    tier,
    reasons,
    askRedFlags: due,
    ...(ask.length > 0 ? { ask } : {}),
    ...(advice.length > 0 ? { advice } : {}),
  };
}

/** Computes the day's readiness from plain data (indexes the history, then reads the day: see `readinessOn`). */
export function computeReadiness(input: ReadinessInput): Readiness {
  return readinessOn(indexReadiness(input), input.date);
}
