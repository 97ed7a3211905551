/**
 * The live session (SPEC §6 G1-G6, §7 shown): one exercise at a time from today's plan, warm-ups then working sets,
 * guidance after each set with the stop banner and its alternatives, the rest timer, the plate calculator, every set
 * kept in an outbox until the server has it, and the finish with the next targets.
 */

import type { Exercise, Unit } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { Link, useParams } from "wouter";
import { messageOf } from "../api/errors.js";
import { sessionKeys } from "../api/keys.js";
import type { OutboxEntry } from "../api/outbox.js";
import { sessionApi } from "../api/session.js";
import { outbox, useOnline, useOutbox } from "../api/sync.js";
import type { SessionWithSets } from "../api/types.js";
import { SupersetControl } from "../components/log/SupersetControl.js";
import { RestTimer } from "../components/RestTimer.js";
import { CurrentExercise } from "../components/session/CurrentExercise.js";
import { ExerciseNav } from "../components/session/ExerciseNav.js";
import { FinishPanel } from "../components/session/Finish.js";
import { Finished, FinishWaiting } from "../components/session/FinishedViews.js";
import { AddExerciseCard, LiveHead, LoggedSetsCard, NoCurrentExercise } from "../components/session/LiveParts.js";
import { waitingSession } from "../components/session/localState.js";
import { type Draft, nextDraft } from "../components/session/model.js";
import { PlateSheet } from "../components/session/PlateSheet.js";
import { useCurrentExercise } from "../components/session/useCurrentExercise.js";
import { useGuidance } from "../components/session/useGuidance.js";
import { useLiveData } from "../components/session/useLiveData.js";
import { restNextLabel, useRestTimer } from "../components/session/useRestTimer.js";
import { useSessionWrites } from "../components/session/useSessionWrites.js";
import { useSetEntry } from "../components/session/useSetEntry.js";
import { defaultStep } from "../lib/format.js";
import { useExercises, useProfile } from "../lib/queries.js";
import { groupOf, leaveGroup, pairWithNext } from "../lib/supersets.js";
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

function Live(props: {
  session: SessionWithSets;
  exercises: Exercise[];
  byId: ReadonlyMap<string, Exercise>;
  unit: Unit;
}) {
  const { session, unit, byId } = props;
  const online = useOnline();
  // Storage keys follow the client id, which a waiting session keeps when it gets its server id.
  const localKey = session.clientId;
  const data = useLiveData(session, byId, unit);
  const { sets, items, today } = data;
  const current = useCurrentExercise(localKey, session.id, data, byId, unit);
  const { index, item, exercise, progress, warmups, targetLoad, lastTime } = current;
  const { mine, lastSet, guidance } = useGuidance(item, sets, data.last);
  const { rest, setRest } = useRestTimer(localKey, data.stopped);
  const entry = useSetEntry({ sessionId: session.id, localKey, unit, data, current, mine, setRest });
  const writes = useSessionWrites(session, () => setRest(null));
  const [plates, setPlates] = useState<number | null>(null);

  const planned: Draft | null =
    item && progress
      ? nextDraft({ item, progress, warmups, sets, guidance, targetLoadKg: targetLoad, lastTime: lastTime?.sets, unit })
      : null;
  const choose = (i: number) => {
    current.setChosen(i);
    window.scrollTo({ top: 0 });
  };
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  // The page's body is drawn once the plan, the history and the first exercise's target have come (or failed, or
  // wait for a connection), and stays drawn: drawing each part as it arrived moved everything under it (Lighthouse
  // measured layout shifts up to 0.5 here). Until then the heading and one loading line show (session.css).
  const fetching = (q: { isPending: boolean; fetchStatus: string }) => q.isPending && q.fetchStatus === "fetching";
  const drawn = useRef(false);
  if (!fetching(today) && !fetching(data.history) && !(item && fetching(current.next))) drawn.current = true;
  const settling = !drawn.current;

  return (
    <section className={`live${rest ? " resting" : ""}${settling ? " settling" : ""}`}>
      <LiveHead
        session={session}
        title={today.data?.session?.title}
        waiting={data.waiting.length}
        waitingSets={data.waitingSets}
        online={online}
      />
      {settling && <p className="loading live-loading">Loading today's plan…</p>}

      {items.length > 1 && (
        <ExerciseNav
          items={items}
          names={items.map((i) => nameOf(i.exerciseId))}
          progress={data.progressAll}
          index={index}
          onSelect={(i) => choose(Math.max(0, Math.min(items.length - 1, i)))}
        />
      )}

      {item && exercise && progress && planned ? (
        <>
          <CurrentExercise
            item={item}
            exercise={exercise}
            unit={unit}
            progress={progress}
            warmups={warmups}
            sets={sets}
            next={current.next.data}
            lastTime={lastTime}
            targetLoadKg={targetLoad}
            guidance={guidance}
            planned={planned}
            draftKey={`${item.exerciseId}:${mine.length}:${targetLoad ?? 0}:${guidance?.action ?? ""}`}
            offline={!online}
            replacedName={item.replaces ? byId.get(item.replaces)?.name : undefined}
            justLogged={entry.justLogged !== null && entry.justLogged === lastSet?.clientId}
            hasNext={index < items.length - 1}
            onLog={entry.log}
            onSwitch={(e) => entry.addExercise(e, item.exerciseId)}
            onPlates={(t) => setPlates(t)}
            onNextExercise={() => choose(index + 1)}
          />
          <SupersetControl
            exerciseId={item.exerciseId}
            group={groupOf(entry.supersets, item.exerciseId)}
            nextName={items[index + 1] ? (byId.get(items[index + 1]?.exerciseId ?? "")?.name ?? undefined) : undefined}
            nameOf={nameOf}
            onPair={() =>
              entry.saveSupersets(
                pairWithNext(
                  entry.supersets,
                  items.map((i) => i.exerciseId),
                  item.exerciseId,
                ),
              )
            }
            onLeave={() => entry.saveSupersets(leaveGroup(entry.supersets, item.exerciseId))}
          />
        </>
      ) : (
        <NoCurrentExercise
          state={
            today.isPending
              ? today.fetchStatus === "paused"
                ? "not-on-phone"
                : "loading"
              : today.data?.restDay
                ? "rest-day"
                : "nothing-planned"
          }
        />
      )}

      <AddExerciseCard exercises={props.exercises} onPick={(e) => entry.addExercise(e)} />

      <LoggedSetsCard
        session={session}
        sets={sets}
        byId={byId}
        unit={unit}
        error={writes.listError}
        onEdit={(set, patch) => writes.edit.mutate({ set, patch })}
        onDelete={(s) => writes.remove.mutate(s)}
        onExerciseNote={(exerciseId, text) => writes.note.mutate({ exerciseId, text })}
      />

      <FinishPanel
        waiting={data.waitingSets}
        busy={writes.finish.isPending}
        error={writes.finish.isError ? messageOf(writes.finish.error) : null}
        onFinish={(painAfter, note) => writes.finish.mutate({ painAfter, note })}
      />

      {rest && (
        <RestTimer
          key={rest.startedAt}
          startedAt={rest.startedAt}
          seconds={rest.seconds}
          nextLabel={restNextLabel(rest, item, progress, exercise?.name)}
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
