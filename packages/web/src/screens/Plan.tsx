/**
 * Plan tab (SPEC §5 P1-P5): the week at a glance, one day's blocks with the reason for every choice, swaps from a
 * sheet, the plan's reasons and shortfalls, and "Make a new plan" after profile changes with what changed.
 * The selected day lives in the address (`/plan?day=wed`), so a day can be linked and the back button works.
 */
import { type PlanDay, type PlanItem, type Tier, type Unit, type WEEKDAYS, weekdayOf } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { messageOf } from "../api/errors.js";
import { type CurrentPlan, type NewPlan, planApi, usePlan, useTodayPlan } from "../api/plan.js";
import type { Alternative } from "../api/types.js";
import { BlockList } from "../components/plan/BlockList.js";
import { PinsCard } from "../components/plan/Pins.js";
import {
  initialDay,
  type PlanChangeSummary,
  staleReason,
  summarizeChanges,
  WEEKDAY_NAMES,
  weekRows,
} from "../components/plan/planText.js";
import { SwapSheet } from "../components/plan/SwapSheet.js";
import { isTestReason, TestNote } from "../components/plan/TestNote.js";
import { useExerciseNames } from "../components/plan/useExerciseNames.js";
import { browserTimeZone, dayText, todayIn } from "../lib/format.js";
import { useProfile, useToday } from "../lib/queries.js";
import "../styles/plan.css";
import { refresh } from "../api/refresh.js";

type Weekday = (typeof WEEKDAYS)[number];

/** The Plan screen. */
export function PlanScreen() {
  const plan = usePlan();
  const { data: profile } = useProfile();
  const nameOf = useExerciseNames();
  const today = useToday();
  const todayPlan = useTodayPlan(today);
  if (plan.isPending)
    return (
      <section>
        <h1>Plan</h1>
        <p className="loading" role="status">
          Loading your week…
        </p>
      </section>
    );
  if (plan.isError)
    return (
      <section>
        <h1>Plan</h1>
        <div className="error-box" role="alert">
          <p>{messageOf(plan.error)}</p>
          <button type="button" onClick={() => plan.refetch()}>
            Try again
          </button>
        </div>
      </section>
    );
  return (
    <PlanView
      plan={plan.data}
      unit={profile?.unit ?? "kg"}
      stale={profile ? staleReason(plan.data, profile) : null}
      timeZone={profile?.timeZone ?? browserTimeZone()}
      tier={todayPlan.data?.readiness.tier}
      nameOf={nameOf}
      todayWeekday={weekdayOf(today)}
      pinned={profile?.pinned ?? []}
    />
  );
}

