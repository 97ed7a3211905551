/** The day's readiness: tier icon, word and colour, its reasons, and what it allows today. */
import type { Readiness } from "@spotter/core";
import { Link } from "wouter";
import { TIER_INFO } from "../content/readinessText.js";
import { TierIcon } from "./TierIcon.js";

/** Titles of the advice that never changes the tier (R6 review, R7 screen). */
const ADVICE_TITLE: Record<string, string> = {
  review: "Worth a review",
  "inflammatory-screen": "A few questions are due",
  rheumatology: "Worth asking your GP",
  "hla-b27": "Worth asking your GP",
};

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
      {(readiness.advice ?? []).map((a) => (
        <aside key={a.code} className="advice-card" aria-label="Advice">
          <p className="small" style={{ margin: 0 }}>
            <strong>{ADVICE_TITLE[a.code] ?? "Advice"}</strong>
          </p>
          <p style={{ margin: "4px 0 0" }}>{a.message}</p>
          {a.code === "inflammatory-screen" && (
            <Link href="/checkin/inflammatory" className="button">
              Answer the questions
            </Link>
          )}
        </aside>
      ))}
    </section>
  );
}
