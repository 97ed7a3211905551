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
import type { Tier, Unit } from "../records/vocab.js";
import { addDays, localDay } from "../time.js";
import { hasLoadStep, roundLoadKg } from "../units.js";
import { DELOAD_LOAD_FACTOR, deloadRepRange, deloadSets } from "./deload.js";
import { deloadReturn } from "./deloadReturn.js";
import { increasedLoadKg, morningRedLoadKg, rampLoadKg, reducedLoadKg, returnLoadKg } from "./loadChanges.js";
import { loadText, riseText } from "./loadWords.js";
import { muscleGuarding } from "./muscleGuarding.js";
import { exerciseResponseInSession, type PainResponse, type PainResponseDetail } from "./painResponse.js";
import { deloadReferenceKg, rampAnchor } from "./rampAnchor.js";
import { returnToLoad } from "./returnToLoad.js";
import { timedTarget } from "./timedTargets.js";
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
  | "deload"
  | "return"
  /** T6: an accepted re-test of a trigger, at half its last load (set by the coach, never by O1-O7). */
  | "retest";

/** Green sessions in a row on a stand-in before stepping back up (O4). */
export const STEP_UP_GREEN_SESSIONS = 3;

/** What O1 reads for one exercise. */
export interface NextTargetsInput {
  exercise: Pick<Exercise, "id" | "name" | "increment" | "easier" | "harder" | "measure"> &
    Partial<Pick<Exercise, "grade" | "loaded" | "equipment">>;
  /** O3: the easier rung as the catalog holds it; a step down goes there only when it is not harder. */
  easierExercise?: Pick<Exercise, "id" | "grade">;
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
  /** O5: true on the days of a deload week, today's or an earlier one, so the week after it returns to the load before it. */
  deloadDay?: (day: string) => boolean;
  /** O1: alignment, cool-down and recovery items keep a fixed dose. */
  fixedDose?: boolean;
  /** O1: the plan item's seconds (holds, hangs, rolling) or metres (walks, carries) per set. */
  plannedSeconds?: number;
  plannedMetres?: number;
  /** O7: the tier of a day between the last session and today, and the days of ladder neighbours' sessions. */
  tierOn?: (day: string) => Tier | undefined;
  neighbourDays?: readonly string[];
  /** O7: true when the exercise was in the session before the first R3 day of the gap. */
  inSessionBeforeR3?: boolean;
  /** O7: days this exercise was left out of a session for a T5 test (a pause of up to 14 days is not a gap). */
  pauseDays?: readonly string[];
  /**
   * T6: after two re-test passes, the working load before the re-test: the ramp climbs back to it by O7's steps
   * (one per calm green session), even though the reds that made the trigger were at that load.
   */
  retestAnchorKg?: number;
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
  /** O1: the target per set of a timed item, in seconds (no load). */
  seconds?: number;
  /** O1: the target per set of a distance item, in metres. */
  metres?: number;
}

const isWorking = (s: ProgressionSet, id: string) => s.exerciseId === id && !s.warmup;

const REASON_WORDS: Record<string, string> = {
  sharp: "sharp pain",
  radiating: "pain that spread or tingled",
  "pain-above-5": "pain above 5",
  "after-above-5-with-pain": "pain above 5 after the session, with pain of 3 or more during it",
};

/** O5: the decisions whose sentence, after a deload week, starts by saying progression picks up from before it. */
const AFTER_DELOAD_DECISIONS: ReadonlySet<ProgressionDecision> = new Set(["increase", "hold", "step-up"]);

/** O3: the rise of the 7-day pain average over the previous 7 days at or above which a tight green holds. */
export const TIGHT_RISE_HOLDS = 1;

/** O3: true when the 7-day pain average ending `today` is 1 or more above the 7 days before (4 check-ins each). */
export function painAverageRising(checkins: ReadonlyArray<CheckinPain>, today: string): boolean {
  const avg = (from: string, to: string) => {
    const p = checkins.filter((c) => c.date >= from && c.date <= to).map((c) => c.painNow);
    return p.length >= 4 ? p.reduce((a, b) => a + b, 0) / p.length : null;
  };
  const now = avg(addDays(today, -6), today);
  const before = avg(addDays(today, -13), addDays(today, -7));
  return now !== null && before !== null && now - before >= TIGHT_RISE_HOLDS - 1e-9;
}

