/** Reminder hours, the break interval, and a clear button to allow system notifications (never asked on load). */
import type { Profile } from "@spotter/core";
import { useState } from "react";
import { useSaveProfilePart } from "../../api/daily.js";
import { ApiError, messageOf } from "../../api/errors.js";
import { SelectField, TextField } from "../Field.js";
import { notificationPermission } from "./reminderStore.js";

const INTERVALS = [30, 45, 60, 90, 120];

/** The reminders card. */
export function ReminderSettings({ profile }: { profile: Profile }) {
  const save = useSaveProfilePart();
  const [from, setFrom] = useState(profile.reminders.from);
  const [to, setTo] = useState(profile.reminders.to);
  const [every, setEvery] = useState(profile.reminders.breakMinutes ?? 45);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [permission, setPermission] = useState(notificationPermission());
  const intervals = INTERVALS.includes(every) ? INTERVALS : [...INTERVALS, every].sort((a, b) => a - b);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate(
      { reminders: { from, to, breakMinutes: every } },
      {
        onSuccess: () => {
          setErrors({});
          setSaved(true);
        },
        onError: (err) => {
          const out: Record<string, string> = {};
          if (err instanceof ApiError) for (const d of err.details) out[d.path.split(".").pop() ?? "form"] = d.message;
          if (Object.keys(out).length === 0) out.form = messageOf(err);
          setErrors(out);
        },
      },
    );
  };

  const ask = async () => {
    if (typeof Notification === "undefined") return;
    const p = await Notification.requestPermission();
    setPermission(p);
  };

  return (
    <div className="card">
      <h2>Reminders</h2>
      <p className="small muted">
        While Spotter is open, or installed on your phone, it reminds you to take movement breaks and to check in when
        today's check-in is missing. Outside these hours it stays quiet.
      </p>
      <form onSubmit={submit} noValidate>
        <div className="two-col">
          <TextField
            label="From"
            error={errors.from}
            type="time"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
          <TextField label="Until" error={errors.to} type="time" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <SelectField
          label="Movement break every"
          error={errors.breakMinutes}
          value={String(every)}
          onChange={(v) => setEvery(Number(v))}
          options={intervals.map((m) => ({ value: String(m), label: `${m} minutes` }))}
        />
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="row">
          <button type="submit" disabled={save.isPending}>
            Save reminder hours
          </button>
          <span aria-live="polite" className="small muted">
            {saved ? "Saved." : ""}
          </span>
        </div>
      </form>
      <h3 className="notify-h">Notifications</h3>
      {permission === "unsupported" && (
        <p className="small">This browser cannot show notifications, so reminders appear inside Spotter.</p>
      )}
      {permission === "granted" && (
        <p className="small">
          Notifications are on. When Spotter is in the background, reminders arrive as notifications.
        </p>
      )}
      {permission === "denied" && (
        <p className="small">
          Notifications are blocked for this site, so reminders appear inside Spotter. You can allow them again in your
          browser's site settings.
        </p>
      )}
      {permission === "default" && (
        <>
          <p className="small">
            Reminders appear inside Spotter. Allow notifications to get them while Spotter is in the background.
          </p>
          <button type="button" onClick={ask}>
            Allow notifications
          </button>
        </>
      )}
    </div>
  );
}
