/**
 * Next targets per exercise (SPEC §7 O1-O6, §8 M1) with what the server used to add around them: the deload week
 * (O5), what a stand-in replaces (O4), and for a trigger the exercise that takes its place (S1).
 */
import { restrictTarget } from "../clearance/index.js";
import { latestRetestDecision, type TriggerStatus } from "../insights/index.js";
import type { WeeklyPlan } from "../planning/index.js";
import {
  type NextTargets,
  type NextTargetsInput,
  nextTargets,
  RETURN_GAP_SHORT_DAYS,
  STEP_UP_GREEN_SESSIONS,
} from "../progression/index.js";
import { indexReadiness, type ReadinessIndex, readinessOn } from "../readiness/index.js";
import type { Exercise } from "../records/exercise.js";
import type { SessionWithSets } from "../records/session.js";
import type { Tier } from "../records/vocab.js";
import { rankAlternatives } from "../substitution/index.js";
import { daysBetween, localDay } from "../time.js";
import { alternativesOf } from "./alternatives.js";
import { deloadDayOf, deloadOn } from "./plan.js";
import { coachReadiness } from "./readiness.js";
import { lastLoadBefore, type RetestDue, retestsDueToday } from "./retestToday.js";
import { coachTriggerStats, coachTriggerTimeline, pauseDaysOf } from "./separation.js";
import { coachStatuses } from "./statuses.js";
import type { CoachLog } from "./types.js";

/** Next targets with, for a trigger, the alternative to use instead. */
export type NextTargetsAnswer = NextTargets & {
  substitute?: { exerciseId: string; name: string; why: string };
};

/** The clock and plan the targets are read against. */
export interface TargetsContext {
  /** Now, epoch milliseconds (the user's today is its local day). */
  nowMs: number;
  /** When the current plan was made (null: no plan yet), for the deload week. */
  planCreatedAtMs: number | null;
  /** Today's tier for naming substitutes; computed from the log when absent and needed. */
  tierToday?: Tier;
  /** The statuses when the caller has them already. */
  statuses?: Map<string, TriggerStatus>;
  /** The current plan: its items give each exercise's rep range, seconds and fixed dose (O1). */
  plan?: WeeklyPlan;
  /** T5's test days (`coachTriggerTimeline`) when the caller has them; read from the log when needed and absent. */
  testDays?: readonly string[];
}

/** O1: what the plan says of an exercise: its rep range, seconds, and whether its block keeps a fixed dose. */
export interface PlannedDose {
  reps: [number, number];
  seconds?: number;
  fixedDose: boolean;
}

const FIXED_DOSE_BLOCKS = new Set(["alignment", "cooldown", "recovery"]);

/** O1: the first item of each exercise in the plan (main and glute-core items first, as those progress). */
export function plannedDoses(plan: WeeklyPlan | undefined): Map<string, PlannedDose> {
  const out = new Map<string, PlannedDose>();
  if (!plan) return out;
  const blocks = plan.days.flatMap((d) => d.blocks);
  const ordered = [
    ...blocks.filter((b) => !FIXED_DOSE_BLOCKS.has(b.kind)),
    ...blocks.filter((b) => FIXED_DOSE_BLOCKS.has(b.kind)),
  ];
  for (const b of ordered) {
    for (const item of b.items) {
      if (out.has(item.exerciseId)) continue;
      out.set(item.exerciseId, {
        reps: item.reps,
        ...(item.seconds !== undefined ? { seconds: item.seconds } : {}),
        fixedDose: FIXED_DOSE_BLOCKS.has(b.kind),
      });
    }
  }
  return out;
}

