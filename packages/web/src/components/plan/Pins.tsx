/**
 * P6 pins in the web app: the plan's pins with their state ("kept in your plan", or "pinned, held back by <rule>
 * until <condition>") and an Unpin button, and the pin switch of an exercise page. Both save `pinned` with PUT
 * /profile; the plan and today's session then fetch again.
 */
import type { PlanPinState } from "@spotter/core";
import { useState } from "react";
import { Link } from "wouter";
import { messageOf } from "../../api/errors.js";
import { useSaveBack } from "../back/useSaveBack.js";

/** The plan screen's card of pins (nothing when the user has none). */
export function PinsCard(props: {
  pins: readonly PlanPinState[];
  pinned: readonly string[];
  nameOf: (id: string) => string;
}) {
  const save = useSaveBack();
  const [note, setNote] = useState("");
  if (props.pins.length === 0) return null;
  const unpin = (id: string) => {
    setNote("");
    save.mutate(
      { pinned: props.pinned.filter((x) => x !== id) },
      { onSuccess: () => setNote(`${props.nameOf(id)} is no longer pinned. A new plan may choose another lift.`) },
    );
  };
  return (
    <section className="card" aria-labelledby="plan-pins">
      <h2 id="plan-pins">Lifts you pinned</h2>
      <p className="small muted">
        A pinned lift stays in your plan unless a safety rule holds it back: a trigger your log found, a movement or
        direction you listed as aggravating, or a readiness day that calls for rest.
      </p>
      <ul className="plan-lines">
        {props.pins.map((p) => (
          <li key={p.exerciseId} data-pin={p.state}>
            <strong>
              <Link href={`/library/${encodeURIComponent(p.exerciseId)}`}>{props.nameOf(p.exerciseId)}</Link>
            </strong>{" "}
            {p.text}{" "}
            <button type="button" onClick={() => unpin(p.exerciseId)} disabled={save.isPending}>
              Unpin<span className="visually-hidden"> {props.nameOf(p.exerciseId)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="small data-status">
        {note}
      </p>
      {save.isError && (
        <p className="field-error" role="alert">
          {messageOf(save.error)}
        </p>
      )}
    </section>
  );
}

/** The pin switch of an exercise page. */
export function PinButton(props: { exerciseId: string; name: string; pinned: readonly string[] }) {
  const save = useSaveBack();
  const [note, setNote] = useState("");
  const on = props.pinned.includes(props.exerciseId);
  const toggle = () => {
    setNote("");
    const next = on ? props.pinned.filter((x) => x !== props.exerciseId) : [...props.pinned, props.exerciseId];
    save.mutate(
      { pinned: next },
      {
        onSuccess: () =>
          setNote(
            on
              ? `${props.name} is no longer pinned.`
              : `${props.name} is pinned. Your next plan keeps it unless a safety rule holds it back; the Plan tab says which.`,
          ),
      },
    );
  };
  return (
    <div className="lib-pin">
      <button type="button" aria-pressed={on} onClick={toggle} disabled={save.isPending}>
        {on ? "Pinned: keep in my plan (tap to unpin)" : "Pin: keep this lift in my plan"}
      </button>
      <p role="status" className="small">
        {note}
      </p>
      {save.isError && (
        <p className="field-error" role="alert">
          {messageOf(save.error)}
        </p>
      )}
    </div>
  );
}
