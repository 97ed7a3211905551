/**
 * O2 (revised 2026-12, the pain-monitoring model): the pain response of one exercise in one session, green, amber
 * or red, from the pain during its sets, the pain after the session and the next morning's check-in. Steady
 * tightness of 3-5 that has settled by the next morning is green ("tight"), not amber (S0.5). A response waits
 * ("pending") for the next morning, but never longer than 48 hours; a red the session itself showed is final at
 * once, since no morning can undo it.
 */
import { addDays } from "../time.js";
import type { CheckinPain, ProgressionSet, SessionLog } from "./types.js";

/** O2 response of an exercise in a session. */
export type PainResponse = "green" | "amber" | "red" | "pending";

/** Why a response is what it is (stable codes, most severe kinds first in the list they appear in). */
export type PainResponseReason =
  | "sharp"
  | "radiating"
  | "pain-above-5"
  | "after-above-5-with-pain"
  | "next-morning-plus-2"
  | "pain-rose-2"
  | "next-morning-plus-1"
  | "after-above-5-elsewhere"
  | "tight-unsettled";

/** Hours a response waits for the next-morning check-in before it is settled from the session alone. */
export const PENDING_HOURS = 48;
/** O2/G3: a rise of pain during this much or more within one exercise is amber (G3's third rule). */
export const PAIN_RISE_AMBER = 2;
/** O2: the highest pain during that still reads as calm; above it, up to 5, a green is "tight". */
export const CALM_MAX_PAIN = 2;

/** What O2 reads for one exercise in one session. */
export interface PainResponseInput {
  /** The sets of this exercise in this session (warm-ups included: pain in a warm-up still counts). */
  sets: ReadonlyArray<Pick<ProgressionSet, "pain" | "painKind"> & { warmup?: boolean }>;
  painBefore: number | null;
  painAfter: number | null;
  /** Pain now of the check-in of the day after the session, or null while there is none. */
  nextMorningPain: number | null;
  /** True when another exercise of the session hurt (pain 3 or more, or sharp or radiating); only explains. */
  otherExerciseHurt?: boolean;
  /** Hours since the session ended (or started, when it was never finished). */
  hoursSinceSession: number;
}

/** The response with its reasons. */
export interface PainResponseDetail {
  response: PainResponse;
  reasons: PainResponseReason[];
  /** O3: a red during the exercise itself (sharp, radiating or above 5): what T2 counts. */
  inSessionRed: boolean;
  /** A red that belongs to this exercise: in-session, or pain after above 5 with pain 3 or more during it. */
  attributableRed: boolean;
  /** True when only the next morning made it red (O3: hold, the cause is left to T1). */
  morningRed: boolean;
  /** True when 48 hours passed without a next-morning check-in and the session alone decided. */
  settledWithoutMorning: boolean;
  /** Highest pain during the sets, or null when none carried a pain value (imported). */
  maxPain: number | null;
  /** O2: a green (or pending) response with pain during of 3-5: progresses by the smallest step only (O3). */
  tight: boolean;
}

/** O2/G3: the rise of pain from the exercise's first working set with a pain value to its highest later one. */
export function painRiseWithin(sets: PainResponseInput["sets"]): number {
  const working = sets.filter((s) => !s.warmup && s.pain !== null);
  const first = working[0]?.pain;
  if (first === undefined || first === null) return 0;
  let rise = 0;
  for (const s of working) rise = Math.max(rise, (s.pain ?? 0) - first);
  return rise;
}

