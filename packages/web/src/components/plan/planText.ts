/**
 * Words for the plan and today's session: block titles, one item's target in plain words, the week as seven rows,
 * and what a new plan changed. Pure functions, so they are tested without a browser.
 */
import {
  type LoadableExercise,
  type PlanBlock,
  type PlanBlockKind,
  type PlanDay,
  type PlanItem,
  type Unit,
  WEEKDAYS,
  type WeeklyPlan,
} from "@spotter/core";
import { targetWeightText } from "../../lib/format.js";

type Weekday = (typeof WEEKDAYS)[number];

/** Full weekday names. */
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** Short weekday names for the week strip. */
export const WEEKDAY_SHORT: Record<Weekday, string> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
};

/** Each block's heading and one line on what it is for. */
export const BLOCK_INFO: Record<PlanBlockKind, { title: string; purpose: string }> = {
  alignment: { title: "Alignment", purpose: "Loosen up and let your spine lengthen before any load." },
  main: { title: "Main work", purpose: "The strength work of the day, in spine-friendly variants." },
  "glute-core": { title: "Glutes and core", purpose: "The muscles that share the load your spine would carry." },
  recovery: { title: "Recovery work", purpose: "Gentle movement that keeps you moving without loading your back." },
  cooldown: { title: "Cooldown", purpose: "Decompress and stretch gently before you leave." },
};

/** Seconds as "45 s", "2 min" or "1 min 30 s". */
export function durationText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** True when the item is done for time (holds, hangs, rolling, walks) rather than for reps. */
export function isTimed(item: Pick<PlanItem, "seconds">): boolean {
  return typeof item.seconds === "number" && item.seconds > 0;
}

/**
 * The target of one item: "3 sets × 8–12 reps at 40 kg" or "2 × 20 s"; with the exercise known, the load is a
 * loadable step in the user's unit (130 lb, never 132.28 lb).
 */
export function targetText(item: PlanItem, unit: Unit, exercise?: LoadableExercise): string {
  const sets = `${item.sets} ${item.sets === 1 ? "set" : "sets"}`;
  if (isTimed(item)) {
    const each = durationText(item.seconds ?? 0);
    return item.sets === 1 ? each : `${sets} × ${each}`;
  }
  const [lo, hi] = item.reps;
  const reps = lo === hi ? `${lo} ${lo === 1 ? "rep" : "reps"}` : `${lo}–${hi} reps`;
  const load =
    typeof item.loadKg === "number" && item.loadKg > 0 ? ` at ${targetWeightText(item.loadKg, exercise, unit)}` : "";
  return `${sets} × ${reps}${load}`;
}

/** Effort in plain words; none for easy holds and rolling (RIR 4 or more). */
export function effortText(item: PlanItem): string | null {
  if (isTimed(item) || item.targetRir >= 4) return null;
  if (item.targetRir <= 0) return "last rep as hard as you can go with good form";
  return `stop with ${item.targetRir} ${item.targetRir === 1 ? "rep" : "reps"} in reserve`;
}

/** Rest between sets; none when there is only one set. */
export function restText(item: PlanItem): string | null {
  if (item.sets <= 1 || item.restSeconds <= 0) return null;
  return `rest ${durationText(item.restSeconds)}`;
}

/** The item's details after the target, joined for one line ("rest 2 min · stop with 2 reps in reserve"). */
export function detailText(item: PlanItem): string {
  return [restText(item), effortText(item)].filter(Boolean).join(" · ");
}

/** One row of the week at a glance: a training day or a rest day. */
export interface WeekRow {
  weekday: Weekday;
  name: string;
  short: string;
  day: PlanDay | null;
  isToday: boolean;
}

/** The seven days from Monday, each with its plan day or null for rest. */
export function weekRows(plan: Pick<WeeklyPlan, "days">, todayWeekday?: Weekday): WeekRow[] {
  return WEEKDAYS.map((wd) => ({
    weekday: wd,
    name: WEEKDAY_NAMES[wd],
    short: WEEKDAY_SHORT[wd],
    day: plan.days.find((d) => d.weekday === wd) ?? null,
    isToday: wd === todayWeekday,
  }));
}

/** The plan day to show first: today's when today trains, else the next training day, else the first. */
export function initialDay(plan: Pick<WeeklyPlan, "days">, todayWeekday: Weekday): PlanDay | undefined {
  const start = WEEKDAYS.indexOf(todayWeekday);
  for (let i = 0; i < 7; i++) {
    const wd = WEEKDAYS[(start + i) % 7];
    const d = plan.days.find((x) => x.weekday === wd);
    if (d) return d;
  }
  return plan.days[0];
}

