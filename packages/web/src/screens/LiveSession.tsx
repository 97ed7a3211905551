/**
 * The live session (SPEC §6 G1-G6, §7 shown): one exercise at a time from today's plan, warm-ups then working sets,
 * guidance after each set with the stop banner and its alternatives, the rest timer, the plate calculator, every set
 * kept in an outbox until the server has it, and the finish with the next targets.
 */

import { addDays, type Exercise, type LoggedSet, loadableKg, type Unit } from "@spotter/core";
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { Link, useParams } from "wouter";
import { messageOf } from "../api/errors.js";
import { nextTargetKeys } from "../api/keys.js";
import { sessionApi } from "../api/session.js";
import { type OutboxEntry, setOutbox } from "../api/sessionOutbox.js";
import type { NextTarget, SessionWithSets, SetAnswer, SetGuidance } from "../api/types.js";
import { ExercisePicker } from "../components/ExercisePicker.js";
import { RestTimer, unlockAudio } from "../components/RestTimer.js";
import { type SetEdit, SetList } from "../components/SetList.js";
import { CurrentExercise } from "../components/session/CurrentExercise.js";
import { ExerciseNav } from "../components/session/ExerciseNav.js";
import { FinishedSummary, FinishPanel } from "../components/session/Finish.js";
import {
  type AddedExercise,
  buildItems,
  type Draft,
  draftToInput,
  firstOpenIndex,
  lastTimeOf,
  mergeSets,
  nextDraft,
  plannedWarmups,
  progressOf,
  replay,
  workingLoadKg,
} from "../components/session/model.js";
import { PlateSheet } from "../components/session/PlateSheet.js";
import { dayText, defaultStep, newClientId } from "../lib/format.js";
import { keys, useExercises, useProfile } from "../lib/queries.js";
import "../styles/session.css";

/** The live-session screen at /session/:id. */
export function LiveSessionScreen() {
  const { id = "" } = useParams<{ id: string }>();
  const session = useQuery({ queryKey: keys.session(id), queryFn: () => sessionApi.getSession(id) });
  const catalog = useExercises();
  const { data: profile } = useProfile();
  const unit: Unit = profile?.unit ?? "kg";
  const byId = useMemo(() => new Map((catalog.data ?? []).map((e) => [e.id, e])), [catalog.data]);
  if (session.isPending || catalog.isPending) return <p className="loading">Loading the session…</p>;
  if (session.isError)
    return (
      <div className="error-box" role="alert">
        {messageOf(session.error)} <Link href="/">Back to Today</Link>
      </div>
    );
  if (session.data.finishedAt) return <Finished session={session.data} byId={byId} unit={unit} />;
  return <Live session={session.data} exercises={catalog.data ?? []} byId={byId} unit={unit} />;
}

/** The outbox as React state. */
function useOutbox(): OutboxEntry[] {
  return useSyncExternalStore(setOutbox.subscribe, setOutbox.entries, setOutbox.entries);
}

