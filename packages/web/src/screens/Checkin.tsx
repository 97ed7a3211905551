/**
 * The daily check-in: pain now, everyday pain, where it hurts, nerve symptoms (when switched on) and last night's
 * sleep. A returning user finds yesterday's answers already in place and can send them in a few taps.
 */
import { type CheckinInput, NERVE_KINDS, NERVE_TRENDS, REGIONS, type Readiness } from "@spotter/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { api } from "../api/client.js";
import { ApiError, messageOf } from "../api/errors.js";
import { checkinKeys } from "../api/keys.js";
import { refresh } from "../api/refresh.js";
import { submit as submitToOutbox } from "../api/sync.js";
import type { Checkin, CheckinAnswer } from "../api/types.js";
import { BodyMap } from "../components/BodyMap.js";
import { SelectField } from "../components/Field.js";
import { FunctionCheck } from "../components/FunctionCheck.js";
import { Options, Switch } from "../components/Options.js";
import { PainSlider } from "../components/PainSlider.js";
import { Stepper } from "../components/Stepper.js";
import { EVERYDAY_PAIN_CHOICES, NERVE_KIND_LABEL, NERVE_TREND_LABEL, REGION_LABEL } from "../content/readinessText.js";
import {
  type CheckinDraft,
  draftFrom,
  draftToInput,
  EMPTY_NERVE,
  emptyDraft,
  missingAnswer,
  type NerveDraft,
  nerveComplete,
  pickPrefill,
  prefillWindow,
  shouldAskRedFlags,
} from "../lib/checkinDraft.js";
import { newClientId } from "../lib/format.js";
import { useProfile, useToday } from "../lib/queries.js";

/** The check-in screen: loads recent check-ins, then shows the prefilled form. */
export function CheckinScreen() {
  const today = useToday();
  const { from, to } = prefillWindow(today);
  const recent = useQuery({ queryKey: checkinKeys.list(from, to), queryFn: () => api.listCheckins(from, to) });
  const { data: profile } = useProfile();
  if (recent.isPending) return <p className="loading">Loading your last answers…</p>;
  const list = recent.data ?? [];
  const { source, editing } = pickPrefill(list, today);
  const position = profile?.sleepPosition ?? null;
  const initial = source ? draftFrom(source, editing, position) : emptyDraft(position);
  return (
    <CheckinForm
      key={source?.id ?? "new"}
      initial={initial}
      editing={editing}
      prefilled={Boolean(source)}
      recent={list}
      today={today}
    />
  );
}

