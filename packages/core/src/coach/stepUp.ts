/**
 * P6 graded exposure (new 2026-12): after three green sessions in a row on a main exercise (at most one of them
 * tight) with the 7-day pain average not rising, Spotter proposes one step up the ladder, and the user accepts or
 * declines. The step stays within the plan's ceiling (grade C, *default*); on an R5 day a strength goal with no
 * trigger, excluded pattern or direction in the pattern may be proposed grade D. A proposal is never applied
 * silently: accepting swaps the harder rung into the plan (P7: a ladder step changes the block's exercises),
 * declining keeps the exercise and the proposal stays away until the next block.
 */
import { gradeRank } from "../catalog/index.js";
import { restrictedIdsOn } from "../clearance/index.js";
import type { TriggerStatus } from "../insights/index.js";
import {
  fitExclusion,
  type PlanDay,
  type PlanItem,
  planExclusion,
  planFitOf,
  type WeeklyPlan,
} from "../planning/index.js";
import { exerciseResponseInSession, painAverageRising, STEP_UP_GREEN_SESSIONS } from "../progression/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Tier } from "../records/vocab.js";
import { localDay } from "../time.js";
import type { CoachLog } from "./types.js";

/** P6: the first session on a new step keeps at least this many reps in reserve. */
export const STEP_UP_FIRST_RIR = 3;

/** P6: of the three greens in a row, at most this many may be tight (pain during 3-5 that settled). */
export const STEP_UP_MAX_TIGHT = 1;

/** What a step-up proposal reads besides the log. */
export interface StepUpContext {
  statuses: Map<string, TriggerStatus>;
  nowMs: number;
  /** Today's tier: grade D may be proposed only on an R5 day; absent (the plan screen): never grade D. */
  tier?: Tier;
  /** P6 history for the P8 level check (weeks logged). */
  weeksLogged: number;
}

const FREE_LOWER = new Set(["trigger", "suspected"]);

type LogSession = CoachLog["sessions"][number];

/**
 * Every exercise's last three sessions with a working set of it, newest first, from one walk back over the log (the
 * log is oldest first): a plan's worth of step-up checks then costs one pass, not one pass per exercise.
 */
export function recentSessionsByExercise(log: Pick<CoachLog, "sessions">): Map<string, LogSession[]> {
  const out = new Map<string, LogSession[]>();
  for (let i = log.sessions.length - 1; i >= 0; i--) {
    const s = log.sessions[i];
    if (!s) continue;
    for (const x of s.sets) {
      if (x.warmup) continue;
      let list = out.get(x.exerciseId);
      if (!list) {
        list = [];
        out.set(x.exerciseId, list);
      }
      if (list.length < STEP_UP_GREEN_SESSIONS && list[list.length - 1] !== s) list.push(s);
    }
  }
  return out;
}

/**
 * P6: true when the last three sessions of an exercise were green, at most one tight, and pain is not rising.
 * `recent` is the exercise's entry of `recentSessionsByExercise` when the caller has it.
 */
export function readyToStepUp(
  exercise: Pick<Exercise, "id">,
  log: CoachLog,
  nowMs: number,
  recent?: readonly LogSession[],
): boolean {
  const own = [...(recent ?? recentSessionsByExercise({ sessions: log.sessions }).get(exercise.id) ?? [])];
  if (own.length < STEP_UP_GREEN_SESSIONS) return false;
  const responses = own.reverse().map((s) => exerciseResponseInSession(s, exercise.id, log.checkins, nowMs));
  if (!responses.every((r) => r.response === "green")) return false;
  if (responses.filter((r) => r.tight).length > STEP_UP_MAX_TIGHT) return false;
  return !painAverageRising(log.checkins, localDay(nowMs, log.profile.timeZone));
}

