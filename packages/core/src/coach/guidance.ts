/**
 * Guidance after a logged set (SPEC §6 G3, G4): replays the session's stop rules over its stored sets plus the new
 * one, so "stopped" and "flagged" are always derived from the log (G6).
 */

import { restrictSetAnswer } from "../clearance/index.js";
import { isRecoveryExercise, type PlanItem, recoverySession } from "../planning/index.js";
import { bestE1rm } from "../progression/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Readiness } from "../records/readiness.js";
import type { LoggedSet, TrainingSession } from "../records/session.js";
import type { Tier } from "../records/vocab.js";
import {
  beltShare,
  beltShareWindow,
  datedSets,
  isRecoverySessionStart,
  replaySessionGuidance,
  setGuidance,
} from "../session/index.js";
import type { Alternative } from "../substitution/index.js";
import { addDays, localDay } from "../time.js";
import { alternativesOf } from "./alternatives.js";
import { coachReadiness, trainingLockOf } from "./readiness.js";
import { coachStatuses, statusLookup } from "./statuses.js";
import type { CoachLog } from "./types.js";

/** The guidance answer of `POST /sessions/:id/sets`. */
export interface GuidanceAnswer {
  action: "continue" | "hold" | "reduce" | "stop-exercise";
  next?: { loadKg: number | null; reps: number | null; warmup: boolean };
  beltCue: boolean;
  message: string;
  rule: string;
  alternatives?: Alternative[];
  /** G3: the recovery items, when loaded work ends for the day (R2 lock, R3 day, start at pain 6+, two above 5). */
  recovery?: PlanItem[];
}

/** What `setGuidanceOf` reads besides the log. */
export interface SetGuidanceContext {
  /** The session the set belongs to. */
  session: TrainingSession;
  /** The set (new, or already stored in the log). */
  set: LoggedSet;
  exercise: Exercise;
  /** The readiness of the session's day (its lock decides what is trainable). */
  sessionReadiness: Pick<Readiness, "tier">;
  /** Now, epoch milliseconds (alternatives on a stop follow today's tier). */
  nowMs: number;
  /** Today's tier when the caller has it; computed from the log when absent and needed. */
  tierToday?: Tier;
  /** G4: the planned working sets of this exercise today, when the caller knows them. */
  plannedWorkingSets?: number;
}

/** The recovery session's exercise ids, found once per catalog (each set's answer needs them). */
const recoveryIdsCache = new WeakMap<readonly Exercise[], string[]>();
function recoveryIdsOf(exercises: readonly Exercise[]): string[] {
  let ids = recoveryIdsCache.get(exercises);
  if (!ids) {
    ids = exercises.filter((e) => isRecoveryExercise(e.id, exercises)).map((e) => e.id);
    recoveryIdsCache.set(exercises, ids);
  }
  return ids;
}

/** The exercises by id, made once per list (a cached log keeps its list across set writes). */
const byIdCache = new WeakMap<readonly Exercise[], Map<string, Exercise>>();
function exercisesById(exercises: readonly Exercise[]): Map<string, Exercise> {
  let byId = byIdCache.get(exercises);
  if (!byId) {
    byId = new Map(exercises.map((e) => [e.id, e]));
    byIdCache.set(exercises, byId);
  }
  return byId;
}

