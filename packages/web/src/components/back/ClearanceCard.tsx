/**
 * The professional clearance (profile `clearance`): its status in words, with date, by and limits, the rules in
 * force (SPEC X5) with their last days, and the form to record a new assessment.
 */
import type { ClearanceStatus } from "@spotter/core";
import { useMemo, useState } from "react";
import { useExercises, useProfile, useToday, withDefaults } from "../../lib/queries.js";
import { ClearanceForm } from "../ClearanceForm.js";
import { ruleLine } from "../clearance/ruleWords.js";
import { patternLabel } from "../library/catalog.js";
import { clearanceLines } from "./backText.js";

/** Props: the profile's clearance. */
export function ClearanceCard(props: { clearance: ClearanceStatus | null | undefined }) {
  const { headline, details } = clearanceLines(props.clearance);
  const cleared = props.clearance && props.clearance.status !== "none";
  const [open, setOpen] = useState(false);
  const today = useToday();
  const unit = withDefaults(useProfile().data).unit === "lb" ? "lb" : "kg";
  const catalog = useExercises();
  const names = useMemo(() => new Map((catalog.data ?? []).map((e) => [e.id, e.name])), [catalog.data]);
  const rules = (props.clearance?.rules ?? []).filter((r) => !r.until || r.until >= today);
  return (
    <section className="card" aria-labelledby="clearance-h">
      <h2 id="clearance-h">Professional clearance</h2>
      <p className={cleared ? "clearance-status cleared" : "clearance-status"}>
        <strong>{headline}</strong>
      </p>
      {details.length > 0 && (
        <ul className="clearance-details">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {rules.length > 0 && (
        <>
          <h3>Limits your plan keeps to</h3>
          <ul className="clearance-details clearance-rule-list">
            {rules.map((r, i) => (
              <li key={"id" in r ? String(r.id) : i}>{ruleLine(r, names, patternLabel, unit)}</li>
            ))}
          </ul>
        </>
      )}
      {open ? (
        <ClearanceForm today={today} onDone={() => setOpen(false)} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          Record a clinician's assessment
        </button>
      )}
    </section>
  );
}
