/**
 * X5: what the rules in force say of one exercise or one set: excluded (by pattern, direction or name), the load
 * cap in kg for it (a percent cap reads the exercise's last working load before the clearance's day), and the least
 * reps in reserve.
 */
import { DIRECTION_THRESHOLD, isLoaded } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";
import { effectiveRir } from "../records/setReserve.js";
import type { Unit } from "../records/vocab.js";
import { roundLoadKg } from "../units.js";
import type { DatedRule } from "./active.js";

/** What matching reads besides the rules. */
export interface MatchContext {
  /** Sessions with their sets (a percent cap reads the last working load before the clearance's day). */
  sessions: readonly Pick<SessionWithSets, "date" | "sets">[];
  unit: Unit;
  /** P9's threshold for direction rules that give none (the profile's setting). */
  directionThreshold?: number;
}

/** The first rule that keeps the exercise out, or null. */
export function excludingRule(
  ex: Pick<Exercise, "id" | "pattern" | "load">,
  rules: readonly DatedRule[],
  ctx?: Pick<MatchContext, "directionThreshold">,
): DatedRule | null {
  for (const r of rules) {
    const rule = r.rule;
    if (rule.kind === "exercise" && rule.value === ex.id) return r;
    if (rule.kind === "pattern" && rule.value === ex.pattern) return r;
    if (rule.kind === "direction") {
      const threshold = rule.threshold ?? ctx?.directionThreshold ?? DIRECTION_THRESHOLD;
      if (ex.load[rule.value] >= threshold) return r;
    }
  }
  return null;
}

/** True when a cap's scope covers the exercise (no scope: every loaded exercise). */
function inScope(scope: readonly string[] | undefined, ex: Exercise): boolean {
  if (scope === undefined) return isLoaded(ex);
  return scope.includes(ex.id) || scope.includes(ex.pattern);
}

/**
 * True when a set's load counts two dumbbells (a bilateral dumbbell exercise holds one in each hand), so a cap in
 * kg of total external load is halved per dumbbell. A goblet squat holds one.
 */
export function holdsTwoDumbbells(ex: Pick<Exercise, "equipment" | "laterality" | "id" | "name">): boolean {
  if (!ex.equipment.includes("dumbbells") || ex.laterality !== "bilateral") return false;
  return !/goblet|single|one-arm|one arm/i.test(`${ex.id} ${ex.name}`);
}

/** The heaviest working load of the last session before `day` that trained the exercise with a load, or null. */
export function lastWorkingLoadBefore(
  sessions: MatchContext["sessions"],
  exerciseId: string,
  day: string,
): number | null {
  let best: { date: string; kg: number } | null = null;
  for (const s of sessions) {
    if (s.date >= day || (best && s.date < best.date)) continue;
    let kg = 0;
    for (const x of s.sets) if (x.exerciseId === exerciseId && !x.warmup && (x.loadKg ?? 0) > kg) kg = x.loadKg ?? 0;
    if (kg > 0 && (!best || s.date > best.date || kg > best.kg)) best = { date: s.date, kg };
  }
  return best?.kg ?? null;
}

/** A load cap's figure for one exercise: kg per set as logged (per dumbbell), rounded down to a loadable weight. */
export interface LoadCap {
  kg: number;
  rule: DatedRule;
}

/** The lowest load cap in force for the exercise, or null (none, or a percent cap with no earlier load to read). */
export function loadCapFor(ex: Exercise, rules: readonly DatedRule[], ctx: MatchContext): LoadCap | null {
  let out: LoadCap | null = null;
  for (const r of rules) {
    const rule = r.rule;
    if (rule.kind !== "load-cap" || !inScope(rule.scope, ex)) continue;
    let raw: number | null;
    if ("kg" in rule.value) raw = holdsTwoDumbbells(ex) ? rule.value.kg / 2 : rule.value.kg;
    else {
      const base = lastWorkingLoadBefore(ctx.sessions, ex.id, r.from);
      raw = base === null ? null : (base * rule.value.percent) / 100;
    }
    if (raw === null) continue;
    // A cap is a weight the lifter can load and that stays under the clinician's figure.
    const kg = Math.max(0, roundLoadKg(raw + 1e-9, ex, ctx.unit, "down"));
    if (!out || kg < out.kg) out = { kg, rule: r };
  }
  return out;
}

/** The least reps in reserve the rules ask of the exercise, or null. */
export function effortCapFor(ex: Exercise, rules: readonly DatedRule[]): { rir: number; rule: DatedRule } | null {
  let out: { rir: number; rule: DatedRule } | null = null;
  for (const r of rules) {
    const rule = r.rule;
    if (rule.kind !== "effort-cap") continue;
    const covered = rule.scope === undefined ? true : rule.scope.includes(ex.id) || rule.scope.includes(ex.pattern);
    if (covered && (!out || rule.value > out.rir)) out = { rir: rule.value, rule: r };
  }
  return out;
}

/** The reps in reserve a set reports (RIR, or 10 - RPE), or null when it gives neither: records' `effectiveRir`. */
export const setRir = effectiveRir;

/** How a set breaks the rules in force on its day (first that applies), or null when it keeps to them. */
export type SetBreach =
  | { kind: "excluded"; rule: DatedRule }
  | { kind: "over-cap"; rule: DatedRule; capKg: number }
  | { kind: "effort"; rule: DatedRule; rir: number };

/** X5: whether a set breaks a rule: an excluded exercise, a load over the cap, or fewer reps in reserve. */
export function setBreach(
  set: Pick<LoggedSet, "loadKg" | "rir" | "rpe" | "warmup">,
  ex: Exercise,
  rules: readonly DatedRule[],
  ctx: MatchContext,
): SetBreach | null {
  const excluded = excludingRule(ex, rules, ctx);
  if (excluded) return { kind: "excluded", rule: excluded };
  const cap = loadCapFor(ex, rules, ctx);
  if (cap && set.loadKg !== null && set.loadKg > cap.kg + 1e-6)
    return { kind: "over-cap", rule: cap.rule, capKg: cap.kg };
  const effort = effortCapFor(ex, rules);
  const rir = setRir(set);
  if (effort && !set.warmup && rir !== null && rir < effort.rir)
    return { kind: "effort", rule: effort.rule, rir: effort.rir };
  return null;
}
