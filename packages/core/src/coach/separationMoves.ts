/**
 * T5 in the plan: a suspect that shares its day with other loaded exercises not yet tolerated moves, for its test,
 * to another day of the week whose other loaded exercises are all tolerated, when it fits that day's time budget
 * (P1). The item carries the day it came from and goes back there once its test is decided, so the block keeps its
 * exercises (P7). When no day has room, Today pauses the others instead (`separation.ts`).
 */
import { isLoaded } from "../catalog/index.js";
import { type ExerciseStats, TRIGGER_RULES, type TriggerStatus } from "../insights/index.js";
import { type PlanDay, type PlanItem, planBlocksMinutes, type WeeklyPlan } from "../planning/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Weekday } from "../records/vocab.js";

/** Blocks whose loaded items T5 separates (alignment, cool-down and recovery work is unloaded or fixed). */
const TESTED_BLOCKS = new Set(["main", "glute-core"]);

/** A T5 move made in the plan: which suspect, from which weekday to which. */
export interface SeparationMove {
  exerciseId: string;
  from: Weekday;
  to: Weekday;
}

/** What the arrangement reads: statuses, T5 figures (for "tolerated here") and the user's time budget. */
export interface MoveContext {
  statuses: Map<string, TriggerStatus>;
  stats: Map<string, ExerciseStats>;
  exercises: readonly Exercise[];
  /** P1: the session's time budget in minutes (the profile's `sessionMinutes`). */
  sessionMinutes: number;
}

/** T5: counts as tolerated beside a suspect (an unknown with no next-morning change of +1 or more too). */
export function toleratedBeside(id: string, ctx: Pick<MoveContext, "statuses" | "stats">): boolean {
  const status = ctx.statuses.get(id) ?? "unknown";
  if (status === "tolerated") return true;
  if (status !== "unknown") return false;
  const change = ctx.stats.get(id)?.nextMorning.change ?? null;
  return change === null || change < TRIGGER_RULES.suspectChange;
}

function loadedIdsOf(day: PlanDay, byId: ReadonlyMap<string, Exercise>): string[] {
  const ids = day.blocks
    .filter((b) => TESTED_BLOCKS.has(b.kind))
    .flatMap((b) => b.items.map((i) => i.exerciseId))
    .filter((id) => {
      const def = byId.get(id);
      return def ? isLoaded(def) : true;
    });
  return [...new Set(ids)];
}

function holds(day: PlanDay, exerciseId: string): boolean {
  return day.blocks.some((b) => b.items.some((i) => i.exerciseId === exerciseId));
}

function withoutMark(item: PlanItem): PlanItem {
  const { testMovedFrom: _from, ...rest } = item;
  return rest;
}

/** The day with one item taken out of a block kind (the first of that exercise), minutes recounted. */
function takeOut(day: PlanDay, exerciseId: string, byId: ReadonlyMap<string, Exercise>): [PlanDay, PlanItem, string] {
  let taken: PlanItem | undefined;
  let kind = "main";
  const blocks = day.blocks.map((b) => {
    if (taken) return b;
    const at = b.items.findIndex((i) => i.exerciseId === exerciseId);
    if (at < 0) return b;
    taken = b.items[at];
    kind = b.kind;
    return { ...b, items: b.items.filter((_, k) => k !== at) };
  });
  const out = { ...day, blocks };
  return [{ ...out, minutes: planBlocksMinutes(blocks, byId) }, taken as PlanItem, kind];
}

/** The day with an item added at the end of its block of that kind (a new block when it has none). */
function putIn(day: PlanDay, item: PlanItem, kind: string, byId: ReadonlyMap<string, Exercise>): PlanDay {
  const has = day.blocks.some((b) => b.kind === kind);
  const blocks = has
    ? day.blocks.map((b) => (b.kind === kind ? { ...b, items: [...b.items, item] } : b))
    : [...day.blocks, { kind: kind as PlanDay["blocks"][number]["kind"], items: [item] }];
  return { ...day, blocks, minutes: planBlocksMinutes(blocks, byId) };
}