/** Sessions with working sets of an exercise, oldest first. */
function sessionsWith(log: CoachLog, exerciseId: string): SessionWithSets[] {
  return log.sessions
    .filter((s) => s.sets.some((x) => x.exerciseId === exerciseId && !x.warmup))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** Sessions of `exerciseId` started after the last session of `otherId` (all of them when it has none). */
function sessionsAfterLastOf(log: CoachLog, exerciseId: string, otherId: string): number {
  const last = sessionsWith(log, otherId).at(-1);
  return sessionsWith(log, exerciseId).filter((s) => !last || s.startedAt > last.startedAt).length;
}

/**
 * O4: what an exercise stands in for, read from the log, so "three greens in a row on a regressed variant or a
 * substitute" can propose the step back: the harder rung whose last session sent the user down to this one
 * (decision "regress"), or a trigger found in the log that this exercise is an alternative for. Only sessions
 * after the original's last one count as time spent standing in.
 */
export function standInFor(
  exercise: Exercise,
  log: CoachLog,
  statuses: Map<string, TriggerStatus>,
  nowMs: number,
): NextTargetsInput["replaces"] | undefined {
  const enough = (otherId: string) => sessionsAfterLastOf(log, exercise.id, otherId) >= STEP_UP_GREEN_SESSIONS;
  for (const harder of log.exercises) {
    if (harder.easier !== exercise.id && exercise.harder !== harder.id) continue;
    if (sessionsWith(log, harder.id).length === 0 || !enough(harder.id)) continue;
    const t = nextTargets({
      exercise: harder,
      history: log.sessions,
      checkins: log.checkins,
      settings: log.profile.settings,
      unit: log.profile.unit,
      status: statuses.get(harder.id) ?? "unknown",
      nowMs,
    });
    if (t.decision === "regress" && t.regressTo === exercise.id) return { exerciseId: harder.id, via: "regression" };
  }
  // A trigger the user named stays out by their own word; only triggers found in the log are offered again.
  const named = new Set(log.profile.aggravating.flatMap((a) => ("exerciseId" in a ? [a.exerciseId] : [])));
  let best: { id: string; last: string } | undefined;
  for (const original of log.exercises) {
    if (statuses.get(original.id) !== "trigger" || named.has(original.id)) continue;
    const last = sessionsWith(log, original.id).at(-1);
    if (!last || !enough(original.id) || (best && best.last >= last.startedAt)) continue;
    const alternatives = rankAlternatives(original, {
      catalog: log.exercises,
      excluded: new Set(),
      excludedPatterns: new Set(),
      equipment: log.profile.equipment,
      tier: "R5",
      reason: "trigger",
      // The plan's stand-in for a fully supported trigger may be a same-grade sidestep: recognise it too.
      sidesteps: true,
    });
    if (alternatives.some((a) => a.exercise.id === exercise.id)) best = { id: original.id, last: last.startedAt };
  }
  return best ? { exerciseId: best.id, via: "substitution" } : undefined;
}

/** The next targets of some exercises, from one read of the log. */
export function nextTargetsOf(log: CoachLog, exercises: readonly Exercise[], ctx: TargetsContext): NextTargetsAnswer[] {
  const statuses = ctx.statuses ?? coachStatuses(log);
  const today = localDay(ctx.nowMs, log.profile.timeZone);
  const deload = deloadOn(log, ctx.planCreatedAtMs, today);
  const deloadDay = deloadDayOf(log, ctx.planCreatedAtMs);
  let tierToday = ctx.tierToday;
  const doses = plannedDoses(ctx.plan);
  // O7 reads the tiers of the days since an exercise's last session; each day is computed once per call.
  // One index of the history serves every day asked (its lock state is built once, not once per day).
  const tiers = new Map<string, Tier>();
  let index: ReadinessIndex | undefined;
  const tierOn = (day: string): Tier => {
    let t = tiers.get(day);
    if (t === undefined) {
      index ??= indexReadiness({
        checkins: log.checkins,
        sessions: log.sessions,
        clearances: log.clearances,
        timeZone: log.profile.timeZone,
      });
      t = readinessOn(index, day).tier;
      tiers.set(day, t);
    }
    return t;
  };
  const lastSessionBeforeToday = log.sessions.filter((s) => s.date < today).at(-1);
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  const out: NextTargetsAnswer[] = [];
  let retestsDue: RetestDue[] | undefined;
  let testDays = ctx.testDays;
  /** O7/T5: days the exercise was paused for a test since it was last done (looked for only after 14 days). */
  const pausesOf = (exerciseId: string, lastDay: string | undefined): string[] => {
    if (!ctx.plan || lastDay === undefined || daysBetween(lastDay, today) < RETURN_GAP_SHORT_DAYS) return [];
    testDays ??= coachTriggerTimeline(log).testDays;
    return pauseDaysOf(exerciseId, lastDay, testDays, ctx.plan, log);
  };
  let stats: ReturnType<typeof coachTriggerStats> | undefined;
  /** T6: after two passes, the load before the re-test that the ramp climbs back to (null when not re-tested). */
  const retestAnchorOf = (exerciseId: string): number | null => {
    if (statuses.get(exerciseId) !== "tolerated") return null;
    const decision = latestRetestDecision(log.retests ?? [], exerciseId);
    if (!decision?.accept) return null;
    stats ??= coachTriggerStats(log);
    const verdict = stats.get(exerciseId)?.verdict;
    if (verdict?.by !== "T6" || verdict.result !== "tolerated" || verdict.date < decision.date) return null;
    return lastLoadBefore(log, exerciseId, decision.date);
  };
  for (const exercise of exercises) {
    const replaces = standInFor(exercise, log, statuses, ctx.nowMs);
    const retestAnchorKg = retestAnchorOf(exercise.id);
    const dose = doses.get(exercise.id);
    const neighbours = [exercise.easier, exercise.harder].filter((x): x is string => x !== undefined);
    const neighbourDays = log.sessions
      .filter((s) => s.sets.some((x) => neighbours.includes(x.exerciseId) && !x.warmup))
      .map((s) => s.date);
    const easier = exercise.easier ? byId.get(exercise.easier) : undefined;
    const inLastSession = lastSessionBeforeToday?.sets.some((x) => x.exerciseId === exercise.id) ?? false;
    let lastDay: string | undefined;
    for (const s of log.sessions) {
      if (s.date >= today || (lastDay !== undefined && s.date <= lastDay)) continue;
      if (s.sets.some((x) => x.exerciseId === exercise.id && !x.warmup)) lastDay = s.date;
    }
    const pauseDays = pausesOf(exercise.id, lastDay);
    // X5: the clinician's rules in force today hold a target at a cap or set the exercise aside.
    const t: NextTargetsAnswer = restrictTarget(
      nextTargets({
        exercise,
        history: log.sessions,
        checkins: log.checkins,
        settings: log.profile.settings,
        unit: log.profile.unit,
        status: statuses.get(exercise.id) ?? "unknown",
        nowMs: ctx.nowMs,
        timeZone: log.profile.timeZone,
        deload: deload.due,
        deloadDay,
        tierOn,
        neighbourDays,
        ...(inLastSession ? { inSessionBeforeR3: true } : {}),
        ...(pauseDays.length > 0 ? { pauseDays } : {}),
        ...(easier ? { easierExercise: easier } : {}),
        ...(dose ? { repRange: dose.reps, fixedDose: dose.fixedDose } : {}),
        ...(dose?.seconds !== undefined && exercise.measure === "seconds" ? { plannedSeconds: dose.seconds } : {}),
        ...(replaces ? { replaces } : {}),
        ...(retestAnchorKg !== null ? { retestAnchorKg } : {}),
      }),
      exercise,
      log,
      today,
    );
    if (t.decision === "substitute" && latestRetestDecision(log.retests ?? [], exercise.id)?.accept) {
      // T6: an accepted re-test due today answers the re-test load and its rule, not the substitute.
      stats ??= coachTriggerStats(log);
      retestsDue ??= retestsDueToday(log, today, statuses, stats);
      const due = retestsDue.find((d) => d.exerciseId === exercise.id);
      if (due) {
        out.push({ ...t, decision: "retest", loadKg: due.loadKg, why: due.rule });
        continue;
      }
    }
    if (t.decision === "substitute") {
      // Nothing gentler exists for some supported grade-A triggers; then name the sidestep the plan uses (S1).
      tierToday ??= coachReadiness(log, today).tier;
      const [best] = alternativesOf(log, exercise, "trigger", { tier: tierToday, limit: 1, statuses, day: today });
      if (best) t.substitute = { exerciseId: best.exercise.id, name: best.exercise.name, why: best.why };
      const named = log.profile.aggravating.some((a) => "exerciseId" in a && a.exerciseId === exercise.id);
      // The user's own word, not the log, put it aside: say so.
      if (named) {
        t.why = best
          ? `You marked ${exercise.name} as one that aggravates your back, so ${best.exercise.name} takes its place.`
          : `You marked ${exercise.name} as one that aggravates your back, so Spotter leaves it out.`;
      }
    }
    out.push(t);
  }
  return out;
}

/** The next targets for each exercise of a finished session. */
export function targetsAfterSession(
  log: CoachLog,
  session: Pick<SessionWithSets, "sets">,
  ctx: TargetsContext,
): NextTargetsAnswer[] {
  const ids = [...new Set(session.sets.map((s) => s.exerciseId))];
  const exercises = ids
    .map((id) => log.exercises.find((e) => e.id === id))
    .filter((e): e is Exercise => e !== undefined);
  return nextTargetsOf(log, exercises, ctx);
}
