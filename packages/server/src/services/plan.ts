/**
 * The user's current weekly plan (SPEC §5): made from the profile on first use, and kept in step with the trigger
 * statuses so a new trigger is substituted from the next session on (P4, T2) without rewriting the rest. The
 * decisions are the coach facade's (`newPlan`, `planInStep`); this file stores them.
 */
import {
  type Exercise,
  newPlan,
  planDayOn,
  planForDay,
  restrictPlan,
  statusLookup,
  type WeeklyPlan,
  weekdayOf,
  withBlockNote,
} from "@spotter/core";
import { currentPlan, insertPlan, updatePlan } from "@spotter/db";
import type { Deps } from "../context.js";
import { loadUserLog, type UserLog } from "./log.js";
import { statusesOf } from "./statuses.js";
import { todayIn } from "./today.js";

/** A stored plan as the API answers it. */
export type PlanAnswer = WeeklyPlan & { id: string; createdAt: string };

/** Builds a new plan from the profile, stores it as the current one, and answers it. */
export async function makePlan(deps: Deps, userId: string, log?: UserLog): Promise<PlanAnswer> {
  const data = log ?? (await loadUserLog(deps, userId));
  const now = deps.now();
  // P7: a plan is one block; its sentence says when the block ends.
  const plan = withBlockNote(newPlan(data), now, data.profile);
  const id = deps.newId();
  await insertPlan(deps.db.kysely, userId, id, plan, now);
  return { id, createdAt: new Date(now).toISOString(), ...plan };
}

/**
 * The current plan with today's statuses applied (made when there is none yet). P7: when the stored plan's block
 * is over, the next block's plan is stored as a new plan and answered.
 */
export async function ensurePlan(deps: Deps, userId: string, log?: UserLog): Promise<PlanAnswer> {
  const data = log ?? (await loadUserLog(deps, userId));
  const stored = await currentPlan<WeeklyPlan>(deps.db.kysely, userId);
  if (!stored) return makePlan(deps, userId, data);
  const forDay = planForDay({ plan: stored.plan, createdAtMs: stored.createdAt }, data, deps.now(), statusesOf(data));
  if (forDay.renewed) {
    const id = deps.newId();
    await insertPlan(deps.db.kysely, userId, id, forDay.plan.plan, forDay.plan.createdAtMs);
    return { id, createdAt: new Date(forDay.plan.createdAtMs).toISOString(), ...forDay.plan.plan };
  }
  const updated = forDay.plan.plan;
  if (JSON.stringify(updated) !== JSON.stringify(stored.plan)) {
    await updatePlan(deps.db.kysely, userId, stored.id, updated);
  }
  return { id: stored.id, createdAt: new Date(stored.createdAt).toISOString(), ...updated };
}

/**
 * X5: the plan as answered on the user's today, kept to the clinician's rules in force. The stored plan stays as
 * made, so what a rule kept out comes back when it ends.
 */
export function shownPlan(deps: Deps, plan: PlanAnswer, log: UserLog): PlanAnswer {
  const today = todayIn(deps, log.profile.timeZone);
  // The statuses are worked out only when a rule needs a swap (most users have no rules).
  let lookup: ((id: string) => string) | undefined;
  const statusOf = (id: string) => {
    lookup ??= statusLookup(statusesOf(log));
    return lookup(id);
  };
  return { ...plan, ...restrictPlan(plan, log, today, statusOf) };
}

/** Which exercises a new plan added and dropped compared with the previous one, for "what changed". */
export function planChanges(before: WeeklyPlan | undefined, after: WeeklyPlan): { added: string[]; removed: string[] } {
  const ids = (p: WeeklyPlan | undefined) =>
    new Set((p?.days ?? []).flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId))));
  const a = ids(before);
  const b = ids(after);
  return { added: [...b].filter((x) => !a.has(x)).sort(), removed: [...a].filter((x) => !b.has(x)).sort() };
}

/** Planned minutes of training on a day, or null for a rest day or no plan. */
export async function plannedMinutesOn(deps: Deps, userId: string, date: string): Promise<number | null> {
  const stored = await currentPlan<WeeklyPlan>(deps.db.kysely, userId);
  if (!stored) return null;
  const day = planDayOn(stored.plan, date) ?? stored.plan.days.find((d) => d.weekday === weekdayOf(date));
  return day ? day.minutes : null;
}

/** The exercises of a list by id (unknown ids dropped). */
export function pickExercises(all: Exercise[], ids: string[]): Exercise[] {
  const byId = new Map(all.map((e) => [e.id, e]));
  return ids.map((id) => byId.get(id)).filter((e): e is Exercise => e !== undefined);
}
