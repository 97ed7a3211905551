/**
 * X5 in the answers about one exercise: its next target (held at a cap, set aside while a rule keeps it out, and
 * back lighter once a rule ends) and the answer to a set logged against a rule (stored, flagged, answered with it).
 */
import type { Exercise } from "../records/exercise.js";
import type { LoggedSet } from "../records/session.js";
import { roundLoadKg } from "../units.js";
import { holdsOn } from "./active.js";
import type { RestrictionLog, Restrictions } from "./apply.js";
import { restrictionsOn } from "./apply.js";
import { excludingRule, lastWorkingLoadBefore, loadCapFor, setBreach } from "./match.js";
import { dayWords, ruleWords, untilWords } from "./wording.js";

/** O7 after a rule: what comes back starts at this share of its last working load (as after a lock). */
export const RULE_RETURN_SHARE = 0.8;

/** The parts of a next target the rules change. */
export interface RestrictableTarget {
  loadKg: number | null;
  decision: string;
  why: string;
}

function words(r: Restrictions, rule: Parameters<typeof ruleWords>[0]): string {
  return `${ruleWords(rule, r.log.exercises, r.log.profile.unit)}, ${untilWords(rule)}`;
}

/**
 * X5: a next target kept to the rules on a day. A rule that keeps the exercise out makes it a `substitute`; a
 * target over a load cap stays at the cap and progresses by reps; an exercise a rule kept out that has not been
 * trained since the rule ended returns at 80% of its last working load (O7's ramp follows from there).
 */
export function restrictTarget<T extends RestrictableTarget>(
  target: T,
  exercise: Exercise,
  log: RestrictionLog,
  day: string,
): T {
  const r = restrictionsOn(log, day);
  if (r.rules.length === 0 && r.ended.length === 0) return target;
  const rule = excludingRule(exercise, r.rules, r.match);
  if (rule) {
    return {
      ...target,
      decision: "substitute",
      why: `Your clinician's rule says ${words(r, rule)}, so ${exercise.name} waits and something the rule allows takes its place.`,
    };
  }
  const cap = loadCapFor(exercise, r.rules, r.match);
  if (cap && target.loadKg !== null && target.loadKg >= cap.kg) {
    const over = target.loadKg > cap.kg || target.decision === "increase";
    if (over) {
      return {
        ...target,
        loadKg: cap.kg,
        decision: "hold",
        why: `Held at the cap your clinician set (${words(r, cap.rule)}): add reps within the range instead of load.`,
      };
    }
  }
  for (const ended of r.ended) {
    if (!excludingRule(exercise, [ended], r.match) || target.loadKg === null) continue;
    const last = lastWorkingLoadBefore(log.sessions, exercise.id, day);
    const trainedSince = log.sessions.some(
      (s) =>
        holdsOn(ended, s.date) === false &&
        s.date > ended.from &&
        s.date < day &&
        s.sets.some((x) => x.exerciseId === exercise.id && !x.warmup),
    );
    if (last === null || trainedSince) continue;
    const kg = roundLoadKg(last * RULE_RETURN_SHARE, exercise, log.profile.unit, "down");
    if (kg >= target.loadKg) continue;
    return {
      ...target,
      loadKg: kg,
      decision: "return",
      why: `Back after your clinician's rule ended on ${dayWords(ended.rule.until ?? ended.liftedOn ?? day)}: 80% of your last working load, ramping up from here.`,
    };
  }
  return target;
}

/** The parts of a set's guidance the rules change. */
export interface RestrictableAnswer {
  action: "continue" | "hold" | "reduce" | "stop-exercise";
  rule: string;
  message: string;
  next?: { loadKg: number | null; reps: number | null; warmup: boolean };
  recovery?: unknown;
}

/**
 * X5: the answer to a set logged against a rule. The set is stored and flagged; an excluded exercise is answered
 * `stop-exercise` with alternatives the rules allow, a load over the cap `reduce` with the next set at the cap, and
 * fewer reps in reserve than the cap `hold`. A lock or a pain stop already given stays (it ranks higher); the set
 * is flagged all the same.
 */
export function restrictSetAnswer<A extends RestrictableAnswer, Alt>(
  answer: A,
  flagged: boolean,
  input: {
    set: Pick<LoggedSet, "loadKg" | "rir" | "rpe" | "warmup" | "reps">;
    exercise: Exercise;
    log: RestrictionLog;
    /** The session's local day (the rules of that day apply). */
    day: string;
    /** S1 alternatives (already kept to the rules), asked only when needed. */
    alternatives: () => Alt[];
  },
): { answer: A & { alternatives?: Alt[] }; flagged: boolean } {
  const r = restrictionsOn(input.log, input.day);
  if (r.rules.length === 0) return { answer, flagged };
  const breach = setBreach(input.set, input.exercise, r.rules, r.match);
  if (!breach) return { answer, flagged };
  const higher =
    answer.recovery !== undefined || answer.rule === "training-locked" || answer.action === "stop-exercise";
  if (higher) return { answer, flagged: true };
  const saved = "The set is saved and marked.";
  const { next: _next, ...base } = answer;
  if (breach.kind === "excluded") {
    return {
      answer: {
        ...(base as A),
        action: "stop-exercise",
        rule: "restriction",
        message: `Your clinician's rule says ${words(r, breach.rule)}. ${saved} Here are exercises the rule allows.`,
        alternatives: input.alternatives(),
      },
      flagged: true,
    };
  }
  if (breach.kind === "over-cap") {
    return {
      answer: {
        ...(base as A),
        action: "reduce",
        rule: "restriction-load-cap",
        message: `That is over the cap your clinician set (${words(r, breach.rule)}). ${saved} Next set at the cap.`,
        next: { loadKg: breach.capKg, reps: input.set.reps, warmup: input.set.warmup },
      },
      flagged: true,
    };
  }
  return {
    answer: {
      ...(base as A),
      action: "hold",
      rule: "restriction-effort-cap",
      message: `Your clinician asked you to keep at least ${breach.rir} in reserve (${words(r, breach.rule)}). ${saved} Keep the next set at this load and stop with ${breach.rir} left.`,
      next: { loadKg: input.set.loadKg, reps: input.set.reps, warmup: input.set.warmup },
    },
    flagged: true,
  };
}
