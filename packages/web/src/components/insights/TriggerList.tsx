/**
 * Triggers (SPEC T1-T2): each exercise's status with its evidence, who found it, and what Spotter changed because
 * of it. A trigger Spotter found can be marked "I've been cleared for this" (the profile's `cleared` list), and
 * that can be undone on the same card. Per-pattern rows are listed apart, as information only.
 */
import type { Profile, TriggerInsight } from "@spotter/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { messageOf } from "../../api/errors.js";
import { insightsApi, type PlanReasons, planReasonsOf } from "../../api/insights.js";
import { nextTargetKeys, planKeys, profileKeys } from "../../api/keys.js";
import { planApi } from "../../api/plan.js";
import { StatusBadge } from "./StatusBadge.js";
import { TriggerTest } from "./TriggerTest.js";
import {
  canClear,
  exerciseIdOf,
  groupTriggers,
  reasonsNaming,
  STATUS_INFO,
  shownStatus,
  toggleCleared,
} from "./view.js";

const cap = (s: string) => (s ? s[0]?.toUpperCase() + s.slice(1) : s);

/** True when the evidence sentence already begins with the summary's words (then the summary is left out). */
function repeats(evidence: string, summary: string): boolean {
  return evidence.toLowerCase().startsWith(summary.replace(/[.\s]+$/, "").toLowerCase());
}

/**
 * "4 sessions with pain logged". The figures count from the last test's verdict on (T2), so right after a test
 * decided there are none yet, which says so instead of "0 sessions".
 */
function exposuresText(t: TriggerInsight): string {
  const n = t.exposures;
  if (n === 0 && t.test?.state === "done") return "No sessions since the test decided it";
  return `${n} ${n === 1 ? "session" : "sessions"} with pain logged`;
}

/** What Spotter changed because of a trigger: the alternative the plan uses, and the plan's own reasons. */
function WhatChanged(props: { t: TriggerInsight; plan: PlanReasons | null | undefined }) {
  const { t, plan } = props;
  const id = exerciseIdOf(t);
  const isTrigger = !t.overruledByUser && t.status === "trigger" && id !== null;
  const next = useQuery({
    queryKey: nextTargetKeys.of(id ?? ""),
    queryFn: () => insightsApi.next(id as string),
    enabled: isTrigger,
    staleTime: 60_000,
  });
  const sub = isTrigger && next.data?.decision === "substitute" ? next.data.substitute : undefined;
  const reasons = t.status === "trigger" && !t.overruledByUser && plan ? reasonsNaming(plan.reasons, t.name) : [];
  return (
    <div className="ins-changed">
      <h4>What Spotter changed</h4>
      {sub && (
        <p>
          Your plan uses <strong>{sub.name}</strong> instead. {cap(sub.why)}.
        </p>
      )}
      {(!sub || t.source === "named") && <p>{t.action}</p>}
      {reasons.map((r) => (
        <p key={r} className="small muted">
          From your plan: {r}
        </p>
      ))}
    </div>
  );
}

/** "I've been cleared for this", and its undo. */
function ClearControl(props: { t: TriggerInsight; profile: Profile }) {
  const { t, profile } = props;
  const qc = useQueryClient();
  const id = exerciseIdOf(t) as string;
  const undoRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const [moved, setMoved] = useState<"cleared" | "undone" | null>(null);
  const save = useMutation({
    mutationFn: (on: boolean) => insightsApi.setCleared(toggleCleared(profile.cleared ?? [], id, on)),
    onSuccess: async (p, on) => {
      if (p && typeof p === "object" && "unit" in p) qc.setQueryData(profileKeys.all, p);
      setMoved(on ? "cleared" : "undone");
      // Triggers, next targets and the plan all read the cleared list.
      await qc.invalidateQueries();
    },
  });
  // Keep the keyboard where the user was: on the button that reverses what they just did.
  useEffect(() => {
    if (moved === "cleared" && t.overruledByUser) undoRef.current?.focus();
    if (moved === "undone" && !t.overruledByUser) clearRef.current?.focus();
  }, [moved, t.overruledByUser]);

  if (t.overruledByUser) {
    return (
      <div className="ins-clear">
        {moved === "cleared" && (
          <p className="visually-hidden" role="status">
            Marked as cleared. The undo button is next.
          </p>
        )}
        <button type="button" ref={undoRef} onClick={() => save.mutate(false)} disabled={save.isPending}>
          Undo: treat it as a trigger again
        </button>
        {save.isError && (
          <p className="field-error" role="alert">
            {messageOf(save.error)}
          </p>
        )}
      </div>
    );
  }
  if (!canClear(t)) return null;
  return (
    <div className="ins-clear">
      {moved === "undone" && (
        <p className="small" role="status">
          {cap(t.name)} counts as a trigger again.
        </p>
      )}
      <button type="button" ref={clearRef} onClick={() => save.mutate(true)} disabled={save.isPending}>
        I've been cleared for this
      </button>
      <p className="hint">
        Use this when a physiotherapist or doctor has told you this exercise is fine for your back. It can be undone
        here.
      </p>
      {save.isError && (
        <p className="field-error" role="alert">
          {messageOf(save.error)}
        </p>
      )}
    </div>
  );
}

