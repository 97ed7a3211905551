/** Blood-flow work (N3): log massage, foam rolling, moving stretches or walking in minutes; rest-day suggestions. */
import { BLOOD_FLOW_KINDS, type BloodFlowKind, type DailyDay } from "@spotter/core";
import { useState } from "react";
import { useDeleteDaily, useLogDaily } from "../../api/daily.js";
import { ApiError, messageOf } from "../../api/errors.js";
import { TextField } from "../Field.js";
import { BLOOD_FLOW_WORDS, fieldMessage } from "./dailyText.js";
import { LoggedToday } from "./LoggedToday.js";

/** The blood-flow card. */
export function BloodFlowCard(props: { day: DailyDay; date: string }) {
  const { day, date } = props;
  const log = useLogDaily(date);
  const del = useDeleteDaily(date);
  const [kind, setKind] = useState<BloodFlowKind | null>(null);
  const [minutes, setMinutes] = useState("10");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const send = (k: BloodFlowKind, m: number) =>
    log.mutate(
      { kind: "blood-flow", name: k, minutes: m },
      {
        onSuccess: () => setErrors({}),
        onError: (err) =>
          setErrors(
            err instanceof ApiError && err.details.length
              ? Object.fromEntries(
                  Object.entries(err.fieldErrors()).map(([k, v]) => [
                    k,
                    fieldMessage(k === "name" ? "Kind" : "Minutes", v),
                  ]),
                )
              : { form: messageOf(err) },
          ),
      },
    );

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const m = Number(minutes);
    const local: Record<string, string> = {};
    if (!kind) local.name = "Choose what you did.";
    if (!Number.isInteger(m) || m < 1) local.minutes = "Enter whole minutes, 1 or more.";
    setErrors(local);
    if (kind && !local.minutes) send(kind, m);
  };

  return (
    <div className="card">
      <h2>Recovery work</h2>
      <p className="small muted">
        Gentle work that gets blood moving: massage, foam rolling, moving stretches, an easy walk.
        {day.bloodFlowMinutes > 0 ? ` ${day.bloodFlowMinutes} minutes logged today.` : ""}
      </p>
      {day.suggestions.length > 0 && (
        <>
          <h3>Ideas for a rest day</h3>
          <ul className="list suggestion-list">
            {day.suggestions.map((s) => (
              <li key={s.id}>
                <div className="spread">
                  <strong>{s.title}</strong>
                  {s.done && <span className="done-tag">Done today</span>}
                </div>
                <p className="small">{s.text}</p>
                <button type="button" disabled={log.isPending} onClick={() => send(s.kind, s.minutes)}>
                  Log {s.minutes} min of {BLOOD_FLOW_WORDS[s.kind]?.toLowerCase() ?? s.kind}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={submit} noValidate>
        <h3>Log recovery work</h3>
        <fieldset>
          <legend>What you did</legend>
          <div className="opts">
            {BLOOD_FLOW_KINDS.map((k) => (
              <label key={k} className="opt">
                <input type="radio" name="bf-kind" checked={kind === k} onChange={() => setKind(k)} />
                {BLOOD_FLOW_WORDS[k] ?? k}
              </label>
            ))}
          </div>
          {errors.name && <p className="field-error">{errors.name}</p>}
        </fieldset>
        <TextField
          label="Minutes"
          error={errors.minutes}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" className="big" disabled={log.isPending}>
          Log recovery work
        </button>
      </form>
      <LoggedToday
        heading="Logged today"
        label="Recovery work logged today"
        entries={day.bloodFlow.map((b) => ({
          id: b.id,
          shown: `${BLOOD_FLOW_WORDS[b.kind] ?? b.kind} · ${b.minutes} min`,
          spoken: `${BLOOD_FLOW_WORDS[b.kind] ?? b.kind}, ${b.minutes} minutes`,
        }))}
        busy={del.isPending}
        onRemove={(id) => del.mutate(id)}
      />
    </div>
  );
}
