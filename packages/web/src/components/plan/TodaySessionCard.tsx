/**
 * Today's session card (P5, from GET /today): the planned day adapted to today's tier, with what changed and why,
 * the recovery session under R2 and R3, a rest day's recovery suggestions, and the Start button. The live session
 * reads the same GET /today entry (`todayKeys.of(date)`) to prefill its targets. R1 never reaches this card.
 */
import { type PlanBlock, type Tier, type Unit, weekdayOf } from "@spotter/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation } from "wouter";
import { api, isTrainingLocked } from "../../api/client.js";
import { messageOf } from "../../api/errors.js";
import { usePlan, useTodayPlan } from "../../api/plan.js";
import { submit } from "../../api/sync.js";
import type { TrainingSession } from "../../api/types.js";
import { newClientId } from "../../lib/format.js";
import { useProfile } from "../../lib/queries.js";
import { PainSlider } from "../PainSlider.js";
import { BlockList } from "./BlockList.js";
import { nextTrainingDay, sessionSummary, WEEKDAY_NAMES } from "./planText.js";
import { useExerciseNames } from "./useExerciseNames.js";
import "../../styles/plan.css";
import { sessionKeys } from "../../api/keys.js";

/** Words of the start button by tier: the recovery tiers start a gentler session. */
export function startLabel(tier: Tier | undefined): string {
  if (tier === "R2") return "Start a gentle movement session";
  if (tier === "R3") return "Start a recovery session";
  return "Start session";
}

/** The card. `tier` comes from the readiness Today already shows; `painNow` prefills the pain before. */
export function TodaySessionCard(props: { today: string; tier: Tier | undefined; painNow: number }) {
  const plan = useTodayPlan(props.today);
  const unit: Unit = useProfile().data?.unit ?? "kg";
  const nameOf = useExerciseNames();
  const data = plan.data;
  const tier = data?.readiness.tier ?? props.tier;
  // The same query (and cache entry) as Today's own list of today's sessions.
  const sessions = useQuery({
    queryKey: sessionKeys.list(props.today, props.today),
    queryFn: () => api.listSessions(props.today, props.today),
  });
  const done = sessions.data?.find((s) => s.date === props.today && s.finishedAt);

  if (done) {
    return (
      <section className="card today-session" aria-labelledby="today-session-title">
        <p className="small muted today-session-meta">Done today</p>
        <h2 id="today-session-title">{data?.session?.title ?? "Today's session"} is logged</h2>
        <p>
          Tomorrow's check-in tells Spotter how your back took it, and the next targets follow from that.{" "}
          <Link href={`/history/${done.id}`}>See what you did</Link>
        </p>
        <NextSession today={props.today} />
        <details>
          <summary>Start another session today</summary>
          <StartSession tier={tier} today={props.today} painNow={props.painNow} quiet />
        </details>
      </section>
    );
  }

  if (plan.isPending) {
    return (
      <section className="card today-session" aria-labelledby="today-session-title">
        <h2 id="today-session-title">Today's session</h2>
        <p className="loading" role="status">
          Loading today's plan…
        </p>
        <StartSession tier={tier} today={props.today} painNow={props.painNow} />
      </section>
    );
  }

  if (plan.isError || !data) {
    return (
      <section className="card today-session" aria-labelledby="today-session-title">
        <h2 id="today-session-title">Train today</h2>
        <p className="small muted">
          Today's plan could not be loaded ({plan.isError ? messageOf(plan.error) : "no answer"}). You can still start a
          session and pick exercises as you go.
        </p>
        <StartSession tier={tier} today={props.today} painNow={props.painNow} />
      </section>
    );
  }

  if (data.restDay || !data.session) {
    const suggestions = data.suggestions ?? [];
    return (
      <section className="card today-session" aria-labelledby="today-session-title">
        <p className="small muted today-session-meta">Rest day</p>
        <h2 id="today-session-title">No training planned today</h2>
        <p>
          Rest days are when your muscles rebuild. Gentle movement keeps blood flowing to your back and helps it settle;
          pick one or two of these.
        </p>
        {suggestions.length > 0 && (
          <ul className="today-suggestions" aria-label="Ideas for a rest day">
            {suggestions.map((s) => (
              <li key={s.id} className="today-suggestion">
                <strong>{s.title}</strong>
                <span className="muted"> · about {s.minutes} min</span>
                {s.done && <span className="plan-tag">Done today</span>}
                <p className="small">{s.text}</p>
              </li>
            ))}
          </ul>
        )}
        <NextSession today={props.today} />
        {data.notes && data.notes.length > 0 && <Notes notes={data.notes} title="About today" />}
        {tier === "R2" || tier === "R3" ? (
          <>
            <h3 className="today-anyway">Want to move a little more?</h3>
            <p className="small muted">
              A gentle session of walking, easy stretching and light core work is fine today. Loaded lifts can wait.
            </p>
          </>
        ) : (
          <>
            <h3 className="today-anyway">Training anyway?</h3>
            <p className="small muted">
              Moving your sessions around the week is fine. Start one here and pick the exercises as you go.
            </p>
          </>
        )}
        <StartSession tier={tier} today={props.today} painNow={props.painNow} quiet />
      </section>
    );
  }

  const session = data.session;
  return (
    <section className="card today-session" aria-labelledby="today-session-title">
      <p className="small muted today-session-meta">
        {session.recovery ? "Instead of today's plan" : "Today's session"} · about {session.minutes} minutes
      </p>
      <h2 id="today-session-title">{session.title}</h2>
      {session.recovery && (
        <p>
          {tier === "R2"
            ? "Loaded training waits until a clinician has seen you. Today is walking, easy stretching and light core work that keeps you moving without loading your back."
            : "Your back needs a lighter day. Today's planned session is swapped for walking, easy stretching and light core work; the plan itself stays as it is."}
        </p>
      )}
      {data.notes && data.notes.length > 0 && <Notes notes={data.notes} title="What changed today" />}
      <p className="small">{sessionSummary(session.blocks, nameOf)}</p>
      <StepUpNotice blocks={session.blocks} nameOf={nameOf} />
      <details>
        <summary>Show every exercise and why it is there</summary>
        <BlockList blocks={session.blocks} unit={unit} nameOf={nameOf} dayIndex={session.dayIndex} />
      </details>
      <StartSession tier={tier} today={props.today} painNow={props.painNow} />
    </section>
  );
}

