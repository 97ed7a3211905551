/**
 * The day's guidance cards (SPEC D1 sleep, D2 sitting, D3 morning, plus N1-N3 reminders), written in Spotter's own
 * words. `dailyCards` picks and orders them for the day; each card names its rule and its sources.
 */
import type { DailyCard } from "../records/daily.js";
import { formatDailyAmount } from "../records/nutrients.js";
import type { SleepPosition, Tier } from "../records/vocab.js";
import { localDay } from "../time.js";
import { breakRemindersApply, DEFAULT_BREAK_MINUTES, zoneOffsetMs } from "./breaks.js";
import { CALCIUM_ELEMENTAL_NOTE } from "./supplements.js";
import { WATER_ML_PER_TRAINING_HOUR } from "./water.js";

const SLEEP_SIDE: DailyCard = {
  id: "sleep-side",
  title: "Sleeping on your side",
  text:
    "Put a pillow between your knees. It stops the top leg from sliding forward and rolling your pelvis, " +
    "so your lower back rests level through the night. A firm pillow holds its height better than a soft one.",
  rule: "D1",
  sources: ["spotter-judgement"],
};

const SLEEP_BACK: DailyCard = {
  id: "sleep-back",
  title: "Sleeping on your back",
  text:
    "Put a pillow under your knees. With the knees a little bent, your lower back can settle into its " +
    "natural curve instead of arching away from the mattress.",
  rule: "D1",
  sources: ["spotter-judgement"],
};

const SLEEP_STOMACH: DailyCard = {
  id: "sleep-stomach",
  title: "Sleeping on your stomach",
  text:
    "Lying face down tends to arch the lower back. A thin pillow under your hips and belly flattens that arch. " +
    "If you can, try a few nights on your side with a pillow between your knees, or on your back with one under " +
    "your knees: both are easier on the lower back.",
  rule: "D1",
  sources: ["spotter-judgement"],
};

/** The sleep cards for a position (D1): mixed sleepers get both the side and the back card. */
export function sleepCards(position: SleepPosition): DailyCard[] {
  if (position === "side") return [SLEEP_SIDE];
  if (position === "back") return [SLEEP_BACK];
  if (position === "stomach") return [SLEEP_STOMACH];
  return [SLEEP_SIDE, SLEEP_BACK];
}

/** Where the sleep support goes for a position (D1), for labels such as "pillow between the knees". */
export const SLEEP_SUPPORT: Record<SleepPosition, string> = {
  side: "a pillow between your knees",
  back: "a pillow under your knees",
  stomach: "a thin pillow under your hips",
  mixed: "a pillow between or under your knees",
};

/** The check-in's question whether last night's support was used (D1). */
export function sleepSupportQuestion(position: SleepPosition): string {
  return `Did you sleep with ${SLEEP_SUPPORT[position]}?`;
}

/** The sitting card (D2), with the break interval and hours the user has set. */
export function sittingCard(reminders: { from: string; to: string; breakMinutes?: number }): DailyCard {
  const every = reminders.breakMinutes ?? DEFAULT_BREAK_MINUTES;
  return {
    id: "sitting",
    title: "Sitting for long stretches",
    text:
      "Let the chair or a small cushion fill the curve of your lower back. Keep your feet flat on the floor, your " +
      "shoulders loose, and your hips a little higher than your knees. Every " +
      `${every} minutes, stand up and move for a minute or two; Spotter reminds you between ` +
      `${reminders.from} and ${reminders.to}.`,
    rule: "D2",
    sources: ["spotter-judgement"],
  };
}

/** The morning card (D3): no full forward bending in the first hour after getting up. */
export const MORNING_CARD: DailyCard = {
  id: "morning-bending",
  title: "The first hour after you get up",
  text:
    "For about an hour after getting out of bed, avoid bending all the way forward. Bend at your hips and knees " +
    "to put on socks or pick things up, and save toe touches and deep stretches for later in the day. Discs take " +
    "up fluid while you lie down, which makes them stiffer against bending in the morning; in a trial with people " +
    "who had long-lasting back pain, holding back on early bending went with less pain.",
  rule: "D3",
  sources: ["snook-1998", "adams-1987"],
};

