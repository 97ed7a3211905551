/** The profile form (SPEC §1), used in onboarding and on Me. Body weight is typed in the user's unit, sent as kg. */
import {
  AGE_BANDS,
  type AgeBand,
  EQUIPMENT,
  type Equipment,
  type Experience,
  fromUnit,
  type Goal,
  type Profile,
  type ProfileUpdate,
  type Sex,
  type SleepPosition,
  type Unit,
} from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { api } from "../api/client.js";
import { ApiError, messageOf } from "../api/errors.js";
import { profileKeys } from "../api/keys.js";
import { refresh } from "../api/refresh.js";
import { browserTimeZone, displayWeight } from "../lib/format.js";
import { SelectField, TextField } from "./Field.js";
import { MultiOptions, Options } from "./Options.js";

const EQUIPMENT_LABEL: Record<Equipment, string> = {
  barbell: "Barbell",
  dumbbells: "Dumbbells",
  kettlebell: "Kettlebell",
  "smith-machine": "Smith machine",
  "leg-press": "Leg press",
  cable: "Cable stack",
  machines: "Other machines",
  "pull-up-bar": "Pull-up bar",
  bench: "Bench",
  "foam-roller": "Foam roller",
  belt: "Lifting belt",
  bands: "Bands",
  none: "No equipment",
};

/** Time zones the browser knows, with the user's own first. */
function zoneOptions(current: string): { value: string; label: string }[] {
  let zones: string[] = [];
  try {
    zones = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  } catch {
    zones = [];
  }
  const all = new Set([current, browserTimeZone(), "UTC", ...zones]);
  return [...all].map((z) => ({ value: z, label: z.replaceAll("_", " ") }));
}

