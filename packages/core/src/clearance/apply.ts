/**
 * X5: the plan, today's session, alternatives and next targets kept to the rules in force. Each caller makes one
 * call here: an excluded item is swapped for an S1 alternative the rules allow (or left out, saying so), effort is
 * raised to the cap's reps in reserve, and a load is held at the cap. Rules outrank pins: a pinned lift a rule keeps
 * out shows as held back until the rule's end.
 */
import { aggravatingDirections } from "../catalog/index.js";
import type { PlanBlock, PlanItem, PlanPinState, TodayAnswer, WeeklyPlan } from "../planning/index.js";
import type { Clearance } from "../records/clearance.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { SessionWithSets } from "../records/session.js";
import type { Equipment, Pattern, Tier } from "../records/vocab.js";
import { rankAlternatives } from "../substitution/index.js";
import { type DatedRule, rulesEndedBefore, rulesOn } from "./active.js";
import { effortCapFor, excludingRule, loadCapFor, type MatchContext } from "./match.js";
import { dayWords, ruleSentence, ruleWords, untilWords } from "./wording.js";

/** How long after a rule ends Today still says so. */
export const RULE_ENDED_NOTICE_DAYS = 7;

/** What the rules read of the user's log (the coach's log has it all). */
export interface RestrictionLog {
  profile: Pick<Profile, "unit" | "aggravating" | "equipment" | "settings"> & { pinned?: string[]; cleared?: string[] };
  exercises: readonly Exercise[];
  sessions: readonly SessionWithSets[];
  clearances: readonly Clearance[];
}

/** The rules of one day, ready to apply. */
export interface Restrictions {
  day: string;
  rules: DatedRule[];
  /** Rules that ended in the last week (Today says so). */
  ended: DatedRule[];
  /** Every exercise a rule keeps out today. */
  excludedIds: Set<string>;
  log: RestrictionLog;
  match: MatchContext;
}

/** The rules in force on a day for this log. */
export function restrictionsOn(log: RestrictionLog, day: string): Restrictions {
  const rules = rulesOn(log.clearances, day);
  const match: MatchContext = {
    sessions: log.sessions,
    unit: log.profile.unit,
    directionThreshold: log.profile.settings.directionThreshold,
  };
  const excludedIds = new Set<string>();
  if (rules.length > 0) for (const e of log.exercises) if (excludingRule(e, rules, match)) excludedIds.add(e.id);
  return { day, rules, ended: rulesEndedBefore(log.clearances, day, RULE_ENDED_NOTICE_DAYS), excludedIds, log, match };
}

/** X5: the exercise ids S1 must not offer on a day (the caller adds them to its exclusions). */
export function restrictedIdsOn(log: RestrictionLog, day: string): Set<string> {
  return restrictionsOn(log, day).excludedIds;
}

/** The exercise's S1 alternatives the rules allow, best first (same-grade stand-ins after them). */
function allowedAlternatives(from: Exercise, r: Restrictions, avoid: ReadonlySet<string>, tier: Tier): Exercise[] {
  const excluded = new Set([...r.excludedIds, ...avoid]);
  const patterns = new Set<Pattern>();
  for (const a of r.log.profile.aggravating) if ("pattern" in a) patterns.add(a.pattern);
  const equipment = [...new Set<Equipment>([...r.log.profile.equipment, "none"])];
  return rankAlternatives(from, {
    catalog: r.log.exercises,
    excluded,
    excludedPatterns: patterns,
    excludedDirections: aggravatingDirections(r.log.profile.aggravating),
    directionThreshold: r.log.profile.settings.directionThreshold,
    equipment,
    tier,
    reason: "trigger",
    sidesteps: true,
  }).map((a) => a.exercise);
}

/** The item with `to` in its place: sets, rest and effort kept; reps or seconds follow `to`; no load carried. */
function swapItem(item: PlanItem, to: Exercise, why: string): PlanItem {
  const { loadKg: _load, beltCue, proposal: _p, seconds: _s, ...rest } = item;
  const out: PlanItem = { ...rest, exerciseId: to.id, why };
  if ((to.measure ?? "reps") === "seconds") {
    out.reps = [1, 1];
    out.seconds = item.seconds ?? 30;
  } else if (item.seconds !== undefined) out.reps = [8, 12];
  if (beltCue !== undefined && to.beltEligible) out.beltCue = beltCue;
  return out;
}

/** What a swap must also avoid: the exercises' T2 statuses (a trigger the user has not cleared is never offered). */
export interface RestrictOptions {
  tier?: Tier;
  statusOf?: (exerciseId: string) => string;
}

/** Found triggers the user has not cleared. */
function triggersOf(log: RestrictionLog, statusOf: RestrictOptions["statusOf"]): Set<string> {
  const out = new Set<string>();
  for (const a of log.profile.aggravating) if ("exerciseId" in a) out.add(a.exerciseId);
  if (!statusOf) return out;
  const cleared = new Set(log.profile.cleared ?? []);
  for (const e of log.exercises) if (statusOf(e.id) === "trigger" && !cleared.has(e.id)) out.add(e.id);
  return out;
}

/**
 * The blocks kept to the rules: excluded items swapped (or left out), effort raised to the cap, loads held at it.
 * Answers the new blocks and one plain line per change.
 */