function PlanView(props: {
  plan: CurrentPlan;
  unit: Unit;
  stale: string | null;
  timeZone: string;
  tier?: Tier;
  nameOf: (id: string) => string;
  todayWeekday: Weekday;
  /** P6: the profile's pinned exercise ids. */
  pinned: readonly string[];
}) {
  const { plan, nameOf } = props;
  const search = useSearch();
  const [, navigate] = useLocation();
  const asked = new URLSearchParams(search).get("day") as Weekday | null;
  const selected =
    plan.days.find((d) => d.weekday === asked) ?? initialDay(plan, props.todayWeekday) ?? plan.days[0] ?? null;
  const [swapping, setSwapping] = useState<PlanItem | null>(null);
  const [swapped, setSwapped] = useState<string | null>(null);
  const rows = weekRows(plan, props.todayWeekday);
  const longest = Math.max(0, ...plan.days.map((d) => d.minutes));

  const select = (d: PlanDay) => {
    setSwapped(null);
    navigate(`/plan?day=${d.weekday}`, { replace: true });
  };
  const onSwapped = (from: string, to: Alternative) => {
    setSwapping(null);
    setSwapped(
      `${nameOf(from)} is swapped for ${to.exercise.name} on ${selected ? WEEKDAY_NAMES[selected.weekday] : "this day"}.`,
    );
  };

  return (
    <section className="plan">
      <h1>Plan</h1>
      {plan.days.length === 0 ? (
        <div className="card">
          <h2>No training days yet</h2>
          <p>
            Your profile has no training days, so there is nothing to plan. Choose how many days a week you train under{" "}
            <Link href="/me/profile">Me, Profile</Link>, then make a new plan below.
          </p>
        </div>
      ) : (
        <p className="muted">
          {plan.days.length} {plan.days.length === 1 ? "session" : "sessions"} a week, each up to about {longest}{" "}
          minutes
          {plan.createdAt ? `. Made on ${dayText(todayIn(props.timeZone, Date.parse(plan.createdAt)))}.` : "."}
        </p>
      )}

      <TierNote tier={props.tier} />
      <TestNote reasons={plan.reasons} />

      {props.stale && (
        <div className="banner caution">
          <p>
            <strong>Your profile changed since this plan was made.</strong> {props.stale}{" "}
            <a href="#plan-new">Make a new plan</a> so the week fits again.
          </p>
        </div>
      )}

      {plan.days.length > 0 && (
        <nav aria-label="Your week" className="plan-week card">
          <h2 className="plan-week-title">Your week</h2>
          <ul>
            {rows.map((r) => (
              <li key={r.weekday}>
                {r.day ? (
                  <button
                    type="button"
                    className="plan-week-row"
                    aria-current={selected?.weekday === r.weekday ? "true" : undefined}
                    aria-label={`${r.name}${r.isToday ? ", today" : ""}: ${r.day.title}, about ${r.day.minutes} minutes`}
                    onClick={() => r.day && select(r.day)}
                  >
                    <span className="plan-week-day">{r.short}</span>
                    <span className="plan-week-name">
                      {r.day.title}
                      {r.isToday && <span className="plan-tag">Today</span>}
                    </span>
                    <span className="plan-week-min">{r.day.minutes} min</span>
                  </button>
                ) : (
                  <div className="plan-week-row rest">
                    <span className="plan-week-day">{r.short}</span>
                    <span className="plan-week-name">
                      Rest
                      {r.isToday && <span className="plan-tag">Today</span>}
                    </span>
                    <span className="plan-week-min" />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}

      {swapped && (
        <p className="banner ok" role="status">
          {swapped}
        </p>
      )}

      {selected && (
        <section className="card plan-day" aria-labelledby="plan-day-title">
          <p className="small muted plan-day-kicker">
            {WEEKDAY_NAMES[selected.weekday]} · about {selected.minutes} minutes
          </p>
          <h2 id="plan-day-title">{selected.title}</h2>
          <p className="small muted">
            On the day, Today adapts this session to how your back is: supported variants and easier effort on a harder
            day, a recovery session when it needs rest.
          </p>
          <BlockList
            blocks={selected.blocks}
            unit={props.unit}
            nameOf={nameOf}
            onSwap={setSwapping}
            purposes
            dayIndex={selected.index}
          />
        </section>
      )}

      <PinsCard pins={plan.pins ?? []} pinned={props.pinned} nameOf={nameOf} />

      {plan.reasons.some((r) => !isTestReason(r)) && (
        <section className="card" aria-labelledby="plan-reasons">
          <h2 id="plan-reasons">Why your plan looks like this</h2>
          <ul className="plan-lines">
            {plan.reasons
              .filter((r) => !isTestReason(r))
              .map((r) => (
                <li key={r}>{r}</li>
              ))}
          </ul>
        </section>
      )}

      {plan.shortfalls.length > 0 && (
        <section className="card" aria-labelledby="plan-shortfalls">
          <h2 id="plan-shortfalls">Where the plan falls short</h2>
          <p className="small muted">
            Your sessions have room for only so many sets. These muscles get less weekly work than your goal aims for;
            longer sessions or one more training day would close the gap.
          </p>
          <ul className="plan-lines">
            {plan.shortfalls.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}

      <NewPlanCard plan={plan} nameOf={nameOf} />

      <SwapSheet
        day={swapping ? selected : null}
        item={swapping}
        nameOf={nameOf}
        onClose={() => setSwapping(null)}
        onSwapped={onSwapped}
      />
    </section>
  );
}

/** P5 on the Plan tab: how today's tier changes today's session, and that the plan itself stays. */
function TierNote({ tier }: { tier: Tier | undefined }) {
  if (tier === "R1")
    return (
      <div className="banner stop" role="note">
        <p>
          <strong>Training is paused.</strong> Follow the steps on <Link href="/">Today</Link> first. This plan waits
          until you record that a clinician has assessed you.
        </p>
      </div>
    );
  if (tier === "R2")
    return (
      <div className="banner caution" role="note">
        <p>
          <strong>Loaded training waits until a clinician has seen you.</strong> Today holds a gentle recovery session
          instead; see <Link href="/">Today</Link>. The plan below stays as it is.
        </p>
      </div>
    );
  if (tier === "R3")
    return (
      <div className="banner caution" role="note">
        <p>
          <strong>Your back needs a lighter day.</strong> <Link href="/">Today</Link> swaps in a recovery session; the
          plan below stays as it is for the days ahead.
        </p>
      </div>
    );
  if (tier === "R4")
    return (
      <p className="banner" role="note">
        Today runs a modified version of this plan: supported and single-limb variants, and more reps in reserve. See{" "}
        <Link href="/">Today</Link> for what changed.
      </p>
    );
  return null;
}

function NewPlanCard(props: { plan: CurrentPlan; nameOf: (id: string) => string }) {
  const qc = useQueryClient();
  const [summary, setSummary] = useState<PlanChangeSummary | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const make = useMutation({
    mutationFn: async () => ({ before: props.plan, after: await planApi.make() }),
    onSuccess: ({ before, after }: { before: CurrentPlan; after: NewPlan }) => {
      const { changes, ...plan } = after;
      refresh.planChanged(qc, plan);
      setSummary(summarizeChanges(before, plan, changes, props.nameOf));
    },
  });
  useEffect(() => {
    if (summary) result.current?.focus();
  }, [summary]);
  return (
    <section className="card" aria-labelledby="plan-new">
      <h2 id="plan-new">Make a new plan</h2>
      <p>
        Changed your training days, session length, equipment or goal under <Link href="/me/profile">Me, Profile</Link>?
        Make a new plan so the week fits. Swaps you made are replaced by fresh choices, and exercises your log marks as
        aggravating stay out.
      </p>
      {make.isError && (
        <div className="error-box" role="alert">
          {messageOf(make.error)}
        </div>
      )}
      <button type="button" className="primary big" disabled={make.isPending} onClick={() => make.mutate()}>
        {make.isPending ? "Making your plan…" : "Make a new plan"}
      </button>
      {summary && (
        <div className="plan-changes" ref={result} tabIndex={-1} role="status" aria-labelledby="plan-changes-title">
          <h3 id="plan-changes-title">What changed</h3>
          {summary.same ? (
            <p>The new plan holds the same exercises on the same days as before.</p>
          ) : (
            <>
              {summary.days.length > 0 && (
                <ul className="plan-lines">
                  {summary.days.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
              {summary.added.length > 0 && (
                <>
                  <h4>New in your plan</h4>
                  <ul className="plan-lines plan-added">
                    {summary.added.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                </>
              )}
              {summary.removed.length > 0 && (
                <>
                  <h4>No longer in your plan</h4>
                  <ul className="plan-lines plan-removed">
                    {summary.removed.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                </>
              )}
              {summary.added.length === 0 && summary.removed.length === 0 && (
                <p>The exercises stay the same; only the days or their length moved.</p>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