function useOnline(): boolean {
  return useSyncExternalStore(
    (fn) => {
      window.addEventListener("online", fn);
      window.addEventListener("offline", fn);
      return () => {
        window.removeEventListener("online", fn);
        window.removeEventListener("offline", fn);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}

/** A running rest: when it started, how long it is planned, and after which exercise. */
type Rest = { startedAt: number; seconds: number; exerciseId: string };

const addedKey = (sessionId: string) => `spotter.session.${sessionId}.added`;

function readAdded(sessionId: string): AddedExercise[] {
  try {
    const v = JSON.parse(localStorage.getItem(addedKey(sessionId)) ?? "[]");
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

/** Adds a sent set to the cached session, once. */
function withSet(s: SessionWithSets | undefined, set: LoggedSet): SessionWithSets | undefined {
  if (!s || s.sets.some((x) => x.clientId === set.clientId)) return s;
  return { ...s, sets: [...s.sets, set] };
}

function Live(props: {
  session: SessionWithSets;
  exercises: Exercise[];
  byId: ReadonlyMap<string, Exercise>;
  unit: Unit;
}) {
  const { session, unit, byId } = props;
  const qc = useQueryClient();
  const online = useOnline();
  const outbox = useOutbox();
  const waiting = useMemo(() => outbox.filter((e) => e.sessionId === session.id), [outbox, session.id]);
  const sets = useMemo(() => mergeSets(session.sets ?? [], waiting), [session.sets, waiting]);

  const today = useQuery({
    queryKey: ["today", session.date],
    queryFn: () => sessionApi.getToday(session.date),
    retry: false,
    staleTime: 5 * 60_000,
  });
  const history = useQuery({
    queryKey: [...keys.sessions, "recent", session.date],
    queryFn: () => sessionApi.history(addDays(session.date, -120), session.date),
    retry: false,
    staleTime: 5 * 60_000,
  });

  const [added, setAdded] = useState<AddedExercise[]>(() => readAdded(session.id));
  const saveAdded = (next: AddedExercise[]) => {
    setAdded(next);
    try {
      localStorage.setItem(addedKey(session.id), JSON.stringify(next));
    } catch {
      // Kept for this page only.
    }
  };
  const blocks = today.data?.session?.blocks;
  const measureOf = useCallback((id: string) => byId.get(id)?.measure ?? "reps", [byId]);
  const items = useMemo(() => buildItems(blocks, added, sets, measureOf), [blocks, added, sets, measureOf]);
  const recoveryIds =
    today.data?.readiness?.tier === "R2" ? (blocks ?? []).flatMap((b) => b.items.map((i) => i.exerciseId)) : undefined;
  const { stopped, last } = useMemo(
    () => replay(sets, session.painBefore, byId, unit, recoveryIds),
    [sets, session.painBefore, byId, unit, recoveryIds],
  );
  const progressAll = items.map((it) => progressOf(it, sets, 0, stopped));
  const [chosen, setChosen] = useState<number | null>(null);
  const index = Math.min(chosen ?? firstOpenIndex(progressAll), Math.max(0, items.length - 1));
  const item = items[index];
  const exercise = item ? byId.get(item.exerciseId) : undefined;

  const next = useQuery({
    queryKey: nextTargetKeys.of(item?.exerciseId ?? ""),
    queryFn: () => sessionApi.nextTarget(item?.exerciseId ?? ""),
    enabled: Boolean(item),
    retry: false,
  });
  const lastTime = item && history.data ? lastTimeOf(history.data, item.exerciseId, session.id) : null;
  // The day's load as one the lifter can put on in their unit (130 lb, never 132.28 lb): target, warm-ups, prefill.
  const workingKg = item ? workingLoadKg(item, next.data, lastTime?.sets) : null;
  const targetLoad = workingKg !== null && exercise ? loadableKg(workingKg, exercise, unit) : workingKg;
  const warmups = item ? plannedWarmups(item, exercise, targetLoad, unit) : [];
  const progress = item ? progressOf(item, sets, warmups.length, stopped) : null;

  // The server's own guidance for the latest set of an exercise (it carries alternatives); the replay otherwise.
  const [served, setServed] = useState<Record<string, { clientId: string; guidance: SetGuidance }>>({});
  const mine = item ? sets.filter((s) => s.exerciseId === item.exerciseId) : [];
  const lastSet = mine.at(-1);
  const servedHere = item ? served[item.exerciseId] : undefined;
  const guidance =
    servedHere && lastSet && servedHere.clientId === lastSet.clientId
      ? servedHere.guidance
      : item
        ? last.get(item.exerciseId)
        : undefined;

  const planned: Draft | null =
    item && progress
      ? nextDraft({
          item,
          progress,
          warmups,
          sets,
          guidance,
          targetLoadKg: targetLoad,
          lastTime: lastTime?.sets,
          unit,
        })
      : null;

  const flush = useCallback(
    () =>
      setOutbox.flush(
        (e) => sessionApi.logSet(e.sessionId, e.input),
        (e: OutboxEntry, answer: SetAnswer) => {
          qc.setQueryData<SessionWithSets>(keys.session(e.sessionId), (s) => withSet(s, answer.set));
          const g = answer.guidance;
          // The day's targets stay as they were at the start; the next targets are refreshed at the finish.
          if (g) setServed((m) => ({ ...m, [e.input.exerciseId]: { clientId: e.input.clientId, guidance: g } }));
        },
      ),
    [qc],
  );
  useEffect(() => {
    void flush();
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [flush]);
  useEffect(() => {
    if (waiting.length === 0) return;
    const t = setInterval(() => void flush(), 15_000);
    return () => clearInterval(t);
  }, [waiting.length, flush]);

  // The rest timer survives a reload or a look at another tab: it is kept for this browser tab's session.
  const restKey = `spotter.rest.${session.id}`;
  const [rest, setRestState] = useState<Rest | null>(() => {
    try {
      const r = JSON.parse(sessionStorage.getItem(restKey) ?? "null") as Rest | null;
      return r && Date.now() - r.startedAt < (r.seconds + 600) * 1000 ? r : null;
    } catch {
      return null;
    }
  });
  const setRest = (r: Rest | null) => {
    setRestState(r);
    try {
      if (r) sessionStorage.setItem(restKey, JSON.stringify(r));
      else sessionStorage.removeItem(restKey);
    } catch {
      // Kept in memory only.
    }
  };
  const [plates, setPlates] = useState<number | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [justLogged, setJustLogged] = useState<string | null>(null);

  const log = (d: Draft) => {
    if (!item || !exercise) return;
    unlockAudio();
    const input = draftToInput(d, {
      clientId: newClientId(),
      exerciseId: item.exerciseId,
      setIndex: mine.length,
      unit,
      measure: exercise.measure ?? "reps",
    });
    // No pain chosen, nothing sent: the form asks for it before it ever calls this.
    if (!input) return;
    setOutbox.add(session.id, input);
    setJustLogged(input.clientId);
    setChosen(index);
    setRest({
      startedAt: Date.now(),
      seconds: d.warmup ? Math.min(60, item.restSeconds) : item.restSeconds,
      exerciseId: item.exerciseId,
    });
    void flush();
  };

  const goTo = (list: typeof items, exerciseId: string) => {
    const at = list.findIndex((i) => i.exerciseId === exerciseId);
    if (at >= 0) setChosen(at);
  };
  const addExercise = (e: Exercise, replaces?: string) => {
    const nextAdded = added.some((a) => a.exerciseId === e.id) ? added : [...added, { exerciseId: e.id, replaces }];
    saveAdded(nextAdded);
    goTo(buildItems(blocks, nextAdded, sets, measureOf), e.id);
    setRest(null);
    window.scrollTo({ top: 0 });
  };

  const edit = useMutation({
    mutationFn: (a: { set: LoggedSet; patch: SetEdit }) => sessionApi.patchSet(session.id, a.set.id, a.patch),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.session(session.id) }),
  });
  const remove = useMutation({
    mutationFn: (s: LoggedSet) => sessionApi.deleteSet(session.id, s.id),
    onSuccess: (_v, s) =>
      qc.setQueryData<SessionWithSets>(keys.session(session.id), (x) =>
        x ? { ...x, sets: x.sets.filter((y) => y.id !== s.id) } : x,
      ),
  });
  const finish = useMutation({
    mutationFn: async (a: { painAfter: number; note: string | null }) => {
      await flush();
      return sessionApi.finish(session.id, {
        finishedAt: new Date().toISOString(),
        painAfter: a.painAfter,
        note: a.note,
      });
    },
    onSuccess: (answer) => {
      const { progression, ...rest } = answer;
      qc.setQueryData(["session-progression", session.id], progression ?? []);
      qc.setQueryData<SessionWithSets>(keys.session(session.id), { ...rest, sets: rest.sets ?? sets });
      qc.invalidateQueries({ queryKey: keys.sessions });
      qc.invalidateQueries({ queryKey: nextTargetKeys.all });
      window.scrollTo({ top: 0 });
    },
  });

  const restNext =
    rest && item && progress && !progress.stopped && rest.exerciseId === item.exerciseId
      ? `Next: ${progress.done ? "the next exercise" : `set ${progress.workingDone + 1} of ${exercise?.name ?? ""}`}.`
      : undefined;

  return (
    <section className={`live${rest ? " resting" : ""}`}>
      <div className="live-head">
        <div>
          <h1>{session.recovery ? "Recovery session" : (today.data?.session?.title ?? "Session")}</h1>
          <p className="muted small">
            {dayText(session.date)} · pain at the start {session.painBefore ?? "not logged"}
          </p>
        </div>
        {(waiting.length > 0 || !online) && (
          <p className={`sync-badge${online ? "" : " offline"}`} role="status">
            {waiting.length > 0
              ? `${waiting.length} ${waiting.length === 1 ? "set" : "sets"} waiting to sync`
              : "Offline"}
          </p>
        )}
      </div>
      {!online && (
        <p className="small muted offline-note">
          You are offline. Keep logging: sets stay on this phone and are sent when the connection returns.
        </p>
      )}
      {session.recovery && (
        <p className="banner caution">
          Today is for gentle work: walking, easy stretching and light core exercises. Loaded lifts can wait for another
          day.
        </p>
      )}

      {items.length > 1 && (
        <ExerciseNav
          items={items}
          names={items.map((i) => byId.get(i.exerciseId)?.name ?? i.exerciseId)}
          progress={progressAll}
          index={index}
          onSelect={(i) => {
            setChosen(Math.max(0, Math.min(items.length - 1, i)));
            window.scrollTo({ top: 0 });
          }}
        />
      )}

      {item && exercise && progress && planned ? (
        <CurrentExercise
          item={item}
          exercise={exercise}
          unit={unit}
          progress={progress}
          warmups={warmups}
          sets={sets}
          next={next.data}
          lastTime={lastTime}
          targetLoadKg={targetLoad}
          guidance={guidance}
          planned={planned}
          draftKey={`${item.exerciseId}:${mine.length}:${targetLoad ?? 0}:${guidance?.action ?? ""}`}
          offline={!online}
          replacedName={item.replaces ? byId.get(item.replaces)?.name : undefined}
          justLogged={justLogged !== null && justLogged === lastSet?.clientId}
          hasNext={index < items.length - 1}
          onLog={log}
          onSwitch={(e) => addExercise(e, item.exerciseId)}
          onPlates={(t) => setPlates(t)}
          onNextExercise={() => {
            setChosen(index + 1);
            window.scrollTo({ top: 0 });
          }}
        />
      ) : today.isPending ? (
        <p className="loading">Loading today's plan…</p>
      ) : (
        <div className="card">
          <h2>Nothing planned for today</h2>
          <p>
            {today.data?.restDay
              ? "Today is a rest day in your plan."
              : "There is no planned session for this day yet; your plan on the Plan tab fills it."}{" "}
            You can still log anything you do: find the exercise below and each set is saved as you log it.
          </p>
        </div>
      )}

      <div className="card">
        <h2>Add another exercise</h2>
        <ExercisePicker
          key={pickerKey}
          exercises={props.exercises}
          onPick={(e) => {
            setPickerKey((k) => k + 1);
            addExercise(e);
          }}
        />
      </div>

      <div className="card">
        <h2>Logged sets</h2>
        {(edit.isError || remove.isError) && (
          <div className="error-box" role="alert">
            {messageOf(edit.error ?? remove.error)}
          </div>
        )}
        <SetList
          sets={sets}
          exercises={byId}
          unit={unit}
          onEdit={(set, patch) => edit.mutate({ set, patch })}
          onDelete={(s) => {
            if (window.confirm("Delete this set? It will be removed from your log.")) remove.mutate(s);
          }}
          onDropPending={(s) => {
            if (window.confirm("Remove this set? It has not reached the server yet.")) setOutbox.remove(s.clientId);
          }}
        />
      </div>

      <FinishPanel
        waiting={waiting.length}
        busy={finish.isPending}
        error={finish.isError ? messageOf(finish.error) : null}
        onFinish={(painAfter, note) => finish.mutate({ painAfter, note })}
      />

      {rest && (
        <RestTimer
          key={rest.startedAt}
          startedAt={rest.startedAt}
          seconds={rest.seconds}
          nextLabel={restNext}
          onClose={() => setRest(null)}
        />
      )}
      <PlateSheet
        total={plates}
        unit={unit}
        step={exercise?.increment?.[unit] || defaultStep(unit)}
        onClose={() => setPlates(null)}
      />
    </section>
  );
}

/** A finished session: the summary and the next targets (from the finish answer, or asked again after a reload). */
function Finished(props: { session: SessionWithSets; byId: ReadonlyMap<string, Exercise>; unit: Unit }) {
  const s = props.session;
  const cached = useQuery({
    queryKey: ["session-progression", s.id],
    queryFn: () => null as NextTarget[] | null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const ids = [...new Set(s.sets.filter((x) => !x.warmup).map((x) => x.exerciseId))];
  const fromCache = cached.data && cached.data.length > 0 ? cached.data : null;
  const asked = useQueries({
    queries: ids.map((id) => ({
      queryKey: nextTargetKeys.of(id),
      queryFn: () => sessionApi.nextTarget(id),
      enabled: !fromCache && !cached.isPending,
      retry: false,
    })),
  });
  const progression = fromCache ?? asked.flatMap((q) => (q.data ? [q.data] : []));
  const loading = !fromCache && asked.some((q) => q.isPending && q.fetchStatus !== "idle");
  return (
    <FinishedSummary session={s} progression={progression} loading={loading} byId={props.byId} unit={props.unit} />
  );
}
