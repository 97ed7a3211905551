/**
 * P1-P4: the weekly plan from the profile. Pure and deterministic: the same profile, exercises and statuses give
 * the same plan (every choice sorts with an id tie-break; nothing random).
 */

import { HIGH_ECCENTRIC_DOSE, isHighEccentric } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import { alignmentBlock, cooldownBlock } from "./alignment.js";
import {
  allocateSets,
  countGroups,
  type DraftDay,
  type DraftItem,
  draftDaySeconds,
  limitOf,
  pushPullSets,
  setCost,
} from "./allocate.js";
import { blocksWithBeltCueIndex } from "./beltCue.js";
import { MAX_SETS, type PlanRole, planItemFor } from "./dose.js";
import { isPlannable, type PlanRules, planEquipment, planExclusion } from "./eligibility.js";
import { type PlanHistory, planFitOf } from "./fit.js";
import { PLAN_OTHER_GROUPS, type PlanMuscleGroup, planGroupsOf } from "./groups.js";
import {
  backCareCandidates,
  coreCandidates,
  gluteCandidates,
  type PickContext,
  pickCore,
  pickRotating,
  slotCandidates,
} from "./pick.js";
import { pinStates } from "./pins.js";
import { planReasons, planShortfalls } from "./planText.js";
import { PLAN_SLOTS, type PlanSlotKey, planSplit } from "./splits.js";
import { planBlocksSeconds } from "./timing.js";
import type { PlanBlock, PlanDay, PlanStatusOf, WeeklyPlan } from "./types.js";
import { planWeekdays } from "./weekdays.js";
import { choiceWhy, exclusionWords, inPlaceOfWhy, lowerFirst } from "./wording.js";

/** P3/P9: the plan's words when the user's exclusions leave no direct work for the back's own muscles. */
export const NO_BACK_CARE_REASON =
  "No direct work for the muscles of your back this week: every option loads your back in a way you listed as aggravating or needs equipment you have not listed. A physiotherapist can suggest one that suits you.";

/** What buildWeeklyPlan reads. */
export interface BuildWeeklyPlanInput {
  profile: Profile;
  /** The exercises to choose from: the catalog plus the user's custom ones. */
  exercises: readonly Exercise[];
  /** T2 status per exercise id (from insights). */
  statusOf: PlanStatusOf;
  /** P6/P8: what the log says about the person (weeks logged, grades trained); absent for a new user. */
  history?: PlanHistory;
  /** Plans take no seed: they are deterministic. */
  seed?: never;
}

