/**
 * C6: add a custom exercise (POST /exercises). Starting from a similar catalog exercise fills the scores; the grade
 * is shown live from the same formula the server uses; the server's field errors appear under their fields.
 */
import {
  type CustomExerciseInput,
  EQUIPMENT,
  type Equipment,
  gradeOf,
  type LoadProfile,
  MUSCLE_LABELS,
  MUSCLES,
  type Muscle,
  PATTERNS,
  type Pattern,
  SUPPORTS,
} from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { ApiError, messageOf } from "../../api/errors.js";
import { exerciseKeys } from "../../api/keys.js";
import { libraryApi } from "../../api/library.js";
import type { Exercise } from "../../api/types.js";
import { ExercisePicker } from "../ExercisePicker.js";
import { SelectField, TextAreaField, TextField } from "../Field.js";
import { MultiOptions, Options, Switch } from "../Options.js";
import {
  DEMANDS,
  demandWord,
  EQUIPMENT_LABELS,
  GRADE_INFO,
  PATTERN_LABELS,
  SUPPORT_INFO,
  splitList,
} from "./catalog.js";

type Measure = "reps" | "seconds" | "distance";

/** The form's values. */
export interface CustomDraft {
  name: string;
  aliases: string;
  pattern: Pattern;
  primaryMuscles: Muscle[];
  secondaryMuscles: Muscle[];
  laterality: "bilateral" | "unilateral";
  equipment: Equipment[];
  measure: Measure;
  load: LoadProfile;
  beltEligible: boolean;
  cues: string;
}

/** An empty draft: a bodyweight, two-sided exercise with a light, free load profile. */
export function emptyDraft(name = ""): CustomDraft {
  return {
    name,
    aliases: "",
    pattern: "isolation",
    primaryMuscles: [],
    secondaryMuscles: [],
    laterality: "bilateral",
    equipment: [],
    measure: "reps",
    load: { axial: 1, shear: 0, flexion: 0, extension: 0, rotation: 0, support: "free" },
    beltEligible: false,
    cues: "",
  };
}

/** A draft filled from a similar catalog exercise (the name the user typed stays). */
export function draftFrom(e: Exercise, name: string): CustomDraft {
  const muscles = (xs: readonly string[]) => xs.filter((m): m is Muscle => (MUSCLES as readonly string[]).includes(m));
  return {
    name,
    aliases: "",
    pattern: e.pattern,
    primaryMuscles: muscles(e.primaryMuscles),
    secondaryMuscles: muscles(e.secondaryMuscles),
    laterality: e.laterality,
    equipment: [...e.equipment],
    measure: e.measure ?? "reps",
    load: { ...e.load },
    beltEligible: e.beltEligible,
    cues: "",
  };
}

/** The request body for a draft. */
export function toInput(d: CustomDraft): CustomExerciseInput {
  const cues = d.cues
    .split("\n")
    .map((c) => c.trim())
    .filter(Boolean);
  const aliases = splitList(d.aliases);
  return {
    name: d.name.trim(),
    ...(aliases.length ? { aliases } : {}),
    pattern: d.pattern,
    primaryMuscles: d.primaryMuscles,
    secondaryMuscles: d.secondaryMuscles,
    laterality: d.laterality,
    equipment: d.equipment,
    load: d.load,
    beltEligible: d.beltEligible,
    measure: d.measure,
    ...(cues.length ? { cues } : {}),
  };
}

/** Our own words for a field the server turned down, when its message is the validator's technical text. */
const FIELD_HELP: Record<string, string> = {
  name: "Give it a name of 2 to 100 characters.",
  aliases: "Other names: up to 20, each up to 100 characters.",
  pattern: "Choose the movement pattern.",
  primaryMuscles: "Choose at least one muscle it mainly works.",
  secondaryMuscles: "Choose at most 10 muscles.",
  laterality: "Choose both sides or one side at a time.",
  equipment: "Choose what it needs; choose No equipment for bodyweight work.",
  load: "Give each demand a score from 0 to 3 and choose the support.",
  measure: "Choose how a set is counted.",
  cues: "Up to 5 cues, each up to 200 characters.",
};

