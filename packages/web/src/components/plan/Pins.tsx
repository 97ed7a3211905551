/**
 * P6 pins in the web app: the plan's pins with their state ("kept in your plan", or "pinned, held back by <rule>
 * until <condition>") and an Unpin button, and the pin switch of an exercise page. Both save `pinned` with PUT
 * /profile; the plan and today's session then fetch again.
 */
import type { PlanPinState } from "@spotter/core";
import { Link } from "wouter";
import { SaveOutcome, useNotedSave } from "../back/SaveOutcome.js";

/** The plan screen's card of pins (nothing when the user has none). */
export function PinsCard(props: {
  pins: readonly PlanPinState[];
  pinned: readonly string[];
  nameOf: (id: string) => string;
}) {
  const saved = useNotedSave();
  if (props.pins.length === 0) return null;
  const unpin = (id: string) =>
    saved.send(
      { pinned: props.pinned.filter((x) => x !== id) },
      `${props.nameOf(id)} is no longer pinned. A new plan may choose another lift.`,
    );
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
            <button type="button" onClick={() => unpin(p.exerciseId)} disabled={saved.save.isPending}>
              Unpin<span className="visually-hidden"> {props.nameOf(p.exerciseId)}</span>
            </button>
          </li>
        ))}
      </ul>
      <SaveOutcome saved={saved} />
    </section>
  );
}

/** The pin switch of an exercise page. */
export function PinButton(props: { exerciseId: string; name: string; pinned: readonly string[] }) {
  const saved = useNotedSave();
  const on = props.pinned.includes(props.exerciseId);
  const toggle = () =>
    saved.send(
      { pinned: on ? props.pinned.filter((x) => x !== props.exerciseId) : [...props.pinned, props.exerciseId] },
      on
        ? `${props.name} is no longer pinned.`
        : `${props.name} is pinned. Your next plan keeps it unless a safety rule holds it back; the Plan tab says which.`,
    );
  return (
    <div className="lib-pin">
      <button type="button" aria-pressed={on} onClick={toggle} disabled={saved.save.isPending}>
        {on ? "Pinned: keep in my plan (tap to unpin)" : "Pin: keep this lift in my plan"}
      </button>
      <SaveOutcome saved={saved} className="" />
    </div>
  );
}
