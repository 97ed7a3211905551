/** The next target on an exercise (GET /exercises/:id/next), shown only once the log has something on it. */
import type { Unit } from "@spotter/core";
import { Link } from "wouter";
import type { LibraryNextTarget } from "../../api/library.js";
import type { Exercise } from "../../api/types.js";
import { targetWeightText } from "../../lib/format.js";

const DECISION: Record<LibraryNextTarget["decision"], string> = {
  start: "First time",
  increase: "Add a step of load",
  hold: "Stay where you are",
  reduce: "Go a little lighter",
  regress: "Step down the ladder",
  substitute: "Use an alternative",
  "step-up": "Step up the ladder",
  deload: "Lighter week",
  return: "Easing back in",
  retest: "Re-test at half load",
};

/** "3 sets of 8-12 reps at 62.5 kg", in the user's unit and the exercise's measure. */
export function targetText(
  t: LibraryNextTarget,
  measure: Exercise["measure"],
  unit: Unit,
  exercise?: Pick<Exercise, "increment" | "equipment">,
): string {
  const [lo, hi] = t.reps;
  const range = lo === hi ? `${lo}` : `${lo}-${hi}`;
  const what = measure === "seconds" ? "seconds" : measure === "distance" ? "metres" : "reps";
  const sets = `${t.sets} ${t.sets === 1 ? "set" : "sets"} of ${range} ${what}`;
  return t.loadKg ? `${sets} at ${targetWeightText(t.loadKg, exercise, unit)}` : sets;
}

/** True when the answer comes from history (a "start" answer means nothing is logged yet). */
export function hasHistory(t: LibraryNextTarget | undefined): t is LibraryNextTarget {
  return Boolean(t) && t?.decision !== "start";
}

/** Props: the target, the exercise, the user's unit and how to name another exercise. */
export function NextTargetCard({
  target,
  exercise,
  unit,
  nameOf,
}: {
  target: LibraryNextTarget;
  exercise: Exercise;
  unit: Unit;
  nameOf: (id: string) => string | undefined;
}) {
  const moveTo =
    target.decision === "regress" ? target.regressTo : target.decision === "step-up" ? target.stepUpTo : undefined;
  return (
    <section className="card lib-next" aria-labelledby="lib-next-title">
      <h2 id="lib-next-title">Next time</h2>
      <p className="lib-next-decision">{DECISION[target.decision] ?? target.decision}</p>
      {moveTo && (
        <p>
          Move to <Link href={`/library/${encodeURIComponent(moveTo)}`}>{nameOf(moveTo) ?? "the next step"}</Link>
          {target.loadKg ? `: ${targetText(target, exercise.measure, unit, exercise)}` : "."}
        </p>
      )}
      {!moveTo && target.decision !== "substitute" && (
        <p className="lib-next-target">{targetText(target, exercise.measure, unit, exercise)}</p>
      )}
      <p className="small">{target.why}</p>
      {target.substitute && (
        <p className="small">
          Instead:{" "}
          <Link href={`/library/${encodeURIComponent(target.substitute.exerciseId)}`}>{target.substitute.name}</Link>.{" "}
          {target.substitute.why}.
        </p>
      )}
      {target.pending && (
        <p className="small muted">This may change once tomorrow morning's check-in shows how your back took it.</p>
      )}
    </section>
  );
}
