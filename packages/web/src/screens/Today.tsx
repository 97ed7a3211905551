/**
 * Today: the check-in prompt until today's check-in is in; then the readiness card, the lock explained where there
 * is one, and the Start session button.
 */
import type { Readiness } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import { checkinKeys, readinessKeys, sessionKeys } from "../api/keys.js";
import { outbox, useOutbox } from "../api/sync.js";
import { ClearanceForm } from "../components/ClearanceForm.js";
import { TodayDaily } from "../components/daily/TodayDaily.js";
import { TodaySessionCard } from "../components/plan/TodaySessionCard.js";
import { ReadinessCard } from "../components/ReadinessCard.js";
import { dayText } from "../lib/format.js";
import { useExercises, useToday } from "../lib/queries.js";
import { UrgentScreen } from "./Urgent.js";

/** The Today screen. */
export function TodayScreen() {
  const today = useToday();
  // The catalog is loaded here too, so it is on the phone (lib/persistCache.ts) before a session starts offline.
  useExercises();
  const checkins = useQuery({
    queryKey: checkinKeys.list(today, today),
    queryFn: () => api.listCheckins(today, today),
  });
  // A check-in or session start still on the phone (no signal) counts as done here, and Today says it waits.
  const box = useOutbox();
  const waitingCheckin = box.entries.find((e) => e.kind === "checkin" && e.input.date === today);
  const stored = checkins.data?.find((c) => c.date === today);
  const checkin =
    stored ?? (waitingCheckin?.kind === "checkin" ? { painNow: waitingCheckin.input.painNow } : undefined);
  const readiness = useQuery({
    queryKey: readinessKeys.of(today),
    queryFn: () => api.getReadiness(today),
    enabled: Boolean(stored),
    retry: false,
  });
  const sessions = useQuery({
    queryKey: sessionKeys.list(today, today),
    queryFn: () => api.listSessions(today, today),
  });
  const finishWaits = (id: string) =>
    box.entries.some((e) => e.kind === "session-finish" && outbox.idsOf(e.sessionRef).includes(id));
  const waitingStart = box.entries.find(
    (e) => e.kind === "session-start" && e.input.date === today && !finishWaits(e.id),
  );
  const open = sessions.data?.find((s) => s.date === today && !s.finishedAt && !finishWaits(s.id)) ?? waitingStart;

  if (checkins.isPending && !waitingCheckin)
    return (
      <p className="loading" role="status">
        Loading today…
      </p>
    );
  if (checkins.isError && !checkins.data && !waitingCheckin)
    return (
      <div className="error-box" role="alert">
        <p>{messageOf(checkins.error)}</p>
        <button type="button" onClick={() => checkins.refetch()}>
          Try again
        </button>
      </div>
    );

  return (
    <section>
      <h1 className="visually-hidden">Today</h1>
      <p className="muted">{dayText(today)}</p>
      {!checkin ? (
        <div className="card">
          <h2>How is your back today?</h2>
          <p>
            Check in first: it sets what today's training can hold. It takes under a minute, and your answers from last
            time are filled in.
          </p>
          <Link href="/checkin" className="button primary big">
            Check in
          </Link>
        </div>
      ) : (
        <CheckedIn
          readiness={stored ? readiness.data : undefined}
          today={today}
          openSessionId={open?.id}
          painNow={checkin.painNow}
          waiting={!stored}
        />
      )}
      <TodayDaily today={today} tier={readiness.data?.tier} />
      <p>
        <Link href="/history">Past sessions</Link>
      </p>
    </section>
  );
}

function CheckedIn(props: {
  readiness: Readiness | undefined;
  today: string;
  openSessionId?: string;
  painNow: number;
  /** True while today's check-in waits on the phone for a connection. */
  waiting?: boolean;
}) {
  const { readiness, today } = props;
  if (readiness?.tier === "R1") return <UrgentScreen readiness={readiness} today={today} />;
  return (
    <>
      {readiness ? (
        <ReadinessCard readiness={readiness} />
      ) : (
        <div className="card">
          <h2>Check-in saved</h2>
          {props.waiting ? (
            <p className="muted">
              Your check-in is saved on this phone and is sent by itself when the connection returns; today's readiness
              comes with the answer. Until then, train by how you feel and keep pain at 5 or below.
            </p>
          ) : (
            <p className="muted">
              Today's readiness is not available yet. Train by how you feel and keep pain at 5 or below.
            </p>
          )}
        </div>
      )}
      {readiness?.ask?.includes("bothLegs") && (
        <div className="banner caution">
          <p>Your body map and one of your answers disagree about your legs. Please answer that question again.</p>
          <Link href="/checkin/red-flags?recheck=bothLegs" className="button primary">
            Answer it again
          </Link>
        </div>
      )}
      {readiness?.askRedFlags && (
        <div className="banner caution">
          <p>A few safety questions are due. They take a minute and keep your plan safe.</p>
          <Link href="/checkin/red-flags" className="button primary">
            Answer the safety questions
          </Link>
        </div>
      )}
      {readiness?.tier === "R2" && <R2Lock today={today} />}
      {props.openSessionId ? (
        <div className="card">
          <h2>Session in progress</h2>
          <Link href={`/session/${props.openSessionId}`} className="button primary big">
            Continue session
          </Link>
        </div>
      ) : (
        <TodaySessionCard tier={readiness?.tier} today={today} painNow={props.painNow} />
      )}
      <p>
        <Link href="/checkin">Change today's check-in</Link>
      </p>
    </>
  );
}

function R2Lock({ today }: { today: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="card">
      <h2>Already seen someone about this?</h2>
      <p>
        If a doctor or physiotherapist has examined you for what you reported, record it here to lift the pause on
        loaded training. Anything new or worse after that will ask again.
      </p>
      {open ? (
        <ClearanceForm today={today} onDone={() => setOpen(false)} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          A clinician has assessed me
        </button>
      )}
    </div>
  );
}