/** The rest-day card (N3); the concrete suggestions travel in `DailyDay.suggestions`. */
export const REST_DAY_CARD: DailyCard = {
  id: "rest-day-blood-flow",
  title: "A rest day still moves",
  text:
    "Rest from lifting is not rest from moving. An easy walk, a few minutes of moving stretches, foam rolling or " +
    "a massage keep you from stiffening up. Keep it gentle: your back should feel the same or better afterwards.",
  rule: "N3",
  sources: ["spotter-judgement"],
};

/** The training-day water card (N1), naming the extra for the day's training. */
export function trainingWaterCard(trainingHours: number): DailyCard {
  const extra = Math.round(Math.max(0, trainingHours) * WATER_ML_PER_TRAINING_HOUR);
  return {
    id: "water-training",
    title: "Water on a training day",
    text:
      `Today's water target includes ${formatDailyAmount(extra)} mL for your training (${WATER_ML_PER_TRAINING_HOUR} mL an hour). ` +
      "Have some in the hours before, sip between sets, and drink again afterwards.",
    rule: "N1",
    sources: ["acsm-2007-fluid", "spotter-judgement"],
  };
}

/** The card asking for a body weight, shown while the water target rests on the floor (N1). */
export function bodyWeightWaterCard(floorMl: number): DailyCard {
  return {
    id: "water-body-weight",
    title: "A water target that fits you",
    text:
      `Your water target is the general minimum of ${formatDailyAmount(floorMl)} mL a day. Add your body weight under Me and ` +
      "Spotter works out a target from it.",
    rule: "N1",
    sources: ["efsa-2010-water"],
  };
}

/** The calcium card (N2): log elemental calcium, not the weight of the whole compound. */
export const CALCIUM_CARD: DailyCard = {
  id: "supplement-calcium",
  title: "Logging calcium",
  text: CALCIUM_ELEMENTAL_NOTE,
  rule: "N2",
  sources: ["nih-ods-calcium"],
};

/** Inputs that decide the day's cards. */
export interface DailyCardsInput {
  profile: {
    sleepPosition: SleepPosition;
    sittingHours: number | null;
    reminders: { from: string; to: string; breakMinutes?: number };
    timeZone: string;
    bodyWeightKg: number | null;
  };
  date: string;
  isTrainingDay: boolean;
  tier?: Tier | null;
  /** Last night's position from the check-in; it wins over the profile's habitual one. */
  sleepPosition?: SleepPosition | null;
  /** Training hours counted in the water target. */
  trainingHours?: number;
  /** The water floor (mL), used by the body-weight card. */
  waterFloorMl?: number;
  /** True when a calcium entry is logged today. */
  calciumLogged?: boolean;
  /** The current instant, to order the cards by the time of day. */
  nowMs?: number;
}

/**
 * Today's cards, most relevant first (D1-D3, N1-N3). None under R1: that day has one message, to get urgent care.
 * With `nowMs` on the same local day, the morning card leads before 11:00 and the sleep cards lead from 19:00.
 */
export function dailyCards(input: DailyCardsInput): DailyCard[] {
  if (input.tier === "R1") return [];
  const p = input.profile;
  const morning = [MORNING_CARD];
  const sitting = breakRemindersApply(p.sittingHours) ? [sittingCard(p.reminders)] : [];
  const sleep = sleepCards(input.sleepPosition ?? p.sleepPosition);
  const extra: DailyCard[] = [];
  if (!input.isTrainingDay) extra.push(REST_DAY_CARD);
  if (input.isTrainingDay && (input.trainingHours ?? 0) > 0) extra.push(trainingWaterCard(input.trainingHours ?? 0));
  if (p.bodyWeightKg == null && input.waterFloorMl !== undefined) extra.push(bodyWeightWaterCard(input.waterFloorMl));
  if (input.calciumLogged) extra.push(CALCIUM_CARD);

  const hour = localHour(input.nowMs, input.date, p.timeZone);
  if (hour !== null && hour >= 19) return [...sleep, ...extra, ...sitting, ...morning];
  if (hour !== null && hour >= 11) return [...sitting, ...extra, ...sleep, ...morning];
  return [...morning, ...sitting, ...extra, ...sleep];
}

// The local hour of `nowMs`, or null when it is absent or on another day than the one asked about.
function localHour(nowMs: number | undefined, date: string, timeZone: string): number | null {
  if (nowMs === undefined || localDay(nowMs, timeZone) !== date) return null;
  const local = nowMs + zoneOffsetMs(nowMs, timeZone);
  return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
}
