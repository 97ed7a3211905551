/**
 * The live session's end states: finished on this phone with the finish still waiting to sync, and finished on the
 * server with its next targets.
 */
import type { Exercise, Unit } from "@spotter/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { nextTargetKeys, sessionKeys } from "../../api/keys.js";
import type { OutboxEntry } from "../../api/outbox.js";
import { sessionApi } from "../../api/session.js";
import { outbox, useOutbox } from "../../api/sync.js";
import type { NextTarget, SessionWithSets } from "../../api/types.js";
import { FinishedSummary } from "./Finish.js";
import { mergeSets } from "./model.js";

/**
 * A session finished on this phone whose finish (and maybe some sets) still waits in the outbox: what was done,
 * and that the next targets come once it reaches the server. The screen turns into the summary by itself then.
 */
export function FinishWaiting(props: {
  session: SessionWithSets;
  finishing: Extract<OutboxEntry, { kind: "session-finish" }>;
  byId: ReadonlyMap<string, Exercise>;
  unit: Unit;
}) {
  const box = useOutbox();
  const ids = outbox.idsOf(props.session.id);
  const waiting = box.entries.filter((e) => e.kind === "set" && ids.includes(e.sessionRef));
  const sets = mergeSets(props.session.sets ?? [], waiting);
  const session = {
    ...props.session,
    sets,
    finishedAt: props.finishing.input.finishedAt,
    painAfter: props.finishing.input.painAfter,
    note: props.finishing.input.note ?? null,
  };
  return (
    <>
      <p className="banner caution" role="status">
        Finished on this phone.{" "}
        {waiting.length > 0 ? `${waiting.length} ${waiting.length === 1 ? "set and" : "sets and"} ` : ""}
        the finish wait to sync; they are sent by themselves when the connection returns, and your next targets appear
        here then.
        {props.finishing.error ? ` The server refused the finish: ${props.finishing.error}` : ""}
      </p>
      <FinishedSummary session={session} progression={[]} loading={false} waiting byId={props.byId} unit={props.unit} />
    </>
  );
}

/** A finished session: the summary and the next targets (from the finish answer, or asked again after a reload). */
export function Finished(props: { session: SessionWithSets; byId: ReadonlyMap<string, Exercise>; unit: Unit }) {
  const s = props.session;
  const cached = useQuery({
    queryKey: sessionKeys.progression(s.id),
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
