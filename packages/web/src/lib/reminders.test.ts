import { describe, expect, it } from "vitest";
import {
  breakLine,
  clockText,
  deliveryFor,
  dueReminders,
  isQuiet,
  isSafetyScreen,
  lastBreakFrom,
  nextBreakMs,
  nextCheckDelay,
  type ReminderState,
} from "./reminders.js";

// 2026-03-10 in Europe/Berlin is UTC+1 (before the DST change on 29 March).
const TZ = "Europe/Berlin";
const at = (hhmm: string, day = "2026-03-10") => Date.parse(`${day}T${hhmm}:00+01:00`);

function state(over: Partial<ReminderState> = {}): ReminderState {
  return {
    nowMs: at("10:00"),
    timeZone: TZ,
    reminders: { from: "08:00", to: "21:00", breakMinutes: 45 },
    sittingHours: 8,
    lastBreakMs: at("09:30"),
    checkinDone: true,
    path: "/plan",
    snoozedUntilMs: null,
    checkinDismissedDay: null,
    ...over,
  };
}

describe("D2 movement-break scheduling", () => {
  it("D2: the next break is the interval after the last break", () => {
    expect(nextBreakMs(state())).toBe(at("10:15"));
    expect(breakLine(state())).toEqual({ text: "Next break at 10:15.", due: false });
  });

  it("D2: without a break today it counts from the start of the user's hours", () => {
    expect(nextBreakMs(state({ nowMs: at("08:10"), lastBreakMs: null }))).toBe(at("08:45"));
  });

  it("D2: an overdue break is due now and reported once per round of sitting", () => {
    const s = state({ nowMs: at("10:20") });
    const due = dueReminders(s);
    expect(due.map((d) => d.kind)).toEqual(["break"]);
    expect(due[0]?.key).toBe(`break:2026-03-10:${at("09:30")}`);
    expect(breakLine(s).due).toBe(true);
    // A newly logged break changes the key and moves the next reminder.
    const after = state({ nowMs: at("10:21"), lastBreakMs: at("10:21") });
    expect(dueReminders(after)).toEqual([]);
    expect(nextBreakMs(after)).toBe(at("11:06"));
  });

  it("D2: quiet outside the user's hours, for breaks and the check-in alike", () => {
    const night = state({ nowMs: at("22:30"), lastBreakMs: null, checkinDone: false });
    expect(isQuiet(night.nowMs, night.reminders, TZ)).toBe(true);
    expect(dueReminders(night)).toEqual([]);
    expect(breakLine(night).text).toBe("Reminders are quiet now. They run from 08:00 to 21:00.");
    expect(dueReminders(state({ nowMs: at("07:59"), checkinDone: false }))).toEqual([]);
  });

  it("D2: no reminder that would fall after the hours end", () => {
    const late = state({ nowMs: at("20:30"), lastBreakMs: at("20:25") });
    expect(nextBreakMs(late)).toBeNull();
    expect(breakLine(late).text).toBe("No more breaks due before 21:00.");
  });

  it("D2: hours that run past midnight", () => {
    const s = state({
      reminders: { from: "22:00", to: "02:00", breakMinutes: 30 },
      nowMs: at("23:00"),
      lastBreakMs: null,
    });
    expect(isQuiet(s.nowMs, s.reminders, TZ)).toBe(false);
    expect(dueReminders(s).map((d) => d.kind)).toEqual(["break"]);
    expect(isQuiet(at("12:00"), s.reminders, TZ)).toBe(true);
  });

  it("D2: people who sit little get no break reminders", () => {
    const s = state({ sittingHours: 2, nowMs: at("12:00") });
    expect(nextBreakMs(s)).toBeNull();
    expect(dueReminders(s)).toEqual([]);
    expect(breakLine(s).text).toMatch(/off because you sit less than 4 hours/);
  });

  it("D2: no break reminder during a live session or while snoozed", () => {
    const s = state({ nowMs: at("11:00") });
    expect(dueReminders({ ...s, path: "/session/abc" })).toEqual([]);
    expect(dueReminders({ ...s, path: "/" })).toEqual([]);
    expect(dueReminders({ ...s, path: "/daily" })).toEqual([]);
    expect(dueReminders({ ...s, snoozedUntilMs: at("11:10") })).toEqual([]);
    expect(dueReminders({ ...s, nowMs: at("11:10"), snoozedUntilMs: at("11:10") })).toHaveLength(1);
  });

  it("uses the user's interval", () => {
    const s = state({ reminders: { from: "08:00", to: "21:00", breakMinutes: 90 } });
    expect(nextBreakMs(s)).toBe(at("11:00"));
  });

  it("follows the time zone across a DST change", () => {
    // 2026-03-30 is UTC+2 in Berlin; a break at 09:30 local means 10:15 local next.
    const day = "2026-03-30";
    const local = (hhmm: string) => Date.parse(`${day}T${hhmm}:00+02:00`);
    const s = state({ nowMs: local("10:00"), lastBreakMs: local("09:30") });
    expect(clockText(nextBreakMs(s) ?? 0, TZ)).toBe("10:15");
  });
});

