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
import { Options } from "../components/Options.js";
import { RED_FLAG_QUESTIONS } from "../content/readinessText.js";
import { repostWithFlags } from "../lib/checkinDraft.js";
import { newClientId } from "../lib/format.js";
import { keys, useToday } from "../lib/queries.js";

type Answer = "yes" | "no" | "unsure";

/** The red-flag screen. */
export function RedFlagsScreen() {
  const today = useToday();
  const todays = useQuery({ queryKey: keys.checkins(today, today), queryFn: () => api.listCheckins(today, today) });
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
      return api.postCheckin(repostWithFlags(checkin, newClientId(), redFlags));
    },
    onSuccess: (answer) => {
      if (answer.readiness) qc.setQueryData(keys.readiness(today), answer.readiness);
      qc.invalidateQueries({ queryKey: ["checkins"] });
      qc.invalidateQueries({ queryKey: ["readiness"] });
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

  return (
    <form onSubmit={submit} noValidate>
      <h1>Safety questions</h1>
      <p>
        These check for rare problems that need a doctor soon. Answer for how things are now. If you are not sure,
        choose "Not sure": the question stays open and Spotter asks again later.
      </p>
      <div className="card">
        {RED_FLAG_QUESTIONS.map(({ key: k, question, hint }) => (
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
          </div>
        ))}
      </div>
      {send.isError && (
        <div className="error-box" role="alert">
          {messageOf(send.error)}
        </div>
      )}
      <p className="muted small">
        {answered} of {RED_FLAG_KEYS.length} answered.
      </p>
      <button type="submit" className="primary big" disabled={send.isPending}>
        Send answers
      </button>
    </form>
  );
}
