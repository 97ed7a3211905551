/**
 * P6: the answer to a step-up proposal on Today or the Plan tab. "Take the step" swaps the harder rung into every
 * day of the plan that holds the exercise; "Stay with it" keeps the exercise (a swap of the exercise for itself),
 * and the proposal does not come back until the next block. Nothing changes until the user taps one.
 */
import type { PlanItem } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { messageOf } from "../../api/errors.js";
import { planApi } from "../../api/plan.js";
import { refresh } from "../../api/refresh.js";

/** Props: the plan day the item is on, the item with its proposal, and exercise names by id. */
export function StepUpActions(props: { dayIndex: number; item: PlanItem; nameOf: (id: string) => string }) {
  const { item } = props;
  const to = item.proposal?.exerciseId;
  const qc = useQueryClient();
  const [answered, setAnswered] = useState<string | null>(null);
  const answer = useMutation({
    mutationFn: (accept: boolean) =>
      planApi.swap(props.dayIndex, item.exerciseId, accept && to ? to : item.exerciseId).then(() => accept),
    onSuccess: (accept) => {
      refresh.planChanged(qc);
      setAnswered(
        accept && to
          ? `${props.nameOf(to)} takes the place of ${props.nameOf(item.exerciseId)} in your plan.`
          : `You stay with ${props.nameOf(item.exerciseId)}. Spotter asks again in the next block.`,
      );
    },
  });
  if (item.proposal?.kind !== "step-up" || !to) return null;
  if (answered) {
    return (
      <p className="small plan-proposal-answered" role="status">
        {answered}
      </p>
    );
  }
  return (
    <div className="plan-proposal-actions">
      <button type="button" className="primary" disabled={answer.isPending} onClick={() => answer.mutate(true)}>
        Take the step
      </button>
      <button type="button" disabled={answer.isPending} onClick={() => answer.mutate(false)}>
        Stay with {props.nameOf(item.exerciseId)}
      </button>
      {answer.isError && (
        <p className="small error" role="alert">
          {messageOf(answer.error)}
        </p>
      )}
    </div>
  );
}
