/**
 * The exercise in front of you: its target from today's plan, the next target and last time's numbers, the warm-ups
 * and working sets as rows, the guidance after the latest set, and the set form prefilled for the next set.
 */
import type { Exercise, LoggedSet, Unit } from "@spotter/core";
import { useId, useState } from "react";
import type { Alternative, NextTarget, SetGuidance } from "../../api/types.js";
import { dayText, defaultStep, weightText } from "../../lib/format.js";
import { RecordBadge } from "../log/RecordBadge.js";
import { formatElapsed } from "../RestTimer.js";
import { SetForm, SetPain } from "../SetForm.js";
import { setSummary } from "../SetList.js";
import { BeltIcon } from "./BeltIcon.js";
import { GuidanceBanner } from "./GuidanceBanner.js";
import { type Draft, effortCounts, type ItemProgress, KIND_LABEL, type SessionItem, type ViewSet } from "./model.js";

type Guidance = Pick<SetGuidance, "action" | "message" | "next" | "beltCue"> & { alternatives?: Alternative[] };

/** Words for a next-target decision. */
export const DECISION_LABEL: Record<NextTarget["decision"], string> = {
  start: "First time",
  increase: "Load goes up",
  hold: "Same load",
  reduce: "Lighter load",
  regress: "Easier variant",
  substitute: "Swap suggested",
  "step-up": "Ready to step up",
  deload: "Deload week",
  return: "Ramping back",
  retest: "Re-test at half load",
};

/** The day's target in one line: "3 sets × 8-12 reps at 55 kg · 2 reps in reserve · rest 2:00". */
export function targetText(item: SessionItem, loadKg: number | null, unit: Unit, timed: boolean): string {
  const sets = `${item.sets} ${item.sets === 1 ? "set" : "sets"}`;
  const work = timed
    ? `${item.seconds ?? 30} s`
    : `${item.reps[0] === item.reps[1] ? item.reps[0] : `${item.reps[0]}-${item.reps[1]}`} reps`;
  const load = loadKg ? ` at ${weightText(loadKg, unit)}` : "";
  const rir = item.targetRir <= 4 && !timed ? ` · ${item.targetRir} reps in reserve` : "";
  return `${sets} × ${work}${load}${rir} · rest ${formatElapsed(item.restSeconds * 1000)}`;
}

function plannedText(d: Draft, unit: Unit, timed: boolean): string {
  const work = timed ? `${d.seconds} s` : `${d.reps} reps`;
  return d.load > 0 ? `${work} at ${d.load} ${unit}` : work;
}

