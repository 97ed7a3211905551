/**
 * Reminders while the app is open or installed (SPEC D2; no push service): movement breaks every N minutes during
 * the user's hours, and a check-in reminder while today's check-in is missing. Everything here is pure: the current
 * instant comes in, so the scheduling can be tested without clocks or browsers.
 */
import {
  breakRemindersApply,
  type DailyEntry,
  DEFAULT_BREAK_MINUTES,
  localDay,
  nextBreak,
  reminderWindow,
  SITTING_HOURS_FOR_BREAKS,
  zoneOffsetMs,
} from "@spotter/core";

/** The reminder hours and interval (profile.reminders). */
export interface ReminderHours {
  from: string;
  to: string;
  breakMinutes?: number;
}

/** Everything the scheduler reads. */
export interface ReminderState {
  nowMs: number;
  timeZone: string;
  reminders: ReminderHours;
  /** Hours sitting a day (profile); break reminders apply from core's threshold up. */
  sittingHours: number | null;
  /** The last movement break logged today (epoch ms), or null. */
  lastBreakMs: number | null;
  /**
   * When the user first had the app open today (epoch ms), or null: the first break waits a whole interval of
   * sitting from then, so a new user is not told to move minutes after registering.
   */
  firstSeenMs?: number | null;
  /** True when today's check-in is in. */
  checkinDone: boolean;
  /**
   * The screen the user is on: no break reminder mid-session or where the break card is already shown (Today,
   * Daily); no check-in reminder on the check-in itself or on Today, which leads with the check-in.
   */
  path: string;
  /** Break reminders are snoozed until this instant. */
  snoozedUntilMs: number | null;
  /** The local day whose check-in reminder was dismissed. */
  checkinDismissedDay: string | null;
  /** False when today is an R1 day: its one message is to get urgent care. */
  allowed?: boolean;
}

/** One reminder that is due now. */
export interface DueReminder {
  kind: "break" | "checkin";
  /** A key that names this reminder once (for "notify once" and dismissal). */
  key: string;
  title: string;
  body: string;
}

/** True when now lies outside the user's reminder hours (quiet time). */
export function isQuiet(nowMs: number, reminders: ReminderHours, timeZone: string): boolean {
  return reminderWindow(nowMs, reminders, timeZone) === null;
}

/** The last break's instant among a day's entries, or null. */
export function lastBreakFrom(entries: readonly Pick<DailyEntry, "kind" | "at">[]): number | null {
  let last: number | null = null;
  for (const e of entries) {
    if (e.kind !== "break") continue;
    const t = Date.parse(e.at);
    if (Number.isFinite(t) && (last === null || t > last)) last = t;
  }
  return last;
}

/**
 * The next movement break (epoch ms): counted from the later of the last break and the start of today's hours,
 * never before now; null when the user does not sit enough for reminders, or it is quiet time, or the next one
 * would fall after the hours end.
 */
export function nextBreakMs(
  s: Pick<ReminderState, "nowMs" | "timeZone" | "reminders" | "sittingHours" | "lastBreakMs" | "firstSeenMs">,
): number | null {
  if (!breakRemindersApply(s.sittingHours)) return null;
  const seen = s.firstSeenMs ?? null;
  const from = s.lastBreakMs === null ? seen : seen === null ? s.lastBreakMs : Math.max(s.lastBreakMs, seen);
  return nextBreak({
    nowMs: s.nowMs,
    lastBreakMs: from,
    intervalMinutes: s.reminders.breakMinutes ?? DEFAULT_BREAK_MINUTES,
    reminders: s.reminders,
    timeZone: s.timeZone,
  });
}

/**
 * Screens no reminder may cover: the safety questions, and the questions about what already hurts (onboarding and
 * Me). Their one job is the user's safety. (Today on an R1 day is covered by `allowed`.)
 */
export function isSafetyScreen(path: string): boolean {
  return path.startsWith("/checkin/red-flags") || path.startsWith("/welcome") || path.startsWith("/me/back");
}

/** The reminders due at `nowMs`, break first. Empty in quiet time and on a safety screen. */
export function dueReminders(s: ReminderState): DueReminder[] {
  if (s.allowed === false) return [];
  if (isSafetyScreen(s.path)) return [];
  if (isQuiet(s.nowMs, s.reminders, s.timeZone)) return [];
  const out: DueReminder[] = [];
  const today = localDay(s.nowMs, s.timeZone);
  const breakShown = s.path.startsWith("/session/") || s.path === "/" || s.path === "/daily";
  const snoozed = s.snoozedUntilMs !== null && s.nowMs < s.snoozedUntilMs;
  const next = nextBreakMs(s);
  // Before today's check-in the one nudge is the check-in itself; breaks start once the day has begun in the app.
  if (next !== null && next <= s.nowMs && !breakShown && !snoozed && s.checkinDone) {
    // The key changes with each break logged, so each round of sitting gets one notification.
    out.push({
      kind: "break",
      key: `break:${today}:${s.lastBreakMs ?? "start"}`,
      title: "Time for a movement break",
      body: "Stand up, walk a few steps and let your back move for a minute or two.",
    });
  }
  const onCheckin = s.path === "/" || s.path === "/checkin" || s.path.startsWith("/checkin/");
  if (!s.checkinDone && !onCheckin && s.checkinDismissedDay !== today) {
    out.push({
      kind: "checkin",
      key: `checkin:${today}`,
      title: "Today's check-in is waiting",
      body: "It takes under a minute and sets what today's training can hold.",
    });
  }
  return out;
}

/** How a due reminder reaches the user: a system notification when allowed and the app is out of sight. */
export function deliveryFor(input: {
  supported: boolean;
  permission: "default" | "denied" | "granted";
  visible: boolean;
}): "notification" | "banner" {
  return input.supported && input.permission === "granted" && !input.visible ? "notification" : "banner";
}

/** Milliseconds until the scheduler should look again: the next break, or a minute, whichever is sooner. */
export function nextCheckDelay(s: ReminderState): number {
  const next = nextBreakMs(s);
  const minute = 60_000;
  if (next === null || next <= s.nowMs) return minute;
  return Math.max(1_000, Math.min(minute, next - s.nowMs));
}

/** A local wall-clock time ("10:45") of an instant in a time zone. */
export function clockText(ms: number, timeZone: string): string {
  const local = ms + zoneOffsetMs(ms, timeZone);
  const minutes = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** The one line Today and Daily show about the next movement break. */
export function breakLine(
  s: Pick<ReminderState, "nowMs" | "timeZone" | "reminders" | "sittingHours" | "lastBreakMs">,
): {
  text: string;
  due: boolean;
} {
  if (!breakRemindersApply(s.sittingHours)) {
    return {
      text: `Break reminders are off because you sit less than ${SITTING_HOURS_FOR_BREAKS} hours a day. You can still log a break.`,
      due: false,
    };
  }
  if (isQuiet(s.nowMs, s.reminders, s.timeZone)) {
    return {
      text: `Reminders are quiet now. They run from ${s.reminders.from} to ${s.reminders.to}.`,
      due: false,
    };
  }
  const next = nextBreakMs(s);
  if (next === null) return { text: `No more breaks due before ${s.reminders.to}.`, due: false };
  if (next <= s.nowMs) return { text: "A movement break is due now.", due: true };
  return { text: `Next break at ${clockText(next, s.timeZone)}.`, due: false };
}
