/** X3 pain sections: the daily pain trend, everyday pain, the check-ins table and the function check. */
import { trends } from "../insights/index.js";
import { FUNCTION_CHANGE_POINTS, functionCheckTrend, scoreFunctionCheck } from "../readiness/index.js";
import type { Checkin } from "../records/checkin.js";
import { EVERYDAY_PAIN, type EverydayPain } from "../records/vocab.js";
import { addDays, daysBetween } from "../time.js";
import {
  dayText,
  num1,
  plural,
  REPORT_EVERYDAY_TEXT,
  REPORT_REGION_TEXT,
  REPORT_SLEEP_POSITION_TEXT,
} from "./labels.js";
import type {
  ReportCheckinRow,
  ReportEverydayPain,
  ReportFunction,
  ReportPain,
  ReportPainDay,
  ReportWindow,
} from "./types.js";

/** Check-ins a 7-day window needs before its mean is compared (the same bar as R2's no-improvement rule). */
export const REPORT_WINDOW_MIN_CHECKINS = 4;
/**
 * A change of the 7-day mean at least this large is called lower or higher; smaller is "similar". Two points on the
 * 0-10 scale is the usual smallest change that matters to people with low back pain (docs/evidence/report.md).
 */
export const REPORT_PAIN_CHANGE_POINTS = 2;

const round1 = (n: number) => Math.round(n * 10) / 10;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);
}

function windowOf(inRange: readonly Checkin[], from: string, to: string): ReportWindow {
  const pains = inRange.filter((c) => c.date >= from && c.date <= to).map((c) => c.painNow);
  return { from, to, checkins: pains.length, mean: mean(pains) };
}