/** Exercises sorted by id, so every later choice is stable. */
export function sortById(exercises: readonly Exercise[]): Exercise[] {
  return [...exercises].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The pick context of a profile and statuses. */
export function pickContextOf(profile: Profile, exercises: readonly Exercise[], statusOf: PlanStatusOf): PickContext {
  return { rules: { profile, statusOf }, exercises: sortById(exercises) };
}

/** The same user with nothing excluded but missing equipment: what the plan would pick without triggers. */
function unconstrained(ctx: PickContext): PickContext {
  const rules: PlanRules = {
    profile: { equipment: planEquipment(ctx.rules.profile), aggravating: [], cleared: [] },
    statusOf: () => "unknown",
  };
  const out: PickContext = { rules, exercises: ctx.exercises };
  if (ctx.fit) out.fit = ctx.fit;
  return out;
}

/** The why of a chosen exercise, naming what it stands in for when a trigger or exclusion moved it. */
function whyFor(chosen: Exercise, ideal: Exercise | undefined, ctx: PickContext): string {
  if (ideal && ideal.id !== chosen.id) {
    const out = planExclusion(ideal, ctx.rules);
    if (out && out !== "equipment") return inPlaceOfWhy(chosen, ideal, exclusionWords(ideal, out));
    if (ctx.rules.statusOf(ideal.id) === "suspected") {
      return inPlaceOfWhy(chosen, ideal, `${lowerFirst(ideal.name)} may be bothering your back lately`);
    }
  }
  return choiceWhy(chosen, planGroupsOf(chosen));
}

function draftItem(
  ex: Exercise,
  role: PlanRole,
  profile: Profile,
  sets: number,
  minSets: number,
  why: string,
): DraftItem {
  const item = planItemFor(ex, role, { goal: profile.goal, targetRir: profile.settings.targetRir, sets, why });
  if ((role === "main" || role === "accessory") && ex.beltEligible && profile.equipment.includes("belt")) {
    item.beltCue = sets;
  }
  const groups = planGroupsOf(ex);
  if (isHighEccentric(ex) && (ex.measure ?? "reps") === "reps") {
    // P8: high-eccentric moves at 2-3 sets of 3-6 reps, never 10-15.
    item.reps = [HIGH_ECCENTRIC_DOSE.reps[0], HIGH_ECCENTRIC_DOSE.reps[1]];
    return {
      ex,
      role,
      item,
      groups,
      forGroup: null,
      minSets: HIGH_ECCENTRIC_DOSE.sets[0],
      maxSets: HIGH_ECCENTRIC_DOSE.sets[1],
    };
  }
  return { ex, role, item, groups, forGroup: null, minSets, maxSets: MAX_SETS[role] };
}

/** The slots that can take one more exercise for a group whose items are all at their set cap, in order. */
const EXTRA_SLOTS: Partial<Record<PlanMuscleGroup, readonly PlanSlotKey[]>> = {
  quads: ["leg-extension", "squat", "single-leg"],
  hamstrings: ["leg-curl", "hinge"],
  chest: ["horizontal-push"],
  back: ["vertical-pull", "horizontal-pull"],
  shoulders: ["shoulder-accessory", "vertical-push"],
};

/** One more exercise for group `g`, on the day with the most room that can hold two sets of it; or undefined. */
function extraItemFor(
  g: PlanMuscleGroup,
  drafts: readonly (DraftDay & { blocks: { alignment: PlanBlock; cooldown: PlanBlock } })[],
  ctx: PickContext,
  free: PickContext,
  slotUses: Map<string, number>,
  profile: Profile,
): { day: DraftDay; item: DraftItem } | undefined {
  const byRoom = [...drafts].sort(
    (a, b) => b.budgetSeconds - draftDaySeconds(b) - (a.budgetSeconds - draftDaySeconds(a)),
  );
  for (const key of EXTRA_SLOTS[g] ?? []) {
    const spec = PLAN_SLOTS[key];
    const n = slotUses.get(key) ?? 0;
    for (const day of byRoom) {
      const used = new Set([
        ...day.items.map((it) => it.ex.id),
        ...[day.blocks.alignment, day.blocks.cooldown].flatMap((b) => b.items.map((it) => it.exerciseId)),
      ]);
      const ex = pickRotating(slotCandidates(spec, ctx), n, used);
      if (!ex) continue;
      const ideal = pickRotating(slotCandidates(spec, free), n, new Set());
      const item = draftItem(ex, spec.accessory ? "accessory" : "main", profile, 0, 2, whyFor(ex, ideal, ctx));
      item.forGroup = spec.group;
      if (item.minSets * setCost(item) > day.budgetSeconds - draftDaySeconds(day)) continue;
      slotUses.set(key, n + 1);
      return { day, item };
    }
  }
  return undefined;
}

/** P6: pinned, plannable exercises no slot took, each added once as an accessory on the day with the most room. */
function placePins(drafts: readonly DraftDay[], ctx: PickContext, profile: Profile): void {
  const placed = new Set(drafts.flatMap((d) => d.items.map((it) => it.ex.id)));
  for (const id of profile.pinned ?? []) {
    const ex = ctx.exercises.find((e) => e.id === id);
    if (!ex || placed.has(id) || !isPlannable(ex, ctx.rules)) continue;
    const day = [...drafts].sort(
      (a, b) => b.budgetSeconds - draftDaySeconds(b) - (a.budgetSeconds - draftDaySeconds(a)),
    )[0];
    if (!day) return;
    const item = draftItem(ex, "accessory", profile, 0, 2, "You pinned this lift, so the plan keeps it.");
    day.items.push(item);
    placed.add(id);
  }
}

/** P1-P4: the weekly plan for a profile (the caller adds the id). */
export function buildWeeklyPlan(input: BuildWeeklyPlanInput): WeeklyPlan {
  const { profile } = input;
  const ctx: PickContext = {
    ...pickContextOf(profile, input.exercises, input.statusOf),
    fit: planFitOf(profile, input.history),
  };
  const free = unconstrained(ctx);
  const byId = new Map(ctx.exercises.map((e) => [e.id, e]));
  const weekdays = planWeekdays(profile);
  const templates = planSplit(weekdays.length);
  const budgetSeconds = profile.sessionMinutes * 60;
  const short = profile.sessionMinutes < 45;
  const dctx = { ...ctx, goal: profile.goal };

  const glutes = gluteCandidates(ctx);
  const gluteIdeal = gluteCandidates(free);
  const cores = coreCandidates(ctx);
  const backCare = backCareCandidates(ctx);
  const slotUses = new Map<string, number>();

  const drafts: (DraftDay & { blocks: { alignment: PlanBlock; cooldown: PlanBlock } })[] = templates.map((t, di) => {
    const alignment = alignmentBlock(dctx, di);
    const cooldown = cooldownBlock(dctx, di);
    const used = new Set<string>();
    const items: DraftItem[] = [];
    for (const key of t.slots) {
      const spec = PLAN_SLOTS[key];
      const n = slotUses.get(key) ?? 0;
      slotUses.set(key, n + 1);
      const ex = pickRotating(slotCandidates(spec, ctx), n, used);
      if (!ex) continue;
      used.add(ex.id);
      const ideal = pickRotating(slotCandidates(spec, free), n, new Set());
      const d = draftItem(ex, spec.accessory ? "accessory" : "main", profile, 0, 2, whyFor(ex, ideal, ctx));
      d.forGroup = spec.group;
      items.push(d);
    }
    // P3: back care first (low dose), then glute and core work that differs from it.
    const care = backCare.length > 0 ? backCare[di % backCare.length] : undefined;
    if (care && !used.has(care.id)) {
      used.add(care.id);
      const why = "Low-dose direct work keeps the muscles of your back used to some load.";
      items.push(draftItem(care, "back-care", profile, short ? 1 : 2, 1, why));
    }
    const glute = pickRotating(glutes, di, used);
    if (glute) {
      used.add(glute.id);
      const d = draftItem(glute, "glute", profile, 2, 1, whyFor(glute, pickRotating(gluteIdeal, di, new Set()), ctx));
      d.forGroup = "glutes";
      items.push(d);
    }
    const core = pickCore(cores, di, used);
    if (core) {
      used.add(core.id);
      const d = draftItem(core, "core", profile, 2, 1, choiceWhy(core, planGroupsOf(core)));
      d.forGroup = "core";
      items.push(d);
    }
    const fixedSeconds = planBlocksSeconds([alignment, cooldown], byId);
    return { budgetSeconds, fixedSeconds, items, blocks: { alignment, cooldown } };
  });

  // P6: a pin the safety rules allow stays in the plan; one no slot took goes to the day with the most room.
  placePins(drafts, ctx, profile);

  // A very short budget may not hold two sets each of the fixed glute-core work: drop to one set.
  for (const d of drafts) {
    for (const it of d.items) if (it.item.sets > 0 && draftDaySeconds(d) > d.budgetSeconds) it.item.sets = 1;
  }

  const range = profile.settings.weeklySets[profile.goal];
  allocateSets(drafts, [range[0], range[1]]);
  // P4: the plan aims at the goal's range and only the time budget may stop it. A group held back by its items' set
  // caps alone (time is left) gets one more exercise on the day with the most room, and the sets are handed out again.
  const tried = new Set<PlanMuscleGroup>();
  for (let round = 0; round < 8; round++) {
    const counts = countGroups(drafts);
    const g = PLAN_OTHER_GROUPS.find((x) => !tried.has(x) && counts[x] < range[0] && limitOf(drafts, x) === "max-sets");
    if (!g) break;
    const extra = extraItemFor(g, drafts, ctx, free, slotUses, profile);
    if (!extra) {
      tried.add(g);
      continue;
    }
    extra.day.items.push(extra.item);
    allocateSets(drafts, [range[0], range[1]]);
  }

  const days: PlanDay[] = drafts.map((d, di) => {
    const main = d.items.filter((it) => (it.role === "main" || it.role === "accessory") && it.item.sets > 0);
    const gc = d.items.filter((it) => !(it.role === "main" || it.role === "accessory") && it.item.sets > 0);
    const blocks: PlanBlock[] = [
      d.blocks.alignment,
      { kind: "main", items: main.map((it) => it.item) },
      { kind: "glute-core", items: gc.map((it) => it.item) },
      d.blocks.cooldown,
    ];
    return {
      index: di,
      weekday: weekdays[di] ?? "mon",
      title: templates[di]?.title ?? `Day ${di + 1}`,
      minutes: Math.ceil(planBlocksSeconds(blocks, byId) / 60),
      blocks,
    };
  });

  const counts = countGroups(drafts);
  const reasons = planReasons({
    profile,
    ctx,
    days,
    weekdays,
    titles: templates.map((t) => t.title),
    pushPull: pushPullSets(drafts),
  });
  // P3 with P9: the back's own work chooses among what the directions allow; when nothing is left, say so.
  if (backCare.length === 0) reasons.push(NO_BACK_CARE_REASON);
  const pins = pinStates(profile, { days }, ctx.exercises, ctx.rules);
  return {
    ...(pins.length > 0 ? { pins } : {}),
    // G4: the cue sits on the last working set, counted once the sets are handed out.
    days: days.map((d) => ({ ...d, blocks: blocksWithBeltCueIndex(d.blocks) })),
    shortfalls: planShortfalls({ profile, drafts, counts, range: [range[0], range[1]] }),
    reasons,
  };
}
