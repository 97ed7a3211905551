/**
 * O1, O3, O4: the next targets of one exercise, derived from its logged sessions alone (G6: an edited or deleted
 * set changes the answer with it). Decisions, most protective first: a trigger is substituted; a red during the
 * exercise reduces the load by at least 10% or steps down the ladder; a deload week lightens; a red next morning,
 * a pending response, muscle guarding or an amber response hold; three greens on a stand-in step back up; and a
 * green session with every set at the top of the range at or under the target effort adds one load step.
 */
import type { Exercise } from "../records/exercise.js";
import type { Settings } from "../records/profile.js";
import { effectiveRir } from "../records/session.js";
import type { Unit } from "../records/vocab.js";
import { addDays, localDay } from "../time.js";
import { formatWeight, fromUnit, hasLoadStep, loadInUnit, loadStepInUnit, roundLoadKg, roundToStep } from "../units.js";
import { DELOAD_LOAD_FACTOR, deloadSets } from "./deload.js";
import { muscleGuarding } from "./muscleGuarding.js";
import { exerciseResponseInSession, type PainResponse, type PainResponseDetail } from "./painResponse.js";
import type { CheckinPain, ProgressionSet, ProgressionTriggerStatus, SessionLog } from "./types.js";

/** What the next session of an exercise should do (API `decision`). */
export type ProgressionDecision =
  | "start"
  | "increase"
  | "hold"
  | "reduce"
  | "regress"
  | "substitute"
  | "step-up"
  | "deload";

/** The largest rise of one progression step, as a share of the load (O1), unless the smallest step is larger. */
export const MAX_INCREASE_SHARE = 0.1;
/** The least a red response takes off the load (O3). */
export const RED_REDUCTION_SHARE = 0.1;
/** Green sessions in a row on a stand-in before stepping back up (O4). */
export const STEP_UP_GREEN_SESSIONS = 3;

/** What O1 reads for one exercise. */
export interface NextTargetsInput {
  exercise: Pick<Exercise, "id" | "name" | "increment" | "easier" | "harder" | "measure">;
  /** Sessions with their sets (sets of other exercises only tell whether another exercise hurt). */
  history: ReadonlyArray<SessionLog>;
  checkins: ReadonlyArray<CheckinPain>;
  settings?: Pick<Settings, "targetRir">;
  unit: Unit;
  /** Target reps (or seconds, for held exercises), default 8-12. */
  repRange?: readonly [number, number];
  /** Working sets to plan; default: as many as last time (3 for a first session). */
  sets?: number;
  /**
   * T2 status of this exercise (a trigger answers "substitute"). When omitted, O3 is applied to this history alone:
   * two in-session reds within 14 days count as a trigger. Pass the status to honour the user's overrules.
   */
  status?: ProgressionTriggerStatus;
  nowMs: number;
  /** The user's time zone, to word when the next-morning check-in is due. */
  timeZone?: string;
  /** O4: the exercise this one stands in for, and how it came to (a step down the ladder, or a substitute). */
  replaces?: { exerciseId: string; via: "regression" | "substitution" };
  /** O5: true in a deload week (see `deloadDue`). */
  deload?: boolean;
}

/** The next targets of an exercise, shaped as `GET /exercises/:id/next`. */
export interface NextTargets {
  exerciseId: string;
  /** Load for the working sets in kg; null when there is no history yet or the exercise carries no load. */
  loadKg: number | null;
  reps: [number, number];
  sets: number;
  decision: ProgressionDecision;
  why: string;
  /** True while the last session's response waits for the next-morning check-in. */
  pending?: boolean;
  /** The last session's O2 response. */
  response?: PainResponse;
  /** On "regress": the easier exercise to move to. */
  regressTo?: string;
  /** On "step-up": the exercise to try again. */
  stepUpTo?: string;
  /** M1: possible muscle guarding (keep the load, stress the alignment block, offer the single-limb variant). */
  guarding?: boolean;
}

/**
 * O1: the load after one increase: one step in the user's unit, capped at 10% of the load, but never less than the
 * smallest step above it (all values in the user's unit).
 */
export function capIncrease(base: number, proposed: number, step: number): number {
  const limit = base * (1 + MAX_INCREASE_SHARE);
  if (proposed <= limit + 1e-9) return proposed;
  const capped = roundToStep(limit, step, "down");
  const smallest = roundToStep(base, step, "down") + step;
  return Number(Math.min(proposed, Math.max(capped, smallest)).toFixed(6));
}

