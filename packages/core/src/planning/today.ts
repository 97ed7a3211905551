/**
 * P5: today's session from the plan and today's readiness, without rewriting the plan. R1 locks all training
 * (session null); a rest day has no session, whatever the tier, but offers blood-flow suggestions; on a training
 * day R2 and R3 give the recovery session, R4 the day adapted (see r4.ts), R5 the day as written with triggers
 * still substituted. M1 muscle guarding lengthens the alignment block and offers the single-limb variant.
 */
import { bloodFlowSuggestions } from "../daily/index.js";
import { deloadSets } from "../progression/index.js";
import type { BloodFlowSuggestion } from "../records/daily.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { Readiness } from "../records/readiness.js";
import { weekdayOf } from "../time.js";
import { isPlannable } from "./eligibility.js";
import { adaptDayForR4 } from "./r4.js";
import { recoverySession } from "./recovery.js";
import { alternativesInDay, type ReplaceContext, recountMinutes, trimToBudget } from "./replace.js";
import { applyStatusesToDay } from "./statuses.js";
import { planBlocksMinutes } from "./timing.js";
import type { PlanBlock, PlanDay, PlanStatusOf, WeeklyPlan } from "./types.js";
import { lowerFirst } from "./wording.js";

/** What todaySession reads. */
export interface TodaySessionInput {
  plan: WeeklyPlan;
  /** The user's local day, YYYY-MM-DD. */
  date: string;
  readiness: Readiness;
  profile: Profile;
  exercises: readonly Exercise[];
  statusOf: PlanStatusOf;
  /** Exercise ids M1 flagged for possible muscle guarding. */
  guarding?: readonly string[];
  /** O5: true in a deload week (see `deloadDue`): the training blocks keep 60% of their sets. */
  deload?: boolean;
}

/** Today's session (GET /today's `session`): the blocks, with the plan day it came from. */
export interface TodaySessionBlocks {
  blocks: PlanBlock[];
  /** The plan day's index and title (absent for nothing). */
  dayIndex: number;
  title: string;
  minutes: number;
  /** True when this is the recovery session (R2, R3). */
  recovery: boolean;
}

/** The GET /today answer. */
export interface TodayAnswer {
  readiness: Readiness;
  restDay: boolean;
  session: TodaySessionBlocks | null;
  /** Rest-day blood-flow suggestions (N3). */
  suggestions?: BloodFlowSuggestion[];
  /** Plain lines on what today changed and why. */
  notes?: string[];
}

/** The plan day that falls on a date, if any. */
export function planDayOn(plan: WeeklyPlan, date: string): PlanDay | undefined {
  const wd = weekdayOf(date);
  return plan.days.find((d) => d.weekday === wd);
}

/** M1: a longer alignment block and, for each flagged exercise, the single-limb variant offered. */
function applyGuarding(day: PlanDay, ctx: ReplaceContext, guarding: readonly string[], notes: string[]): void {
  const flagged = new Set(guarding);
  let any = false;
  for (const b of day.blocks) {
    for (const it of b.items) {
      if (!flagged.has(it.exerciseId)) continue;
      any = true;
      const from = ctx.exercises.find((e) => e.id === it.exerciseId);
      if (!from) continue;
      const to = alternativesInDay(from, day, ctx, { tier: "R4", reason: "pain", alsoSuspected: true }).find(
        (e) => e.laterality === "unilateral",
      );
      if (to) {
        it.proposal = {
          exerciseId: to.id,
          why: `Your numbers on ${lowerFirst(from.name)} dipped while it hurt, a sign your body may be guarding: ${lowerFirst(to.name)} works the same muscles one side at a time. Keep the load where it was either way.`,
        };
      }
    }
  }
  if (!any) return;
  const align = day.blocks.find((b) => b.kind === "alignment");
  if (align) {
    for (const it of align.items) it.sets += 1;
    align.notes = [
      ...(align.notes ?? []),
      "Your recent sessions suggest muscle guarding, so the alignment work is a little longer today. Take your time with it.",
    ];
  }
  notes.push(
    "Possible muscle guarding: loads stay where they were, the alignment block is longer, and a single-leg or single-arm option is offered.",
  );
}

/** P5: today's answer for GET /today. */
export function todaySession(input: TodaySessionInput): TodayAnswer {
  const { readiness, profile } = input;
  const tier = readiness.tier;
  const ctx: ReplaceContext = { profile, exercises: input.exercises, statusOf: input.statusOf };
  const day = planDayOn(input.plan, input.date);
  if (!day) {
    // P4 holds for what a rest day offers too: a suggestion built on a trigger or an excluded pattern is left out.
    const rules = { profile, statusOf: input.statusOf };
    const offerable = (id: string) => {
      const ex = input.exercises.find((e) => e.id === id);
      return ex === undefined || isPlannable(ex, rules);
    };
    const suggestions = bloodFlowSuggestions({ isTrainingDay: false, tier, equipment: profile.equipment, offerable });
    return { readiness, restDay: true, session: null, suggestions };
  }
  if (tier === "R1") {
    return {
      readiness,
      restDay: false,
      session: null,
      notes: ["Training is locked until you record that a clinician has assessed you."],
    };
  }
  if (tier === "R2" || tier === "R3") {
    const rec = recoverySession({ profile, exercises: input.exercises, statusOf: input.statusOf, tier });
    const byId = new Map(input.exercises.map((e) => [e.id, e]));
    const minutes = planBlocksMinutes(rec.blocks, byId);
    return {
      readiness,
      restDay: false,
      session: { blocks: rec.blocks, dayIndex: day.index, title: "Recovery session", minutes, recovery: true },
    };
  }
  const notes: string[] = [];
  let today: PlanDay;
  if (tier === "R4") {
    const adapted = adaptDayForR4(day, ctx);
    today = adapted.day;
    notes.push(...adapted.notes);
  } else {
    const applied = applyStatusesToDay(day, ctx, { tier });
    today = applied.day;
    notes.push(...applied.changes.map((c) => c.why));
  }
  if (input.guarding && input.guarding.length > 0) applyGuarding(today, ctx, input.guarding, notes);
  // P1: a stand-in done one side at a time, or M1's longer alignment, must still fit the session's minutes.
  today = trimToBudget(today, input.exercises, profile.sessionMinutes);
  if (input.deload) {
    // O5: the deload's volume -40% is cut here, from the day as adapted; its load -10% comes with each next target.
    for (const b of today.blocks) {
      if (b.kind !== "main" && b.kind !== "glute-core") continue;
      for (const it of b.items) it.sets = deloadSets(it.sets);
    }
    today = recountMinutes(today, input.exercises);
    notes.push(
      "A lighter week: about 40% fewer sets and 10% less load, each set about as hard as usual, so you recover before building again.",
    );
  }
  const answer: TodayAnswer = {
    readiness,
    restDay: false,
    session: { blocks: today.blocks, dayIndex: day.index, title: day.title, minutes: today.minutes, recovery: false },
  };
  if (notes.length > 0) answer.notes = notes;
  return answer;
}