/** One exercise card with its status, evidence and what changed. */
function TriggerCard(props: { t: TriggerInsight; plan: PlanReasons | null | undefined; profile: Profile }) {
  const { t } = props;
  const status = shownStatus(t);
  return (
    <li className={`card ins-item ins-card-${status}`} data-exercise={exerciseIdOf(t) ?? undefined}>
      <div className="ins-trigger-head">
        <h3>{cap(t.name)}</h3>
        <StatusBadge status={status} />
      </div>
      {!repeats(t.evidence, t.summary) && <p className="ins-summary">{t.summary}</p>}
      <p className="ins-evidence">{t.evidence}</p>
      <p className="small muted">
        {exposuresText(t)} · {t.source === "named" ? "you named it in your profile" : "Spotter found it in your log"}
      </p>
      <TriggerTest t={t} />
      <WhatChanged t={t} plan={props.plan} />
      {t.source === "named" ? (
        <p className="ins-clear">
          <Link href="/me/back">Change what you named under Me, Your back</Link>
        </p>
      ) : (
        <ClearControl t={t} profile={props.profile} />
      )}
    </li>
  );
}

/** A compact row for tolerated, undecided and per-pattern entries. */
function CompactRow({ t }: { t: TriggerInsight }) {
  return (
    <li className="ins-row">
      <div className="ins-trigger-head">
        <strong>{cap(t.name)}</strong>
        <StatusBadge status={shownStatus(t)} />
      </div>
      <p className="small">{t.evidence}</p>
      <TriggerTest t={t} />
      <p className="small muted">{exposuresText(t)}</p>
    </li>
  );
}

/** Suspected exercises in one card: what Spotter does about them is said once, then the evidence per exercise. */
function SuspectedGroup({ list }: { list: readonly TriggerInsight[] }) {
  const actions = [...new Set(list.map((t) => t.action))];
  const shared = actions.length === 1 ? actions[0] : null;
  return (
    <li className="card ins-item ins-card-suspected">
      <div className="ins-trigger-head">
        <h3>{list.length === 1 ? "1 exercise to watch" : `${list.length} exercises to watch`}</h3>
        <StatusBadge status="suspected" />
      </div>
      <p className="ins-summary">{STATUS_INFO.suspected.meaning}</p>
      {shared && (
        <div className="ins-changed">
          <h4>What Spotter changed</h4>
          <p>{shared}</p>
        </div>
      )}
      <ul className="list ins-suspects">
        {list.map((t) => (
          <li key={exerciseIdOf(t)} data-exercise={exerciseIdOf(t) ?? undefined}>
            <h4>{cap(t.name)}</h4>
            <p className="small">{t.evidence}</p>
            <TriggerTest t={t} />
            {!shared && <p className="small muted">{t.action}</p>}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The whole triggers section body. */
export function TriggerList(props: { triggers: readonly TriggerInsight[]; profile: Profile }) {
  const plan = useQuery({
    queryKey: planKeys.current,
    queryFn: planApi.current,
    select: planReasonsOf,
    staleTime: 60_000,
  });
  const g = groupTriggers(props.triggers);
  // Triggers, ones the user named, and cleared ones get full cards; found suspicions share one card.
  const full = g.concerns.filter((t) => !(t.status === "suspected" && t.source === "found" && !t.overruledByUser));
  const suspected = g.concerns.filter((t) => !full.includes(t));
  return (
    <>
      {g.concerns.length === 0 ? (
        <div className="card">
          <p>
            Nothing in your log points to a trigger so far. Spotter keeps comparing your next-morning pain after each
            exercise, and any exercise that starts to stand out will show up here with the sessions behind it.
          </p>
        </div>
      ) : (
        <ul className="list ins-triggers">
          {full.map((t) => (
            <TriggerCard key={exerciseIdOf(t) ?? t.name} t={t} plan={plan.data} profile={props.profile} />
          ))}
          {suspected.length > 0 && <SuspectedGroup list={suspected} />}
        </ul>
      )}
      {g.tolerated.length > 0 && (
        <details className="card ins-group">
          <summary>
            <span className="ins-group-title">
              {STATUS_INFO.tolerated.word}: {g.tolerated.length} {g.tolerated.length === 1 ? "exercise" : "exercises"}
            </span>
            <span className="small muted">{STATUS_INFO.tolerated.meaning}</span>
          </summary>
          <ul className="list">
            {g.tolerated.map((t) => (
              <CompactRow key={exerciseIdOf(t)} t={t} />
            ))}
          </ul>
        </details>
      )}
      {g.unsure.length > 0 && (
        <details className="card ins-group">
          <summary>
            <span className="ins-group-title">
              {STATUS_INFO.unknown.word}: {g.unsure.length} {g.unsure.length === 1 ? "exercise" : "exercises"}
            </span>
            <span className="small muted">{STATUS_INFO.unknown.meaning}</span>
          </summary>
          <ul className="list">
            {g.unsure.map((t) => (
              <CompactRow key={exerciseIdOf(t)} t={t} />
            ))}
          </ul>
        </details>
      )}
      {g.patterns.length > 0 && (
        <details className="card ins-group">
          <summary>
            <span className="ins-group-title">By movement pattern: information only</span>
            <span className="small muted">
              These rows pool exercises that move the same way. They never change your plan: only the exercise rows
              above do.
            </span>
          </summary>
          <ul className="list">
            {g.patterns.map((t) => (
              <CompactRow key={"pattern" in t.subject ? t.subject.pattern : t.name} t={t} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
