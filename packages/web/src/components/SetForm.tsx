/** The set row of the live session: reps and load steppers, effort, belt, pain and its kind, and a big Log button. */
import type { PainKind, Unit } from "@spotter/core";
import type { SetDraft } from "../lib/setDraft.js";
import { Options, Switch } from "./Options.js";
import { PainSlider } from "./PainSlider.js";
import { Stepper } from "./Stepper.js";

const PAIN_KIND_OPTIONS: { value: PainKind; label: string }[] = [
  { value: "none", label: "None" },
  { value: "tightness", label: "Tightness" },
  { value: "sharp", label: "Sharp" },
  { value: "radiating", label: "Radiating or pins and needles" },
];

const RPE_VALUES = ["6", "6.5", "7", "7.5", "8", "8.5", "9", "9.5", "10"];

/** The form; `onLog` sends the draft. */
export function SetForm(props: {
  draft: SetDraft;
  onChange: (d: SetDraft) => void;
  unit: Unit;
  step: number;
  beltEligible: boolean;
  setNumber: number;
  busy: boolean;
  onLog: () => void;
}) {
  const d = props.draft;
  const set = <K extends keyof SetDraft>(k: K, v: SetDraft[K]) => props.onChange({ ...d, [k]: v });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onLog();
      }}
      noValidate
    >
      <div className="two-col">
        <Stepper label="Reps" value={d.reps} step={1} min={0} max={100} onChange={(v) => set("reps", v)} />
        <Stepper
          label="Load"
          unit={props.unit}
          value={d.load}
          step={props.step}
          min={0}
          max={props.unit === "kg" ? 1000 : 2200}
          onChange={(v) => set("load", v)}
        />
      </div>
      <Options
        legend="Effort measured as"
        variant="seg"
        value={d.effortMode}
        onChange={(v) =>
          props.onChange({
            ...d,
            effortMode: v,
            rir: v === "rir" ? (d.rir ?? 2) : d.rir,
            rpe: v === "rpe" ? (d.rpe ?? 8) : d.rpe,
          })
        }
        options={[
          { value: "rir", label: "Reps left (RIR)" },
          { value: "rpe", label: "RPE" },
        ]}
      />
      {d.effortMode === "rir" ? (
        <Options
          legend="Reps you could still have done"
          value={d.rir === null ? null : String(d.rir)}
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
      )}
      <Switch
        label="Warm-up set"
        checked={d.warmup}
        onChange={(v) => props.onChange({ ...d, warmup: v, belt: v ? false : d.belt })}
      />
      {props.beltEligible && !d.warmup && (
        <Switch label="Belt on for this set" checked={d.belt} onChange={(v) => set("belt", v)} />
      )}
      <PainSlider label="Back pain during the set" value={d.pain} onChange={(v) => set("pain", v)} compact />
      <Options
        legend="What it felt like"
        value={d.painKind}
        onChange={(v) => set("painKind", v)}
        options={PAIN_KIND_OPTIONS}
      />
      <button type="submit" className="primary big" disabled={props.busy}>
        {props.busy ? "Saving…" : `Log set ${props.setNumber}`}
      </button>
    </form>
  );
}
