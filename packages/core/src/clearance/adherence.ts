/**
 * X5 for the report and the share page: how the log kept to the rules. Every set is read against the rules that
 * held on its session's day, so the figures come from the log (an edit changes them), never from stored flags.
 */
import { addDays, weekdayOf } from "../time.js";
import { allRules, holdsOn } from "./active.js";
import type { RestrictionLog } from "./apply.js";
import { type SetBreach, setBreach } from "./match.js";

/** One set against a rule. */
export interface SetAgainstRule {
  date: string;
  sessionId: string;
  setId: string;
  exerciseId: string;
  breach: SetBreach;
}

/** Sets in a range whose day had a rule they broke, in date order. */
export function setsAgainstRules(log: RestrictionLog, from: string, to: string): SetAgainstRule[] {
  const rules = allRules(log.clearances);
  if (rules.length === 0) return [];
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  const match = {
    sessions: log.sessions,
    unit: log.profile.unit,
    directionThreshold: log.profile.settings.directionThreshold,
  };
  const out: SetAgainstRule[] = [];
  const sessions = [...log.sessions]
    .filter((s) => s.date >= from && s.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const s of sessions) {
    const held = rules.filter((r) => holdsOn(r, s.date));
    if (held.length === 0) continue;
    for (const set of s.sets) {
      const ex = byId.get(set.exerciseId);
      const breach = ex ? setBreach(set, ex, held, match) : null;
      if (breach) out.push({ date: s.date, sessionId: s.id, setId: set.id, exerciseId: set.exerciseId, breach });
    }
  }
  return out;
}

/** One week's adherence while a rule held: sets logged and sets against a rule. */
export interface RuleAdherenceWeek {
  /** The Monday of the week. */
  weekStart: string;
  /** Sets logged on days a rule held. */
  sets: number;
  /** Of those, sets against a rule. */
  against: number;
}

function mondayOf(day: string): string {
  const order = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  return addDays(day, -order.indexOf(weekdayOf(day)));
}

/** Adherence by week over a range, for every week in which a rule held on some day (oldest first). */
export function adherenceByWeek(log: RestrictionLog, from: string, to: string): RuleAdherenceWeek[] {
  const rules = allRules(log.clearances);
  if (rules.length === 0) return [];
  const weeks = new Map<string, RuleAdherenceWeek>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!rules.some((r) => holdsOn(r, day))) continue;
    const w = mondayOf(day);
    if (!weeks.has(w)) weeks.set(w, { weekStart: w, sets: 0, against: 0 });
  }
  for (const s of log.sessions) {
    if (s.date < from || s.date > to || !rules.some((r) => holdsOn(r, s.date))) continue;
    const w = weeks.get(mondayOf(s.date));
    if (w) w.sets += s.sets.length;
  }
  for (const x of setsAgainstRules(log, from, to)) {
    const w = weeks.get(mondayOf(x.date));
    if (w) w.against += 1;
  }
  return [...weeks.values()].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}
