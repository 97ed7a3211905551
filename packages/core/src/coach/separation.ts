/**
 * T5 in the plan: when suspects share a session, today's session keeps one of them and pauses the other loaded
 * exercises that are not tolerated (at most 14 days each), so that the next morning speaks about that one alone.
 * The suspect under test keeps the load and reps it had (no O1 increase, no O7 ramp; an O3 drop still applies).
 * Kept apart from planning and progression so the rules of each stay in their own files.
 */
import { isLoaded } from "../catalog/index.js";
import {
  type ExerciseStats,
  indexInsightsLog,
  TRIGGER_RULES,
  type TriggerStatus,
  triggerTimeline,
} from "../insights/index.js";
import { planDayOn, type TodayAnswer, type WeeklyPlan } from "../planning/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Weekday } from "../records/vocab.js";
import { daysBetween, weekdayName } from "../time.js";
import { movesOf } from "./separationMoves.js";
import { coachStatuses } from "./statuses.js";
import type { NextTargetsAnswer } from "./targets.js";
import type { CoachLog } from "./types.js";

/** T5: the longest pause of an exercise for a test, in days since it was last done. */
export const SEPARATION_MAX_PAUSE_DAYS = 14;

/** Today's T5 arrangement: the suspect tested and what is paused for it. */
export interface Separation {
  /** The suspect whose next morning today's session tests. */
  testId: string;
  /** Loaded exercises left out today so the test speaks about the suspect alone. */
  pausedIds: string[];
  /** One calm sentence for Today. */
  note: string;
  /** T5: the weekday the plan moved the suspect from for this test (absent when it is on its own day). */
  movedFrom?: Weekday;
}

/** The T5 figures of every exercise in the log (the same walk the statuses come from). */
export function coachTriggerStats(log: CoachLog): Map<string, ExerciseStats> {
  return coachTriggerTimeline(log).stats;
}

/** The T5 figures of every exercise and the days of the log's separated exposures (test days, oldest first). */
export function coachTriggerTimeline(log: CoachLog): { stats: Map<string, ExerciseStats>; testDays: string[] } {
  const ix = indexInsightsLog({ sessions: log.sessions, sets: log.sets, checkins: log.checkins });
  const { stats, testDays } = triggerTimeline(ix, { exercises: log.exercises, retests: log.retests ?? [] });
  return { stats: new Map(stats.map((s) => [s.exerciseId, s])), testDays };
}

/**
 * O7/T5: the test days since `lastDay` on which the plan held the exercise and the session left it out: days it was
 * paused for another suspect's test (a pause of up to 14 days is not a gap).
 */
export function pauseDaysOf(
  exerciseId: string,
  lastDay: string,
  testDays: readonly string[],
  plan: WeeklyPlan,
  log: CoachLog,
): string[] {
  const out: string[] = [];
  for (const d of testDays) {
    if (d <= lastDay) continue;
    const planned = planDayOn(plan, d)?.blocks.some((b) => b.items.some((i) => i.exerciseId === exerciseId));
    if (!planned) continue;
    const done = log.sessions.some((s) => s.date === d && s.sets.some((x) => x.exerciseId === exerciseId));
    if (!done) out.push(d);
  }
  return out;
}