describe("D2 as revised (issue 16): the first break and safety screens", () => {
  it("D2: the first break waits a whole interval from when the app was first open today", () => {
    // Registered at 14:00 with no break logged: not due at 14:05 although the hours began at 08:00.
    const fresh = state({ nowMs: at("14:05"), lastBreakMs: null, firstSeenMs: at("14:00") });
    expect(nextBreakMs(fresh)).toBe(at("14:45"));
    expect(dueReminders(fresh)).toEqual([]);
    expect(dueReminders({ ...fresh, nowMs: at("14:46") }).map((d) => d.kind)).toEqual(["break"]);
    // A later break still counts from itself.
    expect(nextBreakMs(state({ lastBreakMs: at("15:00"), firstSeenMs: at("14:00"), nowMs: at("15:10") }))).toBe(
      at("15:45"),
    );
  });

  it.each([
    ["/checkin/red-flags", true],
    ["/welcome", true],
    ["/welcome/back", true],
    ["/me/back", true],
    ["/plan", false],
  ])("no reminder covers a safety screen: %s -> %s", (path, safety) => {
    expect(isSafetyScreen(path)).toBe(safety);
    const due = dueReminders(state({ nowMs: at("10:20"), path, checkinDone: false }));
    if (safety) expect(due).toEqual([]);
    else expect(due.length).toBeGreaterThan(0);
  });
});

describe("morning check-in reminder", () => {
  it("is due in the user's hours while today's check-in is missing", () => {
    const s = state({ nowMs: at("08:05"), checkinDone: false, lastBreakMs: null });
    expect(dueReminders(s).map((d) => d.kind)).toEqual(["checkin"]);
    expect(dueReminders(s)[0]?.key).toBe("checkin:2026-03-10");
  });

  it("stays quiet once done, once dismissed today, on the check-in screen, and on an R1 day", () => {
    const s = state({ nowMs: at("08:05"), checkinDone: false, lastBreakMs: null });
    expect(dueReminders({ ...s, checkinDone: true })).toEqual([]);
    expect(dueReminders({ ...s, checkinDismissedDay: "2026-03-10" })).toEqual([]);
    expect(dueReminders({ ...s, checkinDismissedDay: "2026-03-09" })).toHaveLength(1);
    expect(dueReminders({ ...s, path: "/checkin" })).toEqual([]);
    expect(dueReminders({ ...s, path: "/" })).toEqual([]);
    expect(dueReminders({ ...s, allowed: false })).toEqual([]);
  });
});

describe("delivery and timing", () => {
  it("sends a system notification only when allowed and the app is out of sight", () => {
    expect(deliveryFor({ supported: true, permission: "granted", visible: false })).toBe("notification");
    expect(deliveryFor({ supported: true, permission: "granted", visible: true })).toBe("banner");
    expect(deliveryFor({ supported: true, permission: "default", visible: false })).toBe("banner");
    expect(deliveryFor({ supported: true, permission: "denied", visible: false })).toBe("banner");
    expect(deliveryFor({ supported: false, permission: "granted", visible: false })).toBe("banner");
  });

  it("looks again at the next break or within a minute", () => {
    expect(nextCheckDelay(state({ nowMs: at("10:14") }))).toBe(60_000);
    expect(nextCheckDelay(state({ nowMs: Date.parse("2026-03-10T10:14:30+01:00") }))).toBe(30_000);
    expect(nextCheckDelay(state({ nowMs: at("22:00") }))).toBe(60_000);
  });

  it("reads the last break from the day's entries", () => {
    expect(
      lastBreakFrom([
        { kind: "water", at: "2026-03-10T11:00:00Z" },
        { kind: "break", at: "2026-03-10T09:00:00Z" },
        { kind: "break", at: "2026-03-10T10:00:00Z" },
      ]),
    ).toBe(Date.parse("2026-03-10T10:00:00Z"));
    expect(lastBreakFrom([])).toBeNull();
  });

  it("writes clock times in the user's zone", () => {
    expect(clockText(Date.parse("2026-03-10T09:45:00Z"), TZ)).toBe("10:45");
    expect(clockText(Date.parse("2026-03-10T23:05:00Z"), "UTC")).toBe("23:05");
  });
});

describe("D2: break reminders wait for the day's check-in", () => {
  it("D2: before today's check-in only the check-in reminder shows; after it, the overdue break", () => {
    const base = {
      nowMs: Date.parse("2026-11-25T15:00:00Z"),
      timeZone: "UTC",
      reminders: { from: "08:00", to: "21:00", breakMinutes: 45 },
      sittingHours: 8,
      lastBreakMs: null,
      path: "/history",
      snoozedUntilMs: null,
      checkinDismissedDay: null,
    };
    expect(dueReminders({ ...base, checkinDone: false }).map((r) => r.kind)).toEqual(["checkin"]);
    expect(dueReminders({ ...base, checkinDone: true }).map((r) => r.kind)).toEqual(["break"]);
  });
});
