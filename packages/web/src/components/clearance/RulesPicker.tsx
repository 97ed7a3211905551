/**
 * X5: the clinician's limits as rules Spotter keeps to: movements, directions and exercises to leave out, a load
 * cap, an effort cap and the last day. Built from the same chips, fields and exercise search as the other forms.
 */
import type { Exercise, Pattern, RestrictionRuleInput } from "@spotter/core";
import { useState } from "react";
import { ExercisePicker } from "../ExercisePicker.js";
import { TextField } from "../Field.js";
import { PATTERN_LABELS, patternLabel } from "../library/catalog.js";
import { MultiOptions, Options } from "../Options.js";
import { DIRECTION_WORDS } from "./ruleWords.js";

const TRAINING_PATTERNS = (Object.keys(PATTERN_LABELS) as Pattern[]).filter(
  (p) => !["decompression", "soft-tissue", "mobility", "conditioning", "isolation"].includes(p),
);

/** The picked limits, before they become rules. */
export interface PickedLimits {
  patterns: Pattern[];
  directions: (keyof typeof DIRECTION_WORDS)[];
  exercises: Exercise[];
  cap: "none" | "percent" | "weight";
  capValue: string;
  effort: "none" | "1" | "2" | "3" | "4";
  until: string;
}

/** Nothing picked. */
export const NO_LIMITS: PickedLimits = {
  patterns: [],
  directions: [],
  exercises: [],
  cap: "none",
  capValue: "",
  effort: "none",
  until: "",
};

/** The picked limits as `POST /clearance` rules (a weight in the user's unit is sent in kg). */
export function rulesOf(p: PickedLimits, unit: "kg" | "lb"): RestrictionRuleInput[] {
  const until = p.until ? { until: p.until } : {};
  const out: RestrictionRuleInput[] = [
    ...p.patterns.map((value) => ({ kind: "pattern" as const, value, ...until })),
    ...p.directions.map((value) => ({ kind: "direction" as const, value, ...until })),
    ...p.exercises.map((e) => ({ kind: "exercise" as const, value: e.id, ...until })),
  ];
  const n = Number(p.capValue);
  if (p.cap === "percent" && n > 0) out.push({ kind: "load-cap", value: { percent: n }, ...until });
  if (p.cap === "weight" && n > 0) {
    const kg = unit === "lb" ? Math.round(n * 0.45359237 * 1000) / 1000 : n;
    out.push({ kind: "load-cap", value: { kg }, ...until });
  }
  if (p.effort !== "none") out.push({ kind: "effort-cap", value: Number(p.effort), ...until });
  return out;
}

/** The pickers; `errors` are the server's field errors keyed by path. */
export function RulesPicker(props: {
  value: PickedLimits;
  onChange: (v: PickedLimits) => void;
  exercises: readonly Exercise[];
  unit: "kg" | "lb";
  today: string;
  errors: Record<string, string>;
}) {
  const v = props.value;
  const set = (patch: Partial<PickedLimits>) => props.onChange({ ...v, ...patch });
  const [picking, setPicking] = useState(false);
  const ruleError = Object.entries(props.errors)
    .filter(([k]) => k.startsWith("rules"))
    .map(([, m]) => m)[0];
  return (
    <div className="clearance-rules">
      <h3>Limits Spotter should keep to</h3>
      <p className="hint">
        Pick what your clinician asked you to leave out or hold back. Your plan, Today and the suggestions follow these
        until the last day you give.
      </p>
      <MultiOptions
        legend="Movements to leave out"
        options={TRAINING_PATTERNS.map((p) => ({ value: p, label: patternLabel(p) }))}
        value={v.patterns}
        onChange={(patterns) => set({ patterns })}
      />
      <MultiOptions
        legend="Directions of load to avoid"
        hint="Leaves out every exercise that loads your back clearly in that direction."
        options={(Object.keys(DIRECTION_WORDS) as (keyof typeof DIRECTION_WORDS)[]).map((d) => ({
          value: d,
          label: DIRECTION_WORDS[d],
        }))}
        value={v.directions}
        onChange={(directions) => set({ directions })}
      />
      <fieldset>
        <legend>Exercises to leave out</legend>
        {v.exercises.length > 0 && (
          <ul className="clearance-picked">
            {v.exercises.map((e) => (
              <li key={e.id}>
                <span>{e.name}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${e.name}`}
                  onClick={() => set({ exercises: v.exercises.filter((x) => x.id !== e.id) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        {picking ? (
          <ExercisePicker
            exercises={props.exercises}
            label="Exercise to leave out"
            onPick={(e) => {
              if (!v.exercises.some((x) => x.id === e.id)) set({ exercises: [...v.exercises, e] });
              setPicking(false);
            }}
          />
        ) : (
          <button type="button" onClick={() => setPicking(true)}>
            Add an exercise
          </button>
        )}
      </fieldset>
      <Options
        legend="Load cap"
        variant="seg"
        options={[
          { value: "none", label: "None" },
          { value: "percent", label: "Share of last load" },
          { value: "weight", label: `Weight in ${props.unit}` },
        ]}
        value={v.cap}
        onChange={(cap) => set({ cap, capValue: "" })}
      />
      {v.cap !== "none" && (
        <TextField
          label={v.cap === "percent" ? "Percent of each exercise's last working load" : `Most weight in ${props.unit}`}
          hint={
            v.cap === "percent"
              ? "Fixed today from each exercise's last working load, for every loaded exercise."
              : "Total external load: both dumbbells together."
          }
          type="number"
          inputMode="decimal"
          min={1}
          max={v.cap === "percent" ? 100 : undefined}
          value={v.capValue}
          onChange={(e) => set({ capValue: e.target.value })}
        />
      )}
      <Options
        legend="Effort cap"
        hint="Reps kept in reserve at the end of every working set."
        variant="seg"
        options={[
          { value: "none", label: "None" },
          { value: "1", label: "1 in reserve" },
          { value: "2", label: "2" },
          { value: "3", label: "3" },
          { value: "4", label: "4" },
        ]}
        value={v.effort}
        onChange={(effort) => set({ effort })}
      />
      <TextField
        label="Last day of these limits (optional)"
        hint="Leave it empty if they last until a later assessment lifts them."
        type="date"
        min={props.today}
        value={v.until}
        onChange={(e) => set({ until: e.target.value })}
      />
      {ruleError && <p className="field-error">{ruleError}</p>}
    </div>
  );
}
