/**
 * Insights (SPEC §9): triggers with their evidence and what Spotter changed, the trends (pain, training volume
 * against pain, e1RM, belt share) over a chosen range, and habit links worded as associations. A new user sees
 * what each part will show and what fills it.
 */
import type { Profile } from "@spotter/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link } from "wouter";
import { messageOf } from "../api/errors.js";
import { insightsApi } from "../api/insights.js";
import { BeltChart, E1rmChart, MuscleTable, PainTrendChart, VolumePainChart } from "../components/insights/Charts.js";
import { HabitLinks } from "../components/insights/HabitLinks.js";
import { TriggerList } from "../components/insights/TriggerList.js";
import {
  firstDataDay,
  fromDay,
  muscleWeekly,
  RANGES,
  type RangeKey,
  rangeFor,
  shortDay,
  weeklySetsAndPain,
} from "../components/insights/view.js";
import { Options } from "../components/Options.js";
import { useProfile, useToday, withDefaults } from "../lib/queries.js";
import "../styles/insights.css";
import { checkinKeys, insightKeys, sessionKeys, triggerKeys } from "../api/keys.js";

/** A failed read, with a retry. */
function Failed(props: { error: unknown; retry: () => void }) {
  return (
    <div className="error-box" role="alert">
      <p>{messageOf(props.error)}</p>
      <button type="button" onClick={props.retry}>
        Try again
      </button>
    </div>
  );
}

/** The teaching state for someone with no sessions and no check-ins yet. */
function FirstSteps() {
  return (
    <div className="card ins-first">
      <h2>What your log will show you here</h2>
      <ul>
        <li>
          <strong>Triggers:</strong> exercises that tend to be followed by more pain, each with the sessions behind the
          finding and what Spotter changed in your plan because of it.
        </li>
        <li>
          <strong>Pain trend:</strong> your morning pain day by day, its 7-day and 28-day averages, and your sessions
          marked on it.
        </li>
        <li>
          <strong>Training:</strong> weekly working sets beside your pain, estimated one-rep max per exercise, and how
          often you wore a belt.
        </li>
        <li>
          <strong>Habits:</strong> how things like a support pillow or long sitting line up with next-morning pain,
          shown as patterns in your log rather than causes.
        </li>
      </ul>
      <h3>How to fill it</h3>
      <p>
        Check in each morning, and give each set a pain value when you log a session. The pain trend starts with your
        first check-in; trigger findings need a few sessions with the same exercise; habit patterns need 30 days of
        check-ins.
      </p>
      <Link href="/checkin" className="button primary">
        Go to today's check-in
      </Link>
    </div>
  );
}

/** The trends part: a range control and the four charts. */
function Trends({ profile, today }: { profile: Profile; today: string }) {
  const [range, setRange] = useState<RangeKey>("12w");
  const [exercise, setExercise] = useState("");
  const { from, to } = rangeFor(today, range);
  // The previous range stays on screen while the next one loads, so open tables and the picked exercise stay put.
  const trends = useQuery({
    queryKey: insightKeys.trends(from, to),
    queryFn: () => insightsApi.trends(from, to),
    placeholderData: keepPreviousData,
  });
  const sessions = useQuery({
    queryKey: sessionKeys.list(from, to),
    queryFn: () => insightsApi.sessions(from, to),
    placeholderData: keepPreviousData,
  });
  const weeks = useMemo(
    () =>
      trends.data
        ? weeklySetsAndPain(
            trends.data.belt.map((w) => w.weekStart),
            sessions.data ?? [],
            trends.data.pain,
          )
        : [],
    [trends.data, sessions.data],
  );
  // A long range over a short log starts where the log does, so the data is not squeezed into one corner.
  const start = trends.data ? firstDataDay(trends.data.pain, trends.data.sessions) : null;
  const t = useMemo(
    () =>
      trends.data && start && start > trends.data.from
        ? {
            ...trends.data,
            pain: fromDay(trends.data.pain, start),
            belt: fromDay(trends.data.belt, start),
          }
        : trends.data,
    [trends.data, start],
  );
  const shownWeeks = useMemo(() => (start ? fromDay(weeks, start) : weeks), [weeks, start]);
  const anyPain = t?.pain.some((p) => p.pain !== null) ?? false;
  const anySets = shownWeeks.some((w) => w.sets > 0);
  const anyBelt = t?.belt.some((w) => w.eligibleSets > 0) ?? false;
  return (
    <>
      <Options
        legend="Show the last"
        options={RANGES.map((r) => ({ value: r.key, label: r.label }))}
        value={range}
        onChange={setRange}
        variant="seg"
      />
      {trends.isPending && (
        <p className="loading" role="status">
          Loading your trends…
        </p>
      )}
      {trends.isError && <Failed error={trends.error} retry={() => trends.refetch()} />}
      {t && (
        <div aria-busy={trends.isPlaceholderData || sessions.isPlaceholderData}>
          {(trends.isPlaceholderData || sessions.isPlaceholderData) && (
            <p className="loading small" role="status">
              Updating to the last {RANGES.find((r) => r.key === range)?.label}…
            </p>
          )}
          {t && trends.data && start && start > trends.data.from && (
            <p className="small muted">Your log starts on {shortDay(start, true)}, so the charts start there.</p>
          )}
          <div className="card">
            <h3>Morning pain</h3>
            {anyPain ? (
              <PainTrendChart pain={t.pain} sessions={t.sessions} />
            ) : (
              <p>
                No check-ins in this range. Each morning's check-in adds a point here, and the averages start from the
                first one.
              </p>
            )}
          </div>
          <div className="card">
            <h3>Pain and weekly training</h3>
            {sessions.isError ? (
              <Failed error={sessions.error} retry={() => sessions.refetch()} />
            ) : sessions.isPending ? (
              <p className="loading">Loading your sessions…</p>
            ) : anySets ? (
              <>
                <VolumePainChart weeks={shownWeeks} />
                <MuscleTable
                  rows={muscleWeekly(
                    t.volume,
                    shownWeeks.map((w) => w.weekStart),
                  )}
                  latestWeek={shownWeeks[shownWeeks.length - 1]?.weekStart ?? to}
                />
              </>
            ) : (
              <p>
                No sets logged in this range. Once you log sessions, each week's working sets appear here beside that
                week's average morning pain, so you can see how your back takes more or less training.
              </p>
            )}
          </div>
          <div className="card">
            <h3>Strength: estimated one-rep max</h3>
            <p className="small muted">
              The most you could likely lift once, worked out from the load and reps of your best set in each session.
            </p>
            {t.e1rm.length > 0 ? (
              <E1rmChart e1rm={t.e1rm} unit={profile.unit} picked={exercise} onPick={setExercise} />
            ) : (
              <p>Log a loaded exercise with its reps and this chart follows your strength on it, in {profile.unit}.</p>
            )}
          </div>
          <div className="card">
            <h3>Belt use</h3>
            {anyBelt ? (
              <BeltChart belt={t.belt} />
            ) : (
              <p>
                No working sets on belt-friendly lifts in this range. When you log them, this shows how many you wore a
                belt for each week. Spotter keeps the belt for your heaviest sets and speaks up if it creeps above a
                third of them.
              </p>
            )}
          </div>
        </div>
      )}
    </>
  );
}

