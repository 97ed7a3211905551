/**
 * View logic of the Insights screen, kept apart from React so it can be tested: ranges, status words, how the
 * trigger list is grouped, weekly working sets against the week's pain, unit conversion for e1RM, habit labels.
 */
import {
  addDays,
  type HabitFactor,
  type PainTrendDay,
  type TriggerInsight,
  type TriggerStatus,
  toUnit,
  type Unit,
} from "@spotter/core";

/** The chart ranges the user can pick. */
export const RANGES = [
  { key: "4w", label: "4 weeks", days: 28 },
  { key: "12w", label: "12 weeks", days: 84 },
  { key: "1y", label: "1 year", days: 365 },
] as const;
export type RangeKey = (typeof RANGES)[number]["key"];

/** The inclusive day range of a range key ending today. */
export function rangeFor(today: string, key: RangeKey): { from: string; to: string } {
  const r = RANGES.find((x) => x.key === key) ?? RANGES[1];
  return { from: addDays(today, -(r.days - 1)), to: today };
}

/** How each status reads: a word for the badge and one line on what it means. */
export const STATUS_INFO: Record<TriggerStatus | "cleared", { word: string; meaning: string }> = {
  trigger: { word: "Trigger", meaning: "Your log links it with flare-ups, so your plan leaves it out." },
  suspected: { word: "Suspected", meaning: "There are early signs; Spotter is watching it." },
  unknown: { word: "Not sure yet", meaning: "Too few sessions with pain logged to tell." },
  tolerated: { word: "Tolerated", meaning: "Your back has taken it well so far." },
  cleared: { word: "Cleared by you", meaning: "You told Spotter it is fine for you." },
};

/** The status a card shows: a trigger the user overruled reads as cleared. */
export function shownStatus(t: TriggerInsight): TriggerStatus | "cleared" {
  return t.overruledByUser ? "cleared" : t.status;
}

/** The exercise id of an entry, or null for a pattern. */
export function exerciseIdOf(t: TriggerInsight): string | null {
  return "exerciseId" in t.subject ? t.subject.exerciseId : null;
}

/** The trigger list split the way the screen shows it. */
export interface TriggerGroups {
  /** Triggers, suspected, and those the user cleared: each gets a full card. */
  concerns: TriggerInsight[];
  /** Exercises with too little to go on. */
  unsure: TriggerInsight[];
  tolerated: TriggerInsight[];
  /** Per-pattern rows: information only. */
  patterns: TriggerInsight[];
}

const ORDER: Record<string, number> = { trigger: 0, cleared: 1, suspected: 2, unknown: 3, tolerated: 4 };

/** Groups the entries; within a group the most concerning and most recent come first. */
export function groupTriggers(list: readonly TriggerInsight[]): TriggerGroups {
  const g: TriggerGroups = { concerns: [], unsure: [], tolerated: [], patterns: [] };
  for (const t of list) {
    // A pattern the user named is their own choice and does change the plan; found patterns are information only.
    if (t.informational || (!exerciseIdOf(t) && t.source !== "named")) g.patterns.push(t);
    else if (t.overruledByUser || t.source === "named" || t.status === "trigger" || t.status === "suspected")
      g.concerns.push(t);
    else if (t.status === "tolerated") g.tolerated.push(t);
    else g.unsure.push(t);
  }
  const by = (a: TriggerInsight, b: TriggerInsight) =>
    (ORDER[shownStatus(a)] ?? 9) - (ORDER[shownStatus(b)] ?? 9) || (b.lastDate ?? "").localeCompare(a.lastDate ?? "");
  g.concerns.sort(by);
  g.patterns.sort(by);
  return g;
}

/** True when the user may mark the entry as cleared: a trigger Spotter found, not already cleared. */
export function canClear(t: TriggerInsight): boolean {
  return t.source === "found" && t.status === "trigger" && !t.overruledByUser && exerciseIdOf(t) !== null;
}

