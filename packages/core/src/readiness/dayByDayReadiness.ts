/**
 * The readiness engine as first written: every rule re-walks the user's whole history on every call, day by day.
 * Kept only as the reference that the indexed engine (`computeReadiness.ts`) is tested against: both must answer
 * the same for any input. Never call it from the server: its cost grows with the account's age.
 */
import type { Readiness, ReadinessReason } from "../records/readiness.js";
import type { Tier } from "../records/vocab.js";
import { addDays, daysBetween } from "../time.js";
import { askAgain } from "./bothLegs.js";
import { isCheckinCovered, latestClearanceCover } from "./clearanceCover.js";
import {
  LINGERING_PAIN_RISE,
  mergeSameDay,
  PAIN_HIGH_FROM,
  PAIN_MODERATE_FROM,
  reviewAdvice,
} from "./computeReadiness.js";
import type { ReadinessCheckin, ReadinessInput } from "./inputs.js";
import { isNerveEntryCleared, type LockSign, nerveBaseline, nerveLockSigns, redFlagLockSigns } from "./lockSigns.js";
import { improvedOn, type NoImprovementFinding, noImprovementOn, reviewDue } from "./noImprovement.js";
import { R6_LOCK_FLAGS } from "./readinessIndex.js";
import { READINESS_REASON_TIERS, type ReadinessReasonCode, readinessReason } from "./reasons.js";
import { redFlagsDue } from "./redFlagsDue.js";

/** R6 walked every day: the spell alive on `to` (it began on a firing day and no day since showed improvement). */
function spellEveryDay(painByDay: ReadonlyMap<string, number>, from: string, to: string): NoImprovementFinding | null {
  let spell: NoImprovementFinding | null = null;
  for (let day = from; daysBetween(day, to) >= 0; day = addDays(day, 1)) {
    if (spell && improvedOn(painByDay, day)) spell = null;
    else if (!spell) spell = noImprovementOn(painByDay, day);
  }
  return spell;
}

/** The original R6 walk: every day from 28 days after the first check-in to `to`. */
function firstNoImprovementEveryDay(
  painByDay: ReadonlyMap<string, number>,
  from: string,
  to: string,
): NoImprovementFinding | null {
  const days = [...painByDay.keys()].sort();
  const earliest = days[0];
  if (earliest === undefined) return null;
  let day = addDays(earliest, 28);
  if (day < from) day = from;
  for (; daysBetween(day, to) >= 0; day = addDays(day, 1)) {
    const found = noImprovementOn(painByDay, day);
    if (found) return found;
  }
  return null;
}
/** The check-ins up to `date`, one per day, sorted by date. */
function checkinsUpTo(checkins: readonly ReadinessCheckin[], date: string): ReadinessCheckin[] {
  const byDay = new Map<string, ReadinessCheckin>();
  for (const c of checkins) {
    if (c.date > date) continue;
    const seen = byDay.get(c.date);
    byDay.set(c.date, seen ? mergeSameDay(seen, c) : c);
  }
  return [...byDay.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
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

/**
 * Computes the day's readiness `{tier, reasons, askRedFlags}` from plain data.
 *
 * - Locks: an R1 or R2 sign on any check-in up to `date` that no clearance covers keeps its tier (see
 *   `clearanceCover.ts` for what a clearance covers and `lockSigns.ts` for yes answers and nerve symptoms).
 * - R3 and R4 read only the check-in of `date` (and, for lingering pain, the sessions of the day before).
 * - Red flags due and unanswered make the day R4 at most, and set `askRedFlags`.
 * - No check-in for `date`: locks still apply; otherwise the day is R4 with reason NO_CHECKIN, never full training.
 *
 * Reasons list the chosen tier's reasons in SPEC order, then RED_FLAGS_DUE when the questions are due.
 */
export function dayByDayReadiness(input: ReadinessInput): Readiness {
  const { date } = input;
  const checkins = checkinsUpTo(input.checkins, date);
  const today = checkins.find((c) => c.date === date);
  const cover = latestClearanceCover(input.clearances ?? [], date, input.timeZone ?? "UTC");
  const findings: Finding[] = [];

  // R1 and R2 signs from yes answers and nerve entries, ordered as SPEC §2 lists them.
  const signs = [...redFlagLockSigns(checkins, cover), ...nerveLockSigns(checkins, cover)];
  const order = Object.keys(READINESS_REASON_TIERS) as ReadinessReasonCode[];
  signs.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
  for (const s of signs) findings.push(lockFinding(s, date));

  // R2 no improvement in a month, counted from the last clearance: only uncovered check-ins take part.
  const painByDay = new Map<string, number>();
  for (const c of checkins) if (!isCheckinCovered(c, cover)) painByDay.set(c.date, c.painNow);
  const first = checkins[0];
  const r6Locks = checkins.some((c) => R6_LOCK_FLAGS.some((k) => c.redFlags?.[k] === true));
  const stalled = first && r6Locks ? firstNoImprovementEveryDay(painByDay, first.date, date) : null;
  const spell = first && !r6Locks ? spellEveryDay(painByDay, first.date, date) : null;
  const advice = spell && reviewDue(spell, date) ? [reviewAdvice(painByDay, date, spell)] : [];
  if (stalled) {
    const current = noImprovementOn(painByDay, date) ?? stalled;
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
    const before = (input.sessions ?? [])
      .filter((s) => s.date === addDays(date, -1) && s.painBefore !== null)
      .map((s) => s.painBefore as number);
    // With two sessions yesterday, the lower starting pain is the cautious baseline.
    if (before.length > 0 && painNow - Math.min(...before) >= LINGERING_PAIN_RISE) {
      push("LINGERING_PAIN", { painNow, painBefore: Math.min(...before) });
    }
    if (painNow >= PAIN_MODERATE_FROM && painNow < PAIN_HIGH_FROM) push("PAIN_MODERATE", { painNow });
    if (today.everydayPain === "some") push("EVERYDAY_PAIN_SOME");
    const baseline = nerveBaseline(checkins, cover);
    const todayCovered = isCheckinCovered(today, cover);
    if ((today.nerve ?? []).some((e) => todayCovered || isNerveEntryCleared(e, cover, baseline))) {
      push("NERVE_CLEARED");
    }
  }

  const ask = askAgain(today);
  if (ask.length > 0) findings.push({ code: "BOTH_LEGS_RECHECK", reason: readinessReason("BOTH_LEGS_RECHECK") });
  const due = redFlagsDue(checkins, date, today);
  if (due.due) findings.push({ code: "RED_FLAGS_DUE", reason: readinessReason("RED_FLAGS_DUE") });
  if (!today) findings.push({ code: "NO_CHECKIN", reason: readinessReason("NO_CHECKIN") });
  if (findings.length === 0) findings.push({ code: "READY", reason: readinessReason("READY") });

  const tierOf = (f: Finding): Tier => READINESS_REASON_TIERS[f.code];
  const tier = findings.map(tierOf).sort()[0] ?? "R4";
  const reasons = findings.filter((f) => tierOf(f) === tier).map((f) => f.reason);
  if (due.due && tier !== "R4") reasons.push(readinessReason("RED_FLAGS_DUE"));
  return {
    tier,
    reasons,
    askRedFlags: due.due,
    ...(ask.length > 0 ? { ask } : {}),
    ...(advice.length > 0 ? { advice } : {}),
  };
}
