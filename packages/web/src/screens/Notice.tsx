/** The plain-language notice (SPEC S0.1): what Spotter is and is not. Accepted once at first login; readable always. */

import type { Profile } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useLocation } from "wouter";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import { profileKeys } from "../api/keys.js";
import { useProfile } from "../lib/queries.js";

/** The notice's text, shared by the onboarding step and the About page. */
export function NoticeText() {
  return (
    <div className="notice-text">
      <p>
        Spotter is a training log and coach for people who lift while living with back pain. It is not a medical device.
        It does not diagnose anything, and it does not replace a doctor or a physiotherapist.
      </p>
      <h2>What Spotter does</h2>
      <ul>
        <li>Asks how your back is each day and sets how much training today can hold.</li>
        <li>Suggests supported versions of lifts and keeps loads moving up when your back allows it.</li>
        <li>Notices which exercises tend to be followed by more pain, and leaves them out.</li>
        <li>Keeps a record of pain, sessions and symptoms that you can show a clinician.</li>
      </ul>
      <h2>When to see someone</h2>
      <ul>
        <li>
          <strong>Get emergency care straight away</strong> if you lose control of your bladder or bowels, feel numb
          around your genitals, bottom or inner thighs, or a leg is quickly getting weaker.
        </li>
        <li>
          See a doctor or physiotherapist if pain, numbness, tingling or weakness spreads into a leg or arm, if you have
          a fever with back pain, or if your pain has not improved after about a month.
        </li>
        <li>If a clinician has told you something different from Spotter, follow the clinician.</li>
      </ul>
      <p className="muted small">
        Spotter asks safety questions when they are due and pauses training when an answer needs a clinician. The
        sources behind its thresholds are listed in the project documentation.
      </p>
    </div>
  );
}

/** The notice as an onboarding step ("accept") or as the About page ("read"). */
export function NoticeScreen({ mode }: { mode: "accept" | "read" }) {
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const { data: profile } = useProfile();
  const accept = useMutation({
    mutationFn: api.acceptNotice,
    onSuccess: () => {
      qc.setQueryData<Profile>(profileKeys.all, (p) => (p ? { ...p, noticeAcceptedAt: new Date().toISOString() } : p));
      navigate("/welcome/profile");
    },
  });
  const accepted = profile?.noticeAcceptedAt;
  return (
    <section>
      <h1>{mode === "accept" ? "Before you start" : "About Spotter"}</h1>
      <div className="card">
        <NoticeText />
      </div>
      {mode === "accept" && !accepted ? (
        <div>
          {accept.isError && (
            <div className="error-box" role="alert">
              {messageOf(accept.error)}
            </div>
          )}
          <button type="button" className="primary big" disabled={accept.isPending} onClick={() => accept.mutate()}>
            I understand, continue
          </button>
        </div>
      ) : (
        <p className="muted">
          {accepted ? `You accepted this notice on ${new Date(accepted).toLocaleDateString()}. ` : ""}
          <Link href="/">Back to Today</Link>
        </p>
      )}
    </section>
  );
}
