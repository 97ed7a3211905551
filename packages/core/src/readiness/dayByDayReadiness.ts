/**
 * The readiness engine (SPEC §0 S0.2 and §2, R1-R5): the day's tier is the first that applies, R1 before R2 before
 * R3 and so on, so red flags override every other rule. Pure: everything comes in as plain data.
 */
import type { Readiness, ReadinessReason } from "../records/readiness.js";
import { EVERYDAY_PAIN, type EverydayPain, RED_FLAG_KEYS, type RedFlagKey, type Tier } from "../records/vocab.js";
import { addDays } from "../time.js";
import { isCheckinCovered, latestClearanceCover } from "./clearanceCover.js";
import type { ReadinessCheckin, ReadinessInput } from "./inputs.js";
import { isNerveEntryCleared, type LockSign, nerveBaseline, nerveLockSigns, redFlagLockSigns } from "./lockSigns.js";
import { firstNoImprovement, noImprovementOn } from "./noImprovement.js";
import { READINESS_REASON_TIERS, type ReadinessReasonCode, readinessReason } from "./reasons.js";
import { redFlagsDue } from "./redFlagsDue.js";

/** Today's pain at or above which the day is a recovery day (R3, the pain-monitoring high-risk zone). */
export const PAIN_HIGH_FROM = 6;
/** Today's pain at or above which training is modified (R4, the acceptable zone). */
export const PAIN_MODERATE_FROM = 3;
/** How much today's pain must exceed yesterday's pre-session pain to count as lingering (R3). */
export const LINGERING_PAIN_RISE = 2;

/** Two check-ins for one day (which the API never stores) are merged the cautious way: the worse of each answer. */
function mergeSameDay(a: ReadinessCheckin, b: ReadinessCheckin): ReadinessCheckin {
  const worse = (x: EverydayPain, y: EverydayPain) => (EVERYDAY_PAIN.indexOf(x) >= EVERYDAY_PAIN.indexOf(y) ? x : y);
  const redFlags: Partial<Record<RedFlagKey, boolean | null>> = {};
  for (const k of RED_FLAG_KEYS) {
    const x = a.redFlags?.[k] ?? null;
    const y = b.redFlags?.[k] ?? null;
    redFlags[k] = x === true || y === true ? true : x === false || y === false ? false : null;
  }
  const created = [a.createdAt, b.createdAt].filter((s): s is string => s !== undefined).sort()[0];
  return {
    date: a.date,
    painNow: Math.max(a.painNow, b.painNow),
    everydayPain: worse(a.everydayPain, b.everydayPain),
    nerve: [...(a.nerve ?? []), ...(b.nerve ?? [])],
    redFlags,
    ...(created === undefined ? {} : { createdAt: created }),
  };
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
export function computeReadiness(input: ReadinessInput): Readiness {
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
  const stalled = first ? firstNoImprovement(painByDay, first.date, date) : null;
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

  const due = redFlagsDue(checkins, date, today);
  if (due.due) findings.push({ code: "RED_FLAGS_DUE", reason: readinessReason("RED_FLAGS_DUE") });
  if (!today) findings.push({ code: "NO_CHECKIN", reason: readinessReason("NO_CHECKIN") });
  if (findings.length === 0) findings.push({ code: "READY", reason: readinessReason("READY") });

  const tierOf = (f: Finding): Tier => READINESS_REASON_TIERS[f.code];
  const tier = findings.map(tierOf).sort()[0] ?? "R4";
  const reasons = findings.filter((f) => tierOf(f) === tier).map((f) => f.reason);
  if (due.due && tier !== "R4") reasons.push(readinessReason("RED_FLAGS_DUE"));
  return { tier, reasons, askRedFlags: due.due };
}