/** O1: one load step above `baseKg`, in the user's unit, capped at 10% (the smallest step is always allowed). */
export function increasedLoadKg(baseKg: number, exercise: Pick<Exercise, "increment">, unit: Unit): number {
  const step = loadStepInUnit(exercise, unit);
  const base = loadInUnit(baseKg, unit);
  if (step === 0) return fromUnit(base, unit);
  let next = roundToStep(base + step, step, "nearest");
  if (next <= base) next = roundToStep(next + step, step, "nearest");
  return fromUnit(capIncrease(base, next, step), unit);
}

/** O3: a load at least 10% lighter, rounded down to a loadable step in the user's unit. */
export function reducedLoadKg(baseKg: number, exercise: Pick<Exercise, "increment">, unit: Unit): number {
  return roundLoadKg(baseKg * (1 - RED_REDUCTION_SHARE), exercise, unit, "down");
}

const isWorking = (s: ProgressionSet, id: string) => s.exerciseId === id && !s.warmup;

function amountOf(s: ProgressionSet, measure: Exercise["measure"]): number | null {
  return measure === "seconds" ? s.seconds : s.reps;
}

const REASON_WORDS: Record<string, string> = {
  sharp: "sharp pain",
  radiating: "pain that spread or tingled",
  "pain-above-5": "pain above 5",
  "after-above-5-with-pain": "pain above 5 after the session, with pain of 3 or more during it",
};

