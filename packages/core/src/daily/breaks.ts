/**
 * Movement-break reminders for people who sit most of the day (SPEC D2): every 45 minutes (*default*) inside the
 * user's reminder hours, counted from the last break logged. Pure: the current instant and the time zone come in.
 */
import { addDays, localDay, zonedInstant } from "../time.js";

/** Default minutes between movement-break reminders (*default*, SPEC D2). */
export const DEFAULT_BREAK_MINUTES = 45;

/**
 * Hours of sitting a day from which break reminders and the sitting card apply (our judgement: about half a working
 * day at a desk; the profile's default of 4 hours therefore gets them, and a user can lower the setting to opt out).
 */
export const SITTING_HOURS_FOR_BREAKS = 4;

/** True when the user sits long enough for break reminders and the sitting card (D2). */
export function breakRemindersApply(sittingHours: number | null | undefined): boolean {
  return sittingHours != null && sittingHours >= SITTING_HOURS_FOR_BREAKS;
}

// The zone arithmetic is time.ts's (the one time-zone module); re-exported for the daily screens that read it here.
export { zonedInstant, zoneOffsetMs } from "../time.js";

/** The reminder window [start, end) that contains `nowMs`, or null when now is outside the user's hours. */
export function reminderWindow(
  nowMs: number,
  reminders: { from: string; to: string },
  timeZone: string,
): { startMs: number; endMs: number } | null {
  const today = localDay(nowMs, timeZone);
  // A window whose end is not after its start runs past midnight (e.g. 22:00-02:00); equal ends mean all day.
  const wraps = reminders.to <= reminders.from;
  const candidates = wraps ? [addDays(today, -1), today] : [today];
  for (const day of candidates) {
    const startMs = zonedInstant(day, reminders.from, timeZone);
    const endMs = zonedInstant(wraps ? addDays(day, 1) : day, reminders.to, timeZone);
    if (nowMs >= startMs && nowMs < endMs) return { startMs, endMs };
  }
  return null;
}

/** Inputs of the next break reminder. */
export interface NextBreakInput {
  nowMs: number;
  /** The last break logged (epoch ms), or null when none. */
  lastBreakMs: number | null | undefined;
  intervalMinutes: number;
  reminders: { from: string; to: string };
  timeZone: string;
}

/**
 * The next movement-break reminder (epoch ms), or null when now is outside the user's reminder hours or the next one
 * would fall after them. It counts from the later of the last break and the start of today's hours; when that is
 * already past, the reminder is due now.
 */
export function nextBreak(input: NextBreakInput): number | null {
  if (!(input.intervalMinutes > 0)) return null;
  const window = reminderWindow(input.nowMs, input.reminders, input.timeZone);
  if (!window) return null;
  const anchor = Math.max(window.startMs, input.lastBreakMs ?? Number.NEGATIVE_INFINITY);
  const next = Math.max(anchor + input.intervalMinutes * 60_000, input.nowMs);
  return next < window.endMs ? next : null;
}
