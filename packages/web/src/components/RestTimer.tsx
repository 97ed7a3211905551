/**
 * G5: the rest timer. It starts when a set is logged, counts down the exercise's rest from the plan, and at the end
 * beeps (Web Audio) and vibrates where the device allows, or, with the app out of sight (phone locked), shows a
 * system notification when the user allowed them; then it counts the time over, so you still see how long you have
 * rested. Notification permission is asked only when the user taps the offer in the timer, mid-rest.
 */
import { useEffect, useRef, useState } from "react";
import { notificationPermission, showNotification } from "./daily/reminderStore.js";

/** Minutes and seconds as "m:ss". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** Seconds left, rounded up so the display reaches 0:00 exactly when the rest is over. */
export function secondsLeft(startedAt: number, restSeconds: number, now: number): number {
  return Math.ceil((startedAt + restSeconds * 1000 - now) / 1000);
}

let audio: AudioContext | null = null;

/** Prepares sound; call it from a tap (browsers only allow sound that a user gesture started). */
export function unlockAudio(): void {
  try {
    const Ctx =
      globalThis.AudioContext ??
      (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) return;
    audio ??= new Ctx();
    if (audio.state === "suspended") void audio.resume();
  } catch {
    audio = null;
  }
}

/** Two short soft beeps, and a vibration where the device has one. */
export function restOverSignal(sound: boolean): void {
  try {
    navigator.vibrate?.([180, 90, 180]);
  } catch {
    // No vibration here.
  }
  if (!sound || !audio) return;
  try {
    const t0 = audio.currentTime;
    for (const at of [0, 0.3]) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, t0 + at);
      gain.gain.exponentialRampToValueAtTime(0.25, t0 + at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + at + 0.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(t0 + at);
      osc.stop(t0 + at + 0.22);
    }
  } catch {
    // Sound is a nicety; the countdown on screen is the timer.
  }
}

const SOUND_KEY = "spotter.restSound";
const NOTIFY_ASKED_KEY = "spotter.restNotifyAsked";

/** Title of the notification sent when a rest ends with the app out of sight. */
export const REST_OVER_TITLE = "Rest is over";

/** How the end of a rest reaches the user: a system notification only when allowed and the app is out of sight. */
export function restOverDelivery(input: {
  permission: "default" | "denied" | "granted" | "unsupported";
  visible: boolean;
}): "notification" | "in-app" {
  return input.permission === "granted" && !input.visible ? "notification" : "in-app";
}

function askedBefore(): boolean {
  try {
    return localStorage.getItem(NOTIFY_ASKED_KEY) === "1";
  } catch {
    return false;
  }
}

/** The timer bar; `startedAt` is the epoch ms of the logged set, `seconds` the planned rest. */
export function RestTimer(props: { startedAt: number; seconds: number; nextLabel?: string; onClose: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const [extra, setExtra] = useState(0);
  const [sound, setSound] = useState(() => {
    try {
      return localStorage.getItem(SOUND_KEY) !== "off";
    } catch {
      return true;
    }
  });
  const [permission, setPermission] = useState(notificationPermission);
  const [offerClosed, setOfferClosed] = useState(askedBefore);
  // A rest already over when the timer appears (after a reload) does not beep again.
  const signalled = useRef(secondsLeft(props.startedAt, props.seconds, Date.now()) <= 0);
  const total = props.seconds + extra;
  const left = secondsLeft(props.startedAt, total, now);
  const endsAt = props.startedAt + total * 1000;
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 250);
    // A hidden page's interval may be slowed down: a timer for the exact end, and a look on coming back to view.
    const end = setTimeout(() => setNow(Date.now()), Math.max(0, endsAt - Date.now()) + 50);
    const onVis = () => setNow(Date.now());
    document.addEventListener("visibilitychange", onVis);
    return () => {
      clearInterval(t);
      clearTimeout(end);
      document.removeEventListener("visibilitychange", onVis);
    };
  }, [endsAt]);
  useEffect(() => {
    if (left <= 0 && !signalled.current) {
      signalled.current = true;
      restOverSignal(sound);
      const how = restOverDelivery({
        permission: notificationPermission(),
        visible: document.visibilityState === "visible",
      });
      if (how === "notification")
        void showNotification(REST_OVER_TITLE, props.nextLabel ?? "Start your next set when you feel ready.", "rest");
    }
    if (left > 0) signalled.current = false;
  }, [left, sound, props.nextLabel]);
  const askPermission = async () => {
    try {
      localStorage.setItem(NOTIFY_ASKED_KEY, "1");
    } catch {
      // Asked again next time; harmless.
    }
    try {
      setPermission(await Notification.requestPermission());
    } catch {
      setPermission(notificationPermission());
    }
    setOfferClosed(true);
  };
  const toggleSound = () => {
    const v = !sound;
    setSound(v);
    if (v) unlockAudio();
    try {
      localStorage.setItem(SOUND_KEY, v ? "on" : "off");
    } catch {
      // The choice lasts for this page only.
    }
  };
  const over = left <= 0;
  const pct = Math.max(0, Math.min(100, (left / Math.max(1, total)) * 100));
  return (
    <section className={`rest-bar${over ? " over" : ""}`} aria-label="Rest timer">
      <div className="rest-main">
        <p className="rest-time" role="timer" aria-live="off">
          <span className="rest-label">{over ? "Rest over" : "Rest"}</span>{" "}
          <strong>{over ? `+${formatElapsed(-left * 1000)}` : formatElapsed(left * 1000)}</strong>
        </p>
        {/* The end of the rest is announced once, not every second. */}
        <p className="visually-hidden" aria-live="polite">
          {over ? `Rest is over. ${props.nextLabel ?? ""}` : ""}
        </p>
        <p className="rest-next small">
          {over ? (props.nextLabel ?? "Start when you feel ready.") : `of ${formatElapsed(total * 1000)} planned`}
        </p>
        <div className="rest-track" aria-hidden="true">
          <div className="rest-fill" style={{ width: `${pct}%` }} />
        </div>
      </div>
      <div className="rest-actions">
        <button type="button" onClick={() => setExtra((x) => x + 30)} aria-label="Add 30 seconds of rest">
          +30 s
        </button>
        {/* A switch, so its state is said as on or off rather than read as an action. */}
        <button type="button" role="switch" aria-checked={sound} onClick={toggleSound} className="rest-sound">
          Sound<span aria-hidden="true">{sound ? " on" : " off"}</span>
        </button>
        <button type="button" onClick={props.onClose}>
          {over ? "Close" : "Skip"}
        </button>
      </div>
      {permission === "default" && !offerClosed && !over && (
        <p className="rest-notify small">
          <button type="button" className="link-button" onClick={() => void askPermission()}>
            Alert me when rest ends with the screen off
          </button>
        </p>
      )}
    </section>
  );
}
