/** Next targets per exercise (SPEC §7 O1-O6, §8 M1), derived from the whole log each time it is asked. */
import {
  daysBetween,
  deloadDue,
  type Exercise,
  localDay,
  type NextTargets,
  nextTargets,
  type SessionWithSets,
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

/** The next targets of some exercises, from one load of the log. */
export async function nextTargetsFor(
  deps: Deps,
  userId: string,
  exercises: Exercise[],
  log?: UserLog,
): Promise<NextTargetsAnswer[]> {
  const data = log ?? (await loadUserLog(deps, userId));
  const statuses = statusesOf(data);
  const today = localDay(deps.now(), data.profile.timeZone);
  const deload = deloadDue({
    weekIndex: await weekIndexOf(deps, userId, today, data.profile.timeZone),
    everyWeeks: data.profile.settings.deloadEveryWeeks,
    checkins: data.checkins,
    today,
  });
  const out: NextTargetsAnswer[] = [];
  for (const exercise of exercises) {
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
    });
    if (t.decision === "substitute") {
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
