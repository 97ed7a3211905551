/**
 * The R1 screen: calm, impossible to miss, and with nothing that invites training. It says what to do now and why,
 * and offers the clearance form once a clinician has seen the user.
 */
import type { Readiness } from "@spotter/core";
import { useEffect, useRef, useState } from "react";
import { ClearanceForm } from "../components/ClearanceForm.js";
import { TierIcon } from "../components/TierIcon.js";

/** The urgent screen for R1. */
export function UrgentScreen(props: { readiness: Readiness; today: string }) {
  const [showForm, setShowForm] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  // The card opens at its top with the instruction in view, wherever the page was scrolled before.
  useEffect(() => {
    window.scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section>
      <div className="urgent tier-R1" role="alert" aria-labelledby="urgent-title">
        <div className="tier-head">
          <TierIcon tier="R1" />
          <p style={{ margin: 0, fontWeight: 700 }}>Urgent</p>
        </div>
        <h1 id="urgent-title" style={{ marginTop: 12 }} tabIndex={-1} ref={title}>
          Seek emergency care now
        </h1>
        <p>
          Go to an emergency department today, or call your local emergency number. Tell them about your back and the
          symptoms below.
        </p>
        {props.readiness.reasons.length > 0 && (
          <ul>
            {props.readiness.reasons.map((r) => (
              <li key={r.code}>{whatYouReported(r.message)}</li>
            ))}
          </ul>
        )}
        <h2>Why</h2>
        <p>
          What you reported can be a sign that nerves at the base of the spine are being pressed. This is rare, but it
          needs to be checked within hours, because early treatment protects bladder, bowel and leg function.
        </p>
        <p>
          All training in Spotter is paused until you record that a clinician has assessed you. Waiting to see if it
          settles is not safe with these symptoms.
        </p>
      </div>
      {showForm ? (
        <ClearanceForm today={props.today} onDone={() => setShowForm(false)} />
      ) : (
        <button type="button" onClick={() => setShowForm(true)}>
          A clinician has assessed me
        </button>
      )}
    </section>
  );
}

/** A reason's first part (what was reported): the card says what to do once, in its title ("Seek emergency care now", SPEC R1). */
export function whatYouReported(message: string): string {
  const at = message.indexOf(" Get emergency care now");
  return at > 0 ? message.slice(0, at) : message;
}