/** The card. */
export function CurrentExercise(props: {
  item: SessionItem;
  exercise: Exercise;
  unit: Unit;
  progress: ItemProgress;
  warmups: readonly { loadKg: number; reps: number }[];
  sets: readonly ViewSet[];
  next: NextTarget | undefined;
  lastTime: { date: string; sets: LoggedSet[] } | null;
  targetLoadKg: number | null;
  guidance: Guidance | undefined;
  planned: Draft;
  draftKey: string;
  offline: boolean;
  replacedName?: string;
  justLogged: boolean;
  hasNext: boolean;
  onLog: (d: Draft) => void;
  onSwitch: (e: Exercise) => void;
  onPlates: (total: number) => void;
  onNextExercise: () => void;
}) {
  const { item, exercise: ex, unit, progress: p } = props;
  const timed = ex.measure === "seconds";
  const loaded = (ex.loaded ?? true) && (ex.increment?.[unit] ?? 0) > 0;
  const step = ex.increment?.[unit] || defaultStep(unit);
  const barbell = ex.equipment.includes("barbell") || ex.equipment.includes("smith-machine");
  const mine = props.sets.filter((s) => s.exerciseId === item.exerciseId);
  const warmSets = mine.filter((s) => s.warmup);
  const workSets = mine.filter((s) => !s.warmup);
  const nextWarmup = p.workingDone === 0 && p.warmupsDone < props.warmups.length;
  const setNo = p.workingDone + 1;
  const logLabel = nextWarmup ? `Log warm-up ${p.warmupsDone + 1}` : `Log set ${setNo}`;
  const rows = Math.max(item.sets, workSets.length);
  const lastId = mine.at(-1)?.clientId ?? "none";
  // T6: the re-test's line states the decision rule before the first set; its next target would repeat it.
  const retest = props.next?.decision === "retest";
  return (
    <section className="card current-ex" aria-label="Current exercise">
      <p className="ex-kind small">
        {KIND_LABEL[item.kind]}
        {item.replaces ? ` · in place of ${props.replacedName ?? "a stopped exercise"}` : ""} · spine load{" "}
        <span className="grade">{ex.grade}</span>
      </p>
      <h2 id="current-ex-name">{ex.name}</h2>
      <p className="target">
        <strong>Today:</strong> {targetText(item, props.targetLoadKg, unit, timed)}
      </p>
      {item.why && <p className={retest ? "small retest-rule" : "small muted"}>{item.why}</p>}
      {props.next && props.next.decision !== "start" && !(retest && item.why) && (
        <p className="small next-line">
          <strong>{DECISION_LABEL[props.next.decision]}:</strong> {props.next.why}
        </p>
      )}
      {props.next?.decision === "start" && !props.lastTime && loaded && (
        <p className="small next-line">
          First time here: pick a load you could lift for {item.reps[1]} reps with about {item.targetRir} to spare, and
          keep pain during it at 0-2.
        </p>
      )}
      {props.lastTime && (
        <p className="small last-time">
          <strong>Last time</strong> ({dayText(props.lastTime.date)}):{" "}
          {props.lastTime.sets
            .filter((s) => !s.warmup)
            .map((s) => setSummary({ ...s, rir: null, rpe: null, belt: false }, unit))
            .join(", ") || "warm-ups only"}
        </p>
      )}
      {item.beltCue && ex.beltEligible && (
        <p className="belt-note small">
          <BeltIcon /> The belt is for the heaviest set{item.sets > 1 ? "s" : ""} only, marked below. Warm-ups and
          lighter sets go without it, so your trunk keeps bracing on its own.
        </p>
      )}

      <ol className="set-plan" aria-label={`Sets of ${ex.name}`}>
        {props.warmups.map((w, k) => {
          const done = warmSets[k];
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: warm-up rows are positional
              key={`w${k}`}
              className={`plan-row warm${done ? " done" : nextWarmup && k === p.warmupsDone ? " next" : ""}`}
            >
              <span className="plan-idx">W{k + 1}</span>
              <span className="plan-what">
                {done ? setSummary({ ...done, warmup: false }, unit) : `${w.reps} × ${weightText(w.loadKg, unit)}`}
                <span className="small muted"> · warm-up, no belt</span>
              </span>
              <span className="plan-state">{done ? (done.pending ? "Waiting" : "Done") : ""}</span>
            </li>
          );
        })}
        {Array.from({ length: rows }, (_, k) => {
          const done = workSets[k];
          const isNext = !nextWarmup && k === p.workingDone && !p.stopped;
          const belted = done
            ? done.belt
            : isNext
              ? props.planned.belt
              : item.beltCue !== undefined && ex.beltEligible && k === item.beltCue - 1;
          const cancelled = !done && p.stopped;
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: set rows are positional
              key={`s${k}`}
              className={`plan-row${done ? " done" : isNext ? " next" : ""}${cancelled ? " cancelled" : ""}`}
            >
              <span className="plan-idx">{k + 1}</span>
              <span className="plan-what">
                {belted && <BeltIcon />}
                {done
                  ? setSummary(done, unit)
                  : cancelled
                    ? "Not today"
                    : isNext
                      ? plannedText(props.planned, unit, timed)
                      : timed
                        ? `${item.seconds ?? 30} s`
                        : `${item.reps[0]}-${item.reps[1]} reps`}
                {belted && <span className="small muted"> · belt</span>}
                {done && <RecordBadge setId={done.id} block />}
              </span>
              <span className="plan-state">
                {done ? (done.pending ? "Waiting" : `Pain ${done.pain ?? "-"}`) : isNext ? "Next" : ""}
              </span>
            </li>
          );
        })}
      </ol>

      {props.guidance && (mine.length > 0 || p.stopped) && (
        <GuidanceBanner
          key={lastId}
          guidance={props.guidance}
          exerciseName={ex.name}
          exerciseId={ex.id}
          unit={unit}
          offline={props.offline}
          scroll={props.justLogged}
          onSwitch={props.onSwitch}
        />
      )}

      {!p.stopped &&
        (p.done ? (
          <div className="done-block">
            <p>
              All {item.sets} planned {item.sets === 1 ? "set is" : "sets are"} done.
            </p>
            {props.hasNext && (
              <button type="button" className="primary big" onClick={props.onNextExercise}>
                Go to the next exercise
              </button>
            )}
            <p className="small muted">Felt good and want one more? Log it below.</p>
            <DraftForm
              key={props.draftKey}
              {...props}
              loaded={loaded}
              step={step}
              barbell={barbell}
              label={logLabel}
              effort={effortCounts(item)}
              extra
            />
          </div>
        ) : (
          <DraftForm
            key={props.draftKey}
            {...props}
            loaded={loaded}
            step={step}
            barbell={barbell}
            label={logLabel}
            effort={effortCounts(item)}
          />
        ))}
      {p.stopped && props.hasNext && (
        <button type="button" className="big" onClick={props.onNextExercise}>
          Go to the next exercise
        </button>
      )}
    </section>
  );
}

