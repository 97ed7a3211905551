/** The professional clearance (profile `clearance`), read-only: its status in words, with date, by and limits. */
import type { ClearanceStatus } from "@spotter/core";
import { clearanceLines } from "./backText.js";

/** Props: the profile's clearance. */
export function ClearanceCard(props: { clearance: ClearanceStatus | null | undefined }) {
  const { headline, details } = clearanceLines(props.clearance);
  const cleared = props.clearance && props.clearance.status !== "none";
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
      <p className="small muted">
        You record a clinician's assessment on Today, when Spotter asks you to see a professional. It cannot be changed
        here.
      </p>
    </section>
  );
}
