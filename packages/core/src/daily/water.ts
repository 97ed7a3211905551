/**
 * The daily water target from drinks (SPEC N1): mL per kg of body weight (*default* 35), never below 80% of EFSA's
 * adequate total water intake, plus 500 mL per hour of the day's training.
 */
import type { Sex } from "../records/vocab.js";

/** Default mL of drinks per kg of body weight (*default*, our judgement; see docs/evidence/daily.md). */
export const DEFAULT_WATER_ML_PER_KG = 35;
/** Extra mL per hour of training (our judgement, in the range ACSM 2007 describes for replacing sweat losses). */
export const WATER_ML_PER_TRAINING_HOUR = 500;
/** EFSA 2010 adequate total water intake per day, mL. */
export const EFSA_TOTAL_WATER_ML = { female: 2000, male: 2500 } as const;
/** Share of EFSA's total water intake used as the floor (about a fifth of water comes from food). */
export const WATER_FLOOR_SHARE = 0.8;

/** The floor of the drinks target: 1,600 mL for women, 2,000 mL for men or when sex is not given. */
export function waterFloorMl(sex: Sex | null | undefined): number {
  const total = sex === "female" ? EFSA_TOTAL_WATER_ML.female : EFSA_TOTAL_WATER_ML.male;
  return Math.round(total * WATER_FLOOR_SHARE);
}

/** Inputs of the water target. */
export interface WaterTargetInput {
  bodyWeightKg: number | null | undefined;
  sex: Sex | null | undefined;
  /** Hours of training counted for the day (see `trainingHoursForDay`). */
  trainingHours: number;
  mlPerKg?: number;
}

/** The water target with its parts, so the app can explain it. */
export interface WaterTarget {
  targetMl: number;
  /** Body weight times mL per kg, or null without a body weight. */
  fromWeightMl: number | null;
  floorMl: number;
  trainingMl: number;
  basis: "body-weight" | "floor";
}

/** The water target and how it was found (N1). */
export function waterTarget(input: WaterTargetInput): WaterTarget {
  const mlPerKg = input.mlPerKg ?? DEFAULT_WATER_ML_PER_KG;
  const floorMl = waterFloorMl(input.sex);
  const w = input.bodyWeightKg;
  const fromWeightMl = w != null && Number.isFinite(w) && w > 0 ? Math.round(w * mlPerKg) : null;
  const hours = Number.isFinite(input.trainingHours) ? Math.max(0, input.trainingHours) : 0;
  const trainingMl = Math.round(hours * WATER_ML_PER_TRAINING_HOUR);
  const basis = fromWeightMl !== null && fromWeightMl > floorMl ? "body-weight" : "floor";
  const base = basis === "body-weight" && fromWeightMl !== null ? fromWeightMl : floorMl;
  return { targetMl: base + trainingMl, fromWeightMl, floorMl, trainingMl, basis };
}

/** The day's water target from drinks in mL (N1): max(weight x mL/kg, floor) + 500 mL per training hour. */
export function waterTargetMl(input: WaterTargetInput): number {
  return waterTarget(input).targetMl;
}

/**
 * Training hours to count for a day: for past days what was logged; for today and later what is planned, until
 * something is logged (then the log wins, so a short session lowers the target and a long one raises it).
 */
export function trainingHoursForDay(input: {
  day: string;
  today: string;
  loggedMinutes: number | null | undefined;
  plannedMinutes: number | null | undefined;
}): number {
  const logged = Math.max(0, input.loggedMinutes ?? 0);
  const planned = Math.max(0, input.plannedMinutes ?? 0);
  if (input.day < input.today) return logged / 60;
  return logged > 0 ? logged / 60 : planned / 60;
}

/** A session's time span, enough to count its minutes. */
export interface TimedSession {
  startedAt: string;
  finishedAt: string | null;
}

/**
 * Minutes of training logged in sessions (finished minus started). A session never finished counts as
 * `unfinishedMinutes` (default 60); a span over 5 hours is capped, since it is more likely a forgotten finish.
 */
export function loggedTrainingMinutes(
  sessions: readonly TimedSession[],
  options: { unfinishedMinutes?: number } = {},
): number {
  const unfinished = options.unfinishedMinutes ?? 60;
  let total = 0;
  for (const s of sessions) {
    const start = Date.parse(s.startedAt);
    const end = s.finishedAt ? Date.parse(s.finishedAt) : Number.NaN;
    if (Number.isNaN(start) || Number.isNaN(end)) {
      total += unfinished;
      continue;
    }
    total += Math.min(300, Math.max(0, (end - start) / 60_000));
  }
  return Math.round(total);
}
