/**
 * T6: when a trigger Spotter found may be re-tested. Offered after 21 days without the exercise on a calm stretch
 * (each of the last 7 days with a check-in and R5, or R4 with no R5 day in 28 days and pain now not above the 28-day
 * average), at 50% of the last working load rounded down to a loadable weight, with the decision rule said before
 * the first set. Never for an exercise the user named as aggravating; after radiating pain only once a clearance
 * was recorded since; after a failed re-test or a decline, again after 6 weeks.
 */
import { restrictedIdsOn } from "../clearance/index.js";
import { type ExerciseStats, latestRetestDecision, RETEST_RULE_TEXT, type TriggerStatus } from "../insights/index.js";
import { addDays, daysBetween } from "../time.js";
import { roundLoadKg } from "../units.js";
import { coachReadiness } from "./readiness.js";
import { coachTriggerStats, lastWorkingLoad } from "./separation.js";
import { coachStatuses } from "./statuses.js";
import type { CoachLog } from "./types.js";

/** T6 defaults. */
export const RETEST_RULES = {
  daysWithout: 21,
  calmDays: 7,
  r4LookbackDays: 28,
  loadShare: 0.5,
  againAfterDays: 42,
} as const;

/** One re-test offer. */
export interface RetestOffer {
  exerciseId: string;
  /** The re-test load in kg (50% of the last working load, rounded down to a loadable weight), or null unloaded. */
  loadKg: number | null;
  rule: string;
}

/** The day of the last radiating event on an exercise, or null. */
function lastRadiating(log: CoachLog, exerciseId: string): string | null {
  const days = new Map(log.sessions.map((s) => [s.id, s.date]));
  let last: string | null = null;
  for (const s of log.sets) {
    if (s.exerciseId !== exerciseId || s.painKind !== "radiating") continue;
    const d = days.get(s.sessionId);
    if (d && (!last || d > last)) last = d;
  }
  return last;
}

/** T6's calm stretch: each of the last 7 days ending `date` has a check-in and is R5, or R4 when R5 is absent. */
export function calmStretch(log: CoachLog, date: string): boolean {
  const checkinDays = new Set(log.checkins.map((c) => c.date));
  const tiers: string[] = [];
  for (let k = RETEST_RULES.calmDays - 1; k >= 0; k--) {
    const day = addDays(date, -k);
    if (!checkinDays.has(day)) return false;
    tiers.push(coachReadiness(log, day).tier);
  }
  if (tiers.every((t) => t === "R5")) return true;
  if (!tiers.every((t) => t === "R5" || t === "R4")) return false;
  // R4 days count only when no R5 day came in 28 days and pain now is not above the 28-day average.
  const from = addDays(date, -(RETEST_RULES.r4LookbackDays - 1));
  const recent = log.checkins.filter((c) => c.date >= from && c.date <= date);
  if (recent.some((c) => coachReadiness(log, c.date).tier === "R5")) return false;
  const avg = recent.reduce((a, c) => a + c.painNow, 0) / Math.max(recent.length, 1);
  const now = log.checkins.find((c) => c.date === date)?.painNow ?? Number.POSITIVE_INFINITY;
  return now <= avg;
}

/**
 * T6: the re-test offers open on a day. Pass the statuses and figures when the caller has them already. An
 * accepted re-test is not an offer (it is planned); a declined one is offered again 6 weeks after the decline.
 */
export function retestOffers(
  log: CoachLog,
  date: string,
  statuses: Map<string, TriggerStatus> = coachStatuses(log),
  stats: Map<string, ExerciseStats> = coachTriggerStats(log),
): RetestOffer[] {
  const named = new Set(log.profile.aggravating.flatMap((a) => ("exerciseId" in a ? [a.exerciseId] : [])));
  const namedPatterns = new Set(log.profile.aggravating.flatMap((a) => ("pattern" in a ? [a.pattern] : [])));
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  // X5: never offered for an exercise a clinician's rule keeps out that day.
  const restricted = restrictedIdsOn(log, date);
  const candidates: string[] = [];
  for (const [id, status] of statuses) {
    if (status !== "trigger" || named.has(id) || restricted.has(id)) continue;
    const def = byId.get(id);
    if (def && namedPatterns.has(def.pattern)) continue;
    const s = stats.get(id);
    const last = s?.lastDate ?? s?.verdict?.date ?? null;
    const lastDone = lastExposure(log, id) ?? last;
    if (lastDone && daysBetween(lastDone, date) < RETEST_RULES.daysWithout) continue;
    const decision = latestRetestDecision(log.retests ?? [], id);
    if (decision?.accept && (!s?.verdict || s.verdict.date < decision.date)) continue;
    if (decision && !decision.accept && daysBetween(decision.date, date) < RETEST_RULES.againAfterDays) continue;
    if (
      s?.verdict?.by === "T6" &&
      s.verdict.result === "trigger" &&
      daysBetween(s.verdict.date, date) < RETEST_RULES.againAfterDays
    )
      continue;
    const radiating = lastRadiating(log, id);
    if (radiating && !log.clearances.some((c) => c.date >= radiating)) continue;
    candidates.push(id);
  }
  if (candidates.length === 0 || !calmStretch(log, date)) return [];
  return candidates.sort().map((id) => {
    const def = byId.get(id);
    const last = lastWorkingLoad(log, id);
    const loadKg =
      def && last !== null && last > 0
        ? roundLoadKg(last * RETEST_RULES.loadShare, def, log.profile.unit, "down")
        : null;
    return { exerciseId: id, loadKg, rule: RETEST_RULE_TEXT };
  });
}

/** The day of the last session with a set of the exercise, or null. */
function lastExposure(log: CoachLog, exerciseId: string): string | null {
  const days = new Map(log.sessions.map((s) => [s.id, s.date]));
  let last: string | null = null;
  for (const s of log.sets) {
    if (s.exerciseId !== exerciseId) continue;
    const d = days.get(s.sessionId);
    if (d && (!last || d > last)) last = d;
  }
  return last;
}
