/**
 * The swap sheet: the ranked alternatives to one exercise of a plan day (S1), each with its one-line reason. Picking
 * one keeps the swap in the plan (POST /plans/current/swap). A native dialog, so focus stays inside and Escape closes.
 */
import type { PlanDay, PlanItem } from "@spotter/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { messageOf } from "../../api/errors.js";
import { alternativeKeys, triggerKeys } from "../../api/keys.js";
import { planApi, statusMapOf } from "../../api/plan.js";
import { refresh } from "../../api/refresh.js";
import type { Alternative } from "../../api/types.js";
import { type ExerciseStatus, orderAlternatives, WEEKDAY_NAMES } from "./planText.js";

/** How many alternatives show before "Show more". */
const FIRST = 6;

/** Props: the plan day and the item to swap (null when closed), and what to do on close and after a swap. */
export function SwapSheet(props: {
  day: PlanDay | null;
  item: PlanItem | null;
  nameOf: (id: string) => string;
  onClose: () => void;
  onSwapped: (from: string, to: Alternative) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const open = Boolean(props.day && props.item);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === "function") d.showModal();
      else d.setAttribute("open", "");
    }
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="plan-sheet"
      aria-labelledby={titleId}
      onClose={props.onClose}
      onClick={(e) => {
        // A tap on the dimmed backdrop (the dialog itself, outside the panel) closes the sheet.
        if (e.target === ref.current) props.onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") props.onClose();
      }}
    >
      {open && props.day && props.item && (
        <SwapChoices
          day={props.day}
          item={props.item}
          nameOf={props.nameOf}
          titleId={titleId}
          onClose={props.onClose}
          onSwapped={props.onSwapped}
        />
      )}
    </dialog>
  );
}

function SwapChoices(props: {
  day: PlanDay;
  item: PlanItem;
  nameOf: (id: string) => string;
  titleId: string;
  onClose: () => void;
  onSwapped: (from: string, to: Alternative) => void;
}) {
  const { day, item } = props;
  const [all, setAll] = useState(false);
  const qc = useQueryClient();
  const alternatives = useQuery({
    queryKey: alternativeKeys.of(item.exerciseId),
    queryFn: () => planApi.alternatives(item.exerciseId),
    staleTime: 60_000,
  });
  // The trigger list's one cache entry, read as a status map: a status the list changes shows here at once.
  const statuses = useQuery({
    queryKey: triggerKeys.all,
    queryFn: planApi.triggers,
    select: statusMapOf,
    staleTime: 60_000,
  });
  const inDay = new Set(day.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
  const choices = orderAlternatives(
    (alternatives.data ?? []).filter((a) => !inDay.has(a.exercise.id)),
    (id) => statuses.data?.[id] as ExerciseStatus | undefined,
  );
  const shown = all ? choices : choices.slice(0, FIRST);
  const swap = useMutation({
    mutationFn: (to: Alternative) => planApi.swap(day.index, item.exerciseId, to.exercise.id),
    onSuccess: (plan, to) => {
      refresh.planChanged(qc, plan);
      props.onSwapped(item.exerciseId, to);
    },
  });
  const name = props.nameOf(item.exerciseId);
  return (
    <div className="plan-sheet-panel">
      <div className="spread plan-sheet-head">
        <h2 id={props.titleId} className="plan-sheet-title">
          Swap {name}
        </h2>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
      <p className="small muted">
        These work the same muscles or movement with the same or less load on your back. The swap stays in your plan on{" "}
        {WEEKDAY_NAMES[day.weekday]}s until you make a new plan.
      </p>
      {alternatives.isPending && (
        <p className="loading" role="status">
          Finding alternatives…
        </p>
      )}
      {alternatives.isError && (
        <div className="error-box" role="alert">
          <p>{messageOf(alternatives.error)}</p>
          <button type="button" onClick={() => alternatives.refetch()}>
            Try again
          </button>
        </div>
      )}
      {alternatives.isSuccess && choices.length === 0 && (
        <p>
          No alternative fits your equipment and your back right now. Keep {name}, or add equipment under Me to widen
          the choice.
        </p>
      )}
      {swap.isError && (
        <div className="error-box" role="alert">
          {messageOf(swap.error)}
        </div>
      )}
      {shown.length > 0 && (
        <ul className="plan-choices" aria-label={`Alternatives to ${name}`}>
          {shown.map((a) => (
            <li key={a.exercise.id}>
              <button
                type="button"
                className="choice plan-choice"
                disabled={swap.isPending}
                onClick={() => swap.mutate(a)}
              >
                <span>
                  <span className="opt-title">{a.exercise.name}</span>
                  <span className="opt-hint">{a.why}</span>
                  {a.status && (
                    <span className="plan-flag">
                      {a.status === "trigger"
                        ? "Your log marks this one as aggravating your back."
                        : "Your log suggests this one may be bothering your back."}
                    </span>
                  )}
                </span>
                {a.gradeTo && (
                  <span className="plan-grade" title="Spine-load grade, A spares the spine most">
                    <span className="visually-hidden">Spine-load grade </span>
                    {a.gradeTo}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!all && choices.length > FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show {choices.length - FIRST} more
        </button>
      )}
    </div>
  );
}