/** O1, O3, O4, O5, M1: the next targets of one exercise from its history. */
export function nextTargets(input: NextTargetsInput): NextTargets {
  const { exercise, unit } = input;
  const [lo, hi] = input.repRange ?? [8, 12];
  const targetRir = input.settings?.targetRir ?? 2;
  const own = input.history
    .filter((s) => s.sets.some((x) => isWorking(x, exercise.id)))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.date.localeCompare(b.date));
  const last = own[own.length - 1];
  // T2 decides triggers in one place (insights/status.ts); the caller passes the status, no private rule here.
  const status = input.status ?? "unknown";
  const out = (o: Omit<NextTargets, "exerciseId" | "reps"> & { reps?: [number, number] }): NextTargets => ({
    exerciseId: exercise.id,
    reps: [lo, hi],
    ...o,
  });

  if (!last) {
    const decision = status === "trigger" ? "substitute" : "start";
    return out({
      loadKg: null,
      sets: input.sets ?? 3,
      decision,
      why:
        decision === "substitute"
          ? "Your log marks this exercise as a trigger for your back, so the plan uses an alternative for the same muscles."
          : `Nothing is logged for this exercise yet. Pick a load you could lift for ${hi} reps with about ${targetRir} to spare, and keep pain during it at 0-2.`,
    });
  }

  const lastSets = last.sets.filter((s) => isWorking(s, exercise.id));
  const straight = lastSets.filter((s) => s.setType !== "drop");
  const judged = straight.length > 0 ? straight : lastSets;
  const loads = judged.map((s) => s.loadKg).filter((x): x is number => x !== null && x > 0);
  const base = loads.length > 0 ? Math.max(...loads) : null;
  const loaded = base !== null && hasLoadStep(exercise, unit);
  const sets = input.sets ?? Math.max(1, judged.length);
  const resp = exerciseResponseInSession(last, exercise.id, input.checkins, input.nowMs);
  const show = (kg: number) => formatWeight(kg, unit);

  if (status === "trigger") {
    return out({
      loadKg: base,
      sets,
      decision: "substitute",
      response: resp.response,
      why: "Your log marks this exercise as a trigger for your back, so the plan uses an alternative for the same muscles.",
    });
  }

  if (resp.attributableRed) {
    const cause = resp.reasons
      .filter((r) => REASON_WORDS[r])
      .map((r) => REASON_WORDS[r])
      .join(" and ");
    const quality = resp.reasons.includes("sharp") || resp.reasons.includes("radiating");
    const lighter = loaded && base !== null ? reducedLoadKg(base, exercise, unit) : null;
    if (exercise.easier && (quality || !loaded || lighter === null || lighter <= 0)) {
      return out({
        loadKg: null,
        sets,
        decision: "regress",
        regressTo: exercise.easier,
        response: "red",
        why: `Last time this exercise brought ${cause}. Step down to the easier variant for now, with a load that keeps pain at 0-2.`,
      });
    }
    if (lighter !== null && lighter > 0 && base !== null) {
      return out({
        loadKg: lighter,
        sets,
        decision: "reduce",
        response: "red",
        why: `Last time this exercise brought ${cause}. The load drops from ${show(base)} to ${show(lighter)} so your back can settle.`,
      });
    }
    return out({
      loadKg: base,
      sets: Math.max(1, sets - 1),
      decision: "reduce",
      response: "red",
      why: `Last time this exercise brought ${cause}. Do one set fewer and use a shorter, slower range until it settles.`,
    });
  }

  if (input.deload) {
    return out({
      loadKg: loaded && base !== null ? roundLoadKg(base * DELOAD_LOAD_FACTOR, exercise, unit, "down") : base,
      sets: deloadSets(sets),
      decision: "deload",
      response: resp.response,
      why: "This is a lighter week: about 40% fewer sets and 10% less load, so you recover before building again.",
    });
  }

  const hold = (why: string, extra: Partial<NextTargets> = {}): NextTargets =>
    out({ loadKg: base, sets, decision: "hold", response: resp.response, why, ...extra });

  if (resp.morningRed) {
    return hold(
      "Your back was 2 or more points worse the morning after this session. Keep the same load and reps until it settles; Spotter compares sessions to find which exercise was behind it.",
    );
  }
  if (resp.response === "pending") {
    return hold(`${pendingWhen(last, input)} If you train before then, repeat last time's load and reps.`, {
      pending: true,
    });
  }
  const guarding = muscleGuarding({ exerciseId: exercise.id, history: own });
  if (guarding.flagged) return hold(guarding.why, { guarding: true });
  if (resp.response === "amber") return hold(amberWhy(resp));

  const topReached =
    judged.length > 0 &&
    judged.every((s) => {
      const amount = amountOf(s, exercise.measure);
      const rir = effectiveRir(s);
      return amount !== null && amount >= hi && (rir === null || rir >= targetRir);
    });

  if (input.replaces && own.length >= STEP_UP_GREEN_SESSIONS) {
    const recent = own.slice(-STEP_UP_GREEN_SESSIONS);
    const allGreen = recent.every(
      (s) => exerciseResponseInSession(s, exercise.id, input.checkins, input.nowMs).response === "green",
    );
    if (allGreen) {
      const target =
        input.replaces.via === "regression"
          ? (exercise.harder ?? input.replaces.exerciseId)
          : input.replaces.exerciseId;
      // A proposal, not an order: who stays on this exercise keeps progressing by O1 (the load for staying).
      const stay = topReached && loaded && base !== null ? increasedLoadKg(base, exercise, unit) : base;
      const stayWords =
        stay !== null && base !== null && stay > base
          ? ` If you stay with this one, go from ${show(base)} to ${show(stay)}.`
          : "";
      return out({
        loadKg: stay,
        sets,
        decision: "step-up",
        stepUpTo: target,
        response: resp.response,
        why:
          (input.replaces.via === "regression"
            ? "Three sessions in a row on this easier variant went well, with pain at 0-2. You can step back up the ladder, starting light."
            : "Three sessions in a row on this alternative went well, with pain at 0-2. You can carefully try the original exercise again, starting light.") +
          stayWords,
      });
    }
  }

  const unitWord = exercise.measure === "seconds" ? "seconds" : "reps";
  if (!topReached) {
    return hold(
      base !== null
        ? `Stay at ${show(base)} and add ${unitWord} until every set reaches ${hi} with about ${targetRir} reps to spare.`
        : `Add ${unitWord} until every set reaches ${hi} with about ${targetRir} reps to spare.`,
    );
  }
  if (loaded && base !== null) {
    const next = increasedLoadKg(base, exercise, unit);
    return out({
      loadKg: next,
      sets,
      decision: "increase",
      response: resp.response,
      why: `Every set reached ${hi} ${unitWord} with ${targetRir} or more to spare, and your back stayed calm. Add one step: ${show(base)} to ${show(next)}, back at ${lo} ${unitWord}.`,
    });
  }
  const gain = exercise.measure === "seconds" ? 5 : 2;
  return out({
    loadKg: base,
    sets,
    reps: [lo + gain, hi + gain],
    decision: "increase",
    response: resp.response,
    why: `Every set reached ${hi} ${unitWord} and your back stayed calm. Aim for ${lo + gain}-${hi + gain} ${unitWord} next time.`,
  });
}

function pendingWhen(last: SessionLog, input: NextTargetsInput): string {
  const tomorrow = addDays(last.date, 1);
  const today = input.timeZone ? localDay(input.nowMs, input.timeZone) : null;
  const when = today === tomorrow ? "this morning's check-in" : "tomorrow morning's check-in";
  return `Spotter waits for ${when} before raising the load.`;
}

function amberWhy(resp: PainResponseDetail): string {
  const parts: string[] = [];
  if (resp.reasons.includes("pain-3-to-5")) parts.push("some tightness (3-5) during it");
  if (resp.reasons.includes("next-morning-plus-1")) parts.push("a slightly worse next morning");
  if (resp.reasons.includes("after-above-5-elsewhere")) parts.push("high pain after the session");
  const what = parts.length > 0 ? parts.join(" and ") : "some pain";
  return `Last time brought ${what}. Keep the same load and reps; the load goes up after a session with pain at 0-2.`;
}
