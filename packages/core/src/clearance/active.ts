/**
 * X5: which restriction rules hold on a day. A rule holds from its clearance's day to its `until` (inclusive), or,
 * without one, until a later clearance lifts it by id; a clearance without rules lifts nothing.
 */
import type { Clearance, RestrictionRule } from "../records/clearance.js";
import { addDays } from "../time.js";

/** A rule with the clearance that set it. */
export interface DatedRule {
  rule: RestrictionRule;
  /** The clearance's day: the rule holds from here, and a percent cap reads the loads before it. */
  from: string;
  by: string;
  clearanceId: string;
  /** The day of the clearance that lifted it, when one did. */
  liftedOn?: string;
}

/** Every rule ever recorded, oldest clearance first, with the day a later clearance lifted it. */
export function allRules(clearances: readonly Clearance[]): DatedRule[] {
  const ordered = [...clearances].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const out: DatedRule[] = [];
  for (const c of ordered) {
    const lifts = new Set(c.lifts ?? []);
    for (const r of out) {
      // A clearance without rules of its own still lifts the rules it names; one naming none lifts nothing.
      if (lifts.has(r.rule.id) && r.liftedOn === undefined) r.liftedOn = laterDay(c.date, r.from);
    }
    for (const rule of c.rules ?? []) out.push({ rule, from: c.date, by: c.by, clearanceId: c.id });
  }
  return out;
}

/** The last day a rule holds (inclusive), or null while it holds with no end. */
export function lastDayOf(r: DatedRule): string | null {
  // Lifted on a day: the lifting clearance's day is the first day without it.
  const lifted = r.liftedOn !== undefined ? dayBefore(r.liftedOn) : null;
  const until = r.rule.until ?? null;
  if (lifted === null) return until;
  if (until === null) return lifted;
  return laterDay(lifted, until) === until ? lifted : until;
}

/** True when the rule holds on the day. */
export function holdsOn(r: DatedRule, day: string): boolean {
  if (day < r.from) return false;
  const last = lastDayOf(r);
  return last === null || day <= last;
}

/** The rules that hold on a day. */
export function rulesOn(clearances: readonly Clearance[], day: string): DatedRule[] {
  return allRules(clearances).filter((r) => holdsOn(r, day));
}

/** Rules whose last day fell in the `days` days before `day` (they ended recently: Spotter says so). */
export function rulesEndedBefore(clearances: readonly Clearance[], day: string, days: number): DatedRule[] {
  const from = addDays(day, -days);
  return allRules(clearances).filter((r) => {
    const last = lastDayOf(r);
    return last !== null && last < day && last >= from && last >= r.from;
  });
}

function dayBefore(day: string): string {
  return addDays(day, -1);
}

/** The later of two days (ISO days compare as text). */
function laterDay(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}
