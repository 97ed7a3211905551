/**
 * The red-flag questions: one plain line each, yes / no / not sure, nothing prefilled. "Not sure" leaves the
 * question unanswered. The answers are added to today's check-in by posting it again for the same day.
 */
import { RED_FLAG_KEYS, type RedFlagKey } from "@spotter/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useLocation } from "wouter";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import { yesMeans } from "../components/clearance/flagText.js";
import { Options } from "../components/Options.js";
import { RED_FLAG_QUESTIONS } from "../content/readinessText.js";
import "../styles/clearance.css";
import { checkinKeys } from "../api/keys.js";
import { refresh } from "../api/refresh.js";
import { repostWithFlags } from "../lib/checkinDraft.js";
import { newClientId } from "../lib/format.js";
import { useToday } from "../lib/queries.js";

type Answer = "yes" | "no" | "unsure";

/** The red-flag screen; with `?recheck=bothLegs` (R8) it asks that one question again, showing the body map's answer. */
export function RedFlagsScreen() {
  const today = useToday();
  const recheck = new URLSearchParams(window.location.search).get("recheck") === "bothLegs";
  const todays = useQuery({ queryKey: checkinKeys.list(today, today), queryFn: () => api.listCheckins(today, today) });
  const [answers, setAnswers] = useState<Partial<Record<RedFlagKey, Answer>>>({});
  const [, navigate] = useLocation();
  const qc = useQueryClient();
  const checkin = todays.data?.find((c) => c.date === today);

  const send = useMutation({
    mutationFn: async () => {
      if (!checkin) throw new Error("no check-in");
      const redFlags = Object.fromEntries(
        RED_FLAG_KEYS.map((k) => [k, answers[k] === "yes" ? true : answers[k] === "no" ? false : null]),
      ) as Record<RedFlagKey, boolean | null>;
      if (recheck) {
        // R8: only the re-asked answer changes; the others stand as sent. "Not sure" leaves it open.
        const again = answers.bothLegs === "yes" ? true : answers.bothLegs === "no" ? false : null;
        const input = repostWithFlags(checkin, newClientId(), { ...checkin.redFlags, bothLegs: again });
        return api.postCheckin(again === null ? input : { ...input, confirmed: ["bothLegs"] });
      }
      return api.postCheckin(repostWithFlags(checkin, newClientId(), redFlags));
    },
    onSuccess: (answer) => {
      void refresh.checkin(qc, today, answer);
      navigate("/");
    },
  });

  // A cached list from before today's check-in may still be refetching: wait for it rather than say "not sent".
  if (todays.isPending || (!checkin && todays.isFetching)) return <p className="loading">Loading…</p>;
  if (!checkin) {
    return (
      <section>
        <h1>Safety questions</h1>
        <p>These questions go with today's check-in, which has not been sent yet.</p>
        <Link href="/checkin" className="button primary">
          Start today's check-in
        </Link>
      </section>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  const answered = RED_FLAG_KEYS.filter((k) => answers[k] === "yes" || answers[k] === "no").length;
  const questions = recheck ? RED_FLAG_QUESTIONS.filter((q) => q.key === "bothLegs") : RED_FLAG_QUESTIONS;
  const legs = (checkin.regions ?? []).filter((r) => r.startsWith("thigh") || r.startsWith("below-knee"));

  return (
    <form onSubmit={submit} noValidate>
      <h1>{recheck ? "One question again" : "Safety questions"}</h1>
      {recheck && (
        <div className="card">
          <p>
            Your body map today marks {legs.map(regionWords).join(", ")}: that is both legs. Your answer to the question
            below was no or not given. Please answer it again with that in mind; it is one tap either way.
          </p>
        </div>
      )}
      <p hidden={recheck}>
        These check for rare problems that need a doctor soon. Answer for how things are now. If you are not sure,
        choose "Not sure": the question stays open and Spotter asks again later.
      </p>
      <div className="card">
        {questions.map(({ key: k, question, hint, tier }) => (
          <div className="flag-q" key={k} data-flag={k}>
            <Options
              legend={question}
              hint={hint}
              variant="seg"
              value={answers[k] ?? null}
              onChange={(v) => setAnswers((a) => ({ ...a, [k]: v }))}
              options={[
                { value: "yes", label: "Yes" },
                { value: "no", label: "No" },
                { value: "unsure", label: "Not sure" },
              ]}
            />
            {answers[k] === "yes" && <p className="flag-means">{yesMeans(tier)}</p>}
          </div>
        ))}
      </div>
      {send.isError && (
        <div className="error-box" role="alert">
          {messageOf(send.error)}
        </div>
      )}
      {!recheck && (
        <p className="muted small">
          {answered} of {RED_FLAG_KEYS.length} answered.
        </p>
      )}
      <button type="submit" className="primary big" disabled={send.isPending}>
        Send answers
      </button>
    </form>
  );
}

/** A body-map region in words ("thigh-left" -> "left thigh"). */
function regionWords(r: string): string {
  const [part, side] = r.startsWith("below-knee") ? ["below the knee", r.slice(11)] : ["thigh", r.slice(6)];
  return part === "thigh" ? `${side} thigh` : `${side} leg below the knee`;
}