export function restrictBlocks(
  blocks: readonly PlanBlock[],
  r: Restrictions,
  opts: RestrictOptions = {},
): { blocks: PlanBlock[]; changes: string[] } {
  const byId = new Map(r.log.exercises.map((e) => [e.id, e]));
  const triggers = triggersOf(r.log, opts.statusOf);
  const inDay = new Set(blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
  const changes: string[] = [];
  const out = blocks.map((b) => {
    const items: PlanItem[] = [];
    for (const item of b.items) {
      const ex = byId.get(item.exerciseId);
      if (!ex) {
        items.push(item);
        continue;
      }
      const rule = excludingRule(ex, r.rules, r.match);
      let next: PlanItem = item;
      let current = ex;
      if (rule) {
        const avoid = new Set([...triggers, ...inDay]);
        const to = allowedAlternatives(ex, r, avoid, opts.tier ?? "R5")[0];
        const words = `${ruleWords(rule, r.log.exercises, r.log.profile.unit)}, ${untilWords(rule)}`;
        if (!to) {
          changes.push(
            `${ex.name} is left out: your clinician's rule says ${words}, and nothing the rule allows can stand in for it.`,
          );
          continue;
        }
        const why = `In place of ${ex.name}: your clinician's rule says ${words}.`;
        changes.push(why);
        inDay.add(to.id);
        next = swapItem(item, to, why);
        current = to;
      }
      const effort = effortCapFor(current, r.rules);
      if (effort && next.targetRir < effort.rir) next = { ...next, targetRir: effort.rir };
      const cap = loadCapFor(current, r.rules, r.match);
      if (cap && next.loadKg !== undefined && next.loadKg > cap.kg) next = { ...next, loadKg: cap.kg };
      items.push(next);
    }
    return { ...b, items };
  });
  return { blocks: out, changes };
}

/** One line per rule in force, and per rule that ended in the last week. */
export function ruleNotes(r: Restrictions): string[] {
  const unit = r.log.profile.unit;
  const now = r.rules.map((x) => `Your clinician's rule: ${ruleWords(x, r.log.exercises, unit)}, ${untilWords(x)}.`);
  const ended = r.ended.map(
    (x) =>
      `Your clinician's rule "${ruleWords(x, r.log.exercises, unit)}" ended on ${dayWords(x.rule.until ?? x.liftedOn ?? r.day)}: what it kept out comes back lighter and ramps up (O7).`,
  );
  return [...now, ...ended];
}

/** P6: pins a rule keeps out, shown as held back until the rule ends (a pin never overrides a rule). */
function restrictPins(pins: readonly PlanPinState[] | undefined, r: Restrictions): PlanPinState[] | undefined {
  if (!pins) return pins;
  const byId = new Map(r.log.exercises.map((e) => [e.id, e]));
  return pins.map((p) => {
    const ex = byId.get(p.exerciseId);
    const rule = ex ? excludingRule(ex, r.rules, r.match) : null;
    if (!rule) return p;
    return {
      exerciseId: p.exerciseId,
      state: "held-back",
      heldBackBy: "restriction",
      text: `Pinned, held back by your clinician's rule (${ruleWords(rule, r.log.exercises, r.log.profile.unit)}) ${untilWords(rule)}.`,
    };
  });
}

/** X5: the weekly plan as shown on a day: kept to the rules in force, the stored plan left as it was. */
export function restrictPlan(
  plan: WeeklyPlan,
  log: RestrictionLog,
  day: string,
  statusOf?: RestrictOptions["statusOf"],
): WeeklyPlan {
  const r = restrictionsOn(log, day);
  if (r.rules.length === 0 && r.ended.length === 0) return plan;
  const reasons = [...plan.reasons];
  const days = plan.days.map((d) => {
    const { blocks, changes } = restrictBlocks(d.blocks, r, statusOf ? { statusOf } : {});
    reasons.push(...changes);
    return { ...d, blocks };
  });
  reasons.push(...ruleNotes(r));
  const pins = restrictPins(plan.pins, r);
  return { ...plan, days, reasons: [...new Set(reasons)], ...(pins ? { pins } : {}) };
}

/** X5: today's session kept to the rules of its day, with a line per change and per rule in force or just ended. */
export function restrictToday<T extends TodayAnswer>(
  today: T,
  log: RestrictionLog,
  day: string,
  opts: RestrictOptions = {},
): T {
  const r = restrictionsOn(log, day);
  if (r.rules.length === 0 && r.ended.length === 0) return today;
  const notes = [...(today.notes ?? [])];
  let session = today.session;
  if (session) {
    const { blocks, changes } = restrictBlocks(session.blocks, r, { tier: today.readiness.tier, ...opts });
    session = { ...session, blocks };
    notes.push(...changes);
  }
  notes.push(...ruleNotes(r));
  return { ...today, session, notes: [...new Set(notes)] };
}

/** The full sentence of each rule in force on a day (report, share page, the clearance's answer). */
export function ruleSentencesOn(log: RestrictionLog, day: string): string[] {
  const r = restrictionsOn(log, day);
  return r.rules.map((x) => ruleSentence(x, log.exercises, log.profile.unit));
}