/** The Insights screen. */
export function InsightsScreen() {
  const profileQ = useProfile();
  const profile = withDefaults(profileQ.data);
  const today = useToday();
  const triggers = useQuery({ queryKey: triggerKeys.all, queryFn: insightsApi.triggers });
  const habits = useQuery({ queryKey: insightKeys.habits, queryFn: insightsApi.habits });
  const checkins = useQuery({ queryKey: checkinKeys.list(), queryFn: insightsApi.checkins });

  const loading = triggers.isPending || checkins.isPending;
  const isNew = triggers.data?.length === 0 && checkins.data?.length === 0;

  return (
    <section className="ins">
      <h1>Insights</h1>
      {loading && (
        <p className="loading" role="status">
          Loading your insights…
        </p>
      )}
      {triggers.isError && <Failed error={triggers.error} retry={() => triggers.refetch()} />}
      {checkins.isError && <Failed error={checkins.error} retry={() => checkins.refetch()} />}
      {!loading && isNew && <FirstSteps />}
      {!loading && !isNew && triggers.data && checkins.data && (
        <>
          <nav className="ins-jump" aria-label="Parts of this page">
            <a href="#ins-triggers">Triggers</a>
            <a href="#ins-trends">Trends</a>
            <a href="#ins-habits">Habits</a>
          </nav>
          <section aria-labelledby="ins-triggers" className="ins-part">
            <h2 id="ins-triggers">Triggers</h2>
            <p className="muted small">
              How your back has taken each exercise, judged from the pain you logged during it and the next morning.
            </p>
            {triggers.data.length === 0 ? (
              <div className="card">
                <p>
                  Log sessions with a pain value on each set, and check in the next morning. After a few sessions with
                  the same exercise, Spotter can tell whether your back tolerates it or whether it tends to be followed
                  by more pain, and shows the sessions behind that here.
                </p>
                <Link href="/">Go to Today</Link>
              </div>
            ) : (
              <TriggerList triggers={triggers.data} profile={profile} />
            )}
          </section>
          <section aria-labelledby="ins-trends" className="ins-part">
            <h2 id="ins-trends">Trends</h2>
            <Trends profile={profile} today={today} />
          </section>
          <section aria-labelledby="ins-habits" className="ins-part">
            <h2 id="ins-habits">Habits and your mornings</h2>
            {habits.isError ? (
              <Failed error={habits.error} retry={() => habits.refetch()} />
            ) : habits.isPending ? (
              <p className="loading">Loading…</p>
            ) : (
              <HabitLinks habits={habits.data} checkins={checkins.data} today={today} />
            )}
          </section>
        </>
      )}
    </section>
  );
}
