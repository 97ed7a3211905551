/** What the reminders remember between visits (this device only): snooze, the dismissed check-in day, sent keys. */

const KEY = "spotter.reminders";

/** The stored reminder state. */
export interface ReminderMemory {
  snoozedUntilMs: number | null;
  checkinDismissedDay: string | null;
  /** Keys of reminders already sent as system notifications (the latest few). */
  notified: string[];
  /** The local day and instant the app was first open that day (the first break counts from it). */
  firstSeen: { day: string; ms: number } | null;
}

const EMPTY: ReminderMemory = { snoozedUntilMs: null, checkinDismissedDay: null, notified: [], firstSeen: null };

/** Reads the memory; a missing or broken entry reads as empty. */
export function readMemory(): ReminderMemory {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return { ...EMPTY };
    const v = JSON.parse(raw) as Partial<ReminderMemory>;
    return {
      snoozedUntilMs: typeof v.snoozedUntilMs === "number" ? v.snoozedUntilMs : null,
      checkinDismissedDay: typeof v.checkinDismissedDay === "string" ? v.checkinDismissedDay : null,
      notified: Array.isArray(v.notified) ? v.notified.filter((k) => typeof k === "string").slice(-20) : [],
      firstSeen:
        v.firstSeen && typeof v.firstSeen.day === "string" && typeof v.firstSeen.ms === "number" ? v.firstSeen : null,
    };
  } catch {
    return { ...EMPTY };
  }
}

/** Writes part of the memory. */
export function writeMemory(patch: Partial<ReminderMemory>): ReminderMemory {
  const next = { ...readMemory(), ...patch };
  next.notified = next.notified.slice(-20);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Private mode or a full store: reminders still work for this visit.
  }
  return next;
}

/** The browser's notification permission, or "unsupported". */
export function notificationPermission(): "default" | "denied" | "granted" | "unsupported" {
  if (typeof Notification === "undefined") return "unsupported";
  return Notification.permission;
}

/** Shows a system notification, through the service worker when there is one (installed apps on phones). */
export async function showNotification(title: string, body: string, tag: string): Promise<boolean> {
  try {
    const reg = await globalThis.navigator?.serviceWorker?.getRegistration?.();
    if (reg) {
      await reg.showNotification(title, { body, tag });
      return true;
    }
    new Notification(title, { body, tag });
    return true;
  } catch {
    return false;
  }
}
