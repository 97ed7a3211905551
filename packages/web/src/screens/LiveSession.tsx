/**
 * The live session (SPEC §6 G1-G6, §7 shown): one exercise at a time from today's plan, warm-ups then working sets,
 * guidance after each set with the stop banner and its alternatives, the rest timer, the plate calculator, every set
 * kept in an outbox until the server has it, and the finish with the next targets.
 */

import { addDays, type Exercise, type LoggedSet, loadableKg, type Unit } from "@spotter/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Link, useParams } from "wouter";
import { messageOf } from "../api/errors.js";
import { nextTargetKeys, sessionKeys, todayKeys } from "../api/keys.js";
import type { OutboxEntry } from "../api/outbox.js";
import { sessionApi } from "../api/session.js";
import { enqueue, outbox, submit, useOnline, useOutbox } from "../api/sync.js";
import type { SessionWithSets, SetAnswer, SetGuidance } from "../api/types.js";
import { ExercisePicker } from "../components/ExercisePicker.js";
import { SupersetControl } from "../components/log/SupersetControl.js";
import { RestTimer, unlockAudio } from "../components/RestTimer.js";
import { type SetEdit, SetList } from "../components/SetList.js";
import { CurrentExercise } from "../components/session/CurrentExercise.js";
import { ExerciseNav } from "../components/session/ExerciseNav.js";
import { FinishPanel } from "../components/session/Finish.js";
import { Finished, FinishWaiting } from "../components/session/FinishedViews.js";
import { addedKey, readAdded, readAt, saveAt, waitingSession } from "../components/session/localState.js";
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
import { logEdits } from "../lib/logEdits.js";
import { useExercises, useProfile } from "../lib/queries.js";
import { noteRecords } from "../lib/recordMarks.js";
import { afterSet, groupOf, leaveGroup, pairWithNext, useSupersets } from "../lib/supersets.js";
import "../styles/session.css";

/**
 * The live-session screen at /session/:id. The id is the server's, or the start's client id while the start waits in
 * the outbox (and after: the outbox remembers which server id it became).
 */
export function LiveSessionScreen() {
  const { id = "" } = useParams<{ id: string }>();
  const box = useOutbox();
  const serverId = box.sessions[id] ?? outbox.serverIdOf(id);
  const start = box.entries.find(
    (e): e is Extract<OutboxEntry, { kind: "session-start" }> => e.kind === "session-start" && e.id === id,
  );
  const session = useQuery({
    queryKey: sessionKeys.one(serverId ?? id),
    queryFn: () => sessionApi.getSession(serverId ?? id),
    enabled: serverId !== undefined,
  });
  const catalog = useExercises();
  const { data: profile } = useProfile();
  const unit: Unit = profile?.unit ?? "kg";
  const byId = useMemo(() => new Map((catalog.data ?? []).map((e) => [e.id, e])), [catalog.data]);
  const data = session.data ?? (start ? waitingSession(start) : undefined);
  const finishing = box.entries.find(
    (e): e is Extract<OutboxEntry, { kind: "session-finish" }> =>
      e.kind === "session-finish" && outbox.idsOf(e.sessionRef).includes(data?.id ?? id),
  );
  if (!data && session.isError)
    return (
      <div className="error-box" role="alert">
        <p>{messageOf(session.error)}</p>
        <p>Sets you logged are kept on this phone and are sent when the server answers.</p>
        <button type="button" onClick={() => session.refetch()}>
          Try again
        </button>{" "}
        <Link href="/">Back to Today</Link>
      </div>
    );
  if (!data || (catalog.isPending && !catalog.data))
    return (
      <p className="loading" role="status">
        Loading the session…
      </p>
    );
  if (data.finishedAt) return <Finished session={data} byId={byId} unit={unit} />;
  if (finishing) return <FinishWaiting session={data} finishing={finishing} byId={byId} unit={unit} />;
  // Keyed by the client id, which stays the same when a waiting session gets its server id: nothing on screen resets.
  return <Live key={data.clientId} session={data} exercises={catalog.data ?? []} byId={byId} unit={unit} />;
}