/** The form; `onSaved` runs after a successful save with the stored profile. */
export function ProfileForm(props: {
  profile: Profile;
  submitLabel: string;
  onSaved?: (p: Profile) => void;
  preferBrowserZone?: boolean;
}) {
  const p = props.profile;
  const qc = useQueryClient();
  const [unit, setUnit] = useState<Unit>(p.unit);
  const [weight, setWeight] = useState(p.bodyWeightKg ? String(displayWeight(p.bodyWeightKg, p.unit)) : "");
  const [timeZone, setTimeZone] = useState(
    props.preferBrowserZone && p.timeZone === "UTC" ? browserTimeZone() : p.timeZone,
  );
  const [sex, setSex] = useState<Sex | "unsaid">(p.sex ?? "unsaid");
  const [ageBand, setAgeBand] = useState<AgeBand | "unsaid">(p.ageBand ?? "unsaid");
  const [sleep, setSleep] = useState<SleepPosition>(p.sleepPosition);
  const [sitting, setSitting] = useState(String(p.sittingHours));
  const [equipment, setEquipment] = useState<Equipment[]>(p.equipment);
  const [days, setDays] = useState(String(p.daysPerWeek));
  const [minutes, setMinutes] = useState(String(p.sessionMinutes));
  const [goal, setGoal] = useState<Goal>(p.goal);
  const [experience, setExperience] = useState<Experience>(p.experience);
  const [fields, setFields] = useState<Record<string, string>>({});
  const zones = useMemo(() => zoneOptions(timeZone), [timeZone]);

  const changeUnit = (u: Unit) => {
    // Keep the same body weight when the unit flips, shown in the new unit.
    const n = Number.parseFloat(weight);
    if (Number.isFinite(n) && u !== unit) setWeight(String(displayWeight(fromUnit(n, unit), u)));
    setUnit(u);
  };

  const save = useMutation({
    mutationFn: (update: ProfileUpdate) => api.putProfile(update),
    onSuccess: (saved) => {
      const merged = { ...p, ...saved };
      qc.setQueryData(profileKeys.all, merged);
      // Unit, equipment, days, minutes and time zone shape the plan, today, next targets and alternatives.
      void refresh.derived(qc);
      props.onSaved?.(merged);
    },
    onError: (e) => {
      if (e instanceof ApiError) setFields(e.fieldErrors());
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    const w = weight.trim() === "" ? null : Number.parseFloat(weight);
    const wKg = w === null ? null : fromUnit(w, unit);
    if (w !== null && (!Number.isFinite(w) || wKg === null || wKg < 20 || wKg > 400))
      local.bodyWeightKg = `Enter a body weight between ${unit === "kg" ? "20 and 400 kg" : "45 and 880 lb"}, or leave it empty.`;
    const sit = Number.parseFloat(sitting);
    if (!Number.isFinite(sit) || sit < 0 || sit > 24) local.sittingHours = "Enter hours from 0 to 24.";
    setFields(local);
    if (Object.keys(local).length) return;
    save.mutate({
      unit,
      bodyWeightKg: wKg,
      timeZone,
      sex: sex === "unsaid" ? null : sex,
      ageBand: ageBand === "unsaid" ? null : ageBand,
      sleepPosition: sleep,
      sittingHours: sit,
      equipment,
      daysPerWeek: Number(days),
      sessionMinutes: Number(minutes),
      goal,
      experience,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="card">
        <h2>Units and body</h2>
        <Options
          legend="Weights in"
          variant="seg"
          value={unit}
          onChange={changeUnit}
          options={[
            { value: "kg", label: "Kilograms (kg)" },
            { value: "lb", label: "Pounds (lb)" },
          ]}
          error={fields.unit}
        />
        <TextField
          label={`Body weight (${unit})`}
          hint="Optional. Used for your daily water target."
          type="number"
          inputMode="decimal"
          name="bodyWeight"
          value={weight}
          onChange={(e) => setWeight(e.target.value)}
          error={fields.bodyWeightKg}
        />
        <SelectField
          label="Time zone"
          hint="Your check-ins and sessions count by the day in this zone."
          value={timeZone}
          onChange={setTimeZone}
          options={zones}
          error={fields.timeZone}
        />
        <p className="hint">
          The next two are optional and only pick the reference amounts of water, calcium and vitamin D that Spotter
          shows you.
        </p>
        <Options
          legend="Sex"
          value={sex}
          onChange={setSex}
          options={[
            { value: "unsaid", label: "Rather not say" },
            { value: "female", label: "Female" },
            { value: "male", label: "Male" },
          ]}
          error={fields.sex}
        />
        <Options
          legend="Age"
          value={ageBand}
          onChange={setAgeBand}
          options={[{ value: "unsaid", label: "Rather not say" }, ...AGE_BANDS.map((a) => ({ value: a, label: a }))]}
          error={fields.ageBand}
        />
      </div>

      <div className="card">
        <h2>Your day</h2>
        <Options
          legend="How you usually sleep"
          value={sleep}
          onChange={setSleep}
          options={[
            { value: "side", label: "On my side" },
            { value: "back", label: "On my back" },
            { value: "stomach", label: "On my stomach" },
            { value: "mixed", label: "It varies" },
          ]}
          error={fields.sleepPosition}
        />
        <TextField
          label="Hours sitting on a usual day"
          type="number"
          inputMode="decimal"
          name="sittingHours"
          value={sitting}
          onChange={(e) => setSitting(e.target.value)}
          error={fields.sittingHours}
        />
      </div>

      <div className="card">
        <h2>Training</h2>
        <MultiOptions
          legend="Equipment you can use"
          value={equipment}
          onChange={setEquipment}
          options={EQUIPMENT.map((e) => ({ value: e, label: EQUIPMENT_LABEL[e] }))}
          error={fields.equipment}
        />
        <Options
          legend="Training days a week"
          variant="seg"
          value={days}
          onChange={setDays}
          options={["2", "3", "4", "5", "6"].map((d) => ({ value: d, label: d }))}
          error={fields.daysPerWeek}
        />
        <SelectField
          label="Session length"
          value={minutes}
          onChange={setMinutes}
          options={[30, 45, 60, 75, 90, 105, 120].map((m) => ({ value: String(m), label: `${m} minutes` }))}
          error={fields.sessionMinutes}
        />
        <Options
          legend="Main goal"
          variant="block"
          value={goal}
          onChange={setGoal}
          options={[
            { value: "hypertrophy", label: "Build muscle", hint: "More sets in moderate rep ranges." },
            { value: "strength", label: "Get stronger", hint: "Heavier sets, fewer reps." },
            { value: "general", label: "General fitness", hint: "A balanced mix with less volume." },
          ]}
          error={fields.goal}
        />
        <Options
          legend="Lifting experience"
          value={experience}
          onChange={setExperience}
          options={[
            { value: "beginner", label: "Under a year" },
            { value: "intermediate", label: "1 to 3 years" },
            { value: "advanced", label: "More than 3 years" },
          ]}
          error={fields.experience}
        />
      </div>
      {save.isError && (
        <div className="error-box" role="alert">
          {messageOf(save.error)}
        </div>
      )}
      {save.isSuccess && !props.onSaved && (
        <p className="banner ok" role="status">
          Saved.
        </p>
      )}
      <button type="submit" className="primary big" disabled={save.isPending}>
        {props.submitLabel}
      </button>
    </form>
  );
}