const GRADE_ORDER = "ABCD";

/** O3: a step down lands only on a rung that is not harder (a lower or equal grade; A is the most supported). */
export function notHarder(from: Pick<Exercise, "grade">, to: Pick<Exercise, "grade">): boolean {
  return GRADE_ORDER.indexOf(to.grade) <= GRADE_ORDER.indexOf(from.grade);
}

/** A load change under consideration; O3: when several apply, the lowest load wins, never multiplied. */
interface LoadCandidate {
  kg: number;
  decision: ProgressionDecision;
  why: string;
}

/** O1, O3, O4, O5, O7, M1: the next targets of one exercise from its history. */
export function nextTargets(input: NextTargetsInput): NextTargets {
  const { exercise, unit } = input;
  const [lo, hi] = input.repRange ?? [8, 12];
  const targetRir = input.settings?.targetRir ?? 2;
  const today = localDay(input.nowMs, input.timeZone ?? "UTC");
  const own = input.history
    .filter((s) => s.sets.some((x) => isWorking(x, exercise.id)))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.date.localeCompare(b.date));
  const last = own[own.length - 1];
  // T2 decides triggers in one place (insights/status.ts); the caller passes the status, no private rule here.
  const status = input.status ?? "unknown";
  const timed = exercise.measure === "seconds" || exercise.measure === "distance";
  const dose = {
    ...(exercise.measure === "seconds" && input.plannedSeconds ? { seconds: input.plannedSeconds } : {}),
    ...(exercise.measure === "distance" && input.plannedMetres ? { metres: input.plannedMetres } : {}),
  };
  // O5: after a deload week, the sentence of a target read from the session before it says so first.
  let afterDeloadWords = "";
  const out = (o: Omit<NextTargets, "exerciseId" | "reps"> & { reps?: [number, number] }): NextTargets => ({
    exerciseId: exercise.id,
    reps: [lo, hi],
    ...dose,
    ...o,
    ...(afterDeloadWords && AFTER_DELOAD_DECISIONS.has(o.decision) ? { why: `${afterDeloadWords} ${o.why}` } : {}),
  });
  const triggerWhy =
    "Your log marks this exercise as a trigger for your back, so the plan uses an alternative for the same muscles.";

  if (input.fixedDose && status !== "trigger") {
    return out({
      loadKg: null,
      sets: input.sets ?? 1,
      decision: "hold",
      why: "This item keeps the same gentle dose every time; it is there to loosen and settle, not to progress.",
    });
  }
  if (!last) {
    const decision = status === "trigger" ? "substitute" : "start";
    const unit = exercise.measure === "seconds" ? "seconds" : exercise.measure === "distance" ? "metres" : null;
    return out({
      loadKg: null,
      sets: input.sets ?? 3,
      decision,
      why:
        decision === "substitute"
          ? triggerWhy
          : unit
            ? `Nothing is logged for this exercise yet. Start at the planned ${unit}, at an easy pace, with pain during it at 0-2.`
            : `Nothing is logged for this exercise yet. Pick a load you could lift for ${hi} reps with about ${targetRir} to spare, and keep pain during it at 0-2.`,
    });
  }

  // O5: after a deload week that went well, progression reads the last session before it (the lighter week is not
  // a gap and not a new start); the lighter sessions still end any O7 gap.
  const afterDeload = input.deloadDay
    ? deloadReturn({
        own,
        exerciseId: exercise.id,
        deloadDay: input.deloadDay,
        deloadToday: input.deload === true,
        checkins: input.checkins,
        nowMs: input.nowMs,
        grade: exercise.grade ?? "A",
        ...(input.tierOn ? { tierOn: input.tierOn } : {}),
      })
    : null;
  const judgedSession = afterDeload?.before ?? last;
  if (afterDeload) afterDeloadWords = "The lighter week is over, so this picks up where you were before it.";
  const lastSets = judgedSession.sets.filter((s) => isWorking(s, exercise.id));
  const straight = lastSets.filter((s) => s.setType !== "drop");
  const judged = straight.length > 0 ? straight : lastSets;
  const loads = judged.map((s) => s.loadKg).filter((x): x is number => x !== null && x > 0);
  const base = loads.length > 0 ? Math.max(...loads) : null;
  const loaded = base !== null && hasLoadStep(exercise, unit);
  const sets = input.sets ?? Math.max(1, judged.length);
  const resp = exerciseResponseInSession(judgedSession, exercise.id, input.checkins, input.nowMs);
  const show = (kg: number) => loadText(kg, exercise, unit);
  const rise = (from: number, to: number) => riseText(from, to, exercise, unit);

  if (status === "trigger") {
    return out({ loadKg: base, sets, decision: "substitute", response: resp.response, why: triggerWhy });
  }

  const candidates: LoadCandidate[] = [];
  if (resp.attributableRed) {
    const cause = resp.reasons
      .filter((r) => REASON_WORDS[r])
      .map((r) => REASON_WORDS[r])
      .join(" and ");
    const quality = resp.reasons.includes("sharp") || resp.reasons.includes("radiating");
    const lighter = loaded && base !== null ? reducedLoadKg(base, exercise, unit) : null;
    // O3: a step down goes to a lower grade or more support, never to a harder lift.
    const easierOk =
      exercise.easier !== undefined &&
      (input.easierExercise === undefined ||
        exercise.grade === undefined ||
        notHarder({ grade: exercise.grade }, input.easierExercise));
    if (exercise.easier && easierOk && (quality || !loaded || lighter === null || lighter <= 0)) {
      return out({
        loadKg: null,
        sets,
        decision: "regress",
        regressTo: exercise.easier,
        response: "red",
        why: `Last time this exercise brought ${cause}. Step down to the easier variant for now, with a load that keeps pain at 0-2.`,
      });
    }
    if (lighter === null || lighter <= 0 || base === null) {
      return out({
        loadKg: base,
        sets: Math.max(1, sets - 1),
        decision: "reduce",
        response: "red",
        why: `Last time this exercise brought ${cause}. Do one set fewer and use a shorter, slower range until it settles.`,
      });
    }
    candidates.push({
      kg: lighter,
      decision: "reduce",
      why: `Last time this exercise brought ${cause}. The load drops from ${show(base)} to ${show(lighter)} so your back can settle.`,
    });
  } else if (resp.morningRed && loaded && base !== null) {
    const lighter = morningRedLoadKg(base, exercise, unit);
    candidates.push({
      kg: lighter,
      decision: "reduce",
      why: `Your back was 2 or more points worse the morning after this session, so every loaded exercise of it drops one step: ${show(base)} to ${show(lighter)}. Spotter compares sessions to find which one was behind it.`,
    });
  }
  if (loaded && base !== null) {
    const neighbourLast = [...(input.neighbourDays ?? [])]
      .filter((d) => d <= today)
      .sort()
      .at(-1);
    const lastDay = neighbourLast && neighbourLast > last.date ? neighbourLast : last.date;
    const pausedFrom = [...(input.pauseDays ?? [])].sort().find((d) => d > lastDay && d < today);
    const back = returnToLoad({
      ...(pausedFrom ? { pausedFrom } : {}),
      lastDay,
      today,
      grade: exercise.grade ?? "A",
      ...(input.tierOn ? { tierOn: input.tierOn } : {}),
      ...(input.inSessionBeforeR3 ? { inSessionBeforeR3: true } : {}),
    });
    if (back) {
      const kg = returnLoadKg(base, back.factor, exercise, unit);
      const words = back.words.charAt(0).toUpperCase() + back.words.slice(1);
      candidates.push({
        kg,
        decision: "return",
        why: `${words} of your last ${show(base)}, so ${show(kg)}. The load ramps back from there.`,
      });
    }
    if (input.deload) {
      // O5: 10% off the load before the deload week, not off the last deload session (O3: never multiplied).
      const reference = deloadReferenceKg(own, exercise.id, today, base);
      candidates.push({
        kg: Math.min(base, roundLoadKg(reference * DELOAD_LOAD_FACTOR, exercise, unit, "down")),
        decision: "deload",
        why: `This is a lighter week: about 40% fewer sets and 10% less load, so you recover before building again. Keep each set about as hard as usual, ${targetRir} or more to spare: with the lighter load that can be up to ${deloadRepRange([lo, hi], targetRir)[1]} reps.`,
      });
    }
  }
  const lowest = candidates.reduce<LoadCandidate | undefined>(
    (m, c) => (m === undefined || c.kg < m.kg ? c : m),
    undefined,
  );
  if (lowest) {
    return out({
      loadKg: lowest.kg,
      sets: input.deload ? deloadSets(sets) : sets,
      // O5: only the deload's own load keeps its sets hard with more reps; a red's or a return's load keeps the range.
      ...(lowest.decision === "deload" ? { reps: deloadRepRange([lo, hi], targetRir) } : {}),
      decision: lowest.decision,
      response: resp.response,
      why: lowest.why,
    });
  }
  if (input.deload) {
    return out({
      loadKg: base,
      sets: deloadSets(sets),
      decision: "deload",
      response: resp.response,
      why: "This is a lighter week: about 40% fewer sets, so you recover before building again.",
    });
  }

  const hold = (why: string, extra: Partial<NextTargets> = {}): NextTargets =>
    out({ loadKg: base, sets, decision: "hold", response: resp.response, why, ...extra });

  if (resp.morningRed) {
    return hold(
      "Your back was 2 or more points worse the morning after this session. Keep the same dose until it settles; Spotter compares sessions to find which exercise was behind it.",
    );
  }
  if (resp.response === "pending") {
    return hold(`${pendingWhen(last, input)} If you train before then, repeat last time's load and reps.`, {
      pending: true,
    });
  }
  // M1 ignores deload sessions (lower performance is planned there).
  const guarding = muscleGuarding({
    exerciseId: exercise.id,
    history: afterDeload ? own.slice(0, own.length - afterDeload.lighter.length) : own,
  });
  if (guarding.flagged) return hold(guarding.why, { guarding: true });
  if (resp.response === "amber") return hold(amberWhy(resp, base === null ? null : show(base)));
  // O3: a tight green progresses only while the 7-day pain average is not rising by 1 or more.
  const rising = resp.tight && painAverageRising(input.checkins, today);
  if (rising) {
    return hold(
      "The tightness settled, but your pain this week averages a point or more above last week's, so the load stays the same for now.",
    );
  }

  if (timed) {
    const t = timedTarget({
      measure: exercise.measure === "seconds" ? "seconds" : "distance",
      lastSets: judged,
      ...(exercise.measure === "seconds" && input.plannedSeconds ? { planned: input.plannedSeconds } : {}),
      ...(exercise.measure === "distance" && input.plannedMetres ? { planned: input.plannedMetres } : {}),
      mayProgress: true,
      loaded,
    });
    const next = t.loadStep && loaded && base !== null ? increasedLoadKg(base, exercise, unit) : base;
    return out({
      loadKg: next,
      sets,
      decision: t.decision,
      response: resp.response,
      why: t.why,
      ...(t.seconds !== undefined ? { seconds: t.seconds } : {}),
      ...(t.metres !== undefined ? { metres: t.metres } : {}),
    });
  }

  const topReached =
    judged.length > 0 &&
    judged.every((s) => {
      const rir = effectiveRir(s);
      return s.reps !== null && s.reps >= hi && (rir === null || rir >= targetRir);
    });

  // O7: after a dip (a break, R1-R3 days, a deload week), each calm green adds about 5% (a tight one the smallest
  // step) up to the load before it, instead of restarting double progression from the lighter load.
  const o7Anchor =
    loaded && base !== null
      ? rampAnchor(own, exercise.id, {
          checkins: input.checkins,
          nowMs: input.nowMs,
          today,
          neighbourDays: input.neighbourDays ?? [],
        })
      : null;
  const retestAnchor = loaded && base !== null ? (input.retestAnchorKg ?? null) : null;
  const anchor = o7Anchor === null && retestAnchor === null ? null : Math.max(o7Anchor ?? 0, retestAnchor ?? 0);
  if (anchor !== null && base !== null && base < anchor) {
    const next = rampLoadKg(base, anchor, exercise, unit, resp.tight);
    if (next !== null && next > base) {
      return out({
        loadKg: next,
        sets,
        decision: "return",
        response: resp.response,
        why: `Ramping back: ${rise(base, next)}, on the way to your earlier ${show(anchor)}.`,
      });
    }
  }

  const step = stepUpTarget(input, own, topReached, loaded, base, resp.response);
  if (step) return out({ ...step, sets });

  if (!topReached) {
    return hold(
      base !== null
        ? `Stay at ${show(base)} and add reps until every set reaches ${hi} with about ${targetRir} reps to spare.`
        : `Add reps until every set reaches ${hi} with about ${targetRir} reps to spare.`,
    );
  }
  const calmWord = resp.tight ? "the tightness settled by the next morning" : "your back stayed calm";
  if (loaded && base !== null) {
    const next = increasedLoadKg(base, exercise, unit);
    return out({
      loadKg: next,
      sets,
      decision: "increase",
      response: resp.response,
      why: `Every set reached ${hi} reps with ${targetRir} or more to spare, and ${calmWord}. Add the smallest step: ${rise(base, next)}, back at ${lo} reps.`,
    });
  }
  const gain = 2;
  return out({
    loadKg: base,
    sets,
    reps: [lo + gain, hi + gain],
    decision: "increase",
    response: resp.response,
    why: `Every set reached ${hi} reps and ${calmWord}. Aim for ${lo + gain}-${hi + gain} reps next time.`,
  });
}

