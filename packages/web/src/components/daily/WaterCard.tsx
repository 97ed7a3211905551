/** Water toward today's target (N1): a ring with the numbers beside it, a one-tap add, undo, and the serving size. */
import type { DailyDay, Profile } from "@spotter/core";
import { useState } from "react";
import { Link } from "wouter";
import { useDeleteDaily, useLogDaily, useSaveProfilePart } from "../../api/daily.js";
import { ApiError, messageOf } from "../../api/errors.js";
import { clockText } from "../../lib/reminders.js";
import { Field } from "../Field.js";
import { fieldMessage, servingChoices, servingWord, volumeText, waterProgress, waterTargetHow } from "./dailyText.js";
import { LoggedToday } from "./LoggedToday.js";

/** The ring: decorative, since the same numbers are written beside it. */
function Ring({ share }: { share: number }) {
  const r = 40;
  const c = 2 * Math.PI * r;
  return (
    <svg className="water-ring" viewBox="0 0 100 100" aria-hidden="true">
      <circle className="water-ring-track" cx="50" cy="50" r={r} />
      {share > 0 && (
        <circle
          className="water-ring-fill"
          cx="50"
          cy="50"
          r={r}
          strokeDasharray={`${c * share} ${c}`}
          transform="rotate(-90 50 50)"
        />
      )}
      <text x="50" y="56" textAnchor="middle" className="water-ring-pct">
        {Math.round(share * 100)}%
      </text>
    </svg>
  );
}

/** The water card; `full` adds another amount, the day's drinks with undo, and the size choice always open. */
export function WaterCard(props: { day: DailyDay; date: string; profile: Profile; full?: boolean }) {
  const { day, date, profile } = props;
  const log = useLogDaily(date);
  const del = useDeleteDaily(date);
  const save = useSaveProfilePart();
  const [lastAdded, setLastAdded] = useState<{ id: string; ml: number } | null>(null);
  const [showSizes, setShowSizes] = useState(Boolean(props.full));
  const [other, setOther] = useState("");
  const [otherError, setOtherError] = useState<string | null>(null);
  // The chosen size shows at once; the profile catches up when the save answers.
  const [chosen, setChosen] = useState<number | null>(null);
  const serving = chosen ?? (day.waterServingMl || profile.settings?.waterServingMl || 250);
  const progress = waterProgress(day.waterMl, day.waterTargetMl);
  const waterEntries = (day.entries ?? []).filter((e) => e.kind === "water");

  const add = (ml: number) =>
    log.mutate(
      { kind: "water", amountMl: ml },
      { onSuccess: (r) => setLastAdded(r.entryId ? { id: r.entryId, ml } : null) },
    );

  const addOther = () => {
    const ml = Math.round(Number(other));
    if (!other.trim() || !Number.isFinite(ml) || ml < 1) {
      setOtherError("Enter how much you drank in mL, for example 330.");
      return;
    }
    if (ml > 10_000) {
      setOtherError("One drink can be at most 10,000 mL. Log a larger amount in parts.");
      return;
    }
    setOtherError(null);
    log.mutate(
      { kind: "water", amountMl: ml },
      {
        onSuccess: (r) => {
          setLastAdded(r.entryId ? { id: r.entryId, ml } : null);
          setOther("");
        },
        onError: (e) =>
          setOtherError(
            e instanceof ApiError && e.fieldErrors().amountMl
              ? fieldMessage("Amount", e.fieldErrors().amountMl ?? "")
              : messageOf(e),
          ),
      },
    );
  };

  return (
    <div className="card water-card">
      <h2>Water</h2>
      <div className="water-top">
        <Ring share={progress.share} />
        <div>
          <p className="water-amount">
            <strong>{volumeText(day.waterMl)}</strong> of {volumeText(day.waterTargetMl)}
          </p>
          <p className="small">{progress.line}</p>
        </div>
      </div>
      <details className="water-how">
        <summary>How your target was found</summary>
        <p className="small">{waterTargetHow(day, profile)}</p>
      </details>
      <button type="button" className="primary big" disabled={log.isPending} onClick={() => add(serving)}>
        Add a {servingWord(serving)} ({serving} mL)
      </button>
      <div aria-live="polite" className="water-undo">
        {lastAdded && !del.isPending && (
          <p className="row small">
            Added {volumeText(lastAdded.ml)}.
            <button
              type="button"
              className="link-button"
              onClick={() => del.mutate(lastAdded.id, { onSuccess: () => setLastAdded(null) })}
            >
              Undo
            </button>
          </p>
        )}
      </div>
      {log.isError && !otherError && (
        <p className="field-error" role="alert">
          {messageOf(log.error)}
        </p>
      )}
      {!props.full && !showSizes && (
        <button type="button" className="link-button small" onClick={() => setShowSizes(true)}>
          Change the size ({serving} mL)
        </button>
      )}
      {showSizes && (
        <fieldset className="serving">
          <legend>Size of one tap</legend>
          <div className="opts seg">
            {servingChoices(serving).map((c) => (
              <label key={c.ml} className="opt">
                <input
                  type="radio"
                  name="water-serving"
                  checked={serving === c.ml}
                  disabled={save.isPending}
                  onChange={() => {
                    setChosen(c.ml);
                    save.mutate({ settings: { waterServingMl: c.ml } }, { onError: () => setChosen(null) });
                  }}
                />
                <span className="serving-opt">
                  {c.label}
                  <span className="small">{c.ml} mL</span>
                </span>
              </label>
            ))}
          </div>
          {save.isError && <p className="field-error">{messageOf(save.error)}</p>}
        </fieldset>
      )}
      {props.full ? (
        <>
          <Field fieldClass="water-other" label="Another amount (mL)" error={otherError}>
            {(control) => (
              <div className="row">
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={10000}
                  value={other}
                  onChange={(e) => setOther(e.target.value)}
                />
                <button type="button" onClick={addOther} disabled={log.isPending}>
                  Add
                </button>
              </div>
            )}
          </Field>
          <LoggedToday
            heading="Drinks today"
            label="Drinks today"
            entries={waterEntries.map((e) => ({
              id: e.id,
              shown: (
                <>
                  {volumeText(e.amountMl ?? 0)}
                  <span className="muted small"> at {timeOf(e.at, profile.timeZone)}</span>
                </>
              ),
              spoken: `${volumeText(e.amountMl ?? 0)} at ${timeOf(e.at, profile.timeZone)}`,
            }))}
            busy={del.isPending}
            onRemove={(id) => del.mutate(id)}
          />
        </>
      ) : (
        <p className="small daily-more">
          <Link href="/daily">Water log, supplements and recovery work</Link>
        </p>
      )}
    </div>
  );
}

/** Local clock time of an instant in the user's zone ("10:45"). */
export function timeOf(iso: string, timeZone: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return "";
  try {
    return clockText(t, timeZone);
  } catch {
    return clockText(t, "UTC");
  }
}
