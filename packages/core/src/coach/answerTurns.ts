/**
 * When a coaching answer computed now may change with no write to the log. Everything the coach concludes follows
 * from the log, the plan and the day, except one thing: O2 waits `PENDING_HOURS` after a session for the next
 * morning's check-in, and once that window closes a pending response becomes a verdict. A caller that keeps an
 * answer (the server's derived answers) keeps it only until then.
 */
import { hoursSince, PENDING_HOURS } from "../progression/index.js";
import type { CoachLog } from "./types.js";

const MS_PER_HOUR = 3_600_000;

/**
 * The first instant after `nowMs` at which a session's O2 waiting window closes (its end, or start when unfinished,
 * plus `PENDING_HOURS`), or null when no window is open. A new local day is the caller's to key on.
 */
export function coachAnswerTurnsAt(log: Pick<CoachLog, "sessions">, nowMs: number): number | null {
  let first: number | null = null;
  // Every session: one finished long after it started (an edit) may still have its window open.
  for (const s of log.sessions) {
    const hours = hoursSince(s, nowMs);
    if (!(hours < PENDING_HOURS)) continue;
    // A session ending in the future (a clock ahead of now) counts from its end, like hoursSince.
    const at = nowMs + (PENDING_HOURS - hours) * MS_PER_HOUR;
    if (first === null || at < first) first = at;
  }
  return first === null ? null : Math.ceil(first);
}