/** O4: three greens in a row on a stand-in propose the step back up (a proposal: staying keeps O1's load). */
function stepUpTarget(
  input: NextTargetsInput,
  own: ReadonlyArray<SessionLog>,
  topReached: boolean,
  loaded: boolean,
  base: number | null,
  response: PainResponse,
): Omit<NextTargets, "exerciseId" | "reps" | "sets"> | null {
  const { exercise, unit } = input;
  if (!input.replaces || own.length < STEP_UP_GREEN_SESSIONS) return null;
  const recent = own.slice(-STEP_UP_GREEN_SESSIONS);
  const allGreen = recent.every(
    (s) => exerciseResponseInSession(s, exercise.id, input.checkins, input.nowMs).response === "green",
  );
  if (!allGreen) return null;
  const target =
    input.replaces.via === "regression" ? (exercise.harder ?? input.replaces.exerciseId) : input.replaces.exerciseId;
  const stay = topReached && loaded && base !== null ? increasedLoadKg(base, exercise, unit) : base;
  const stayWords =
    stay !== null && base !== null && stay > base
      ? ` If you stay with this one, go up to ${loadText(stay, exercise, unit)}.`
      : "";
  return {
    loadKg: stay,
    decision: "step-up",
    stepUpTo: target,
    response,
    why:
      (input.replaces.via === "regression"
        ? "Three sessions in a row on this easier variant went well, with pain at 0-2. You can step back up the ladder, starting light."
        : "Three sessions in a row on this alternative went well, with pain at 0-2. You can carefully try the original exercise again, starting light.") +
      stayWords,
  };
}

function pendingWhen(last: SessionLog, input: NextTargetsInput): string {
  const tomorrow = addDays(last.date, 1);
  const today = input.timeZone ? localDay(input.nowMs, input.timeZone) : null;
  const when = today === tomorrow ? "this morning's check-in" : "tomorrow morning's check-in";
  return `Spotter waits for ${when} before raising the load.`;
}

function amberWhy(resp: PainResponseDetail, planned: string | null): string {
  const parts: string[] = [];
  if (resp.reasons.includes("pain-rose-2")) parts.push("pain that rose during it");
  if (resp.reasons.includes("next-morning-plus-1")) parts.push("a slightly worse next morning");
  if (resp.reasons.includes("after-above-5-elsewhere")) parts.push("high pain after the session");
  if (resp.reasons.includes("tight-unsettled"))
    parts.push("tightness with no next-morning check-in to show it settled");
  const what = parts.length > 0 ? parts.join(" and ") : "some pain";
  const keep = planned ? `Keep the planned ${planned} and the same reps` : "Keep the same reps";
  return `Last time brought ${what}. ${keep}; the load goes up after a session that settles.`;
}