/** Names a list of weekdays in plain words ("Monday, Wednesday and Friday"). */
export function weekdayList(days: readonly Weekday[]): string {
  const names = days.map((d) => WEEKDAY_NAMES[d]);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** What a new plan changed, in lines a person reads. */
export interface PlanChangeSummary {
  added: string[];
  removed: string[];
  /** Lines about the days and the length of the sessions; empty when those stayed the same. */
  days: string[];
  /** True when nothing at all changed. */
  same: boolean;
}

/** Compares the plan before and after "Make a new plan"; ids are turned into names with `nameOf`. */
export function summarizeChanges(
  before: Pick<WeeklyPlan, "days"> | undefined,
  after: Pick<WeeklyPlan, "days">,
  changes: { added: string[]; removed: string[] } | undefined,
  nameOf: (id: string) => string,
): PlanChangeSummary {
  const ids = (p: Pick<WeeklyPlan, "days"> | undefined) =>
    new Set((p?.days ?? []).flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId))));
  const a = ids(before);
  const b = ids(after);
  const addedIds = changes?.added ?? [...b].filter((x) => !a.has(x));
  const removedIds = changes?.removed ?? [...a].filter((x) => !b.has(x));
  const byName = (x: string, y: string) => x.localeCompare(y);
  const added = addedIds.map(nameOf).sort(byName);
  const removed = removedIds.map(nameOf).sort(byName);
  const days: string[] = [];
  if (before) {
    const wdBefore = before.days.map((d) => d.weekday);
    const wdAfter = after.days.map((d) => d.weekday);
    if (wdBefore.join() !== wdAfter.join()) {
      days.push(`Training days: ${weekdayList(wdAfter)} (before: ${weekdayList(wdBefore)}).`);
    }
    const longest = (p: Pick<WeeklyPlan, "days">) => Math.max(0, ...p.days.map((d) => d.minutes));
    if (longest(before) !== longest(after) && after.days.length > 0) {
      days.push(`Longest session: about ${longest(after)} minutes (before: about ${longest(before)}).`);
    }
  }
  return { added, removed, days, same: added.length === 0 && removed.length === 0 && days.length === 0 };
}

/** The profile fields a plan is built from (SPEC §1), as far as the web can compare them with the plan. */
export interface PlanProfileFacts {
  daysPerWeek: number;
  trainingDays?: readonly Weekday[] | null;
  sessionMinutes: number;
}

/**
 * Why the plan no longer matches the profile, in one line, or null when it still does: another number of days,
 * other weekdays, or sessions longer than the time the profile now gives.
 */
export function staleReason(plan: Pick<WeeklyPlan, "days">, profile: PlanProfileFacts): string | null {
  if (plan.days.length !== profile.daysPerWeek) {
    return `Your profile says ${profile.daysPerWeek} training days a week; this plan has ${plan.days.length}.`;
  }
  const wanted = profile.trainingDays ?? [];
  if (wanted.length > 0) {
    const have = new Set(plan.days.map((d) => d.weekday));
    if (wanted.length !== have.size || wanted.some((d) => !have.has(d))) {
      return `Your profile trains on ${weekdayList([...wanted].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)))}; this plan does not.`;
    }
  }
  const longest = Math.max(0, ...plan.days.map((d) => d.minutes));
  // A swap can add a minute or two; only a clearly longer day means the session length changed.
  if (longest > profile.sessionMinutes * 1.1 + 1) {
    return `Your sessions are now ${profile.sessionMinutes} minutes; this plan has one of about ${longest}.`;
  }
  return null;
}

/** The next training day after a weekday (wrapping past Sunday), for a rest day's "next session" line. */
export function nextTrainingDay(plan: Pick<WeeklyPlan, "days">, after: Weekday): PlanDay | undefined {
  const start = WEEKDAYS.indexOf(after);
  return initialDay(plan, WEEKDAYS[(start + 1) % 7] ?? "mon");
}

/** One line naming the main exercises of the day, so the card says what is coming without opening the list. */
export function sessionSummary(blocks: readonly PlanBlock[], nameOf: (id: string) => string): string {
  const count = blocks.reduce((n, b) => n + b.items.length, 0);
  const lead = blocks.find((b) => b.kind === "main") ?? blocks.find((b) => b.kind === "recovery");
  const names = (lead?.items ?? []).map((i) => nameOf(i.exerciseId));
  const shown = names.slice(0, 3).join(", ");
  const more = names.length > 3 ? ` and ${names.length - 3} more` : "";
  const head = `${count} ${count === 1 ? "exercise" : "exercises"} in ${blocks.length} ${blocks.length === 1 ? "block" : "blocks"}`;
  return lead && names.length > 0 ? `${head}. ${BLOCK_INFO[lead.kind].title}: ${shown}${more}.` : `${head}.`;
}

/** T2 status of an exercise as the insights list names it. */
export type ExerciseStatus = "trigger" | "suspected" | "tolerated" | "unknown";

/**
 * The swap sheet's order: the server's ranking, except that exercises your log marks as suspected (or trigger) go
 * last and carry their status, so the choice is made knowingly.
 */
export function orderAlternatives<T extends { exercise: { id: string } }>(
  alternatives: readonly T[],
  statusOf: (id: string) => ExerciseStatus | undefined,
): (T & { status?: "suspected" | "trigger" })[] {
  const flagged = (id: string) => {
    const s = statusOf(id);
    return s === "suspected" || s === "trigger" ? s : undefined;
  };
  const clear = alternatives.filter((a) => !flagged(a.exercise.id));
  const marked = alternatives
    .filter((a) => flagged(a.exercise.id))
    .map((a) => ({ ...a, status: flagged(a.exercise.id) }));
  return [...clear, ...marked];
}
