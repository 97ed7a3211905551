/**
 * T3: habit links. For each daily factor, the mean next-morning pain after days with it minus after days without
 * it, shown only as an association and only once the log holds 30 days of check-ins.
 */
import { checkinsByDay, dayNumber } from "./logIndex.js";
import type { InsightCheckin, InsightDailyEntry } from "./types.js";
import { oneDecimal, points } from "./wording.js";

/** The factors T3 compares, in the order they are listed. */
export const HABIT_FACTORS = [
  "support-pillow",
  "lumbar-support",
  "water-target",
  "blood-flow",
  "sitting-6h",
  "short-sleep",
] as const;
/** One T3 factor. */
export type HabitFactor = (typeof HABIT_FACTORS)[number];

/** T3 thresholds. */
export const HABIT_RULES = {
  /** Check-in days needed before any habit link is shown. */
  minCheckinDays: 30,
  /** Days with, and days without, a factor needed for a comparison. */
  minDaysEach: 3,
  /** Sitting this many hours or more counts as a long sitting day. */
  longSittingHours: 6,
  /** Sleep under this many hours counts as a short night. */
  shortSleepHours: 7,
} as const;

/** One entry of `GET /insights/habits`. */
export interface HabitLink {
  factor: HabitFactor;
  /** Days with the factor that have a next-morning check-in. */
  daysWith: number;
  daysWithout: number;
  /** Mean next-morning pain after days with minus after days without (1 decimal); null with too few days. */
  nextDayPainDelta: number | null;
  meanWith: number | null;
  meanWithout: number | null;
  /** Plain words, always as an association. */
  summary: string;
}

/** Input of the habit links. */
export interface HabitLinksInput {
  checkins: readonly InsightCheckin[];
  daily?: readonly InsightDailyEntry[];
  /** The day's water target in mL (N1), as a number or per day; without it the water factor is left out. */
  waterTargetMl?: number | ((day: string) => number | null | undefined);
}

interface FactorWords {
  label: string;
  lead: string;
  outcome: string;
  contrast: string;
}

const WORDS: Record<HabitFactor, FactorWords> = {
  "support-pillow": {
    label: "Sleep support pillow",
    lead: "After nights you used your sleep support pillow",
    outcome: "your morning pain was",
    contrast: "after nights without it",
  },
  "lumbar-support": {
    label: "Lumbar support when sitting",
    lead: "After days you sat with lumbar support",
    outcome: "your pain the next morning was",
    contrast: "after days without it",
  },
  "water-target": {
    label: "Water target met",
    lead: "After days you reached your water target",
    outcome: "your pain the next morning was",
    contrast: "after days you fell short of it",
  },
  "blood-flow": {
    label: "Foam rolling or other blood-flow work",
    lead: "After days with foam rolling or other blood-flow work",
    outcome: "your pain the next morning was",
    contrast: "after days without it",
  },
  "sitting-6h": {
    label: "Sitting 6 hours or more",
    lead: "After days you sat for 6 hours or more",
    outcome: "your pain the next morning was",
    contrast: "after days you sat less",
  },
  "short-sleep": {
    label: "Sleep under 7 hours",
    lead: "After nights of less than 7 hours' sleep",
    outcome: "your morning pain was",
    contrast: "after longer nights",
  },
};

const CAUTION = "This is a pattern in your log, not proof of cause.";

/** Per factor, per outcome day (offset from the first day): 0 unknown, 1 known absent, 2 present. */
const ABSENT = 1;
const PRESENT = 2;

/** Presence of the factors over a range of outcome days, in flat arrays (five years are ~1,800 days). */
class PresenceTable {
  readonly cells: Uint8Array;
  constructor(
    readonly first: number,
    readonly days: number,
  ) {
    this.cells = new Uint8Array(HABIT_FACTORS.length * days);
  }
  /** Records what one source says; a "yes" from any source wins over a "no" (T3: present when any source says so). */
  mark(factor: number, outcomeDay: number, present: boolean | null | undefined): void {
    if (present === null || present === undefined) return;
    const d = outcomeDay - this.first;
    if (!(d >= 0 && d < this.days)) return;
    const at = factor * this.days + d;
    if (present) this.cells[at] = PRESENT;
    else if (this.cells[at] === 0) this.cells[at] = ABSENT;
  }
  get(factor: number, outcomeDay: number): number {
    return this.cells[factor * this.days + outcomeDay - this.first] as number;
  }
}

const F = Object.fromEntries(HABIT_FACTORS.map((f, i) => [f, i])) as Record<HabitFactor, number>;

/**
 * Collects factor presence keyed by the day whose morning pain is the outcome. A check-in's sleep answers are about
 * the night before its own date, so they link to that same date's pain; day habits link to the next day's check-in.
 * A daily pillow entry is read the same way as the check-in question it mirrors (last night).
 */