/** P6: the harder rung the exercise may step up to for this user today, or null. */
export function stepUpTarget(exercise: Exercise, log: CoachLog, ctx: StepUpContext): Exercise | null {
  if (!exercise.harder) return null;
  const harder = log.exercises.find((e) => e.id === exercise.harder);
  if (!harder) return null;
  const statusOf = (id: string) => ctx.statuses.get(id) ?? "unknown";
  if (FREE_LOWER.has(statusOf(exercise.id)) || FREE_LOWER.has(statusOf(harder.id))) return null;
  const rules = { profile: log.profile, statusOf };
  if (planExclusion(harder, rules) !== null) return null;
  // X5: a clinician's rule outranks P6.
  if (restrictedIdsOn(log, localDay(ctx.nowMs, log.profile.timeZone)).has(harder.id)) return null;
  const fit = planFitOf(log.profile, { weeksLogged: ctx.weeksLogged });
  const out = fitExclusion(harder, fit, true);
  if (out !== null && out !== "ceiling") return null;
  if (out === "ceiling" || gradeRank(harder.grade) > gradeRank(fit.ceiling)) {
    // P6's grade-D rule: an R5 day, a strength goal, and nothing in the pattern that says the back objects to it.
    const patternClear =
      !log.profile.aggravating.some((a) => "pattern" in a && a.pattern === harder.pattern) &&
      !log.exercises.some((e) => e.pattern === harder.pattern && statusOf(e.id) === "trigger");
    const directionClear = !log.profile.aggravating.some((a) => "direction" in a);
    if (
      !(harder.grade === "D" && ctx.tier === "R5" && log.profile.goal === "strength" && patternClear && directionClear)
    )
      return null;
  }
  return harder;
}

/** The proposal's sentence: what went well, what the step is, and how the first session on it looks. */
function proposalWhy(from: Exercise, to: Exercise): string {
  return `Your last ${STEP_UP_GREEN_SESSIONS} sessions of ${from.name.toLowerCase()} went well and your pain is not rising, so you could take one step up to ${to.name.toLowerCase()}. The first session on it starts at the bottom of the rep range with 3 or more reps to spare. You can also stay where you are.`;
}

/** A plan item's step-up proposal, or the item unchanged (main items only; a declined step stays away). */
function proposeOn(
  item: PlanItem,
  day: Pick<PlanDay, "blocks">,
  log: CoachLog,
  ctx: StepUpContext,
  ready: Map<string, boolean>,
  recent: () => Map<string, LogSession[]>,
): PlanItem {
  const { proposal, ...rest } = item;
  // A proposal of another kind (M1's single-limb offer) is left as it is.
  const base: PlanItem = proposal && proposal.kind !== "step-up" ? { ...rest, proposal } : rest;
  if (base.proposal) return base;
  const ex = log.exercises.find((e) => e.id === item.exerciseId);
  if (!ex) return base;
  let ok = ready.get(ex.id);
  if (ok === undefined) {
    ok = readyToStepUp(ex, log, ctx.nowMs, recent().get(ex.id) ?? []);
    ready.set(ex.id, ok);
  }
  if (!ok) return base;
  const to = stepUpTarget(ex, log, ctx);
  if (!to || (item.declinedStepUps ?? []).includes(to.id)) return base;
  if (day.blocks.some((b) => b.items.some((i) => i.exerciseId === to.id))) return base;
  return { ...base, proposal: { exerciseId: to.id, why: proposalWhy(ex, to), kind: "step-up" } };
}

/** P6: the day's main items with their step-up proposals as they stand now (old ones replaced). */
export function dayWithStepUps<D extends Pick<PlanDay, "blocks">>(
  day: D,
  log: CoachLog,
  ctx: StepUpContext,
  ready = new Map<string, boolean>(),
  recent = lazyRecent(log),
): D {
  return {
    ...day,
    blocks: day.blocks.map((b) =>
      b.kind === "main" ? { ...b, items: b.items.map((it) => proposeOn(it, day, log, ctx, ready, recent)) } : b,
    ),
  };
}

/** `recentSessionsByExercise`, worked out on first use (a day with no main item never needs it). */
function lazyRecent(log: CoachLog): () => Map<string, LogSession[]> {
  let index: Map<string, LogSession[]> | undefined;
  return () => {
    index ??= recentSessionsByExercise(log);
    return index;
  };
}

/** P6: the plan with its step-up proposals as they stand now (the plan screen: never grade D, which needs R5). */
export function planWithStepUps(plan: WeeklyPlan, log: CoachLog, ctx: StepUpContext): WeeklyPlan {
  const ready = new Map<string, boolean>();
  const recent = lazyRecent(log);
  return { ...plan, days: plan.days.map((d) => dayWithStepUps(d, log, ctx, ready, recent)) };
}

/**
 * P6: the step up on offer for an exercise now (what Today shows on an R5 day), or undefined: the route that
 * answers a proposal checks it here, so a grade-D step proposed on Today can be taken too.
 */
export function stepUpOffered(log: CoachLog, exerciseId: string, ctx: StepUpContext): string | undefined {
  const ex = log.exercises.find((e) => e.id === exerciseId);
  if (!ex || !readyToStepUp(ex, log, ctx.nowMs)) return undefined;
  return stepUpTarget(ex, log, ctx)?.id;
}