function names(ids: readonly string[], byId: Map<string, Exercise>): string {
  const list = ids.map((id) => byId.get(id)?.name.toLowerCase() ?? id);
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** T5: counts as tolerated beside a suspect under test (an unknown with no next-morning change of +1 or more too). */
function toleratedHere(id: string, status: TriggerStatus, stats: Map<string, ExerciseStats>): boolean {
  if (status === "tolerated") return true;
  if (status !== "unknown") return false;
  const change = stats.get(id)?.nextMorning.change ?? null;
  return change === null || change < TRIGGER_RULES.suspectChange;
}

/** Whether a suspect's only evidence is next-morning change (T5: such tests may also run on R4 days). */
function onlyNextMorning(s: ExerciseStats | undefined): boolean {
  return !!s && s.sharpEvents === 0 && s.redResponses === 0;
}

/**
 * T5: the arrangement for today's session, or null when no test is due: the session holds no suspect, or the
 * suspect already stands alone, or every way of separating one would pause something for more than 14 days.
 */
export function separationFor(
  today: TodayAnswer,
  log: CoachLog,
  statuses: Map<string, TriggerStatus>,
  date: string,
  stats: Map<string, ExerciseStats> = coachTriggerStats(log),
): Separation | null {
  const session = today.session;
  if (!session || session.recovery) return null;
  const tier = today.readiness.tier;
  if (tier !== "R5" && tier !== "R4") return null;
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  const loadedIds = [
    ...new Set(
      session.blocks
        .filter((b) => b.kind === "main" || b.kind === "glute-core")
        .flatMap((b) => b.items.map((i) => i.exerciseId))
        .filter((id) => {
          const def = byId.get(id);
          return def ? isLoaded(def) : true;
        }),
    ),
  ];
  const statusOf = (id: string): TriggerStatus => statuses.get(id) ?? "unknown";
  const suspects = loadedIds
    .filter((id) => statusOf(id) === "suspected")
    .filter((id) => tier === "R5" || onlyNextMorning(stats.get(id)));
  if (suspects.length === 0) return null;
  // The suspect seen longest ago goes first, so suspects that share a day take turns.
  const order = [...suspects].sort((a, b) => {
    const la = stats.get(a)?.lastDate ?? "";
    const lb = stats.get(b)?.lastDate ?? "";
    return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  for (const testId of order) {
    const others = loadedIds.filter((id) => id !== testId && !toleratedHere(id, statusOf(id), stats));
    const tooLong = others.some((id) => {
      const last = stats.get(id)?.lastDate;
      return last !== null && last !== undefined && daysBetween(last, date) >= SEPARATION_MAX_PAUSE_DAYS;
    });
    if (tooLong) continue;
    const name = byId.get(testId)?.name.toLowerCase() ?? testId;
    const movedFrom = session.blocks.flatMap((b) => b.items).find((i) => i.exerciseId === testId)?.testMovedFrom;
    const note =
      others.length === 0
        ? movedFrom !== undefined
          ? `Today holds ${name}, moved here from ${weekdayName(movedFrom)} for now so that it is the only exercise in question; tomorrow morning's check-in shows how your back takes it, and its load stays as it was until then.`
          : `Today ${name} is the only exercise in question, so tomorrow morning's check-in shows how your back takes it; its load stays as it was until then.`
        : `Today leaves out ${names(others, byId)} so that ${name} is the only exercise in question; tomorrow morning's check-in then shows how your back takes it.`;
    return { testId, pausedIds: others, note, ...(movedFrom !== undefined ? { movedFrom } : {}) };
  }
  return null;
}

/** Today's session with the arrangement applied: paused items removed, the note added. */
export function applySeparation(today: TodayAnswer, separation: Separation | null): TodayAnswer {
  if (!separation || !today.session) return today;
  const paused = new Set(separation.pausedIds);
  return {
    ...today,
    session: {
      ...today.session,
      blocks: today.session.blocks.map((b) => ({ ...b, items: b.items.filter((i) => !paused.has(i.exerciseId)) })),
    },
    notes: [...(today.notes ?? []), separation.note],
  };
}

/** The last working load of an exercise in the log (kg), or null. */
export function lastWorkingLoad(log: CoachLog, exerciseId: string): number | null {
  let bestDate = "";
  let load: number | null = null;
  for (const s of log.sessions) {
    if (s.startedAt < bestDate) continue;
    let top: number | null = null;
    for (const x of s.sets) {
      if (x.exerciseId !== exerciseId || x.warmup || x.loadKg === null || x.loadKg === undefined) continue;
      top = top === null ? x.loadKg : Math.max(top, x.loadKg);
    }
    if (top !== null) {
      bestDate = s.startedAt;
      load = top;
    }
  }
  return load;
}

/**
 * The plan's sentence about the tests under way: the suspects moved to another day for their test, and those that
 * still share a day and take turns (none when no suspect is moved or shares a day with another one).
 */
export function separationPlanNote(
  plan: WeeklyPlan,
  statuses: Map<string, TriggerStatus>,
  log: CoachLog,
): string | null {
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  const shared = new Set<string>();
  for (const day of plan.days) {
    const ids = [...new Set(day.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)))];
    const suspects = ids.filter((id) => statuses.get(id) === "suspected");
    if (suspects.length >= 2) for (const id of suspects) shared.add(id);
  }
  const moves = movesOf(plan).filter((m) => statuses.get(m.exerciseId) === "suspected");
  const moved = moves.map(
    (m) => `${names([m.exerciseId], byId)} moves from ${weekdayName(m.from)} to ${weekdayName(m.to)} for now`,
  );
  const together = names([...shared].sort(), byId);
  if (moved.length === 0) {
    if (shared.size < 2) return null;
    return `${SEPARATION_NOTE_START}${together} may be bothering your back; the coming sessions take turns leaving all but one of them out, so each next morning can tell them apart.`;
  }
  const movedText = moved.length === 1 ? (moved[0] as string) : `${moved.slice(0, -1).join(", ")} and ${moved.at(-1)}`;
  const turns = shared.size >= 2 ? `; ${together} take turns, each session leaving all but one of them out` : "";
  return `${SEPARATION_NOTE_START}${movedText}, beside lifts your back takes well${turns}. Each next morning then shows how your back takes one suspect on its own.`;
}

/** How the plan's T5 sentence starts, so the next keeping-in-step replaces it instead of adding another. */
export const SEPARATION_NOTE_START = "Telling suspects apart: ";

/** Decisions that would raise the target: O1's increase, O7's ramp back ("return"), a step up the ladder. */
const RAISING_DECISIONS: readonly string[] = ["increase", "return", "step-up"];

/**
 * T5: the suspect under test keeps the load and reps it had when the test began: no O1 increase and no O7 ramp
 * (an O3 drop, "reduce" or "regress", still applies).
 */
export function frozenForTest(
  next: NextTargetsAnswer | undefined,
  separation: Separation | null,
  log: CoachLog,
): NextTargetsAnswer | undefined {
  if (!next || !separation || next.exerciseId !== separation.testId) return next;
  if (!RAISING_DECISIONS.includes(next.decision)) return next;
  const load = lastWorkingLoad(log, next.exerciseId);
  const name = log.exercises.find((e) => e.id === next.exerciseId)?.name ?? next.exerciseId;
  return {
    ...next,
    decision: "hold",
    loadKg: load ?? next.loadKg,
    why: `${name} is being tested on its own, so its load stays where it was until the next morning has shown how your back takes it.`,
  };
}

/**
 * T5 for one exercise's next target on a day (`GET /exercises/:id/next`): the arrangement the plan's day would get,
 * read from the planned day (the tier's adaptations aside), or null when the day has no test.
 */
export function separationOnPlanDay(
  log: CoachLog,
  plan: WeeklyPlan,
  date: string,
  readiness: TodayAnswer["readiness"],
  statuses: Map<string, TriggerStatus> = coachStatuses(log),
): Separation | null {
  const day = planDayOn(plan, date);
  if (!day) return null;
  const today: TodayAnswer = {
    readiness,
    restDay: false,
    session: { blocks: day.blocks, dayIndex: day.index, title: day.title, minutes: day.minutes, recovery: false },
  };
  return separationFor(today, log, statuses, date);
}

/** An exercise paused by today's test answers `hold` with the why (API: `/exercises/:id/next`). */
export function pausedForTest(
  next: NextTargetsAnswer,
  separation: Separation | null,
  log: CoachLog,
): NextTargetsAnswer {
  if (!separation || !separation.pausedIds.includes(next.exerciseId))
    return frozenForTest(next, separation, log) ?? next;
  const name = (id: string) => log.exercises.find((e) => e.id === id)?.name ?? id;
  return {
    ...next,
    decision: "hold",
    why: `${name(next.exerciseId)} takes a short pause today so that ${name(separation.testId).toLowerCase()} is the only exercise in question; it comes back within 14 days at the load it had.`,
  };
}
