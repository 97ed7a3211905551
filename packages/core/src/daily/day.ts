/**
 * The whole `GET /daily` answer from one day's entries (SPEC §10-11), so the server only loads and stores.
 */
import type { BloodFlowKind, DailyDay, DailyEntry } from "../records/daily.js";
import { matchNutrient } from "../records/nutrients.js";
import type { AgeBand, Equipment, Sex, SleepPosition, Tier } from "../records/vocab.js";
import { localDay } from "../time.js";
import { bloodFlowSuggestions } from "./bloodFlow.js";
import { breakRemindersApply, DEFAULT_BREAK_MINUTES, nextBreak } from "./breaks.js";
import { dailyCards } from "./cards.js";
import { supplementTotals } from "./supplements.js";
import { DEFAULT_WATER_ML_PER_KG, waterTarget } from "./water.js";

/** The profile fields the day reads (a full `Profile` fits). */
export interface DailyProfile {
  bodyWeightKg: number | null;
  sex: Sex | null;
  ageBand: AgeBand | null;
  sleepPosition: SleepPosition;
  sittingHours: number | null;
  equipment: readonly Equipment[];
  timeZone: string;
  reminders: { from: string; to: string; breakMinutes?: number };
  settings?: { waterMlPerKg?: number; waterServingMl?: number };
}

/** Inputs of `buildDailyDay`. */
export interface BuildDailyDayInput {
  date: string;
  /** Entries of the user; those of other days are ignored. */
  entries: readonly DailyEntry[];
  profile: DailyProfile;
  /** Training hours for the day, from `trainingHoursForDay`. */
  trainingHours: number;
  /** True when the plan has a session on this day (or one was logged). */
  isTrainingDay: boolean;
  /** The day's readiness tier, when known. */
  tier?: Tier | null;
  /** Last night's sleep position from the check-in, when given. */
  sleepPosition?: SleepPosition | null;
  /** The current instant; needed for the next break reminder and for ordering cards by time of day. */
  nowMs?: number;
  /** False for an exercise the suggestions must leave out (a trigger, an excluded pattern: P4). */
  offerable?: (exerciseId: string) => boolean;
}

/** Builds the day's answer for `GET /daily` and `POST /daily` from its entries, profile and training hours. */
export function buildDailyDay(input: BuildDailyDayInput): DailyDay {
  const { profile: p, date } = input;
  const entries = input.entries
    .filter((e) => e.date === date)
    .slice()
    .sort((a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

  const water = waterTarget({
    bodyWeightKg: p.bodyWeightKg,
    sex: p.sex,
    trainingHours: input.trainingHours,
    mlPerKg: p.settings?.waterMlPerKg ?? DEFAULT_WATER_ML_PER_KG,
  });
  const waterMl = sum(entries.filter((e) => e.kind === "water").map((e) => e.amountMl ?? 0));

  const supplementEntries = entries.filter((e) => e.kind === "supplement");
  const supplements = supplementEntries.flatMap((e) =>
    e.name && e.amount != null && e.unit ? [{ id: e.id, name: e.name, amount: e.amount, unit: e.unit }] : [],
  );
  const { totals, warnings } = supplementTotals(supplementEntries, p);

  const bloodFlow = entries.flatMap((e) =>
    e.kind === "blood-flow" && e.minutes != null
      ? [{ id: e.id, kind: e.name as BloodFlowKind, minutes: e.minutes }]
      : [],
  );

  const breakEntries = entries.filter((e) => e.kind === "break");
  const breakReminders = breakRemindersApply(p.sittingHours);
  let nextBreakAt: string | null = null;
  if (breakReminders && input.nowMs !== undefined && localDay(input.nowMs, p.timeZone) === date) {
    const lastBreakMs = breakEntries.length ? Math.max(...breakEntries.map((e) => Date.parse(e.at))) : null;
    const next = nextBreak({
      nowMs: input.nowMs,
      lastBreakMs: lastBreakMs !== null && Number.isFinite(lastBreakMs) ? lastBreakMs : null,
      intervalMinutes: p.reminders.breakMinutes ?? DEFAULT_BREAK_MINUTES,
      reminders: p.reminders,
      timeZone: p.timeZone,
    });
    nextBreakAt = next === null ? null : new Date(next).toISOString();
  }

  return {
    date,
    waterMl,
    waterTargetMl: water.targetMl,
    waterTargetBasis: water.basis,
    trainingHours: Math.max(0, input.trainingHours),
    waterServingMl: p.settings?.waterServingMl ?? 250,
    supplements,
    supplementTotals: totals,
    bloodFlow,
    bloodFlowMinutes: sum(bloodFlow.map((b) => b.minutes)),
    breaks: breakEntries.length,
    breakReminders,
    nextBreakAt,
    supportUsed: lastUsed(entries, "pillow"),
    lumbarSupportUsed: lastUsed(entries, "lumbar"),
    warnings,
    cards: dailyCards({
      profile: p,
      date,
      isTrainingDay: input.isTrainingDay,
      tier: input.tier ?? null,
      sleepPosition: input.sleepPosition ?? null,
      trainingHours: input.trainingHours,
      waterFloorMl: water.floorMl,
      calciumLogged: supplementEntries.some((e) => e.name && matchNutrient(e.name, e.unit) === "calcium"),
      ...(input.nowMs !== undefined ? { nowMs: input.nowMs } : {}),
    }),
    suggestions: bloodFlowSuggestions({
      isTrainingDay: input.isTrainingDay,
      tier: input.tier ?? null,
      equipment: p.equipment,
      entries,
      ...(input.offerable ? { offerable: input.offerable } : {}),
    }),
    entries,
  };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

// The day's last answer wins, so a mistaken tap can be corrected by logging again.
function lastUsed(entries: readonly DailyEntry[], support: "pillow" | "lumbar"): boolean | null {
  let used: boolean | null = null;
  for (const e of entries) {
    if (e.kind === "support" && (e.name ?? "pillow") === support && e.used !== null) used = e.used;
  }
  return used;
}