/** O2: the response with its reasons. */
export function assessPainResponse(input: PainResponseInput): PainResponseDetail {
  let maxPain: number | null = null;
  let sharp = false;
  let radiating = false;
  for (const s of input.sets) {
    if (s.pain !== null && (maxPain === null || s.pain > maxPain)) maxPain = s.pain;
    if (s.painKind === "sharp") sharp = true;
    if (s.painKind === "radiating") radiating = true;
  }
  const during = maxPain ?? 0;
  const afterHigh = input.painAfter !== null && input.painAfter > 5;
  const reasons: PainResponseReason[] = [];
  if (sharp) reasons.push("sharp");
  if (radiating) reasons.push("radiating");
  if (during > 5) reasons.push("pain-above-5");
  const inSessionRed = reasons.length > 0;
  if (afterHigh && during >= 3) reasons.push("after-above-5-with-pain");
  const attributableRed = reasons.length > 0;

  // The next morning compares with the pain before the session; without that there is nothing to wait for.
  const canCompareMorning = input.painBefore !== null;
  const morningDelta =
    canCompareMorning && input.nextMorningPain !== null ? input.nextMorningPain - (input.painBefore ?? 0) : null;
  if (morningDelta !== null && morningDelta >= 2) reasons.push("next-morning-plus-2");
  if (during >= 3 && painRiseWithin(input.sets) >= PAIN_RISE_AMBER) reasons.push("pain-rose-2");
  if (morningDelta === 1) reasons.push("next-morning-plus-1");
  if (afterHigh && during < 3) reasons.push("after-above-5-elsewhere");
  const tightPain = during > CALM_MAX_PAIN && during <= 5;

  const waiting = canCompareMorning && input.nextMorningPain === null;
  const base = { reasons, inSessionRed, attributableRed, maxPain };
  if (attributableRed) {
    return { ...base, response: "red", morningRed: false, settledWithoutMorning: false, tight: false };
  }
  if (waiting && input.hoursSinceSession < PENDING_HOURS) {
    return { ...base, response: "pending", morningRed: false, settledWithoutMorning: false, tight: tightPain };
  }
  const morningRed = morningDelta !== null && morningDelta >= 2;
  // Tightness is green only once it has settled: a next morning not above the start. Without a morning to compare
  // (none after 48 hours, or no pre-session pain) it cannot be called settled, so it is amber.
  if (tightPain && !morningRed && (waiting || !canCompareMorning)) reasons.push("tight-unsettled");
  const amber = reasons.length > 0;
  const response = morningRed ? "red" : amber ? "amber" : "green";
  return {
    ...base,
    response,
    morningRed,
    settledWithoutMorning: waiting,
    tight: response === "green" && tightPain,
  };
}

/** O2: "green", "amber", "red", or "pending" while the next morning is still to come (at most 48 hours). */
export function painResponse(input: PainResponseInput): PainResponse {
  return assessPainResponse(input).response;
}

/** True when a set hurt enough to count as "the exercise that hurt" (pain 3 or more, sharp or radiating). */
export function setHurt(set: Pick<ProgressionSet, "pain" | "painKind">): boolean {
  return (set.pain ?? 0) >= 3 || set.painKind === "sharp" || set.painKind === "radiating";
}

/** Hours from a session's end (or start) to `nowMs`. */
export function hoursSince(session: Pick<SessionLog, "startedAt" | "finishedAt">, nowMs: number): number {
  const end = Date.parse(session.finishedAt ?? session.startedAt);
  return (nowMs - end) / 3_600_000;
}

/** The pain now of the check-in on the day after `day`, or null. */
export function nextMorningPainAfter(day: string, checkins: ReadonlyArray<CheckinPain>): number | null {
  const next = addDays(day, 1);
  const c = checkins.find((x) => x.date === next);
  return c ? c.painNow : null;
}

/** O2 for one exercise of a stored session, reading the next-morning check-in from the list. */
export function exerciseResponseInSession(
  session: SessionLog,
  exerciseId: string,
  checkins: ReadonlyArray<CheckinPain>,
  nowMs: number,
): PainResponseDetail {
  const own = session.sets.filter((s) => s.exerciseId === exerciseId);
  const otherExerciseHurt = session.sets.some((s) => s.exerciseId !== exerciseId && setHurt(s));
  return assessPainResponse({
    sets: own,
    painBefore: session.painBefore,
    painAfter: session.painAfter,
    nextMorningPain: nextMorningPainAfter(session.date, checkins),
    otherExerciseHurt,
    hoursSinceSession: hoursSince(session, nowMs),
  });
}

/** O2 for every exercise of a session, keyed by exercise id (what `POST /sessions/:id/finish` reports). */
export function sessionPainResponses(
  session: SessionLog,
  checkins: ReadonlyArray<CheckinPain>,
  nowMs: number,
): Map<string, PainResponseDetail> {
  const out = new Map<string, PainResponseDetail>();
  for (const id of new Set(session.sets.map((s) => s.exerciseId))) {
    out.set(id, exerciseResponseInSession(session, id, checkins, nowMs));
  }
  return out;
}