/** The check-ins of the range, one per day, oldest first. */
export function checkinsInRange(checkins: readonly Checkin[], from: string, to: string): Checkin[] {
  const byDay = new Map<string, Checkin>();
  for (const c of checkins) if (c.date >= from && c.date <= to) byDay.set(c.date, c);
  return [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function painSummary(p: Omit<ReportPain, "summary" | "days">, days: number): string {
  if (p.checkinDays === 0 || p.min === null || p.max === null || p.mean === null) {
    return "No check-ins were recorded in this period, so there is no pain trend to show.";
  }
  const parts = [
    `Pain was recorded on ${p.checkinDays} of ${plural(days, "day")}, from ${p.min} to ${p.max} out of 10 (mean ${num1(p.mean)}).`,
  ];
  const f = p.firstWeek;
  const l = p.lastWeek;
  if (p.change === null || f.mean === null || l.mean === null) {
    parts.push(
      `The first and last weeks are not compared: each needs at least ${REPORT_WINDOW_MIN_CHECKINS} check-ins and the period at least 14 days.`,
    );
  } else {
    const size = `${num1(Math.abs(p.change))} ${Math.abs(p.change) === 1 ? "point" : "points"}`;
    const verdict =
      p.direction === "similar"
        ? `a difference of ${size}, under the ${REPORT_PAIN_CHANGE_POINTS}-point change usually taken as meaningful`
        : `${size} ${p.direction}`;
    parts.push(`The mean of the first week was ${num1(f.mean)} and of the last week ${num1(l.mean)}: ${verdict}.`);
  }
  return parts.join(" ");
}

/** Daily pain with 7- and 28-day averages, the range's spread, and the first week against the last. */
export function painSection(checkins: readonly Checkin[], from: string, to: string): ReportPain {
  const series = trends({ from, to, sessions: [], checkins: checkins.filter((c) => c.date <= to) });
  const days: ReportPainDay[] = series.pain.map((d) => ({ date: d.date, pain: d.pain, avg7: d.avg7, avg28: d.avg28 }));
  const inRange = checkinsInRange(checkins, from, to);
  const pains = inRange.map((c) => c.painNow);
  const firstWeek = windowOf(inRange, from, addDays(from, 6) < to ? addDays(from, 6) : to);
  const lastWeek = windowOf(inRange, addDays(to, -6) > from ? addDays(to, -6) : from, to);
  const comparable =
    daysBetween(from, to) >= 13 &&
    firstWeek.checkins >= REPORT_WINDOW_MIN_CHECKINS &&
    lastWeek.checkins >= REPORT_WINDOW_MIN_CHECKINS &&
    firstWeek.mean !== null &&
    lastWeek.mean !== null;
  const change = comparable ? round1((lastWeek.mean ?? 0) - (firstWeek.mean ?? 0)) : null;
  const direction =
    change === null ? null : Math.abs(change) < REPORT_PAIN_CHANGE_POINTS ? "similar" : change < 0 ? "lower" : "higher";
  const body = {
    checkinDays: inRange.length,
    min: pains.length ? Math.min(...pains) : null,
    max: pains.length ? Math.max(...pains) : null,
    mean: mean(pains),
    firstWeek,
    lastWeek,
    change,
    direction,
  } as const;
  return { days, ...body, summary: painSummary(body, days.length) };
}

/** How often pain got in the way of everyday tasks. */
export function everydayPainSection(inRange: readonly Checkin[]): ReportEverydayPain {
  const counts = Object.fromEntries(EVERYDAY_PAIN.map((k) => [k, 0])) as Record<EverydayPain, number>;
  for (const c of inRange) counts[c.everydayPain] += 1;
  const daysWithPain = counts.some + counts.persistent;
  const summary =
    inRange.length === 0
      ? "No everyday-pain answers in this period."
      : `Pain in everyday tasks was reported on ${daysWithPain} of ${plural(inRange.length, "check-in")}` +
        (counts.persistent > 0 ? `, in most tasks on ${plural(counts.persistent, "day")}.` : ".");
  return { counts, daysWithPain, summary };
}

function sleepText(s: Checkin["sleep"]): string {
  if (!s) return "not recorded";
  const parts: string[] = [];
  if (s.hours !== null) parts.push(`${num1(s.hours)} h`);
  if (s.quality !== null) parts.push(`quality ${s.quality} of 5`);
  if (s.position !== null) parts.push(REPORT_SLEEP_POSITION_TEXT[s.position]);
  if (s.supportUsed !== null) parts.push(s.supportUsed ? "pillow support used" : "no pillow support");
  return parts.length ? parts.join(", ") : "not recorded";
}

/** One row per check-in of the range. */
export function checkinRows(inRange: readonly Checkin[]): ReportCheckinRow[] {
  return inRange.map((c) => ({
    date: c.date,
    pain: c.painNow,
    everydayPain: c.everydayPain,
    everydayPainText: REPORT_EVERYDAY_TEXT[c.everydayPain],
    regions: [...c.regions],
    regionsText: c.regions.length ? c.regions.map((r) => REPORT_REGION_TEXT[r]).join(", ") : "none marked",
    sleepText: sleepText(c.sleep),
    functionScore: scoreFunctionCheck(c.function).score,
    note: c.note && c.note.trim() !== "" ? c.note : null,
  }));
}

/** The function check over the range, or null when no check-in of the range carries a score. */
export function functionSection(inRange: readonly Checkin[], from: string, to: string): ReportFunction | null {
  const t = functionCheckTrend(inRange, to, daysBetween(from, to) + 1);
  const first = t.points[0];
  const last = t.points.at(-1);
  if (!first || !last) return null;
  const scale = "scored 0-100, where 100 means no limitation in the eight everyday tasks";
  let summary = `The function check (${scale}) was ${last.score} on ${dayText(last.date)}.`;
  if (t.change !== null) {
    const moved =
      Math.abs(t.change) < FUNCTION_CHANGE_POINTS
        ? `a change of ${t.change} points, under the ${FUNCTION_CHANGE_POINTS} points Spotter treats as a real change`
        : `${Math.abs(t.change)} points ${t.change > 0 ? "better" : "worse"}`;
    summary = `The function check (${scale}) went from ${first.score} on ${dayText(first.date)} to ${last.score} on ${dayText(last.date)}: ${moved}.`;
  }
  return { points: t.points, first: first.score, latest: last.score, change: t.change, summary };
}
