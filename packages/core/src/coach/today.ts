/**
 * Today's session (SPEC §5 P5, §6 G3, §7, §8 M1): the plan day adapted to the tier, shaped by muscle guarding and
 * the deload week, turned into the recovery session when a session of the day started at pain 6 or more, and each
 * item carrying its next target.
 */
import { restrictToday } from "../clearance/index.js";
import type { TriggerStatus } from "../insights/index.js";
import { type PlanItem, planDayOn, recoverySession, type TodayAnswer, todaySession } from "../planning/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Readiness } from "../records/readiness.js";
import { beltOnToday } from "./belt.js";
import { deloadOn, planHistoryOf } from "./plan.js";
import { applyRetests, retestsDueToday } from "./retestToday.js";
import { applySeparation, coachTriggerTimeline, frozenForTest, separationFor } from "./separation.js";
import { coachStatuses, statusLookup } from "./statuses.js";
import { dayWithStepUps, STEP_UP_FIRST_RIR } from "./stepUp.js";
import { type NextTargetsAnswer, nextTargetsOf } from "./targets.js";
import type { CoachLog, CoachPlan } from "./types.js";

/** An item of today's session with its next target attached. */
export type TodayItem = PlanItem & {
  next?: { decision: NextTargetsAnswer["decision"]; why: string; pending?: true };
};

/** What `coachToday` reads. */
export interface CoachTodayInput {
  log: CoachLog;
  /** The current plan, already in step with the statuses (see `planInStep`). */
  plan: CoachPlan;
  /** The local day asked for. */
  date: string;
  /** That day's readiness (see `coachReadiness`). */
  readiness: Readiness;
  /** Now, epoch milliseconds. */
  nowMs: number;
  /** The statuses when the caller has them already. */
  statuses?: Map<string, TriggerStatus>;
  /** T5's figures and test days (`coachTriggerTimeline`) when the caller has them already. */
  timeline?: ReturnType<typeof coachTriggerTimeline>;
}

function pick(all: readonly Exercise[], ids: readonly string[]): Exercise[] {
  const byId = new Map(all.map((e) => [e.id, e]));
  return ids.map((id) => byId.get(id)).filter((e): e is Exercise => e !== undefined);
}

/** The item without a step-up proposal (other proposals stay). */
function withoutStepUp(item: PlanItem): PlanItem {
  if (item.proposal?.kind !== "step-up") return item;
  const { proposal: _p, ...rest } = item;
  return rest;
}

