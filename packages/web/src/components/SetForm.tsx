/**
 * The set row of the live session (G2): reps (or seconds) and load steppers in the user's unit, effort, belt, and
 * the big Log button; `SetPain` is the compact pain choice with pain-kind chips. Warm-ups skip effort and belt.
 */
import type { PainKind, Unit } from "@spotter/core";
import { Options, Switch } from "./Options.js";
import { PainSlider } from "./PainSlider.js";
import { Stepper } from "./Stepper.js";
import { BeltIcon } from "./session/BeltIcon.js";
import type { Draft } from "./session/model.js";

const PAIN_KIND_OPTIONS: { value: PainKind; label: string }[] = [
  { value: "none", label: "None" },
  { value: "tightness", label: "Tightness" },
  { value: "sharp", label: "Sharp" },
  { value: "radiating", label: "Radiating, pins and needles" },
];

const RPE_VALUES = ["6", "6.5", "7", "7.5", "8", "8.5", "9", "9.5", "10"];

/**
 * Back pain during the set and what it felt like. It stands above both ways of logging ("Log as planned" and the
 * adjusted form), so one tap answers it for either; unset until tapped, or the last set's value shown as such.
 */
export function SetPain(props: { draft: Draft; onChange: (d: Draft) => void; error?: string; id?: string }) {
  const d = props.draft;
  return (
    <div className="compact-pain">
      <PainSlider
        id={props.id}
        label="Back pain during the set"
        value={d.pain}
        note={d.painFromLast ? "Same as your last set" : undefined}
        onChange={(v) => props.onChange({ ...d, pain: v, painFromLast: false })}
        error={props.error}
        compact
      />
      <Options
        legend="What it felt like"
        value={d.painKind}
        onChange={(v) => props.onChange({ ...d, painKind: v })}
        options={PAIN_KIND_OPTIONS}
      />
    </div>
  );
}

/** The form (without the pain, which `SetPain` asks above it); `onLog` sends the draft. */
export function SetForm(props: {
  draft: Draft;
  onChange: (d: Draft) => void;
  unit: Unit;
  step: number;
  measure: "reps" | "seconds" | "distance";
  loaded: boolean;
  beltEligible: boolean;
  /** False for holds, rolling and stretches: no effort to rate. */
  effort?: boolean;
  logLabel: string;
  busy?: boolean;
  onLog: () => void;
  onPlates?: () => void;
}) {
  const d = props.draft;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => props.onChange({ ...d, [k]: v });
  const timed = props.measure === "seconds";
  const effort = props.effort !== false && !d.warmup;
  return (
    <form
      className="set-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onLog();
      }}
      noValidate
    >
      <div className="two-col">
        {timed ? (
          <Stepper label="Seconds" value={d.seconds} step={5} min={0} max={3600} onChange={(v) => set("seconds", v)} />
        ) : (
          <Stepper label="Reps" value={d.reps} step={1} min={0} max={100} onChange={(v) => set("reps", v)} />
        )}
        {(props.loaded || d.load > 0) && (
          <Stepper
            label="Load"
            unit={props.unit}
            value={d.load}
            step={props.step}
            min={0}
            max={props.unit === "kg" ? 1000 : 2200}
            onChange={(v) => set("load", v)}
          />
        )}
      </div>
      {props.onPlates && d.load > 0 && (
        <button type="button" className="link-button plates-link" onClick={props.onPlates}>
          Plates for {d.load} {props.unit}
        </button>
      )}
      {effort &&
        (d.effortMode === "rir" ? (
          <Options
            legend="Reps you could still have done"
            value={d.rir === null ? null : String(Math.min(4, d.rir))}
            onChange={(v) => set("rir", Number(v))}
            options={["0", "1", "2", "3", "4"].map((r) => ({ value: r, label: r === "4" ? "4+" : r }))}
          />
        ) : (
          <Options
            legend="How hard it was (RPE, 10 is all-out)"
            value={d.rpe === null ? null : String(d.rpe)}
            onChange={(v) => set("rpe", Number(v))}
            options={RPE_VALUES.map((r) => ({ value: r, label: r }))}
          />
        ))}
      {effort && (
        <button
          type="button"
          className="link-button effort-switch"
          onClick={() =>
            props.onChange({
              ...d,
              effortMode: d.effortMode === "rir" ? "rpe" : "rir",
              rir: d.rir ?? 2,
              rpe: d.rpe ?? 8,
            })
          }
        >
          {d.effortMode === "rir" ? "Rate effort as RPE instead" : "Count reps left (RIR) instead"}
        </button>
      )}
      {props.beltEligible && !d.warmup && (
        <div className="belt-switch">
          <BeltIcon />
          <Switch label="Belt on for this set" checked={d.belt} onChange={(v) => set("belt", v)} />
        </div>
      )}
      <button type="submit" className="primary big log-button" disabled={props.busy}>
        {props.logLabel}
      </button>
    </form>
  );
}
