/** The day's readiness: tier icon, word and colour, its reasons, and what it allows today. */
import type { Readiness } from "@spotter/core";
import { TIER_INFO } from "../content/readinessText.js";
import { TierIcon } from "./TierIcon.js";

/** The readiness card shown on Today for tiers R2-R5 (R1 has its own screen). */
export function ReadinessCard({ readiness }: { readiness: Readiness }) {
  const info = TIER_INFO[readiness.tier];
  return (
    <section className={`card tier-card tier-${readiness.tier}`} aria-labelledby="tier-title">
      <div className="tier-head">
        <TierIcon tier={readiness.tier} />
        <div>
          <p className="small muted" style={{ margin: 0 }}>
            Today
          </p>
          <h2 id="tier-title">{info.label}</h2>
        </div>
      </div>
      {readiness.reasons.length > 0 && (
        <ul>
          {readiness.reasons.map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
      )}
      <p style={{ marginTop: 12 }}>
        <strong>What today allows:</strong> {info.allows}
      </p>
    </section>
  );
}