/** The guidance for a set, and whether the set must be stored flagged. */
export function setGuidanceOf(log: CoachLog, ctx: SetGuidanceContext): { answer: GuidanceAnswer; flagged: boolean } {
  const { session, set, exercise } = ctx;
  const { profile, exercises } = log;
  const byId = exercisesById(exercises);
  const stored = log.sessions.find((s) => s.id === session.id)?.sets ?? [];
  const earlier = stored.filter((s) => s.id !== set.id && s.createdAt <= set.createdAt);
  const lock = trainingLockOf(log, ctx.sessionReadiness);
  // G3: an R3 day, or a session started at pain 6 or more, is the recovery session, as under an R2 lock.
  const recoveryDay =
    ctx.sessionReadiness.tier === "R3" || session.recovery === true || isRecoverySessionStart(session.painBefore);
  const recoveryAll = recoveryIdsOf(exercises);
  const recoveryIds = lock?.allowedIds ?? (recoveryDay ? recoveryAll : null);
  const because = lock ? "lock" : "recovery-day";
  const replay = replaySessionGuidance({
    sets: earlier,
    sessionPainBefore: session.painBefore,
    exercisesById: byId,
    unit: profile.unit,
    recoveryIdsWhenEnded: recoveryAll,
    ...(recoveryIds ? { recoveryExerciseIds: recoveryIds, recoveryBecause: because } : {}),
  });
  const ended = replay.stoppedAbove5Ids.length >= 2;
  const outsideIds = recoveryIds ?? (ended ? recoveryAll : null);
  // R4 caps effort on grade C-D work at 2 in reserve (X5 caps join here when restrictions carry them).
  const effortCapRir =
    ctx.sessionReadiness.tier === "R4" && (exercise.grade === "C" || exercise.grade === "D") ? 2 : undefined;
  // The belt cue reads the estimated 1RM from the last 8 weeks of this exercise.
  const since = addDays(session.date, -56);
  const history = log.sessions
    .filter((s) => s.date >= since && s.date <= session.date)
    .flatMap((s) => s.sets.filter((x) => x.exerciseId === exercise.id));
  const e1rmKg = bestE1rm(history);
  // G4: this exercise's own belt share over the last 4 weeks (each exercise counted on its own).
  const share = beltShare(
    datedSets(log.sessions.filter((s) => s.date <= session.date && s.date >= addDays(session.date, -28))).filter(
      (x) => x.exerciseId === exercise.id,
    ),
    new Map([[exercise.id, exercise]]),
    beltShareWindow(session.date),
  );
  const g = setGuidance({
    exercise,
    set,
    previousSetsOfExercise: earlier.filter((s) => s.exerciseId === exercise.id),
    sessionPainBefore: session.painBefore,
    stoppedExerciseIds: replay.stoppedExerciseIds,
    unit: profile.unit,
    e1rmKg,
    beltThresholdPct: profile.settings.beltThresholdPct,
    stoppedAbove5Ids: replay.stoppedAbove5Ids,
    beltShareHigh: share.warn,
    ...(ctx.plannedWorkingSets !== undefined ? { plannedWorkingSets: ctx.plannedWorkingSets } : {}),
    outsideRecovery: outsideIds !== null && !outsideIds.includes(exercise.id),
    recoveryBecause: recoveryIds ? because : "loaded-work-ended",
    ...(effortCapRir !== undefined ? { effortCapRir } : {}),
  });
  const answer: GuidanceAnswer = {
    action: g.action,
    rule: g.rule,
    beltCue: g.beltCue,
    message: g.message,
    ...(g.next ? { next: g.next } : {}),
  };
  if (lock?.tier === "R1" && g.rule === "outside-recovery") {
    // R1: no exercise is offered in its place; the only advice is urgent care (S0.2).
    answer.rule = "training-locked";
    answer.message =
      "Training is locked: the warning signs you reported need emergency care. Stop here and call your local emergency number or go to an emergency department. The set is saved and marked.";
  } else if (
    (g.rule === "outside-recovery" && lock?.tier !== "R1") ||
    (g.rule === "pain-above-5" && replay.stoppedAbove5Ids.some((id) => id !== exercise.id))
  ) {
    // Loaded work is over for the day: the answer carries the recovery items instead of alternatives.
    const statusOf = statusLookup(coachStatuses(log));
    answer.recovery = recoverySession({ profile, exercises, statusOf, tier: "R3" }).blocks.flatMap((b) => b.items);
  } else if (g.action === "stop-exercise") {
    const tier = ctx.tierToday ?? coachReadiness(log, localDay(ctx.nowMs, profile.timeZone)).tier;
    answer.alternatives = alternativesOf(log, exercise, "pain", { tier, limit: 5, day: session.date });
  }
  // X5: a set against the clinician's rules of its day is stored flagged and answered with the rule.
  return restrictSetAnswer(answer, g.flagged, {
    set,
    exercise,
    log,
    day: session.date,
    alternatives: () =>
      alternativesOf(log, exercise, "pain", { tier: ctx.sessionReadiness.tier, limit: 5, day: session.date }),
  });
}
