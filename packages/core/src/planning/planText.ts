/** The plan's shortfalls (P4: the plan says where the time budget wins) and reasons, in plain words. */
import type { Profile } from "../records/profile.js";
import type { Direction, Weekday } from "../records/vocab.js";
import { weekdayName } from "../time.js";
import { type DraftDay, limitOf, otherGroupsMedian, pushPullTolerance } from "./allocate.js";
import { isActiveTrigger } from "./eligibility.js";
import { PLAN_GROUP_LABELS, PLAN_MUSCLE_GROUPS, type PlanMuscleGroup } from "./groups.js";
import type { PickContext } from "./pick.js";
import type { PlanDay } from "./types.js";
import { capitalize, joinAnd, lowerFirst, patternWords } from "./wording.js";

/** P9 directions as the plan's reasons name them. */
const DIRECTION_PLAIN: Record<Direction, string> = {
  flexion: "bending forward",
  extension: "arching back",
  rotation: "twisting",
  axial: "weight pressing down through the spine",
};

const SINGULAR: ReadonlySet<PlanMuscleGroup> = new Set(["core", "chest"]);

/** "Glutes get 8 of the 10 weekly sets your goal aims for: ..." for every group below the low end. */
export function planShortfalls(input: {
  profile: Profile;
  drafts: readonly DraftDay[];
  counts: Record<PlanMuscleGroup, number>;
  range: [number, number];
}): string[] {
  const { profile, drafts, counts, range } = input;
  const out: string[] = [];
  for (const g of PLAN_MUSCLE_GROUPS) {
    if (counts[g] >= range[0]) continue;
    const verb = SINGULAR.has(g) ? "gets" : "get";
    const head = `${PLAN_GROUP_LABELS[g]} ${verb} ${counts[g]} of the ${range[0]} weekly sets your goal aims for`;
    const limit = limitOf(drafts, g);
    const tail =
      limit === "no-exercise"
        ? "no exercise for it fits your equipment and the movements you have excluded."
        : limit === "max-sets"
          ? "more sets of the same exercises in one session would add fatigue faster than progress."
          : `the ${profile.sessionMinutes}-minute sessions leave no room for more.`;
    out.push(`${head}: ${tail}`);
  }
  const med = otherGroupsMedian(counts);
  for (const g of ["glutes", "core"] as const) {
    if (counts[g] < med && counts[g] >= range[0]) {
      out.push(
        `${PLAN_GROUP_LABELS[g]} ${SINGULAR.has(g) ? "gets" : "get"} ${counts[g]} weekly sets, fewer than the ${med} of a typical muscle group in your plan: there was no room to add more.`,
      );
    }
  }
  return out;
}

/** The reasons behind the plan: split, days, exclusions, emphasis, balance and the time budget. */
export function planReasons(input: {
  profile: Profile;
  ctx: PickContext;
  days: readonly PlanDay[];
  weekdays: readonly Weekday[];
  titles: readonly string[];
  pushPull: { push: number; pull: number };
}): string[] {
  const { profile, ctx, weekdays, titles, pushPull } = input;
  const out: string[] = [];
  const dayNames = joinAnd(weekdays.map(weekdayName));
  const sessions = `${titles.length} session${titles.length === 1 ? "" : "s"} a week`;
  const spread = titles.length >= 2 ? ", so each muscle gets work on more than one day" : "";
  out.push(`${capitalize(sessions)} on ${dayNames}: ${joinAnd(titles)}${spread}.`);
  out.push(
    `Each session is planned to fit your ${profile.sessionMinutes} minutes, counting every set's work and rest, the alignment work at the start and the cooldown at the end.`,
  );
  out.push(
    "Every session holds glute and core work, and both get at least as many weekly sets as a typical muscle group: strong glutes and trunk muscles share load your spine would otherwise carry.",
  );
  out.push("Supported and single-limb variants come first: they let muscles work hard while your back carries less.");
  const triggers = ctx.exercises.filter((e) => isActiveTrigger(e.id, ctx.rules));
  if (triggers.length > 0) {
    out.push(
      `Left out because your log shows they aggravate your back: ${joinAnd(triggers.map((e) => lowerFirst(e.name)))}. Their supported variants stay in play.`,
    );
  }
  const patterns = profile.aggravating.flatMap((a) => ("pattern" in a ? [patternWords(a.pattern)] : []));
  if (patterns.length > 0) {
    out.push(`No ${joinAnd([...new Set(patterns)].sort())} movements: you listed them as aggravating your back.`);
  }
  const directions = profile.aggravating.flatMap((a) => ("direction" in a ? [DIRECTION_PLAIN[a.direction]] : []));
  if (directions.length > 0) {
    out.push(
      `Nothing that loads your back strongly through ${joinAnd([...new Set(directions)].sort())}: you listed ${directions.length === 1 ? "that direction" : "those directions"} as aggravating.`,
    );
  }
  const named = profile.aggravating.flatMap((a) => {
    if (!("exerciseId" in a)) return [];
    const ex = ctx.exercises.find((e) => e.id === a.exerciseId);
    return [ex ? lowerFirst(ex.name) : a.exerciseId];
  });
  if (named.length > 0) out.push(`Left out as you asked: ${joinAnd([...new Set(named)].sort())}.`);
  if (profile.cleared.length > 0) {
    out.push("Exercises you cleared are planned again even where your log once flagged them.");
  }
  const { push, pull } = pushPull;
  if (pull === 0 && push > 0) {
    out.push(
      "Your equipment leaves no pulling exercise, so the plan keeps pressing low: a resistance band or a pull-up bar would add rows or pulldowns.",
    );
  } else if (push > pull + pushPullTolerance(push, pull)) {
    out.push(
      `Pressing (${push} sets) outweighs pulling (${pull} sets) this week: your equipment and time leave no room for more rows or pulldowns.`,
    );
  } else if (push + pull > 0) {
    out.push(`Pressing and pulling are kept in balance (${push} and ${pull} weekly sets).`);
  }
  return out;
}