/** P6: a step up on offer today, said once above the list so it is seen without opening it. */
function StepUpNotice(props: { blocks: readonly PlanBlock[]; nameOf: (id: string) => string }) {
  const offers = props.blocks.flatMap((b) => b.items).filter((i) => i.proposal?.kind === "step-up");
  if (offers.length === 0) return null;
  const names = offers.map((i) => props.nameOf(i.proposal?.exerciseId ?? "")).join(", ");
  return (
    <p className="small today-step-up">
      <strong>Ready for a step up:</strong> {names}. Open the list below to take it or stay where you are.
    </p>
  );
}

/** "Next session: Full body B on Friday", from the current plan. */
function NextSession(props: { today: string }) {
  const plan = usePlan();
  const next = plan.data ? nextTrainingDay(plan.data, weekdayOf(props.today)) : undefined;
  if (!next) return null;
  return (
    <p>
      <strong>Next session:</strong> {next.title} on {WEEKDAY_NAMES[next.weekday]}, about {next.minutes} minutes.{" "}
      <Link href={`/plan?day=${next.weekday}`}>See it in your plan</Link>
    </p>
  );
}

function Notes(props: { notes: string[]; title: string }) {
  return (
    <div className="banner caution today-notes">
      <strong>{props.title}</strong>
      <ul>
        {props.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}

/** Pain before and the Start button: starts the session (POST /sessions) and opens the live session. */
function StartSession(props: { tier: Tier | undefined; today: string; painNow: number; quiet?: boolean }) {
  const [pain, setPain] = useState(props.painNow);
  const [, navigate] = useLocation();
  const qc = useQueryClient();
  // Through the outbox (issue 16): with no signal the session opens at once under its client id, and the start
  // is sent (with its sets after it) when the connection returns. A refusal (the training lock) shows here.
  const start = useMutation({
    mutationFn: async () => {
      const input = {
        clientId: newClientId(),
        date: props.today,
        startedAt: new Date().toISOString(),
        painBefore: pain,
      };
      const r = await submit({ kind: "session-start", input }, 4000);
      if (r.status === "refused") throw r.error;
      return r.status === "sent" ? (r.answer as TrainingSession).id : input.clientId;
    },
    onSuccess: (id) => {
      void qc.invalidateQueries({ queryKey: sessionKeys.all });
      navigate(`/session/${id}`);
    },
  });
  return (
    <div className="today-start">
      <PainSlider label="Pain before you start" value={pain} onChange={setPain} compact />
      {start.isError &&
        (isTrainingLocked(start.error) ? (
          <div className="banner stop" role="alert">
            <p>
              Training is paused because of an answer that needs a clinician first. If you have been assessed, record it
              on this page.
            </p>
          </div>
        ) : (
          <div className="error-box" role="alert">
            {messageOf(start.error)}
          </div>
        ))}
      <button
        type="button"
        className={props.quiet ? "big" : "primary big"}
        disabled={start.isPending}
        onClick={() => start.mutate()}
      >
        {startLabel(props.tier)}
      </button>
    </div>
  );
}
