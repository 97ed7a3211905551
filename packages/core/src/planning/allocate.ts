/**
 * P3/P4 weekly volume: sets are handed out one at a time to the counted group furthest below its target, on the
 * item and day with the most room, until every group reaches the low end of the goal's range, the time budget is
 * spent, or no item can take more. Glutes and core aim at least at the median of the other groups (P3), pulling
 * keeps up with pushing, and the time budget always wins (P4).
 */
import type { Exercise } from "../records/exercise.js";
import type { PlanRole } from "./dose.js";
import { isPull, isPush, PLAN_MUSCLE_GROUPS, PLAN_OTHER_GROUPS, type PlanMuscleGroup } from "./groups.js";
import { planSetWorkSeconds } from "./timing.js";
import type { PlanItem } from "./types.js";

/** An item while the plan is drafted. */
export interface DraftItem {
  ex: Exercise;
  role: PlanRole;
  item: PlanItem;
  groups: PlanMuscleGroup[];
  /** The group its slot was chosen for. */
  forGroup: PlanMuscleGroup | null;
  minSets: number;
  maxSets: number;
}

/** A day while the plan is drafted: its budget and the seconds already taken by fixed blocks. */
export interface DraftDay {
  budgetSeconds: number;
  fixedSeconds: number;
  items: DraftItem[];
}

/** Why a group could not reach its target. */
export type AllocationLimit = "time" | "no-exercise" | "max-sets";

/** Weekly sets per counted group. */
export function countGroups(days: readonly DraftDay[]): Record<PlanMuscleGroup, number> {
  const out = Object.fromEntries(PLAN_MUSCLE_GROUPS.map((g) => [g, 0])) as Record<PlanMuscleGroup, number>;
  for (const d of days) for (const it of d.items) for (const g of it.groups) out[g] += it.item.sets;
  return out;
}

/** Weekly pressing and pulling sets. */
export function pushPullSets(days: readonly DraftDay[]): { push: number; pull: number } {
  let push = 0;
  let pull = 0;
  for (const d of days) {
    for (const it of d.items) {
      if (isPush(it.ex)) push += it.item.sets;
      if (isPull(it.ex)) pull += it.item.sets;
    }
  }
  return { push, pull };
}

/** How far pushing may lead pulling before the plan calls it unbalanced (our judgement: 2 sets or a quarter). */
export function pushPullTolerance(push: number, pull: number): number {
  return Math.max(2, Math.ceil(0.25 * Math.max(push, pull)));
}

/** The median of a list of numbers (0 for an empty list). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** The median of the other groups' weekly sets (P3). */
export function otherGroupsMedian(counts: Record<PlanMuscleGroup, number>): number {
  return median(PLAN_OTHER_GROUPS.map((g) => counts[g]));
}

/** Seconds one more set of an item costs. */
export function setCost(it: DraftItem): number {
  return planSetWorkSeconds(it.item, it.ex) + it.item.restSeconds;
}

/** Seconds a day takes now. */
export function draftDaySeconds(d: DraftDay): number {
  return d.fixedSeconds + d.items.reduce((s, it) => s + it.item.sets * setCost(it), 0);
}

const EMPHASIS: ReadonlySet<PlanMuscleGroup> = new Set(["glutes", "core"]);
const PRIORITY: readonly PlanMuscleGroup[] = ["core", "glutes", "back", "quads", "hamstrings", "chest", "shoulders"];

interface Options {
  range: [number, number];
  /** Ignore the top of the range for other groups (used when P3 needs room). */
  ignoreCaps?: boolean;
}

/** The best item to give group `g` one more set (or its first `minSets`), or undefined when none can take it. */
function bestItemFor(
  days: DraftDay[],
  g: PlanMuscleGroup,
  opts: Options,
): { day: DraftDay; it: DraftItem } | undefined {
  const counts = countGroups(days);
  const { push, pull } = pushPullSets(days);
  let best: { day: DraftDay; it: DraftItem; key: number[] } | undefined;
  days.forEach((day, di) => {
    const room = day.budgetSeconds - draftDaySeconds(day);
    day.items.forEach((it, ii) => {
      if (!it.groups.includes(g) || it.item.sets >= it.maxSets) return;
      const add = it.item.sets === 0 ? it.minSets : 1;
      if (add * setCost(it) > room) return;
      if (!opts.ignoreCaps) {
        for (const h of it.groups) if (h !== g && !EMPHASIS.has(h) && counts[h] + add > opts.range[1]) return;
      }
      if (isPush(it.ex) && g !== "back" && push + add > pull + pushPullTolerance(push + add, pull)) {
        // Pressing waits for pulling to catch up, unless nothing can pull any more.
        if (canGrowPull(days, opts.range[1])) return;
      }
      const key = [it.forGroup === g ? 0 : 1, it.item.sets, -room, di, ii];
      if (!best || lexLess(key, best.key)) best = { day, it, key };
    });
  });
  return best ? { day: best.day, it: best.it } : undefined;
}

