/**
 * O5: the week after a deload. A deload week is planned lightness, not a gap (O7 names breaks, locks and R3 days,
 * never a deload): when the lighter sessions went well, the exercise goes straight back to where it was before
 * them and its progression carries on from the last session before the deload, as if the lighter week were not in
 * its record. The lighter sessions still count as training (O7's gap is measured to them); a lighter session that
 * did not go well (red, amber, a worse next morning, or no check-in yet), or that was itself O7's return after a
 * break, is judged as any session is (O3, O7's ramp).
 */
import type { Grade, Tier } from "../records/vocab.js";
import { exerciseResponseInSession } from "./painResponse.js";
import { sessionLoadKg } from "./rampAnchor.js";
import { returnToLoad } from "./returnToLoad.js";
import type { CheckinPain, SessionLog } from "./types.js";

/** What the return after a deload reads. */
export interface DeloadReturnInput {
  /** The exercise's sessions with working sets, oldest first. */
  own: ReadonlyArray<SessionLog>;
  exerciseId: string;
  /** True on the days of a deload week (O5, see `deloadDue`); the caller knows the plan's weeks. */
  deloadDay: (day: string) => boolean;
  /** True when today is itself in a deload week: the deload's own load applies, there is nothing to return from. */
  deloadToday: boolean;
  checkins: ReadonlyArray<CheckinPain>;
  nowMs: number;
  /** O7: the tier of a day (a lock or R3 days before the lighter week make its first session an O7 return). */
  tierOn?: (day: string) => Tier | undefined;
  grade: Grade;
}

/** The session to judge progression from after a deload: the last one before it, and the lighter ones after it. */
export interface DeloadReturn {
  /** The last session of the exercise before the deload week. */
  before: SessionLog;
  /** The deload week's sessions of the exercise, oldest first. */
  lighter: SessionLog[];
}

/**
 * O5: when the exercise's latest sessions were a deload week's, all green and none heavier than the session before
 * them, that earlier session and the lighter ones; otherwise null (progression reads the latest session as usual).
 */
export function deloadReturn(input: DeloadReturnInput): DeloadReturn | null {
  const { own, exerciseId } = input;
  if (input.deloadToday) return null;
  let i = own.length - 1;
  while (i >= 0 && input.deloadDay((own[i] as SessionLog).date)) i--;
  const before = own[i];
  const lighter = own.slice(i + 1);
  if (!before || lighter.length === 0) return null;
  // A red before the deload was answered by the deload's own target (the lowest load wins, O3); judge from the latest.
  const first = exerciseResponseInSession(before, exerciseId, input.checkins, input.nowMs);
  if (first.response === "red" || first.morningRed) return null;
  const beforeKg = sessionLoadKg(before, exerciseId);
  // A lighter session that was O7's return after a break, a lock or R3 days keeps O7's ramp (SPEC asks for it there).
  const o7 = returnToLoad({
    lastDay: before.date,
    today: (lighter[0] as SessionLog).date,
    grade: input.grade,
    inSessionBeforeR3: true,
    ...(input.tierOn ? { tierOn: input.tierOn } : {}),
  });
  if (o7) return null;
  for (const s of lighter) {
    // A session as heavy as before it was not a lighter one (a plan made for another reason, or an ignored deload).
    if (sessionLoadKg(s, exerciseId) > beforeKg) return null;
    const r = exerciseResponseInSession(s, exerciseId, input.checkins, input.nowMs);
    if (r.response !== "green" || r.morningRed) return null;
  }
  return { before, lighter };
}