/** The cleared list with an id added or removed, without duplicates. */
export function toggleCleared(cleared: readonly string[], id: string, on: boolean): string[] {
  const rest = cleared.filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

/** The plan's reasons that name the exercise (case-insensitive). */
export function reasonsNaming(reasons: readonly string[], name: string): string[] {
  const n = name.toLowerCase();
  return reasons.filter((r) => r.toLowerCase().includes(n));
}

/** Seconds since the epoch at UTC midnight of a day (the charts' x values). */
export function daySeconds(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 1000;
}

/** One week's row of the pain-against-volume chart. */
export interface WeekRow {
  weekStart: string;
  /** Working (non-warm-up) sets logged that week. */
  sets: number;
  /** Mean check-in pain that week, or null without check-ins. */
  meanPain: number | null;
  painDays: number;
}

/** Weekly working sets beside the week's mean pain, for the given Monday starts. */
export function weeklySetsAndPain(
  weekStarts: readonly string[],
  sessions: ReadonlyArray<{ date: string; sets?: ReadonlyArray<{ warmup: boolean }> }>,
  pain: readonly PainTrendDay[],
): WeekRow[] {
  const rows = weekStarts.map((weekStart) => ({ weekStart, end: addDays(weekStart, 6), sets: 0, sum: 0, n: 0 }));
  const find = (day: string) => rows.find((r) => day >= r.weekStart && day <= r.end);
  for (const s of sessions) {
    const r = find(s.date);
    if (r) r.sets += (s.sets ?? []).filter((x) => !x.warmup).length;
  }
  for (const p of pain) {
    if (p.pain === null) continue;
    const r = find(p.date);
    if (r) {
      r.sum += p.pain;
      r.n++;
    }
  }
  return rows.map((r) => ({
    weekStart: r.weekStart,
    sets: r.sets,
    meanPain: r.n > 0 ? Math.round((r.sum / r.n) * 10) / 10 : null,
    painDays: r.n,
  }));
}

/** The first day in the range with a check-in or a session, or null when there is none. */
export function firstDataDay(pain: readonly PainTrendDay[], sessions: ReadonlyArray<{ date: string }>): string | null {
  let first: string | null = null;
  for (const p of pain) {
    if (p.pain !== null) {
      first = p.date;
      break;
    }
  }
  for (const s of sessions) if (first === null || s.date < first) first = s.date;
  return first;
}

/** Rows from the one holding `day` on: days on or after it, or weeks (by Monday) that end on or after it. */
export function fromDay<T extends { date: string } | { weekStart: string }>(rows: readonly T[], day: string): T[] {
  return rows.filter((r) => ("date" in r ? r.date >= day : addDays(r.weekStart, 6) >= day));
}

/** Weekly working sets of one muscle over the shown weeks. */
export interface MuscleWeekly {
  muscle: string;
  /** Mean sets a week over the shown weeks, one decimal. */
  perWeek: number;
  /** Sets in the latest shown week. */
  latest: number;
}

/** Sets per primary muscle: the weekly mean over the shown weeks and the latest week, most trained first. */
export function muscleWeekly(
  volume: ReadonlyArray<{ weekStart: string; muscle: string; sets: number }>,
  weekStarts: readonly string[],
): MuscleWeekly[] {
  if (weekStarts.length === 0) return [];
  const weeks = new Set(weekStarts);
  const latestWeek = weekStarts[weekStarts.length - 1];
  const sum = new Map<string, { total: number; latest: number }>();
  for (const v of volume) {
    if (!weeks.has(v.weekStart)) continue;
    const m = sum.get(v.muscle) ?? { total: 0, latest: 0 };
    m.total += v.sets;
    if (v.weekStart === latestWeek) m.latest += v.sets;
    sum.set(v.muscle, m);
  }
  return [...sum.entries()]
    .map(([muscle, m]) => ({ muscle, perWeek: Math.round((m.total / weeks.size) * 10) / 10, latest: m.latest }))
    .sort((a, b) => b.perWeek - a.perWeek || a.muscle.localeCompare(b.muscle));
}

/** A slug in plain words with a capital ("lower-back" -> "Lower back"). */
export function slugWords(slug: string): string {
  const w = slug.replace(/-/g, " ");
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A kg value in the user's unit, to one decimal. */
export function inUnit(kg: number, unit: Unit): number {
  return Math.round(toUnit(kg, unit) * 10) / 10;
}

/** A number with at most one decimal, as text. */
export function one(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return "–";
  return String(Math.round(n * 10) / 10);
}

/** One plain sentence on the pain trend of a range, for the chart's caption and its text alternative. */
export function painTrendSentence(pain: readonly PainTrendDay[]): string {
  const logged = pain.filter((p) => p.pain !== null);
  if (logged.length === 0) return "No check-ins in this range.";
  const withAvg = pain.filter((p) => p.avg7 !== null);
  const first = withAvg[0];
  const last = withAvg[withAvg.length - 1];
  const days = `${logged.length} ${logged.length === 1 ? "check-in" : "check-ins"}`;
  if (!first || !last || first === last) return `${days} in this range.`;
  const a = first.avg7 as number;
  const b = last.avg7 as number;
  const diff = Math.round((b - a) * 10) / 10;
  const move =
    Math.abs(diff) < 0.3
      ? `stayed about the same (${one(b)} out of 10)`
      : diff < 0
        ? `went down from ${one(a)} to ${one(b)} out of 10`
        : `went up from ${one(a)} to ${one(b)} out of 10`;
  return `${days} in this range. Your 7-day average ${move}.`;
}

/** Short names of the habit factors. */
export const HABIT_LABELS: Record<HabitFactor, string> = {
  "support-pillow": "Sleep support pillow",
  "lumbar-support": "Lumbar support when sitting",
  "water-target": "Water target reached",
  "blood-flow": "Foam rolling or other blood-flow work",
  "sitting-6h": "Sitting 6 hours or more",
  "short-sleep": "Less than 7 hours' sleep",
};

/** The label of a factor, falling back to its slug in words. */
export function habitLabel(factor: string): string {
  return HABIT_LABELS[factor as HabitFactor] ?? factor.replace(/-/g, " ");
}

/** Check-in days needed before habit links appear (T3). */
export const HABIT_MIN_DAYS = 30;

/** Distinct days with a check-in. */
export function checkinDays(checkins: ReadonlyArray<{ date: string }>): number {
  return new Set(checkins.map((c) => c.date)).size;
}

/** True when the days fall in more than one calendar year (then dates need their year). */
export function spansYears(days: readonly string[]): boolean {
  const years = new Set(days.map((d) => d.slice(0, 4)));
  return years.size > 1;
}

/** A day as "4 Nov" (or "4 Nov 2025" when `year`). */
export function shortDay(day: string, year = false): string {
  const d = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return d.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    ...(year ? { year: "numeric" } : {}),
    timeZone: "UTC",
  });
}
