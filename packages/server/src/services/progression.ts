/** Next targets per exercise (SPEC §7 O1-O6, §8 M1), derived from the whole log each time it is asked. */
import {
  type DeloadDecision,
  daysBetween,
  deloadDue,
  type Exercise,
  localDay,
  type NextTargets,
  type NextTargetsInput,
  nextTargets,
  rankAlternatives,
  type SessionWithSets,
  STEP_UP_GREEN_SESSIONS,
  type TriggerStatus,
} from "@spotter/core";
import { currentPlan } from "@spotter/db";
import type { Deps } from "../context.js";
import { alternativesFor } from "./alternatives.js";
import { loadUserLog, type UserLog } from "./log.js";
import { statusesOf } from "./statuses.js";

/** Next targets with, for a trigger, the alternative to use instead. */
export type NextTargetsAnswer = NextTargets & {
  substitute?: { exerciseId: string; name: string; why: string };
};

async function weekIndexOf(deps: Deps, userId: string, today: string, timeZone: string): Promise<number> {
  const plan = await currentPlan(deps.db.kysely, userId);
  if (!plan) return 1;
  return Math.floor(daysBetween(localDay(plan.createdAt, timeZone), today) / 7) + 1;
}

/**
 * O5: whether the week of a local day (default: the user's today) is a deload week: the plan's week (every 5th by
 * default) or a pain rise.
 */
export async function deloadFor(deps: Deps, userId: string, log?: UserLog, day?: string): Promise<DeloadDecision> {
  const data = log ?? (await loadUserLog(deps, userId));
  const today = day ?? localDay(deps.now(), data.profile.timeZone);
  return deloadDue({
    weekIndex: await weekIndexOf(deps, userId, today, data.profile.timeZone),
    everyWeeks: data.profile.settings.deloadEveryWeeks,
    checkins: data.checkins,
    today,
  });
}

/** Sessions with working sets of an exercise, oldest first. */
function sessionsWith(data: UserLog, exerciseId: string): SessionWithSets[] {
  return data.sessions
    .filter((s) => s.sets.some((x) => x.exerciseId === exerciseId && !x.warmup))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** Sessions of `exerciseId` started after the last session of `otherId` (all of them when it has none). */
function sessionsAfterLastOf(data: UserLog, exerciseId: string, otherId: string): number {
  const last = sessionsWith(data, otherId).at(-1);
  return sessionsWith(data, exerciseId).filter((s) => !last || s.startedAt > last.startedAt).length;
}

/**
 * O4: what an exercise stands in for, read from the log, so "three greens in a row on a regressed variant or a
 * substitute" can propose the step back: the harder rung whose last session sent the user down to this one
 * (decision "regress"), or a trigger found in the log that this exercise is an alternative for. Only sessions
 * after the original's last one count as time spent standing in.
 */
function standInFor(
  exercise: Exercise,
  data: UserLog,
  statuses: Map<string, TriggerStatus>,
  nowMs: number,
): NextTargetsInput["replaces"] | undefined {
  const enough = (otherId: string) => sessionsAfterLastOf(data, exercise.id, otherId) >= STEP_UP_GREEN_SESSIONS;
  for (const harder of data.exercises) {
    if (harder.easier !== exercise.id && exercise.harder !== harder.id) continue;
    if (sessionsWith(data, harder.id).length === 0 || !enough(harder.id)) continue;
    const t = nextTargets({
      exercise: harder,
      history: data.sessions,
      checkins: data.checkins,
      settings: data.profile.settings,
      unit: data.profile.unit,
      status: statuses.get(harder.id) ?? "unknown",
      nowMs,
    });
    if (t.decision === "regress" && t.regressTo === exercise.id) return { exerciseId: harder.id, via: "regression" };
  }
  // A trigger the user named stays out by their own word; only triggers found in the log are offered again.
  const named = new Set(data.profile.aggravating.flatMap((a) => ("exerciseId" in a ? [a.exerciseId] : [])));
  let best: { id: string; last: string } | undefined;
  for (const original of data.exercises) {
    if (statuses.get(original.id) !== "trigger" || named.has(original.id)) continue;
    const last = sessionsWith(data, original.id).at(-1);
    if (!last || !enough(original.id) || (best && best.last >= last.startedAt)) continue;
    const alternatives = rankAlternatives(original, {
      catalog: data.exercises,
      excluded: new Set(),
      excludedPatterns: new Set(),
      equipment: data.profile.equipment,
      tier: "R5",
      reason: "trigger",
      // The plan's stand-in for a fully supported trigger may be a same-grade sidestep: recognise it too.
      sidesteps: true,
    });
    if (alternatives.some((a) => a.exercise.id === exercise.id)) best = { id: original.id, last: last.startedAt };
  }
  return best ? { exerciseId: best.id, via: "substitution" } : undefined;
}

/** The next targets of some exercises, from one load of the log. */
export async function nextTargetsFor(
  deps: Deps,
  userId: string,
  exercises: Exercise[],
  log?: UserLog,
): Promise<NextTargetsAnswer[]> {
  const data = log ?? (await loadUserLog(deps, userId));
  const statuses = statusesOf(data);
  const deload = await deloadFor(deps, userId, data);
  const out: NextTargetsAnswer[] = [];
  for (const exercise of exercises) {
    const replaces = standInFor(exercise, data, statuses, deps.now());
    const t: NextTargetsAnswer = nextTargets({
      exercise,
      history: data.sessions,
      checkins: data.checkins,
      settings: data.profile.settings,
      unit: data.profile.unit,
      status: statuses.get(exercise.id) ?? "unknown",
      nowMs: deps.now(),
      timeZone: data.profile.timeZone,
      deload: deload.due,
      ...(replaces ? { replaces } : {}),
    });
    if (t.decision === "substitute") {
      // Nothing gentler exists for some supported grade-A triggers; then name the sidestep the plan uses (S1).
      // alternativesFor falls back to the plan's same-grade sidestep when nothing gentler exists (S1).
      const [best] = await alternativesFor(deps, userId, exercise, "trigger", { limit: 1 });
      if (best) t.substitute = { exerciseId: best.exercise.id, name: best.exercise.name, why: best.why };
      const named = data.profile.aggravating.some((a) => "exerciseId" in a && a.exerciseId === exercise.id);
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
export async function progressionAfter(
  deps: Deps,
  userId: string,
  session: SessionWithSets,
): Promise<NextTargetsAnswer[]> {
  const log = await loadUserLog(deps, userId);
  const ids = [...new Set(session.sets.map((s) => s.exerciseId))];
  const exercises = ids
    .map((id) => log.exercises.find((e) => e.id === id))
    .filter((e): e is Exercise => e !== undefined);
  return nextTargetsFor(deps, userId, exercises, log);
}