function collectPresence(input: HabitLinksInput, first: number, last: number): PresenceTable {
  const p = new PresenceTable(first, last - first + 1);
  for (const c of input.checkins) {
    const d = dayNumber(c.date);
    const sleep = c.sleep;
    if (sleep) {
      p.mark(F["support-pillow"], d, sleep.supportUsed);
      if (sleep.hours !== null && sleep.hours !== undefined)
        p.mark(F["short-sleep"], d, sleep.hours < HABIT_RULES.shortSleepHours);
    }
    const habits = c.habits;
    if (habits) {
      p.mark(F["lumbar-support"], d + 1, habits.lumbarSupport);
      p.mark(F["blood-flow"], d + 1, habits.foamRolling);
      if (habits.sittingHours !== null && habits.sittingHours !== undefined)
        p.mark(F["sitting-6h"], d + 1, habits.sittingHours >= HABIT_RULES.longSittingHours);
    }
  }
  // Water totals per outcome day (the day after the drinking day), to compare with that day's target.
  const water = new Float64Array(p.days);
  const waterDate: string[] = [];
  for (const e of input.daily ?? []) {
    const d = dayNumber(e.date);
    if (e.kind === "support") {
      if (e.name === "lumbar") p.mark(F["lumbar-support"], d + 1, e.used);
      else p.mark(F["support-pillow"], d, e.used);
    } else if (e.kind === "blood-flow") {
      if (e.minutes === null || e.minutes === undefined || e.minutes > 0) p.mark(F["blood-flow"], d + 1, true);
    } else if (e.kind === "water" && e.amountMl) {
      const at = d + 1 - first;
      if (at >= 0 && at < p.days) {
        water[at] = (water[at] as number) + e.amountMl;
        waterDate[at] = e.date;
      }
    }
  }
  const target = input.waterTargetMl;
  if (target !== undefined) {
    for (let at = 0; at < p.days; at++) {
      const date = waterDate[at];
      // Days without any water entry stay unknown: an empty day is more likely unlogged than dry.
      if (date === undefined) continue;
      const t = typeof target === "number" ? target : target(date);
      if (t !== null && t !== undefined && t > 0) p.mark(F["water-target"], first + at, (water[at] as number) >= t);
    }
  }
  return p;
}

function summaryFor(factor: HabitFactor, w: number, wo: number, delta: number | null): string {
  const words = WORDS[factor];
  const need = HABIT_RULES.minDaysEach;
  if (delta === null)
    return `${words.label}: ${w} ${w === 1 ? "day" : "days"} with it and ${wo} without so far; Spotter compares once there are at least ${need} of each.`;
  const tally = `(${w} days with, ${wo} without)`;
  if (Math.abs(delta) < 0.05)
    return `${words.lead}, ${words.outcome} about the same as ${words.contrast} ${tally}. ${CAUTION}`;
  const dir = delta < 0 ? "lower" : "higher";
  return `${words.lead}, ${words.outcome} ${points(Math.abs(delta))} ${dir} on average than ${words.contrast} ${tally}. ${CAUTION}`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * T3: habit links as `GET /insights/habits` answers them. Empty before 30 days of check-ins; afterwards one entry
 * per factor (the water factor only when a target is given), with a delta once there are 3 days with and 3 without.
 */
export function habitLinks(input: HabitLinksInput): HabitLink[] {
  return habitLinksWith(input, checkinsByDay(input.checkins));
}

/** T3 with check-ins already keyed by day (lets the full report share its index). */
export function habitLinksWith(input: HabitLinksInput, byDay: Map<number, InsightCheckin>): HabitLink[] {
  if (byDay.size < HABIT_RULES.minCheckinDays) return [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of byDay.keys()) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  // Outcomes are check-in days, so only factors whose outcome falls in [first, last] can count.
  const presence = collectPresence(input, first, last);
  const out: HabitLink[] = [];
  for (const factor of HABIT_FACTORS) {
    if (factor === "water-target" && input.waterTargetMl === undefined) continue;
    const f = F[factor];
    let sumWith = 0;
    let nWith = 0;
    let sumWithout = 0;
    let nWithout = 0;
    for (const [day, outcome] of byDay) {
      const state = presence.get(f, day);
      if (state === PRESENT) {
        sumWith += outcome.painNow;
        nWith++;
      } else if (state === ABSENT) {
        sumWithout += outcome.painNow;
        nWithout++;
      }
    }
    const meanWith = nWith > 0 ? sumWith / nWith : null;
    const meanWithout = nWithout > 0 ? sumWithout / nWithout : null;
    const enough = nWith >= HABIT_RULES.minDaysEach && nWithout >= HABIT_RULES.minDaysEach;
    const delta = enough ? Number(oneDecimal((meanWith as number) - (meanWithout as number))) : null;
    out.push({
      factor,
      daysWith: nWith,
      daysWithout: nWithout,
      nextDayPainDelta: delta,
      meanWith: meanWith === null ? null : round2(meanWith),
      meanWithout: meanWithout === null ? null : round2(meanWithout),
      summary: summaryFor(factor, nWith, nWithout, delta),
    });
  }
  return out;
}