function CheckinForm(props: {
  initial: CheckinDraft;
  editing: boolean;
  prefilled: boolean;
  recent: Checkin[];
  today: string;
}) {
  const [d, setD] = useState<CheckinDraft>(props.initial);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [, navigate] = useLocation();
  const search = useSearch();
  const qc = useQueryClient();
  const set = <K extends keyof CheckinDraft>(k: K, v: CheckinDraft[K]) => setD((x) => ({ ...x, [k]: v }));

  // Through the outbox (issue 16): sent now when it can be; with no signal it waits on the phone, Today says so,
  // and it is sent by itself when the connection returns. A refusal comes back here with its fields.
  const send = useMutation({
    mutationFn: async (input: CheckinInput) => {
      const r = await submitToOutbox({ kind: "checkin", input });
      if (r.status === "refused") throw r.error;
      return r.status === "sent" ? (r.answer as CheckinAnswer) : null;
    },
    onSuccess: (answer) => {
      if (!answer) {
        navigate("/");
        return;
      }
      const readiness: Readiness | undefined = answer.readiness;
      // The red-flag screen reads today's check-in at once: the answer seeds it so it never sees a stale empty list.
      void refresh.checkin(qc, props.today, answer);
      const first = new URLSearchParams(search).get("first") === "1";
      const ask = first || shouldAskRedFlags(readiness?.askRedFlags, props.recent, props.today);
      // R8: a map that contradicts an answer asks that question again at once.
      if (readiness?.ask?.includes("bothLegs") && !ask) navigate("/checkin/red-flags?recheck=bothLegs");
      else navigate(ask ? "/checkin/red-flags" : "/");
    },
    onError: (e) => {
      if (e instanceof ApiError) setFields(e.fieldErrors());
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (d.nerveOn && !d.nerve.every(nerveComplete)) {
      // A symptom is only useful with its kind, place and trend; none of them is guessed for the user.
      setFields({ nerve: "For each symptom, choose what you feel, where, and how it compares with before." });
      document.getElementById("nerve-card")?.scrollIntoView({ block: "center" });
      return;
    }
    const input = draftToInput(d, newClientId(), props.today);
    if (!input) {
      const missing = missingAnswer(d);
      setFields(
        missing === "painNow"
          ? { painNow: "Tap your back pain right now." }
          : { everydayPain: "Choose how everyday tasks feel today." },
      );
      const at = document.getElementById(missing === "painNow" ? "pain-now" : "everyday");
      at?.scrollIntoView({ block: "center" });
      at?.querySelector<HTMLInputElement>("input")?.focus({ preventScroll: true });
      return;
    }
    setFields({});
    send.mutate(input);
  };

  const updateNerve = (i: number, patch: Partial<NerveDraft>) =>
    set(
      "nerve",
      d.nerve.map((n, j) => (j === i ? { ...n, ...patch } : n)),
    );

  return (
    <form onSubmit={submit} noValidate>
      <h1>{props.editing ? "Update today's check-in" : "Daily check-in"}</h1>
      <p className="muted">
        {props.prefilled
          ? "Your last answers are filled in, except pain right now. Tap today's pain, change what is different, then send."
          : "A few quick questions about your back today. It takes under a minute."}
      </p>

      <div className="card">
        <PainSlider
          id="pain-now"
          label="Back pain right now"
          hint="0 is no pain, 10 is the worst pain you can imagine."
          value={d.painNow}
          onChange={(v) => {
            set("painNow", v);
            setFields(({ painNow: _, ...rest }) => rest);
          }}
          error={fields.painNow}
        />
      </div>

      <div className="card" id="everyday">
        <Options
          legend="Pain in everyday tasks"
          variant="block"
          value={d.everydayPain}
          onChange={(v) => set("everydayPain", v)}
          options={EVERYDAY_PAIN_CHOICES.map((c) => ({ value: c.value, label: c.title, hint: c.text }))}
          error={fields.everydayPain}
        />
      </div>

      <div className="card">
        <h2>Where does it hurt?</h2>
        <p className="hint">Tap every area that hurts now. Tap again to clear it.</p>
        <BodyMap value={d.regions} onChange={(v) => set("regions", v)} />
      </div>

      <div className="card" id="nerve-card">
        <Switch
          label="I have numbness, tingling or weakness"
          hint="For example pins and needles in a foot, or a leg that feels weaker than usual."
          checked={d.nerveOn}
          onChange={(on) => {
            setD((x) => ({
              ...x,
              nerveOn: on,
              nerve: on && x.nerve.length === 0 ? [{ ...EMPTY_NERVE }] : x.nerve,
            }));
          }}
        />
        {d.nerveOn && (
          <div className="stack">
            {d.nerve.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity of their own; the list only grows or shrinks.
              <fieldset key={`${i}-${n.kind}-${n.region}`} className="card" style={{ boxShadow: "none" }}>
                <legend>Symptom {i + 1}</legend>
                <SelectField
                  label="What you feel"
                  value={n.kind ?? ""}
                  onChange={(v) => updateNerve(i, { kind: (v || null) as NerveDraft["kind"] })}
                  options={[
                    { value: "", label: "Choose…" },
                    ...NERVE_KINDS.map((k) => ({ value: k, label: NERVE_KIND_LABEL[k] })),
                  ]}
                />
                <SelectField
                  label="Where"
                  value={n.region ?? ""}
                  onChange={(v) => updateNerve(i, { region: (v || null) as NerveDraft["region"] })}
                  options={[
                    { value: "", label: "Choose…" },
                    ...REGIONS.map((r) => ({ value: r, label: REGION_LABEL[r] })),
                  ]}
                />
                <Options
                  legend="Compared with before"
                  value={n.trend}
                  onChange={(v) => updateNerve(i, { trend: v })}
                  options={NERVE_TRENDS.map((t) => ({ value: t, label: NERVE_TREND_LABEL[t] }))}
                />
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    set(
                      "nerve",
                      d.nerve.filter((_, j) => j !== i),
                    )
                  }
                >
                  Remove symptom {i + 1}
                </button>
              </fieldset>
            ))}
            {fields.nerve && (
              <p className="field-error" role="alert">
                {fields.nerve}
              </p>
            )}
            <button type="button" onClick={() => set("nerve", [...d.nerve, { ...EMPTY_NERVE }])}>
              Add another symptom
            </button>
          </div>
        )}
      </div>

      <div className="card">
        <h2>Last night's sleep</h2>
        <Stepper
          label="Hours slept"
          value={d.sleepHours}
          step={0.5}
          min={0}
          max={16}
          onChange={(v) => set("sleepHours", v)}
        />
        <Options
          legend="How well you slept"
          hint="1 is very poorly, 5 is very well."
          variant="seg"
          value={d.sleepQuality === null ? null : String(d.sleepQuality)}
          onChange={(v) => set("sleepQuality", Number(v))}
          options={["1", "2", "3", "4", "5"].map((q) => ({ value: q, label: q }))}
        />
        <Options
          legend="Position"
          value={d.sleepPosition}
          onChange={(v) => set("sleepPosition", v)}
          options={[
            { value: "side", label: "Side" },
            { value: "back", label: "Back" },
            { value: "stomach", label: "Stomach" },
            { value: "mixed", label: "Mixed" },
          ]}
        />
        <Options
          legend="Did you use a support pillow?"
          hint="Between the knees on your side, under the knees on your back, under the hips on your stomach."
          variant="seg"
          value={d.supportUsed === null ? null : d.supportUsed ? "yes" : "no"}
          onChange={(v) => set("supportUsed", v === "yes")}
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
        />
      </div>

      <FunctionCheck value={d.functionAnswers} onChange={(v) => set("functionAnswers", v)} />

      {send.isError && (
        <div className="error-box" role="alert">
          {messageOf(send.error)}
        </div>
      )}
      <button type="submit" className="primary big" disabled={send.isPending}>
        {send.isPending ? "Sending…" : "Send check-in"}
      </button>
    </form>
  );
}