/**
 * The plan with T5's moves: first every moved item whose test is decided goes back to its day, then each suspect
 * that shares its day with an exercise not tolerated moves to the day with the most room whose other loaded
 * exercises are all tolerated, if it fits that day's minutes. A moved item is not moved again.
 */
export function arrangeSeparation(plan: WeeklyPlan, ctx: MoveContext): WeeklyPlan {
  const byId = new Map(ctx.exercises.map((e) => [e.id, e]));
  const days = [...plan.days];
  const at = (weekday: Weekday) => days.findIndex((d) => d.weekday === weekday);
  // Back home: the test is decided (or the item is no longer a suspect for any reason).
  const decided = movesOf(plan).filter((m) => ctx.statuses.get(m.exerciseId) !== "suspected");
  for (const m of decided) {
    const here = at(m.to);
    const [left, taken, kind] = takeOut(days[here] as PlanDay, m.exerciseId, byId);
    days[here] = left;
    const home = at(m.from);
    const target = home >= 0 && !holds(days[home] as PlanDay, m.exerciseId) ? home : here;
    days[target] = putIn(days[target] as PlanDay, withoutMark(taken), kind, byId);
  }
  // Away for the test: one suspect at a time, re-reading the days after each move (each move marks one item, so
  // this ends within the number of items).
  for (;;) {
    const move = nextMove(days, ctx, byId);
    if (!move) break;
    const [left, taken, kind] = takeOut(days[move.fromIdx] as PlanDay, move.exerciseId, byId);
    days[move.fromIdx] = left;
    const marked = { ...taken, testMovedFrom: left.weekday };
    days[move.toIdx] = putIn(days[move.toIdx] as PlanDay, marked, kind, byId);
  }
  return { ...plan, days };
}

/** The next suspect to move and where, or null when every shared suspect is moved or has no day with room. */
function nextMove(
  days: readonly PlanDay[],
  ctx: MoveContext,
  byId: ReadonlyMap<string, Exercise>,
): { exerciseId: string; fromIdx: number; toIdx: number } | null {
  const clean = (d: PlanDay) => loadedIdsOf(d, byId).every((id) => toleratedBeside(id, ctx));
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as PlanDay;
    const loaded = loadedIdsOf(day, byId);
    const movable = day.blocks
      .filter((b) => TESTED_BLOCKS.has(b.kind))
      .flatMap((b) => b.items)
      .filter((it) => it.testMovedFrom === undefined && ctx.statuses.get(it.exerciseId) === "suspected")
      .filter((it) => loaded.includes(it.exerciseId));
    for (const item of movable) {
      const shared = loaded.some((id) => id !== item.exerciseId && !toleratedBeside(id, ctx));
      if (!shared) continue;
      let best = -1;
      let bestMinutes = Number.POSITIVE_INFINITY;
      for (let j = 0; j < days.length; j++) {
        const other = days[j] as PlanDay;
        if (j === i || holds(other, item.exerciseId) || !clean(other)) continue;
        // P1: the day with the suspect added must still fit the session's minutes.
        const minutes = planBlocksMinutes([...other.blocks, { kind: "main", items: [item] }], byId);
        if (minutes > ctx.sessionMinutes) continue;
        // The day with the most room takes it; ties go to the earlier day.
        if (minutes < bestMinutes) {
          best = j;
          bestMinutes = minutes;
        }
      }
      if (best >= 0) return { exerciseId: item.exerciseId, fromIdx: i, toIdx: best };
    }
  }
  return null;
}

/** The moves the plan holds now (items carrying the day they came from). */
export function movesOf(plan: WeeklyPlan): SeparationMove[] {
  const out: SeparationMove[] = [];
  for (const d of plan.days)
    for (const b of d.blocks)
      for (const i of b.items)
        if (i.testMovedFrom !== undefined) out.push({ exerciseId: i.exerciseId, from: i.testMovedFrom, to: d.weekday });
  return out;
}
