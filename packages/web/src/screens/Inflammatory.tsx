/**
 * R7: the inflammatory back pain screen (NICE NG65, in our own words). Two gate questions, then nine signs only
 * when both are yes; nothing prefilled. The outcome is calm advice and never locks training.
 */
import {
  INFLAMMATORY_GATE_QUESTIONS,
  INFLAMMATORY_ITEMS,
  INFLAMMATORY_QUESTIONS,
  type InflammatoryItem,
} from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { clinicApi, type InflammatoryAnswer } from "../api/clinic.js";
import { messageOf } from "../api/errors.js";
import { refresh } from "../api/refresh.js";
import { Options } from "../components/Options.js";

type Answer = "yes" | "no" | "unsure";
const asBool = (a: Answer | undefined) => (a === "yes" ? true : a === "no" ? false : null);
const YES_NO = [
  { value: "yes" as const, label: "Yes" },
  { value: "no" as const, label: "No" },
  { value: "unsure" as const, label: "Not sure" },
];

/** The screen at /checkin/inflammatory. */
export function InflammatoryScreen() {
  const [gate, setGate] = useState<{ onsetBefore45?: Answer; longerThan3Months?: Answer }>({});
  const [items, setItems] = useState<Partial<Record<InflammatoryItem, Answer>>>({});
  const [done, setDone] = useState<InflammatoryAnswer | null>(null);
  const top = useRef<HTMLHeadingElement>(null);
  const qc = useQueryClient();
  useEffect(() => {
    window.scrollTo(0, 0);
    top.current?.focus();
  }, []);
  const open = gate.onsetBefore45 === "yes" && gate.longerThan3Months === "yes";
  const send = useMutation({
    mutationFn: () =>
      clinicApi.postInflammatory({
        onsetBefore45: asBool(gate.onsetBefore45),
        longerThan3Months: asBool(gate.longerThan3Months),
        ...(open ? { answers: Object.fromEntries(INFLAMMATORY_ITEMS.map((k) => [k, asBool(items[k])])) } : {}),
      }),
    onSuccess: (answer) => {
      refresh.readiness(qc);
      setDone(answer);
      window.scrollTo(0, 0);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  if (done) {
    return (
      <section>
        <h1 tabIndex={-1} ref={(el) => el?.focus()}>
          Thank you
        </h1>
        <div className="card" role="status">
          <p>
            {done.outcome.advice?.message ??
              "These questions do not apply to you now. Spotter asks them again in a year. Nothing changes in your training."}
          </p>
        </div>
        <Link href="/" className="button primary big">
          Back to Today
        </Link>
      </section>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <h1 tabIndex={-1} ref={top}>
        Inflammatory back pain questions
      </h1>
      <p>
        A few questions, asked once a year, about a less common kind of back pain that a GP can check for. Your answers
        never pause your training.
      </p>
      <div className="card">
        {(Object.keys(INFLAMMATORY_GATE_QUESTIONS) as (keyof typeof INFLAMMATORY_GATE_QUESTIONS)[]).map((k) => (
          <Options
            key={k}
            legend={INFLAMMATORY_GATE_QUESTIONS[k]}
            variant="seg"
            value={gate[k] ?? null}
            onChange={(v) => setGate((g) => ({ ...g, [k]: v }))}
            options={YES_NO}
          />
        ))}
      </div>
      {open && (
        <div className="card">
          <p className="hint">Answer for now or any time in the past.</p>
          {INFLAMMATORY_ITEMS.map((k) => (
            <Options
              key={k}
              legend={INFLAMMATORY_QUESTIONS[k]}
              variant="seg"
              value={items[k] ?? null}
              onChange={(v) => setItems((a) => ({ ...a, [k]: v }))}
              options={YES_NO}
            />
          ))}
        </div>
      )}
      {send.isError && (
        <div className="error-box" role="alert">
          {messageOf(send.error)}
        </div>
      )}
      <button type="submit" className="primary big" disabled={send.isPending}>
        Send answers
      </button>
    </form>
  );
}