/** The message to show under a field: the server's own words unless they are the validator's technical text. */
export function fieldMessage(path: string, serverMessage: string): string {
  // The server's range and type fragments ("must be at least 2 characters") read better as our full sentence.
  const technical = /^(Too (small|big)|Invalid|Expected|Required|Unrecognized|must (be|hold)|is required)/i.test(
    serverMessage,
  );
  return technical ? (FIELD_HELP[path] ?? serverMessage) : serverMessage;
}

/** Labels of the fields for the error summary. */
const FIELD_LABEL: Record<string, string> = {
  name: "Name",
  aliases: "Other names",
  pattern: "Movement pattern",
  primaryMuscles: "Main muscles",
  secondaryMuscles: "Also working",
  laterality: "Sides",
  equipment: "Equipment",
  load: "Spinal load",
  measure: "Counted in",
  cues: "Cues",
};

/** The form; `onCreated` gets the new exercise. */
export function CustomExerciseForm(props: {
  catalog: readonly Exercise[];
  initialName?: string;
  onCreated: (e: Exercise) => void;
}) {
  const [d, setD] = useState<CustomDraft>(() => emptyDraft(props.initialName ?? ""));
  const [from, setFrom] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const qc = useQueryClient();
  // Fields changed since the server turned the form down lose their message; the rest keep theirs.
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const touch = (...fields: string[]) => setChanged((c) => new Set([...c, ...fields]));
  const set = (patch: Partial<CustomDraft>) => {
    touch(...Object.keys(patch));
    setD((x) => ({ ...x, ...patch }));
  };
  const setLoad = (patch: Partial<LoadProfile>) => {
    touch("load");
    setD((x) => ({ ...x, load: { ...x.load, ...patch } }));
  };

  const create = useMutation({
    mutationFn: libraryApi.createExercise,
    onSuccess: (ex) => {
      qc.setQueryData<Exercise[]>(exerciseKeys.catalog, (list) => (list ? [...list, ex] : list));
      qc.setQueryData(exerciseKeys.of(ex.id), ex);
      void qc.invalidateQueries({ queryKey: exerciseKeys.catalog });
      props.onCreated(ex);
    },
    onError: () => {
      setChanged(new Set());
      requestAnimationFrame(() => summaryRef.current?.focus());
    },
  });
  const errors: Record<string, string> =
    create.error instanceof ApiError ? mapErrors(create.error.fieldErrors(), changed) : {};
  const grade = gradeOf(d.load);

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    create.mutate(toInput(d));
  };

  return (
    <form className="lib-form" onSubmit={submit} noValidate>
      {create.isError && (Object.keys(errors).length > 0 || !hasDetails(create.error)) && (
        <div className="error-box lib-errors" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>
            {Object.keys(errors).length > 0
              ? "The exercise was not added yet. Check these fields:"
              : messageOf(create.error)}
          </p>
          {Object.keys(errors).length > 0 && (
            <ul>
              {Object.entries(errors).map(([k, m]) => (
                <li key={k}>
                  {FIELD_LABEL[k] ?? k}: {m}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <TextField
        label="Name"
        hint="As you want to see it in your log."
        value={d.name}
        onChange={(e) => set({ name: e.target.value })}
        error={errors.name}
        autoComplete="off"
        maxLength={100}
      />
      <TextField
        label="Other names (optional)"
        hint="Names other apps use for it, separated by commas, so imports find it."
        value={d.aliases}
        onChange={(e) => set({ aliases: e.target.value })}
        error={errors.aliases}
        autoComplete="off"
      />

      <div className="card">
        <ExercisePicker
          exercises={props.catalog}
          label="Start from a similar exercise (optional)"
          onPick={(e) => {
            touch(...Object.keys(FIELD_HELP).filter((k) => k !== "name"));
            setD((x) => draftFrom(e, x.name || ""));
            setFrom(e.name);
          }}
        />
        {from && (
          <p role="status" className="small">
            Filled in from {from}. Change anything that differs in yours.
          </p>
        )}
      </div>

      <SelectField
        label="Movement pattern"
        error={errors.pattern}
        value={d.pattern}
        onChange={(v) => set({ pattern: v as Pattern })}
        options={PATTERNS.map((p) => ({ value: p, label: PATTERN_LABELS[p] }))}
      />

      <MultiOptions
        legend="Main muscles"
        hint="The muscles it mainly works."
        options={MUSCLES.map((m) => ({ value: m, label: MUSCLE_LABELS[m] }))}
        value={d.primaryMuscles}
        onChange={(v) => set({ primaryMuscles: v })}
        error={errors.primaryMuscles}
      />
      <MultiOptions
        legend="Also working (optional)"
        options={MUSCLES.map((m) => ({ value: m, label: MUSCLE_LABELS[m] }))}
        value={d.secondaryMuscles}
        onChange={(v) => set({ secondaryMuscles: v })}
        error={errors.secondaryMuscles}
      />
      <Options
        legend="Sides"
        variant="seg"
        options={[
          { value: "bilateral", label: "Both together" },
          { value: "unilateral", label: "One at a time" },
        ]}
        value={d.laterality}
        onChange={(v) => set({ laterality: v })}
        error={errors.laterality}
      />
      <MultiOptions
        legend="Equipment"
        hint="Everything it needs. Choose No equipment for bodyweight work."
        options={EQUIPMENT.map((x) => ({ value: x, label: EQUIPMENT_LABELS[x] }))}
        value={d.equipment}
        onChange={(v) => set({ equipment: v })}
        error={errors.equipment}
      />
      <Options
        legend="Counted in"
        variant="seg"
        options={[
          { value: "reps", label: "Reps" },
          { value: "seconds", label: "Seconds" },
          { value: "distance", label: "Metres" },
        ]}
        value={d.measure}
        onChange={(v) => set({ measure: v })}
        error={errors.measure}
      />

      <div className="card">
        <fieldset>
          <legend>Spinal load</legend>
          <p className="hint">
            Score each demand from 0 (none) to 3 (high). When unsure, start from a similar exercise above.
          </p>
          {DEMANDS.map((dm) => (
            <div key={dm.key} className="lib-demand">
              <Options
                legend={`${dm.label}: ${demandWord(d.load[dm.key])}`}
                hint={`How much ${dm.hint.replace(/^how much /, "")}.`}
                variant="seg"
                options={(["0", "1", "2", "3"] as const).map((v) => ({ value: v, label: v }))}
                value={String(d.load[dm.key]) as "0" | "1" | "2" | "3"}
                onChange={(v) => setLoad({ [dm.key]: Number(v) })}
              />
            </div>
          ))}
          <Options
            legend="Support"
            variant="block"
            options={SUPPORTS.map((s) => {
              const [title, hint] = SUPPORT_INFO[s].split(": ");
              return { value: s, label: title ?? s, hint };
            })}
            value={d.load.support}
            onChange={(v) => setLoad({ support: v })}
            error={errors.load}
          />
        </fieldset>
        <p className="lib-grade-preview" aria-live="polite">
          With these scores its grade is <strong>{grade}</strong>, {GRADE_INFO[grade].word.toLowerCase()}.
        </p>
      </div>

      <Switch
        label="A belt fits this lift"
        hint="Only for heavy free-weight squats, lunges, deadlifts, rows and their close variants."
        checked={d.beltEligible}
        onChange={(v) => set({ beltEligible: v })}
      />

      <TextAreaField
        label="Cues (optional)"
        hint="One a line, up to 5: what you remind yourself of during a set."
        error={errors.cues}
        rows={3}
        value={d.cues}
        onChange={(e) => set({ cues: e.target.value })}
      />

      <button type="submit" className="primary big" disabled={create.isPending}>
        {create.isPending ? "Adding…" : "Add exercise"}
      </button>
    </form>
  );
}

/** True when the server named the fields it turned down. */
function hasDetails(e: unknown): boolean {
  return e instanceof ApiError && e.details.length > 0;
}

/** Field errors keyed by field, in our words where the server's are technical. */
function mapErrors(raw: Record<string, string>, changed: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, m] of Object.entries(raw)) if (!changed.has(k)) out[k] = fieldMessage(k, m);
  return out;
}