/** True when pulling is below the top of the range and some pulling item still has room for a set. */
function canGrowPull(days: readonly DraftDay[], hi: number): boolean {
  if (countGroups(days).back >= hi) return false;
  return days.some((d) => {
    const room = d.budgetSeconds - draftDaySeconds(d);
    return d.items.some(
      (it) => isPull(it.ex) && it.item.sets < it.maxSets && (it.item.sets === 0 ? it.minSets : 1) * setCost(it) <= room,
    );
  });
}

/** True when some item serving `g` is a pressing movement. */
function servesPush(days: readonly DraftDay[], g: PlanMuscleGroup): boolean {
  return days.some((d) => d.items.some((it) => it.groups.includes(g) && isPush(it.ex)));
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

function addSet(it: DraftItem): void {
  it.item.sets += it.item.sets === 0 ? it.minSets : 1;
}

/** The weekly target of a group: the low end of the range; glutes and core at least the others' median (P3). */
function targetOf(g: PlanMuscleGroup, days: DraftDay[], lo: number, hi: number): number {
  const counts = countGroups(days);
  if (EMPHASIS.has(g)) return Math.max(lo, Math.ceil(otherGroupsMedian(counts)));
  if (g === "back") {
    const { push, pull } = pushPullSets(days);
    const lag = push - pushPullTolerance(push, pull);
    return Math.min(hi, Math.max(lo, counts.back + Math.max(0, lag - pull)));
  }
  return lo;
}

/** Hands out sets until every group meets its target or nothing more fits. Mutates the drafts. */
export function allocateSets(days: DraftDay[], range: [number, number]): void {
  const [lo, hi] = range;
  const blocked = new Set<PlanMuscleGroup>();
  for (let guard = 0; guard < 2000; guard++) {
    const counts = countGroups(days);
    const needy = PRIORITY.filter((g) => !blocked.has(g) && counts[g] < targetOf(g, days, lo, hi)).sort(
      (a, b) => counts[a] - counts[b] || PRIORITY.indexOf(a) - PRIORITY.indexOf(b),
    );
    let progressed = false;
    for (const g of needy) {
      const hit = bestItemFor(days, g, { range });
      if (hit) {
        addSet(hit.it);
        progressed = true;
        break;
      }
      // Pressing may be waiting for pulling: give pulling a set first, then pressing gets its turn again.
      const pullHelp = servesPush(days, g) && canGrowPull(days, hi) ? bestItemFor(days, "back", { range }) : undefined;
      if (pullHelp) {
        addSet(pullHelp.it);
        progressed = true;
        break;
      }
      blocked.add(g);
    }
    if (!progressed) break;
  }
  enforceEmphasis(days, range);
}

/**
 * P3: glutes and core end at least at the median of the other groups. When time runs out, a set is taken from the
 * largest other group (on a day where the emphasis item has room to grow) and given to glutes or core.
 */
function enforceEmphasis(days: DraftDay[], range: [number, number]): void {
  for (let guard = 0; guard < 500; guard++) {
    const counts = countGroups(days);
    const med = otherGroupsMedian(counts);
    const short = (["core", "glutes"] as const).find((g) => counts[g] < med);
    if (!short) return;
    const hit = bestItemFor(days, short, { range, ignoreCaps: true });
    if (hit) {
      addSet(hit.it);
      continue;
    }
    if (!trimLargestOther(days, short, counts)) return;
  }
}

/** Removes one set from the largest other group, on a day where `g` has an item that could grow. */
function trimLargestOther(days: DraftDay[], g: PlanMuscleGroup, counts: Record<PlanMuscleGroup, number>): boolean {
  const order = [...PLAN_OTHER_GROUPS].sort((a, b) => counts[b] - counts[a] || a.localeCompare(b));
  for (const big of order) {
    for (const day of days) {
      const grows = day.items.some((it) => it.groups.includes(g) && it.item.sets < it.maxSets);
      if (!grows) continue;
      const victim = day.items
        .filter((it) => it.groups.includes(big) && !it.groups.some((h) => EMPHASIS.has(h)) && it.item.sets > 0)
        .sort((a, b) => b.item.sets - a.item.sets)[0];
      if (victim) {
        victim.item.sets = victim.item.sets - 1 < victim.minSets ? 0 : victim.item.sets - 1;
        return true;
      }
    }
  }
  return false;
}

/** Why a group stayed below `lo`: no exercise for it, every item at its set cap, or the time budget. */
export function limitOf(days: readonly DraftDay[], g: PlanMuscleGroup): AllocationLimit {
  const items = days.flatMap((d) => d.items.filter((it) => it.groups.includes(g)));
  if (items.length === 0) return "no-exercise";
  if (items.every((it) => it.item.sets >= it.maxSets)) return "max-sets";
  return "time";
}