/** The form, with the one-tap "as planned" log above it; its state starts from the planned set. */
function DraftForm(props: {
  planned: Draft;
  unit: Unit;
  exercise: Exercise;
  loaded: boolean;
  step: number;
  barbell: boolean;
  label: string;
  onLog: (d: Draft) => void;
  onPlates: (total: number) => void;
  extra?: boolean;
  effort: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(props.planned);
  const [painError, setPainError] = useState<string | undefined>();
  const painId = useId();
  const timed = props.exercise.measure === "seconds";
  const pl = props.planned;
  // A set is never logged with a pain the user did not choose: without one, say so and move to the choice.
  const logWith = (d: Draft) => {
    if (draft.pain === null) {
      setPainError("Tap your back pain during the set first; it is logged with every set.");
      const first = document.querySelector<HTMLInputElement>(`[id="${painId}"] input`);
      first?.focus();
      first?.scrollIntoView({ block: "center" });
      return;
    }
    props.onLog({ ...d, pain: draft.pain, painFromLast: draft.painFromLast, painKind: draft.painKind });
  };
  const changePain = (d: Draft) => {
    setDraft(d);
    if (d.pain !== null) setPainError(undefined);
  };
  // A loaded exercise without a known load has no plan to log in one tap.
  const canPlan = !(props.loaded && pl.load <= 0);
  const plannedLine = `${plannedText(pl, props.unit, timed)}${pl.warmup ? ", warm-up" : pl.rir !== null ? `, ${pl.rir} in reserve` : ""}`;
  return (
    <div className="draft">
      <SetPain id={painId} draft={draft} onChange={changePain} error={painError} />
      {!props.extra && !canPlan && (
        <p className="small muted adjust-lead">Enter the load you use; from next time on Spotter suggests it.</p>
      )}
      {!props.extra && canPlan && (
        <div className="as-planned">
          <p>
            <span className="small muted">Planned</span>
            <br />
            <strong>{plannedLine}</strong>
            {pl.belt && (
              <>
                {" "}
                <BeltIcon />
                <span className="small"> belt</span>
              </>
            )}
          </p>
          <button type="button" className="primary" onClick={() => logWith(pl)}>
            Log as planned
          </button>
        </div>
      )}
      {!props.extra && canPlan && <p className="small muted adjust-lead">Or adjust what you did:</p>}
      <SetForm
        draft={draft}
        onChange={setDraft}
        unit={props.unit}
        step={props.step}
        measure={props.exercise.measure ?? "reps"}
        loaded={props.loaded}
        beltEligible={props.exercise.beltEligible}
        effort={props.effort}
        logLabel={props.label}
        onLog={() => logWith(draft)}
        onPlates={props.barbell ? () => props.onPlates(draft.load) : undefined}
      />
    </div>
  );
}