/** Today's readiness and session, adapted to the tier, as `GET /today` answers it (without date and plan id). */
export function coachToday(input: CoachTodayInput): TodayAnswer {
  const { log, plan, date, readiness, nowMs } = input;
  const statuses = input.statuses ?? coachStatuses(log);
  const statusOf = statusLookup(statuses);
  // T5's figures and test days, read once: the separation below and O7's pauses in the targets use them.
  const timeline = input.timeline ?? coachTriggerTimeline(log);
  const ctx = { nowMs, planCreatedAtMs: plan.createdAtMs, statuses, plan: plan.plan, testDays: timeline.testDays };
  // M1 and O5 shape the day itself: exercises flagged for muscle guarding (a red outranks it, so nextTargets only
  // flags those without one) and the deload week's fewer sets.
  const planned = planDayOn(plan.plan, date);
  const plannedIds = [...new Set((planned?.blocks ?? []).flatMap((b) => b.items.map((i) => i.exerciseId)))];
  const plannedTargets = nextTargetsOf(log, pick(log.exercises, plannedIds), ctx);
  const guarding = plannedTargets.filter((t) => t.guarding).map((t) => t.exerciseId);
  const deload = deloadOn(log, plan.createdAtMs, date);
  let today = todaySession({
    plan: plan.plan,
    date,
    readiness,
    profile: log.profile,
    exercises: log.exercises,
    statusOf,
    ...(guarding.length > 0 ? { guarding } : {}),
    ...(deload.due ? { deload: true } : {}),
  });
  // G3: a session of this day that started at pain 6 or more is the recovery session, whatever the plan says.
  const startedHigh = log.sessions.some((s) => s.date === date && s.recovery && !s.finishedAt);
  if (startedHigh && today.session && !today.session.recovery) {
    const recovery = recoverySession({ profile: log.profile, exercises: log.exercises, statusOf, tier: "R3" });
    today.session = { ...today.session, blocks: recovery.blocks, title: "Recovery session", recovery: true };
    today.notes = [
      ...(today.notes ?? []),
      "You started today's session with pain of 6 or more, so it became a recovery session: gentle movement only.",
    ];
  }
  // T5: when suspects share today's session, one is tested and the others paused (coach/separation.ts).
  const stats = timeline.stats;
  const separation = separationFor(today, log, statuses, date, stats);
  today = applySeparation(today, separation);
  // X5: the clinician's rules of the day outrank everything above (a pinned lift included).
  // T6: an accepted re-test on a day that meets its day rule takes its stand-in's place, at half the last load.
  const retests = retestsDueToday(log, date, statuses, stats);
  today = applyRetests(today, retests, log);
  today = restrictToday(today, log, date, { statusOf });
  // P6: step-up proposals show on R5 days only (where grade D may be proposed); other days keep the exercise.
  if (today.session) {
    const s = today.session;
    const blocks =
      readiness.tier === "R5" && !s.recovery
        ? dayWithStepUps(s, log, {
            statuses,
            nowMs,
            tier: readiness.tier,
            weeksLogged: planHistoryOf(log, statuses).weeksLogged,
          }).blocks
        : s.blocks.map((b) => ({ ...b, items: b.items.map(withoutStepUp) }));
    today.session = { ...s, blocks };
  }
  // The next targets travel with today's items (O1-O6): the load to use and why, per exercise.
  if (today.session) {
    const ids = [...new Set(today.session.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)))];
    const byId = new Map(plannedTargets.map((x) => [x.exerciseId, x]));
    const missing = ids.filter((x) => !byId.has(x));
    for (const x of nextTargetsOf(log, pick(log.exercises, missing), ctx)) byId.set(x.exerciseId, x);
    today.session = {
      ...today.session,
      blocks: today.session.blocks.map((b) => ({
        ...b,
        items: b.items.map((item): TodayItem => {
          const retest = retests.find((d) => d.exerciseId === item.exerciseId);
          if (retest) return { ...item, next: { decision: "retest" as const, why: retest.rule } };
          const next = frozenForTest(byId.get(item.exerciseId), separation, log);
          if (!next) return item;
          if (item.stepUpFrom && next.decision === "start") {
            // P6: the first session on a new step: the bottom of the rep range at RIR 3 or more (decision step-up).
            const lo = item.reps[0];
            return {
              ...item,
              reps: [lo, lo] as [number, number],
              targetRir: Math.max(item.targetRir, STEP_UP_FIRST_RIR),
              next: {
                decision: "step-up" as const,
                why: `First session on this step: ${lo} reps a set with ${STEP_UP_FIRST_RIR} or more to spare, at a load that feels easy, and pain during it at 0-2. It builds from there.`,
              },
            };
          }
          return {
            ...item,
            ...(next.loadKg !== null && item.loadKg === undefined ? { loadKg: next.loadKg } : {}),
            // O5: a deload's lighter load comes with the reps that keep each set about as hard as usual.
            ...(next.decision === "deload" && item.seconds === undefined ? { reps: next.reps } : {}),
            // O1: a hold's target grows by seconds, never by a load it does not have.
            ...(next.seconds !== undefined && item.seconds !== undefined ? { seconds: next.seconds } : {}),
            next: { decision: next.decision, why: next.why, ...(next.pending ? { pending: true as const } : {}) },
          };
        }),
      })),
    };
  }
  // G4: the belt cue as a set index, never past the one-third warning, which Today then shows.
  return beltOnToday(today, log, date);
}
