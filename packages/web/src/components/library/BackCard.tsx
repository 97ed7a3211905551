/**
 * The user's back and this exercise: what Spotter found in the log (trigger or suspected), "I've been cleared for
 * this" for a found trigger, and "This aggravates my back", each undoable. Both write the profile (PUT /profile).
 */
import type { Profile } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { messageOf } from "../../api/errors.js";
import { profileKeys } from "../../api/keys.js";
import { libraryApi, type TriggerFinding } from "../../api/library.js";
import { refresh } from "../../api/refresh.js";
import type { Exercise } from "../../api/types.js";
import { patternLabel } from "./catalog.js";

/** The finding about this exercise, if Spotter made one from the log. */
export function findingFor(list: readonly TriggerFinding[] | undefined, id: string): TriggerFinding | undefined {
  return list?.find(
    (t) =>
      "exerciseId" in t.subject &&
      t.subject.exerciseId === id &&
      (t.source === undefined || t.source === "found") &&
      (t.status === "trigger" || t.status === "suspected" || t.overruledByUser === true),
  );
}

/** Props: the exercise, the loaded profile and Spotter's finding about it. */
export function BackCard({
  exercise,
  profile,
  finding,
}: {
  exercise: Exercise;
  profile: Profile;
  finding: TriggerFinding | undefined;
}) {
  const qc = useQueryClient();
  const id = exercise.id;
  const aggravating = profile.aggravating.some((a) => "exerciseId" in a && a.exerciseId === id);
  const patternOut = profile.aggravating.some((a) => "pattern" in a && a.pattern === exercise.pattern);
  const cleared = profile.cleared.includes(id);

  const save = useMutation({
    mutationFn: libraryApi.putBackLists,
    onSuccess: (p) => {
      qc.setQueryData(profileKeys.all, p);
      // Plans, today's session and insights all read these lists: let every other view refetch.
      void refresh.derived(qc);
    },
  });

  const toggleAggravating = () =>
    save.mutate({
      aggravating: aggravating
        ? profile.aggravating.filter((a) => !("exerciseId" in a && a.exerciseId === id))
        : [...profile.aggravating, { exerciseId: id }],
    });
  const toggleCleared = () =>
    save.mutate({ cleared: cleared ? profile.cleared.filter((c) => c !== id) : [...profile.cleared, id] });

  return (
    <section className="card lib-back" aria-labelledby="lib-back-title">
      <h2 id="lib-back-title">Your back and this exercise</h2>

      {finding && (finding.status === "trigger" || cleared || finding.overruledByUser) && (
        <div className={`lib-finding ${cleared ? "cleared" : "trigger"}`}>
          <p>
            <strong>
              {cleared ? "You have been cleared for this." : "Spotter found this to be a trigger for your back."}
            </strong>
            {!cleared && <> {finding.evidence}</>}
          </p>
          <p className="small">
            {cleared
              ? "It can come back into your plans. Spotter keeps watching the pain you log on it."
              : (finding.action ?? "Spotter leaves it out of your plans and offers a better-supported alternative.")}
          </p>
          <button type="button" onClick={toggleCleared} disabled={save.isPending}>
            {cleared ? "Undo: treat it as a trigger again" : "I've been cleared for this"}
          </button>
          {!cleared && (
            <p className="hint lib-after-button">
              Use this when a physiotherapist or doctor has cleared you for this exercise.
            </p>
          )}
        </div>
      )}
      {finding?.status === "suspected" && !cleared && !finding.overruledByUser && (
        <div className="lib-finding suspected">
          <p>
            <strong>Spotter is watching this one.</strong> {finding.evidence}
          </p>
          {finding.action && <p className="small">{finding.action}</p>}
        </div>
      )}
      {!finding && !aggravating && !patternOut && (
        <p className="small muted">
          Nothing in your log points to this exercise bothering your back. Spotter learns from the pain you log with
          each set.
        </p>
      )}
      {patternOut && (
        <p className="small">
          You listed {patternLabel(exercise.pattern).toLowerCase()} movements as aggravating, so Spotter leaves this
          whole pattern out. You can change that on Me.
        </p>
      )}

      <div className="lib-aggravate">
        <p role="status" className={aggravating ? "lib-marked" : "visually-hidden"}>
          {aggravating
            ? "You marked this as aggravating your back. Spotter leaves it out of your plans and suggests alternatives instead."
            : ""}
        </p>
        <button
          type="button"
          className={aggravating ? undefined : "lib-aggravate-button"}
          onClick={toggleAggravating}
          disabled={save.isPending}
        >
          {aggravating ? "Undo: it does not aggravate my back" : "This aggravates my back"}
        </button>
        {!aggravating && (
          <p className="hint lib-after-button">Spotter then leaves it out of your plans. You can undo this.</p>
        )}
      </div>
      {save.isError && (
        <p className="field-error" role="alert">
          {messageOf(save.error)}
        </p>
      )}
    </section>
  );
}