/** A running rest: when it started, how long it is planned, and after which exercise. */
type Rest = { startedAt: number; seconds: number; exerciseId: string };

function Live(props: {
  session: SessionWithSets;
  exercises: Exercise[];
  byId: ReadonlyMap<string, Exercise>;
  unit: Unit;
}) {
  const { session, unit, byId } = props;
  const qc = useQueryClient();
  const online = useOnline();
  const box = useOutbox();
  // Everything of this session still on the phone (by its local and its server id).
  const waiting = useMemo(() => {
    const ids = outbox.idsOf(session.id);
    return box.entries.filter(
      (e) => (e.kind === "set" || e.kind === "session-start") && ids.includes(e.kind === "set" ? e.sessionRef : e.id),
    );
  }, [box, session.id]);
  const waitingSets = waiting.filter((e) => e.kind === "set").length;
  const sets = useMemo(() => mergeSets(session.sets ?? [], waiting), [session.sets, waiting]);
  // Storage keys follow the client id, which a waiting session keeps when it gets its server id.
  const localKey = session.clientId;

  const today = useQuery({
    queryKey: todayKeys.of(session.date),
    queryFn: () => sessionApi.getToday(session.date),
    retry: false,
    staleTime: 5 * 60_000,
  });
  const history = useQuery({
    queryKey: sessionKeys.list(addDays(session.date, -120), session.date),
    queryFn: () => sessionApi.history(addDays(session.date, -120), session.date),
    retry: false,
    staleTime: 5 * 60_000,
  });

  const [added, setAdded] = useState<AddedExercise[]>(() => readAdded(localKey));
  const [supersets, saveSupersets] = useSupersets(localKey);
  const saveAdded = (next: AddedExercise[]) => {
    setAdded(next);
    try {
      localStorage.setItem(addedKey(localKey), JSON.stringify(next));
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
  // The exercise in front of the user is kept on the phone, so a reload or "Try again" reopens it, not exercise 1.
  const [chosenId, setChosenId] = useState<string | null>(() => readAt(localKey));
  const chosenAt = chosenId === null ? -1 : items.findIndex((i) => i.exerciseId === chosenId);
  const chosen = chosenAt >= 0 ? chosenAt : null;
  const setChosen = (i: number) => {
    const id = items[i]?.exerciseId ?? null;
    setChosenId(id);
    saveAt(localKey, id);
  };
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

  // The server's guidance for each set as it is answered (the outbox sends, in the background or now).
  useEffect(
    () =>
      outbox.onSent(({ entry, answer }) => {
        if (entry.kind !== "set") return;
        noteRecords((answer as SetAnswer).set.id, (answer as SetAnswer).records);
        const g = (answer as SetAnswer).guidance;
        // The day's targets stay as they were at the start; the next targets are refreshed at the finish.
        if (g) setServed((m) => ({ ...m, [entry.input.exerciseId]: { clientId: entry.input.clientId, guidance: g } }));
      }),
    [],
  );

  // The rest timer survives a reload or a look at another tab: it is kept for this browser tab's session.
  const restKey = `spotter.rest.${localKey}`;
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
  // A stop rule ended the exercise this rest belongs to: there is no next set to rest for, so the timer stops.
  const restStopped = rest !== null && stopped.includes(rest.exerciseId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: setRest is a plain setter made on each render
  useEffect(() => {
    if (restStopped) setRest(null);
  }, [restStopped]);
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
    // A superset's working sets carry its id, move on to its next exercise, and rest once per round.
    const group = d.warmup ? undefined : groupOf(supersets, item.exerciseId);
    const nowDone = !d.warmup && (progress?.workingDone ?? 0) + 1 >= item.sets;
    const after = afterSet(group, item.exerciseId, (x) =>
      x === item.exerciseId ? nowDone : Boolean(progressAll[items.findIndex((i) => i.exerciseId === x)]?.done),
    );
    enqueue({ kind: "set", sessionRef: session.id, input: group ? { ...input, supersetId: group.id } : input });
    setJustLogged(input.clientId);
    if (after.next !== item.exerciseId) goTo(items, after.next);
    else setChosen(index);
    if (!after.rest) {
      setRest(null);
      return;
    }
    setRest({
      startedAt: Date.now(),
      seconds: d.warmup ? Math.min(60, item.restSeconds) : item.restSeconds,
      exerciseId: after.next,
    });
  };

  const goTo = (list: typeof items, exerciseId: string) => {
    if (list.some((i) => i.exerciseId === exerciseId)) {
      setChosenId(exerciseId);
      saveAt(localKey, exerciseId);
    }
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
    onSettled: () => qc.invalidateQueries({ queryKey: sessionKeys.one(session.id) }),
  });
  // A note on an exercise of this session (API.md: PATCH /sessions/:id with exerciseNotes).
  const note = useMutation({
    mutationFn: (a: { exerciseId: string; text: string }) =>
      logEdits(qc, session.id).exerciseNote(session.exerciseNotes, a.exerciseId, a.text),
  });
  const remove = useMutation({
    mutationFn: (s: LoggedSet) => sessionApi.deleteSet(session.id, s.id),
    onSuccess: (_v, s) =>
      qc.setQueryData<SessionWithSets>(sessionKeys.one(session.id), (x) =>
        x ? { ...x, sets: x.sets.filter((y) => y.id !== s.id) } : x,
      ),
  });
  // The finish goes through the outbox after the session's sets; with no signal it waits there (and the screen
  // says so), and the next targets come when it is sent. The answer updates the caches (api/sync.ts).
  const finish = useMutation({
    mutationFn: async (a: { painAfter: number; note: string | null }) => {
      const r = await submit({
        kind: "session-finish",
        sessionRef: session.id,
        input: { finishedAt: new Date().toISOString(), painAfter: a.painAfter, note: a.note },
      });
      if (r.status === "refused") throw r.error;
      return r;
    },
    onSuccess: () => {
      setRest(null);
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
            {waitingSets > 0
              ? `${waitingSets} ${waitingSets === 1 ? "set" : "sets"} waiting to sync`
              : waiting.length > 0
                ? "Session start waiting to sync"
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
      ) : null}
      {item && exercise && progress && planned && (
        <SupersetControl
          exerciseId={item.exerciseId}
          group={groupOf(supersets, item.exerciseId)}
          nextName={items[index + 1] ? (byId.get(items[index + 1]?.exerciseId ?? "")?.name ?? undefined) : undefined}
          nameOf={(x) => byId.get(x)?.name ?? x}
          onPair={() =>
            saveSupersets(
              pairWithNext(
                supersets,
                items.map((i) => i.exerciseId),
                item.exerciseId,
              ),
            )
          }
          onLeave={() => saveSupersets(leaveGroup(supersets, item.exerciseId))}
        />
      )}
      {item && exercise && progress && planned ? null : today.isPending && today.fetchStatus === "paused" ? (
        <div className="card">
          <h2>Today's plan is not on this phone</h2>
          <p>
            You are offline and today's plan was not loaded before. Find each exercise below: every set is kept on this
            phone and sent when the connection returns.
          </p>
        </div>
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
        {(edit.isError || remove.isError || note.isError) && (
          <div className="error-box" role="alert">
            {messageOf(edit.error ?? remove.error ?? note.error)}
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
            if (window.confirm("Remove this set? It has not reached the server yet.")) outbox.remove(s.clientId);
          }}
          exerciseNotes={session.exerciseNotes}
          onExerciseNote={(exerciseId, text) => note.mutate({ exerciseId, text })}
        />
      </div>

      <FinishPanel
        waiting={waitingSets}
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
