/**
 * Runs the reminders while the app is open: works out what is due (lib/reminders.ts), sends a system notification
 * when the user allowed them and the app is out of sight, and otherwise shows a calm banner at the top of the screen.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { api } from "../../api/client.js";
import { useDaily, useLogDaily } from "../../api/daily.js";
import { useOutbox } from "../../api/sync.js";
import { useProfile, useToday, withDefaults } from "../../lib/queries.js";
import { deliveryFor, dueReminders, lastBreakFrom, nextCheckDelay, type ReminderState } from "../../lib/reminders.js";
import "../../styles/daily.css";
import { checkinKeys, readinessKeys } from "../../api/keys.js";
import { notificationPermission, readMemory, showNotification, writeMemory } from "./reminderStore.js";

const SNOOZE_MS = 15 * 60_000;

/** The reminder host; renders the in-app banner, or nothing. */
export function ReminderHost() {
  const [path] = useLocation();
  const profileQ = useProfile();
  const today = useToday();
  const accepted = Boolean(profileQ.data?.noticeAcceptedAt) && !path.startsWith("/welcome");
  const checkins = useQuery({
    queryKey: checkinKeys.list(today, today),
    queryFn: () => api.listCheckins(today, today),
    enabled: accepted,
  });
  // A check-in waiting on the phone for a connection is done as far as the user is concerned.
  const box = useOutbox();
  const checkinWaits = box.entries.some((e) => e.kind === "checkin" && e.input.date === today);
  const checkinDone = Boolean(checkins.data?.some((c) => c.date === today)) || checkinWaits;
  const readiness = useQuery({
    queryKey: readinessKeys.of(today),
    queryFn: () => api.getReadiness(today),
    enabled: accepted && checkinDone && !checkinWaits,
    retry: false,
  });
  const day = useDaily(today, accepted);
  const logBreak = useLogDaily(today);
  const [now, setNow] = useState(() => Date.now());
  const [memory, setMemory] = useState(readMemory);
  const profile = withDefaults(profileQ.data);
  // The first time today the app is open: the first movement break waits a whole interval from it.
  useEffect(() => {
    if (readMemory().firstSeen?.day !== today) setMemory(writeMemory({ firstSeen: { day: today, ms: Date.now() } }));
  }, [today]);
  const firstSeenMs = memory.firstSeen?.day === today ? memory.firstSeen.ms : Date.now();

  const state: ReminderState = {
    nowMs: now,
    timeZone: profile.timeZone,
    reminders: profile.reminders,
    sittingHours: profile.sittingHours,
    lastBreakMs: lastBreakFrom(day.data?.entries ?? []),
    firstSeenMs,
    checkinDone: checkinDone || !checkins.isSuccess,
    path,
    snoozedUntilMs: memory.snoozedUntilMs,
    checkinDismissedDay: memory.checkinDismissedDay,
    allowed: accepted && day.isSuccess && readiness.data?.tier !== "R1",
  };
  let due: ReturnType<typeof dueReminders> = [];
  try {
    due = dueReminders(state);
  } catch {
    due = [];
  }
  const delay = nextCheckDelay(state);

  // Look again at the next break, or within a minute, counted from this look; and whenever the app comes back into
  // view. Every look schedules the next one: keyed on the delay alone, a look that left it at a minute (quiet time, a
  // snooze, a break further off) set no new timer, and reminders stopped until the app was hidden and shown again.
  useEffect(() => {
    const t = setTimeout(() => setNow(Date.now()), Math.max(0, now + delay - Date.now()));
    return () => clearTimeout(t);
  }, [now, delay]);
  useEffect(() => {
    const onVis = () => setNow(Date.now());
    document.addEventListener("visibilitychange", onVis);
    return () => document.removeEventListener("visibilitychange", onVis);
  }, []);

  // System notifications, once per reminder, only when allowed and the app is out of sight.
  const dueKeys = due.map((d) => d.key).join("|");
  const dueRef = useRef(due);
  dueRef.current = due;
  useEffect(() => {
    if (!dueKeys) return;
    const permission = notificationPermission();
    const how = deliveryFor({
      supported: permission !== "unsupported",
      permission: permission === "unsupported" ? "denied" : permission,
      visible: document.visibilityState === "visible",
    });
    if (how !== "notification") return;
    const mem = readMemory();
    for (const d of dueRef.current) {
      if (mem.notified.includes(d.key)) continue;
      void showNotification(d.title, d.body, d.key);
      mem.notified.push(d.key);
    }
    setMemory(writeMemory({ notified: mem.notified }));
  }, [dueKeys]);

  if (due.length === 0) return null;
  return (
    <div className="reminders" role="status" aria-live="polite">
      {due.map((d) =>
        d.kind === "break" ? (
          <div key={d.key} className="banner reminder">
            <p>
              <strong>{d.title}.</strong> {d.body}
            </p>
            <div className="row">
              <button
                type="button"
                className="primary"
                disabled={logBreak.isPending}
                onClick={() => logBreak.mutate({ kind: "break", at: new Date().toISOString() })}
              >
                I took a break
              </button>
              <button type="button" onClick={() => setMemory(writeMemory({ snoozedUntilMs: Date.now() + SNOOZE_MS }))}>
                In 15 minutes
              </button>
            </div>
          </div>
        ) : (
          <div key={d.key} className="banner reminder">
            <p>
              <strong>{d.title}.</strong> {d.body}
            </p>
            <div className="row">
              <Link href="/checkin" className="button primary">
                Check in
              </Link>
              <button type="button" onClick={() => setMemory(writeMemory({ checkinDismissedDay: today }))}>
                Not today
              </button>
            </div>
          </div>
        ),
      )}
    </div>
  );
}
