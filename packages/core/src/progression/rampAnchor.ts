/**
 * O7 (and O5): the load a ramp climbs back to. Progression after a dip restarts from a ramp, not from zero: after a
 * break of 14 days or more, after R1-R3 days (whose return drops the load to 80-90%), and after a deload week, each
 * calm green adds about 5% back up to the load before the dip. Everything here is read from the log, so an edited
 * set changes the answer with it (G6).
 */
import { addDays, daysBetween } from "../time.js";
import { exerciseResponseInSession } from "./painResponse.js";
import { RETURN_GAP_SHORT_DAYS } from "./returnToLoad.js";
import type { CheckinPain, SessionLog } from "./types.js";

/** O7: how far back (days) the ramp looks for the working load before a short dip (R3 days, a lock, a deload). */
export const RAMP_LOOKBACK_DAYS = 42;
/** O5: the window (days) whose heaviest working load a deload week takes its 10% from, so two deload sessions never compound. */
export const DELOAD_REFERENCE_DAYS = 14;

/** The heaviest working load of an exercise in a session, or 0 without one. */
export function sessionLoadKg(session: SessionLog, exerciseId: string): number {
  let max = 0;
  for (const s of session.sets) {
    if (s.exerciseId === exerciseId && !s.warmup && s.setType !== "drop" && (s.loadKg ?? 0) > max) max = s.loadKg ?? 0;
  }
  return max;
}

/** O7: the working load before the latest break of 14 days or more (no ladder neighbour in between), or null. */
export function gapAnchor(
  own: ReadonlyArray<SessionLog>,
  exerciseId: string,
  neighbourDays: readonly string[],
): number | null {
  for (let i = own.length - 1; i >= 1; i--) {
    const prev = own[i - 1];
    const cur = own[i];
    if (!prev || !cur) continue;
    const between = neighbourDays.some((d) => d > prev.date && d < cur.date);
    if (!between && daysBetween(prev.date, cur.date) >= RETURN_GAP_SHORT_DAYS) {
      const max = sessionLoadKg(prev, exerciseId);
      return max > 0 ? max : null;
    }
  }
  return null;
}

/** What the ramp's anchor reads besides the exercise's own sessions. */
export interface RampAnchorContext {
  checkins: ReadonlyArray<CheckinPain>;
  nowMs: number;
  /** The user's local today. */
  today: string;
  /** Days of ladder neighbours' sessions (a neighbour in a gap means the pattern was trained). */
  neighbourDays?: readonly string[];
}

/**
 * O7: the load the ramp climbs toward, or null when there is none: the heavier of the load before the latest
 * break and the heaviest working load of the last 6 weeks. A red at that heaviest load (in the session, after it
 * with pain during it, or the next morning) means the load itself was too much: O3 took the load down and O1
 * climbs from there, so there is no ramp back to it. A red later, on the way back up, keeps the anchor: the ramp
 * restarts from the lower load (O7).
 */
export function rampAnchor(own: ReadonlyArray<SessionLog>, exerciseId: string, ctx: RampAnchorContext): number | null {
  const gap = gapAnchor(own, exerciseId, ctx.neighbourDays ?? []);
  const from = addDays(ctx.today, -RAMP_LOOKBACK_DAYS);
  let peak = 0;
  let peakSession: SessionLog | undefined;
  for (const s of own) {
    if (s.date < from) continue;
    const kg = sessionLoadKg(s, exerciseId);
    if (kg > 0 && kg >= peak) {
      peak = kg;
      peakSession = s;
    }
  }
  let recent: number | null = null;
  if (peakSession) {
    const r = exerciseResponseInSession(peakSession, exerciseId, ctx.checkins, ctx.nowMs);
    if (!r.attributableRed && !r.morningRed) recent = peak;
  }
  const anchor = Math.max(gap ?? 0, recent ?? 0);
  return anchor > 0 ? anchor : null;
}

/**
 * O5: the load a deload week takes its 10% from: the heaviest working load of the last 14 days (at least the last
 * session's), so the second session of a deload week is not 10% below the first (O3: never multiplied).
 */
export function deloadReferenceKg(
  own: ReadonlyArray<SessionLog>,
  exerciseId: string,
  today: string,
  lastKg: number,
): number {
  const from = addDays(today, -DELOAD_REFERENCE_DAYS);
  let max = lastKg;
  for (const s of own) if (s.date >= from) max = Math.max(max, sessionLoadKg(s, exerciseId));
  return max;
}
